#!/bin/bash
# bench/console/run.sh - the back office's pages on a station database
# holding N (1,000,000) transactions of one business day (yesterday) plus
# N/10 of today: p50, p95 and max milliseconds per page, as an auditor's
# browser gets them (curl against appsrv's console, one request at a time).
# Target: p95 <= 300 ms per page.
#
#   GF_BUILD=build GF_SRC=. bench/console/run.sh [N] [REPEATS]
#
# The day is loaded with generate_series (transactions, keys, receipts),
# reconciled for real with `ifsvc -R DATE -F FILE` on a 9001 file that
# differs in 100 lines, so the day page shows 100 differences.  Pages:
#   day        GET /api/recon/{D}            (totals, stats, differences)
#   days       GET /api/recon/days
#   search:*   GET /api/tx with several filters, by offset and by key
#   stats:*    GET /api/stats by collector, org, pay mode, channel; month
#   cash:*     GET /api/cash?date=D, /api/cash/in-transit
#   report     GET /api/report/daily?date=D
# The first statistics request of the closed day writes its summary
# (tx_day_summary, once per day): that one request is printed apart
# (first_stats_ms) and is not in the figures; today is always counted live.
set -eu
: "${GF_SRC:?}" "${GF_BUILD:?}"
N=${1:-1000000}
R=${2:-40}
. "$GF_SRC/scripts/pg.sh"
T=$(mktemp -d /tmp/gf-bench-console.XXXXXX); chmod 0755 "$T"
mkdir -p "$T/recon" "$T/journal" "$T/run"
PIDS=()
cleanup() {
	local p
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	pg_cluster_remove "$T/pg" >/dev/null 2>&1 || true; rm -rf "$T"
}
trap cleanup EXIT
pg_cluster_start "$T/pg" "$T/sock" >/dev/null
H=$(realpath "$T/sock")
pg_psql "$H" -d postgres -c "CREATE DATABASE bench" >/dev/null
HTTP=$(( 20000 + RANDOM % 20000 ))
cat >"$T/gf.conf" <<CONF
global { org = "SC01" var_dir = "$T" run_dir = "$T/run" log_dir = "$T" }
database { dsn = "host=$H dbname=bench user=gridfront" }
frontd { journal_dir = "$T/journal" keys_file = "$T/keys" }
appsrv { socket = "$T/run/appsrv.sock" http_listen = "127.0.0.1:$HTTP"
  console_www = "$GF_SRC/console/www" }
