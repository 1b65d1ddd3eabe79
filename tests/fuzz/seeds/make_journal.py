#!/usr/bin/env python3
# make_journal.py CORPUS_DIR JOURNAL... - seed units for fuzz_journal from
# journals frontd wrote during the integration tests: each file cut after
# 1, 2, 4, ... records (a good file each), plus a torn tail and one flipped
# byte in the middle of the last record kept.
import os, struct, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for j, path in enumerate(sys.argv[2:]):
    data = open(path, "rb").read()
    ends, off = [], 16
    while off + 8 <= len(data):
        (blen,) = struct.unpack(">I", data[off:off + 4])
        size = 40 + blen + 4
        if off + size > len(data):
            break
        off += size
        ends.append(off)
    k = 1
    while k <= len(ends):
        cut = data[:ends[k - 1]]
        open(os.path.join(out, "j%d_%d" % (j, k)), "wb").write(cut)
        k *= 2
    if len(ends) >= 2:
        open(os.path.join(out, "j%d_torn" % j), "wb").write(data[:ends[1] + 20])
        b = bytearray(data[:ends[1]])
        b[ends[0] + 60] ^= 0x01
        open(os.path.join(out, "j%d_flip" % j), "wb").write(bytes(b))
