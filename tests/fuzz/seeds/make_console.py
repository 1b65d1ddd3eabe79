#!/usr/bin/env python3
# make_console.py CORPUS_DIR - seed units for fuzz_console: the requests
# t_console.sh sends (URI, Cookie, Origin, Host, Sec-Fetch-Site,
# Content-Type, then the body), fields separated by NUL bytes.
import os, sys
TOK = "0123456789abcdef" * 4
H = "127.0.0.1:8443"
reqs = {
    "me": ("/api/me", "gfsession=" + TOK, "", H, "", "", ""),
    "login": ("/api/login", "", "http://" + H, H, "same-origin", "application/json",
              '{"id":"aud","password":"correct horse 1"}'),
    "login_cross": ("/api/login", "", "http://evil.example", H, "cross-site",
                    "text/plain", '{"id":"aud","password":"x"}'),
    "ack": ("/api/alarms/17/ack", "lang=zh; gfsession=" + TOK, "http://" + H, H,
            "same-origin", "application/json; charset=utf-8", '{"note":"换了网卡"}'),
    "alarms_q": ("/api/alarms?state=acked&kind=BAD_MAC&page=2", "gfsession=" + TOK,
                 "", H, "", "", ""),
    "audit_q": ("/api/audit?action=alarm%20ack&actor=console%3Aadm", "gfsession=" + TOK,
                "", H, "none", "", ""),
    "roles": ("/api/users/new1/roles", "__Host-gfsession=" + TOK.upper(), "https://" + H,
              H, "same-origin", "application/json", '{"roles":["auditor","cashier"]}'),
    "recon": ("/api/recon/20261205?csv=1", "gfsession=" + TOK, "", H, "", "", ""),
    "dotdot": ("/api/../etc/passwd", "gfsession=short", "", "evil.example:80", "", "", "[1,2]"),
}
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for name, f in reqs.items():
    open(os.path.join(out, name), "wb").write(b"\0".join(x.encode() for x in f))
