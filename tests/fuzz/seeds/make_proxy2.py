#!/usr/bin/env python3
# make_proxy2.py CORPUS_DIR - seed units for fuzz_proxy2: PROXY protocol v2
# headers as HAProxy sends them (send-proxy-v2: TCP over IPv4 and IPv6, the
# LOCAL of its health checks), with TLVs, followed by a TP/1 start, cut
# short, and with a bad signature (common/proxy2.h).
import hashlib, os, socket, struct, sys

SIG = b"\r\n\r\n\0\r\nQUIT\n"
def hdr(cmd, fam, body): return SIG + bytes([0x20 | cmd, fam]) + struct.pack(">H", len(body)) + body
def v4(src, sp, dst, dp):
    return socket.inet_pton(socket.AF_INET, src) + socket.inet_pton(socket.AF_INET, dst) + struct.pack(">HH", sp, dp)
def v6(src, sp, dst, dp):
    return socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst) + struct.pack(">HH", sp, dp)
def tlv(t, v): return bytes([t]) + struct.pack(">H", len(v)) + v

a4 = v4("127.0.1.3", 40001, "127.0.0.1", 7001)
a6 = v6("2001:db8::7", 40001, "2001:db8::1", 7001)
units = {
    "v4": hdr(1, 0x11, a4),
    "v6": hdr(1, 0x21, a6),
    "v6_mapped": hdr(1, 0x21, v6("::ffff:127.0.1.9", 5000, "::ffff:127.0.0.1", 7001)),
    "local": hdr(0, 0x00, b""),
    "local_addr": hdr(0, 0x11, a4),
    "v4_tlv": hdr(1, 0x11, a4 + tlv(0x04, b"\0" * 5) + tlv(0x05, b"unique-id")),
    "v4_then_tp1": hdr(1, 0x11, a4) + b"GF\x01\x02" + b"\0" * 22,
    "v4_cut": hdr(1, 0x11, a4)[:20],
    "udp": hdr(1, 0x12, a4),
    "bad_sig": b"\r\n\r\n\0\r\nQUIT\r" + hdr(1, 0x11, a4)[12:],
    "v1_text": b"PROXY TCP4 127.0.1.3 127.0.0.1 40001 7001\r\n",
    "tlv_overrun": hdr(1, 0x11, a4 + b"\x04\x00\x09ab"),
}
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for name, data in sorted(units.items()):
    open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb").write(data)
print(f"{len(units)} units in {out}")