ifsvc { socket = "$T/run/ifsvc.sock" recon_dir = "$T/recon" recon_time = "" }
CONF
G="$GF_BUILD/tools/gfctl/gfctl -f $T/gf.conf"
GF_SCHEMA_DIR=$GF_SRC/schema $G migrate >/dev/null
psql() { pg_psql "$H" -d bench -v ON_ERROR_STOP=1 -At "$@"; }
D=$(psql -c "SELECT current_date - 1"); DC=${D//-/}
t0=$(date +%s.%N)
# 500 collectors, a terminal each; 200,000 customers; 70 % cash, 20 % card,
# 10 % transfer; 5 % prepayments; 1 % reversed, 0.5 % failed.
psql -c "INSERT INTO terminals (id, name, org, suite)
  SELECT '86139' || lpad(g::text, 11, '0'), 'T' || g, 'ORG' || (g % 8), 1 FROM generate_series(0, 499) g" \
     -c "INSERT INTO operators (id, name, org, role, pin_hash)
  SELECT 'C' || lpad(g::text, 4, '0'), '收费员' || g, 'ORG' || (g % 8), 'collector', 'x' FROM generate_series(0, 499) g" >/dev/null
load_day() {	# load_day DATE FROM TO
	psql -c "CREATE TEMP TABLE g AS SELECT g, 'SC01' || lpad(g::text, 20, '0') AS st,
	  '86139' || lpad((g % 500)::text, 11, '0') AS term, 'C' || lpad((g % 500)::text, 4, '0') AS op,
	  CASE WHEN g % 20 = 0 THEN 'PREPAY' ELSE 'PAYMENT' END AS func,
	  CASE WHEN g % 200 = 1 THEN 'FAILED' WHEN g % 100 = 7 THEN 'REVERSED' ELSE 'SUCCESS' END AS state
	  FROM generate_series($2, $3) g" \
	  -c "INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date)
	  SELECT term, 't' || g, st, '$1' FROM g" \
	  -c "INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id,
	  customer_no, func, trcode, amount, pay_mode, state, mkt_serial, receipt_no, rspcode, created_at)
	  SELECT st, '$1', term, 't' || g, op, '51' || lpad((g % 200000)::text, 8, '0'), func,
	  CASE func WHEN 'PAYMENT' THEN 1002 ELSE 1004 END, 1000 + g % 50000,
	  CASE WHEN func = 'PREPAY' THEN NULL WHEN g % 10 < 7 THEN 1 WHEN g % 10 < 9 THEN 2 ELSE 3 END,
	  state, CASE WHEN state <> 'FAILED' THEN 'MK' || g END,
	  CASE WHEN state <> 'FAILED' THEN 'R' || st END, CASE WHEN state <> 'FAILED' THEN '0000' END,
	  '$1'::date + make_interval(secs => 28800 + (g % 43200)) FROM g" \
	  -c "INSERT INTO receipts (receipt_no, stserial, settle_date, terminal_id, operator_id, customer_no, amount)
	  SELECT 'R' || st, st, '$1', term, op, '51' || lpad((g % 200000)::text, 8, '0'), 1000 + g % 50000
	  FROM g WHERE state <> 'FAILED'" >/dev/null
}
load_day "$D" 1 "$N"
load_day "$(psql -c "SELECT current_date")" $((N + 1)) $((N + N / 10))
psql -c "VACUUM ANALYZE transactions" -c "VACUUM ANALYZE tx_keys" -c "VACUUM ANALYZE receipts" >/dev/null
t1=$(date +%s.%N)
# The marketing system's file: 100 amounts differ.
psql -c "COPY (SELECT stserial, mkt_serial, trcode, customer_no,
  amount + (right(stserial, 4) = '0077')::int,
  CASE state WHEN 'SUCCESS' THEN 'OK' ELSE 'REVERSED' END, '$DC', '101500'
  FROM transactions WHERE settle_date = '$D' AND state <> 'FAILED') TO STDOUT (DELIMITER '|')" >"$T/file.txt"
"$GF_BUILD/ifsvc/ifsvc" -f "$T/gf.conf" -R "$DC" -F "$T/file.txt" >"$T/recon.out" 2>"$T/recon.log"
t2=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="$N" 'BEGIN {
  printf "load: transactions=%d (+%d today) seconds=%.1f; reconciliation seconds=%.1f\n", n, n / 10, b - a, c - b }'
sed 's/^/# /' "$T/recon.out"

# Console users: an auditor reads every page.
echo "Bench-Auditor-Pass-1" | $G user add --id aud --name 审计 --roles auditor >/dev/null
"$GF_BUILD/appsrv/appsrv" -d -f "$T/gf.conf" >"$T/appsrv.log" 2>&1 & PIDS+=($!)
for i in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$HTTP/" && break; sleep 0.1; done
B="http://127.0.0.1:$HTTP"
for i in $(seq 100); do	# 503 until the console's database connections are up
	code=$(curl -s -o "$T/login.json" -w '%{http_code}' -c "$T/jar" -H 'Content-Type: application/json' \
		--data '{"id":"aud","password":"Bench-Auditor-Pass-1"}' "$B/api/login")
	[ "$code" = 503 ] || break; sleep 0.2
done
jq -e .csrf "$T/login.json" >/dev/null || { echo "login failed: $(cat "$T/login.json")"; exit 1; }

