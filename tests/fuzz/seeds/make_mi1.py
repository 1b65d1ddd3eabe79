#!/usr/bin/env python3
# make_mi1.py CORPUS_DIR - seed units for fuzz_mi1: MI/1 requests and
# answers of every transaction (MI1 §2) with the fields ifsvc sends and the
# simulator answers, framed (8 digits + body) the way mi1_encode writes them
# (libxml2, no indentation), plus every rspcode, the duplicate (2001) answer,
# lists of items, a 9001 page, the spec's commented example, and a few
# bodies without the length prefix (the target then reads the whole input).
import os, sys
from xml.sax.saxutils import escape

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
ORG = "SC01"

def node(k, v):
    if isinstance(v, list):
        return "<%s>%s</%s>" % (k, "".join("<item>%s</item>" % "".join(
            node(a, b) for a, b in it.items()) for it in v), k)
    v = str(v)
    return "<%s>%s</%s>" % (k, escape(v), k) if v != "" else "<%s/>" % k

def msg(tr, serial, body, rsp=None):
    head = [("trcode", tr), ("serial", serial), ("orgno", ORG),
            ("txdate", "20261122"), ("txtime", "101502")]
    if rsp is not None:
        head += [("rspcode", rsp[0]), ("rspmsg", rsp[1])]
    h = "".join(node(k, v) for k, v in head)
    b = "".join(node(k, v) for k, v in body.items())
    x = '<?xml version="1.0" encoding="UTF-8"?>\n<msg><head>%s</head>%s</msg>\n' % (
        h, "<body>%s</body>" % b if b else "<body/>")
    return x.encode()

def frame(x):
    return b"%08d" % len(x) + x

OK = ("0000", "成功")
bills = [{"month": "202609", "principal": "12345", "latefee": "37"},
         {"month": "202610", "principal": "9870", "latefee": "0"}]
st = "SC0120261122000000123"
tx = {
    "1001": ({"custno": "0100000001"},
             {"custname": "张三", "addr": "成都市武侯区一环路 1 号", "balance": "0",
              "totaldue": "22252", "bills": bills}),
    "1002": ({"stserial": st, "custno": "0100000001", "amount": "22252", "paymode": "01",
              "termid": "8613900000000001", "operid": "op01"},
             {"mkserial": "MK20261122000001", "balance": "0", "totaldue": "0",
              "settled": bills}),
    "1003": ({"stserial": "SC0120261122000000124", "origstserial": st, "reason": "unknown outcome"},
             {"mkserial": "MK20261122000002"}),
    "1004": ({"stserial": st, "custno": "0100000001", "amount": "5000",
              "termid": "8613900000000001", "operid": "op01"},
             {"mkserial": "MK20261122000003", "balance": "5000"}),
    "1005": ({"stserial": st, "custno": "0100000001", "meterno": "3100000001",
              "cardserial": "C0000001", "purchasecount": "3", "amount": "10000",
              "termid": "8613900000000001", "operid": "op01"},
             {"mkserial": "MK20261122000004", "carddata": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
              "purchasecount": "4"}),
    "1006": ({"origstserial": st},
             {"status": "SUCCESS", "mkserial": "MK20261122000001", "amount": "22252"}),
    "2001": ({"bookno": "B001", "page": "1", "pagesize": "50"},
             {"pagecount": "1", "items": [{"custno": "0100000001", "custname": "张三",
              "addr": "一环路 1 号", "meterno": "3100000001", "lastreading": "123456",
              "multiplier": "1", "tariff": "R1"}]}),
    "2002": ({"items": [{"meterno": "3100000001", "reading": "124000",
              "readtime": "20261122101000", "exccode": ""}]},
             {"items": [{"meterno": "3100000001", "code": "0000", "kwh": "544",
              "amount": "2867"}]}),
    "2003": ({"meterno": "3100000001", "exccode": "02", "note": "表计停走", "operid": "op01"}, {}),
    "2004": ({"meterno": "3100000001", "reading": "124000"}, {"kwh": "544", "amount": "2867"}),
    "3001": ({"operid": "op01", "bookno": "", "page": "1", "pagesize": "50"},
             {"pagecount": "1", "items": [{"custno": "0100000001", "custname": "张三",
              "addr": "一环路 1 号", "totaldue": "22252"}]}),
    "3002": ({"bookno": "B001", "page": "2", "pagesize": "50"},
             {"pagecount": "3", "items": [{"custno": "0100000002", "custname": "李四",
              "meterno": "3100000002", "totaldue": "0"}]}),
    "3003": ({"custno": "0100000001"}, {"totaldue": "22252", "allowed": "1", "msg": "欠费超过两个月"}),
    "3004": ({"custno": "0100000001", "resultcode": "1", "note": "已催费", "operid": "op01"}, {}),
    "9001": ({"recondate": "20261122", "page": "1"},
             {"pagecount": "1", "count": "2", "total": "22252",
              "data": st + "|MK20261122000001|1002|0100000001|22252|OK|20261122|101502\n"
                      "SC0120261122000000125|MK20261122000005|1004|0100000001|5000|REVERSED|20261122|101733\n"}),
    "9002": ({}, {}),
}
n = 0
def put(name, data):
    open(os.path.join(out, name), "wb").write(data)

for tr, (req, rsp) in tx.items():
    serial = "SC01%s%06d" % ("20261122", int(tr))
    put("req_%s" % tr, frame(msg(tr, serial, req)))
    put("rsp_%s" % tr, frame(msg(tr, serial, rsp, OK)))
# Duplicate stserial: the original answer's body (MI1 §2).
put("rsp_1002_dup", frame(msg("1002", st, tx["1002"][1], ("2001", "重复交易"))))
put("rsp_1006_notfound", frame(msg("1006", st, {"status": "NOTFOUND"}, OK)))
for code, text in (("1001", "无此用户"), ("1002", "无欠费"), ("1003", "金额非法"),
                   ("2002", "原交易不存在"), ("2003", "不允许冲正"), ("3001", "无此册或表"),
                   ("9001", "报文格式错误"), ("9999", "系统错误")):
    put("rsp_err_%s" % code, frame(msg("1002", st, {}, (code, text))))
# Two messages back to back, as a connection carries them.
put("two_frames", frame(msg("9002", "HB1", {})) + frame(msg("9002", "HB1", {}, OK)))
# The spec's example (comments, indentation), framed and bare.
ex = """<?xml version="1.0" encoding="UTF-8"?>
<msg>
  <head>
    <trcode>1002</trcode>            <!-- transaction code -->
    <serial>SC0120261122000000123</serial>
    <orgno>SC01</orgno>
    <txdate>20261122</txdate><txtime>101502</txtime>
    <rspcode>0000</rspcode><rspmsg>成功</rspmsg>
  </head>
  <body><mkserial>MK1</mkserial><balance>0</balance><totaldue>0</totaldue><settled><item><month>202610</month><principal>100</principal><latefee>0</latefee></item></settled></body>
</msg>
""".encode()
put("spec_example", frame(ex))
put("bare_request", msg("1001", "SC0120261122000000001", tx["1001"][0]))
put("bare_answer", msg("1001", "SC0120261122000000001", tx["1001"][1], OK))
