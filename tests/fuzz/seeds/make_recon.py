#!/usr/bin/env python3
# make_recon.py CORPUS_DIR RAWFILE... - seed units for fuzz_recon from the
# 9001 files the integration tests fetched (recon_dir): each file cut into
# the page bodies the marketing system answers (pages of 3 lines, as
# t_ifsvc_recon_pages asks the simulator for, and of 1,000), NUL-separated.
import json, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for j, path in enumerate(sys.argv[2:]):
    lines = [l for l in open(path).read().split("\n") if l]
    total = sum(int(l.split("|")[4]) for l in lines if l.split("|")[5] == "OK")
    for size in (3, 1000):
        pages = [lines[i:i + size] for i in range(0, len(lines), size)] or [[]]
        bodies = [json.dumps({"pagecount": str(len(pages)), "count": str(len(lines)),
                              "total": str(total), "data": "".join(l + "\n" for l in p)})
                  for p in pages]
        open(os.path.join(out, "r%d_p%d" % (j, size)), "wb").write(
            b"\0".join(b.encode() for b in bodies))
open(os.path.join(out, "empty_day"), "wb").write(
    json.dumps({"pagecount": 1, "count": 0, "total": 0, "data": ""}).encode())
