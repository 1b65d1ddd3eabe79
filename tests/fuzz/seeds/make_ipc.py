#!/usr/bin/env python3
# make_ipc.py CORPUS_DIR - seed units for fuzz_ipc: the messages the daemons
# exchange (common/ipc.h), with the values the integration tests use and the
# TP/1 plaintexts of tests/vectors/tp1-vectors.json, one stream per unit.
import json, os, struct, sys, hashlib

VERSION = 2
def msg(t, reqid, payload):
    return struct.pack(">IHHQ", len(payload), t, VERSION, reqid) + payload
def u8(v): return struct.pack(">B", v)
def u16(v): return struct.pack(">H", v)
def u32(v): return struct.pack(">I", v)
def u64(v): return struct.pack(">Q", v)
def i64(v): return struct.pack(">q", v)
def s(v):
    b = v.encode() + b"\0"
    return u32(len(b)) + b
def by(v): return u32(len(v)) + v

here = os.path.dirname(os.path.abspath(__file__))
vec = json.load(open(os.path.join(here, "../../vectors/tp1-vectors.json")))
plains = [bytes.fromhex(f["plaintext"]) for f in vec["frames"] if "plaintext" in f]
T = "8613900000100002"
mi = json.dumps({"custno": "5100000001", "amount": "100", "paymode": "1",
                 "termid": T, "operid": "OP001"})
units = {
    "hello": msg(1, 0, s("appsrv") + u32(4242)),
    "term_lookup": msg(1, 0, s("frontd") + u32(1)) + msg(10, 7, s(T)),
    "term_info": msg(11, 7, s(T) + u8(1) + u8(1) + u8(1) + u8(1) + s("127.0.1.2")),
    "term_changed": msg(12, 0, s("")) + msg(12, 0, s(T)),
    "alarm": msg(15, 0, s("BAD_MAC") + s(T) + s("127.0.1.2:40000") + s("mac mismatch")),
    "metrics": msg(16, 9, b"") + msg(17, 9, s("gf_frontd_frames_total 12\n")),
    "mi_call": msg(30, 11, u16(1002) + s("SC0100000000000000000001") + s(mi) + i64(1795338010000)),
    "mi_result": msg(31, 11, u8(0) + s("0000") + s("成功") + s('{"mkserial":"M1"}')),
    "recon": msg(40, 3, s("20261205")) + msg(41, 3, u8(1) + i64(5) + s("run=5 state=DONE")),
}
for i, p in enumerate(plains):
    units["tp_request_%d" % i] = msg(1, 0, s("frontd") + u32(1)) + msg(13, 100 + i,
        u64(55) + s(T) + u32(1 + i) + u8(1) + u8(1) + s("127.0.1.2") + by(p))
    units["tp_response_%d" % i] = msg(14, 100 + i, by(p))
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for name, data in units.items():
    open(os.path.join(out, name), "wb").write(data)