# page NAME PATH: two requests to warm the console's database connections
# (the first is printed as cold_ms: a new backend opens the ~145 partitions
# of transactions once), then R requests; prints p50 p95 max (ms) of those
# and the answer's size.
page() {
	local name=$1 path=$2 i code cold
	cold=$(curl -s -o /dev/null -w '%{time_total}' -b "$T/jar" "$B$path")
	curl -s -o /dev/null -b "$T/jar" "$B$path"
	: >"$T/times"
	for i in $(seq "$R"); do
		code=$(curl -s -o "$T/body" -w '%{http_code} %{time_total}\n' -b "$T/jar" "$B$path")
		[ "${code%% *}" = 200 ] || { echo "$name: HTTP ${code%% *}: $(head -c 300 "$T/body")"; return 1; }
		echo "${code#* }" >>"$T/times"
	done
	sort -n "$T/times" | awk -v name="$name" -v bytes="$(wc -c <"$T/body")" -v cold="$cold" '
	  { t[NR] = $1 * 1000 }
	  END { p50 = t[int((NR + 1) * 0.50)]; p95 = t[int(NR * 0.95 + 0.999)]; if (p95 == "") p95 = t[NR];
	        printf "%-22s p50_ms=%7.1f p95_ms=%7.1f max_ms=%7.1f cold_ms=%7.1f bytes=%d\n", name, p50, p95, t[NR], cold * 1000, bytes }'
}
ST=$(psql -c "SELECT stserial FROM transactions WHERE settle_date = '$D' AND state = 'SUCCESS' ORDER BY stserial LIMIT 1 OFFSET $((N / 2))")
echo "first_stats_ms=$(curl -s -o /dev/null -w '%{time_total}' -b "$T/jar" "$B/api/stats?from=$DC&to=$DC&by=collector" | awk '{ printf "%.0f", $1 * 1000 }') (the closed day's summary is written)"
echo "pages (N=$N, $R requests each, one at a time):"
page day              "/api/recon/$DC"
page day:diffs-p2     "/api/recon/$DC?page=2&size=50"
page days             "/api/recon/days"
page search:day       "/api/tx?from=$DC&to=$DC"
page search:day-p20   "/api/tx?from=$DC&to=$DC&page=20"
next=$(curl -s -b "$T/jar" "$B/api/tx?from=$DC&to=$DC&page=1" | jq -r .next)
page search:day-next  "/api/tx?from=$DC&to=$DC&after=$next"
page search:collector "/api/tx?from=$DC&to=$DC&operator=C0042"
page search:terminal  "/api/tx?from=$DC&to=$DC&terminal=8613900000000042"
page search:reversed  "/api/tx?from=$DC&to=$DC&state=REVERSED"
page search:prepay-ok "/api/tx?from=$DC&to=$DC&func=PREPAY&state=SUCCESS"
page search:customer  "/api/tx?from=$(psql -c "SELECT to_char(current_date - 30, 'YYYYMMDD')")&customer=5100012345"
page search:receipt   "/api/tx?from=$DC&to=$DC&receipt=R$ST"
page search:mkserial  "/api/tx?from=$DC&to=$DC&mkserial=MK777777"
page story            "/api/tx/$ST"
page stats:collector  "/api/stats?from=$DC&to=$DC&by=collector"
page stats:org        "/api/stats?from=$DC&to=$DC&by=org"
page stats:pay_mode   "/api/stats?from=$DC&to=$DC&by=pay_mode"
page stats:channel    "/api/stats?from=$DC&to=$DC&by=channel"
page stats:month      "/api/stats?period=month&from=${DC:0:6}01&to=$(date +%Y%m%d)&by=org"
page stats:today-live "/api/stats?by=channel"
page cash:day         "/api/cash?date=$DC"
page cash:in-transit  "/api/cash/in-transit"
page report:daily     "/api/report/daily?date=$DC"
echo "target: p95_ms <= 300 per page"
