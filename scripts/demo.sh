#!/usr/bin/env bash
# demo.sh - the body of `./gf demo`, run after the build with the database
# started and migrated, from the repository root, with GF_BUILD (build dir),
# GF_CONF (config) and GF_VAR (var dir) set.
#
# It seeds the marketing simulator, creates the master key file, 20 demo
# terminals (both suites, each bound to its own loopback address) and their
# operators, starts the station under scripts/supervise.sh, drives it with
# termsim for 30 s while two banks collect through the bank port (banksim),
# runs a withholding month for one bank, then shows the journal check, the
# day's reconciliation with the marketing system and with each bank, and
# the day's collections by channel.  The station stays up (./gf stop ends it).  Re-running is
# safe: what exists is kept.
#
# Knobs: GF_DEMO_CUSTOMERS (10000), GF_DEMO_TERMINALS (20),
# GF_DEMO_DURATION (30 s), GF_DEMO_MIX (collector=70,reader=20,dunning=10).
set -euo pipefail

: "${GF_BUILD:?}" "${GF_CONF:?}" "${GF_VAR:?}"
ROOT=$(pwd)
. "$ROOT/scripts/pg.sh"

CUSTOMERS=${GF_DEMO_CUSTOMERS:-10000}
NTERM=${GF_DEMO_TERMINALS:-20}
DURATION=${GF_DEMO_DURATION:-30}
MIX=${GF_DEMO_MIX:-collector=70,reader=20,dunning=10}
GFCTL=("$GF_BUILD/tools/gfctl/gfctl" -f "$GF_CONF")
MKTSIM=("$GF_BUILD/tools/mktsim/mktsim" -f "$GF_CONF")
TERMSIM=$GF_BUILD/tools/termsim/termsim
TFILE=$GF_VAR/terminals
CFILE=$GF_VAR/customers
TODAY=$(date +%Y%m%d)

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
die() { printf 'demo: %s\n' "$*" >&2; exit 1; }

# conf_get SECTION KEY DEFAULT: a string value from the config file.
conf_get() {
	local v
	v=$(sed -n "/^[[:space:]]*$1[[:space:]]*{/,/^[[:space:]]*}/s/^[[:space:]]*$2[[:space:]]*=[[:space:]]*{\\{0,1\\}[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" \
		"$GF_CONF" 2>/dev/null | head -1)
	echo "${v:-$3}"
}

# conf_int SECTION KEY DEFAULT: a number from the config file.
conf_int() {
	local v
	v=$(sed -n "/^[[:space:]]*$1[[:space:]]*{/,/^[[:space:]]*}/s/^[[:space:]]*$2[[:space:]]*=[[:space:]]*\([0-9][0-9]*\).*/\1/p" \
		"$GF_CONF" 2>/dev/null | head -1)
	echo "${v:-$3}"
}

KEYS=$(conf_get frontd keys_file var/keys)
BANK_KEYS=$(conf_get frontd bank_keys_file var/bank_keys)
BANK_PORT=$(conf_int frontd bank_port 0)
BANK_DIR=$(conf_get ifsvc bank_dir var/bank)
[ -n "$BANK_DIR" ] || BANK_DIR=$GF_VAR/bank
BANKSIM=$GF_BUILD/tools/banksim/banksim
MONTH=$(date +%Y%m)
# The bank files are the daemons' to read: banksim, playing the bank's file
# transfer job, writes them as the daemons' user.
DUSER=$(conf_get global user gridfront)
as_daemon() {
	if [ "$(id -u)" = 0 ] && id "$DUSER" >/dev/null 2>&1; then
		runuser -u "$DUSER" -- "$@"
	else
		"$@"
	fi
}
if [ "$(id -u)" = 0 ] && id "$DUSER" >/dev/null 2>&1; then
	for b in 0102 0105; do
		install -d -o "$DUSER" -g "$DUSER" -m 0750 "$BANK_DIR" "$BANK_DIR/$b" \
			"$BANK_DIR/$b/inbox" "$BANK_DIR/$b/outbox"
	done
fi

LISTEN=$(conf_get frontd listen 0.0.0.0:7001)
mkdir -p "$GF_VAR/run" "$GF_VAR/log"

say "master keys"
if [ -f "$KEYS" ]; then
	echo "keeping $KEYS"
else
	"${GFCTL[@]}" keys init --file "$KEYS"
fi

say "marketing simulator: $CUSTOMERS customers"
"${MKTSIM[@]}" init >/dev/null
# Seeding wipes the marketing books; do it once, or the station's day would
# no longer reconcile with them.
if [ "$(cat "$GF_VAR/mktsim.seeded" 2>/dev/null)" != "$CUSTOMERS" ] ||
   [ -z "$("${MKTSIM[@]}" customers --limit 1 2>/dev/null)" ]; then
	"${MKTSIM[@]}" seed --customers "$CUSTOMERS" --seed 1
	echo "$CUSTOMERS" >"$GF_VAR/mktsim.seeded"
else
	echo "already seeded"
fi

say "terminals and operators"
# Roles split by the mix, largest remainder: 20 terminals -> 14/4/2.
read -r NC NR ND < <(awk -v n="$NTERM" -v mix="$MIX" 'BEGIN {
	split(mix, kv, ","); for (i in kv) { split(kv[i], p, "="); m[p[1]] = p[2]; s += p[2] }
	c = int(n * m["collector"] / s); r = int(n * m["reader"] / s); d = int(n * m["dunning"] / s)
	while (c + r + d < n) { if (c + r + d < n) c++; if (c + r + d < n) r++; if (c + r + d < n) d++ }
	print c, r, d }')
existing=$("${GFCTL[@]}" terminal list 2>/dev/null || true)
existing_ops=$("${GFCTL[@]}" operator list 2>/dev/null || true)
umask 077
: >"$TFILE.new"
derive=
for i in $(seq 1 "$NTERM"); do
	id=$(printf '86139000001%05d' "$i")
	suite=$((2 - i % 2))			# odd: 1 TDES, even: 2 SM4
	ip=127.0.1.$i
	if ((i <= NC)); then role=collector; op=$(printf 'C%03d' "$i")
	# Readers and dunning officers are the operators the marketing
	# system assigns books to (mktsim: OP001..OP010).
	elif ((i <= NC + NR)); then role=reader; op=$(printf 'OP%03d' $((i - NC)))
	else role=dunning; op=$(printf 'OP%03d' $((i - NC))); fi
	# A PIN per operator, kept with the demo terminals file (0600).
	pin=$(awk -v o="$op" '$7 == o { print $8; exit }' "$TFILE" 2>/dev/null || true)
	[ -n "$pin" ] || pin=$(printf '%06d' $(( (RANDOM * 32768 + RANDOM) % 1000000 )))
	if ! grep -q "$id" <<<"$existing"; then
		"${GFCTL[@]}" terminal add --id "$id" --name "Demo terminal $i" \
			--suite "$suite" --ip "$ip" >/dev/null
	fi
	if ! grep -qw "$op" <<<"$existing_ops"; then
		"${GFCTL[@]}" operator add --id "$op" --name "Demo $role $op" \
			--role "$role" <<<"$pin" >/dev/null
	fi
	# The terminal's own keys, as injected at provisioning.
	keys=$("${GFCTL[@]}" terminal keys "$id" 2>/dev/null |
		awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { if (e != "" && m != "") print e, m }' || true)
	# Without them, termsim derives the keys from the master key file.
	[ -n "$keys" ] || { keys="- -"; derive=1; }
	echo "$id $suite 1 $ip $keys $op $pin $role" >>"$TFILE.new"
done
mv "$TFILE.new" "$TFILE"
umask 027
TS=("$TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE")
[ -n "$derive" ] && TS+=(--keys "$KEYS")
echo "$NTERM terminals ($NC collectors, $NR readers, $ND dunning officers), bound to 127.0.1.1-127.0.1.$NTERM; list in $TFILE"

say "banks"
# Two banks collect at their counters, ATMs and online banks, each from its
# own loopback address; their MAC keys go to the bank key file (0600).
if [ "$BANK_PORT" = 0 ] && grep -q '^[[:space:]]*bank_port[[:space:]]*=[[:space:]]*0\b' "$GF_CONF"; then
	# The example config has no bank listener; the demo's own config
	# opens BK/1's usual port (frontd.bank_port) before the station starts.
	sed -i 's/^\([[:space:]]*bank_port[[:space:]]*=[[:space:]]*\)0\b/\17002/' "$GF_CONF"
	BANK_PORT=$(conf_int frontd bank_port 0)
	echo "frontd.bank_port set to $BANK_PORT in $GF_CONF (a running station takes it at its next start)"
fi
if [ "$BANK_PORT" = 0 ]; then
	echo "frontd.bank_port is 0 in $GF_CONF: no bank listener, the banks sit this one out"
else
	banks=$("${GFCTL[@]}" bank list 2>/dev/null || true)
	for spec in "0102 工商银行 127.0.2.1 1" "0105 建设银行 127.0.2.2 2"; do
		set -- $spec
		grep -q "^$1 " <<<"$banks" ||
			"${GFCTL[@]}" bank add --bank "$1" --name "$2" --addr "$3" --suite "$4" \
				--reason demo >/dev/null
	done
	# The daemons read it (frontd's workers on SIGHUP, ifsvc for debits).
	[ "$(id -u)" = 0 ] && id "$DUSER" >/dev/null 2>&1 && chown "$DUSER:" "$BANK_KEYS"
	echo "banks 0102 (127.0.2.1, 3DES MAC) and 0105 (127.0.2.2, SM4 MAC) on port $BANK_PORT; keys in $BANK_KEYS"
fi

say "starting the station (mktsim, ifsvc, appsrv, frontd under scripts/supervise.sh)"
pidf=$GF_VAR/run/supervise.pid
if [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
	echo "already running (supervisor pid $(cat "$pidf"))"
else
	(umask 027; GF_BUILD=$GF_BUILD GF_CONF=$GF_CONF GF_VAR=$GF_VAR exec setsid "$ROOT/scripts/supervise.sh" \
		>>"$GF_VAR/log/supervise.log" 2>&1 </dev/null) &
fi
first=$(awk 'NR == 1 { print $1 }' "$TFILE")
ready=
for _ in $(seq 600); do
	if "${TS[@]}" call --terminal "$first" ECHO >/dev/null 2>&1; then ready=1; break; fi
	sleep 0.1
done
[ -n "$ready" ] || { tail -n 20 "$GF_VAR"/log/*.out "$GF_VAR"/log/*.log.0 2>/dev/null; die "the station did not answer ECHO within 60 s"; }
echo "frontd answers on $LISTEN"

# The handhelds and the banks collect from different customers: each
# simulator's invariants hold only if nobody else moves its customers' money.
"${MKTSIM[@]}" customers --limit 1000000 >"$CFILE.all" 2>/dev/null || : >"$CFILE.all"
half=$(( $(wc -l <"$CFILE.all") / 2 ))
head -n "$half" "$CFILE.all" >"$CFILE"
sed -n "$((half + 1)),$((half + 2000))p" "$CFILE.all" >"$CFILE.banks"
tail -n 40 "$CFILE.all" >"$CFILE.withhold"
[ -s "$CFILE" ] && TS+=(--customers-file "$CFILE")

BRC=0 BPID=
if [ "$BANK_PORT" != 0 ] && [ -s "$CFILE.banks" ]; then
	say "banksim: banks 0102 and 0105, 4 connections, for $DURATION s (beside the handhelds)"
	"$BANKSIM" run --server "127.0.0.1:$BANK_PORT" --banks 0102,0105 \
		--sources 127.0.2.1,127.0.2.2 --keys "$BANK_KEYS" --customers "$CFILE.banks" \
		--conns 4 --rate 20 --duration "$DURATION" --reverse-rate 3 --quiet \
		--serials "$GF_VAR/bank-serials" --ledger "$GF_VAR/bank-ledger" \
		>"$GF_VAR/log/banksim.out" 2>&1 &
	BPID=$!
fi

say "termsim: $NTERM terminals for $DURATION s"
rc=0
"${TS[@]}" run --terminals "$NTERM" --duration "$DURATION" --mix "$MIX" || rc=$?
case $rc in
0) echo "termsim: no invariant violations" ;;
1) echo "termsim: INVARIANT VIOLATIONS (see above)" ;;
*) echo "termsim failed (exit $rc)" ;;
esac
if [ -n "$BPID" ]; then
	wait "$BPID" || BRC=$?
	say "banksim summary"
	tail -n 12 "$GF_VAR/log/banksim.out"
	case $BRC in
	0) echo "banksim: no invariant violations" ;;
	1) echo "banksim: INVARIANT VIOLATIONS (see $GF_VAR/log/banksim.out)" ;;
	*) echo "banksim failed (exit $BRC)" ;;
	esac
fi

WRC=0
if [ "$BANK_PORT" != 0 ] && [ -s "$CFILE.withhold" ]; then
	say "withholding $MONTH: bank 0102 debits 40 bound customers"
	awk -F'|' '{ printf "%s|62220%011d|%s\n", $1, NR, $2 }' "$CFILE.withhold" >"$GF_VAR/bindings"
	"${GFCTL[@]}" binding import --bank 0102 "$GF_VAR/bindings" | tail -n 1 || WRC=$?
	if out=$("${GFCTL[@]}" withhold make --bank 0102 --month "$MONTH"); then
		echo "$out"
		wh=$(awk '{ print $2; exit }' <<<"$out")
		as_daemon "$BANKSIM" withhold --dir "$BANK_DIR" --bank 0102 --refuse-rate 10 --seed 1 || WRC=$?
		echo "waiting for ifsvc to read the result and post each debited line once"
		for _ in $(seq 90); do
			show=$("${GFCTL[@]}" withhold show "$wh" 2>/dev/null || true)
			grep -q "^result .* ACCEPTED" <<<"$show" && ! grep -q " TODO " <<<"$show" && break
			sleep 1
		done
		"${GFCTL[@]}" withhold list --bank 0102 || WRC=$?
	else
		echo "$out"; WRC=1
	fi
fi

say "journal verify"
jrc=0
"${GFCTL[@]}" journal verify || jrc=$?

say "reconciliation of $TODAY"
# Wait until no transaction of the day is still being settled.
if [ -z "$(conf_get database dsn '')" ]; then
	for _ in $(seq 300); do
		n=$(pg_psql "$GF_VAR/run/pg" -d "$(conf_get database dbname gridfront)" -At -c \
			"SELECT count(*) FROM transactions WHERE state IN ('PENDING','UNKNOWN')" 2>/dev/null || echo 0)
		[ "$n" = 0 ] && break
		sleep 0.2
	done
fi
rrc=0
"${GFCTL[@]}" recon run --date "$TODAY" || rrc=$?
"${GFCTL[@]}" recon report --date "$TODAY" || rrc=$?

if [ -s "$GF_VAR/bank-ledger" ]; then
	say "bank day files and their reconciliation ($TODAY)"
	# Each bank sends its day file after its day-end; banksim writes it from
	# its own record of what the station answered.
	[ "$(id -u)" = 0 ] && chgrp "$DUSER" "$GF_VAR/bank-ledger" 2>/dev/null
	for b in 0102 0105; do
		as_daemon "$BANKSIM" dayfile --dir "$BANK_DIR" --bank "$b" --date "$TODAY" \
			--from "$GF_VAR/bank-ledger" || rrc=$?
		"${GFCTL[@]}" recon run --bank "$b" --date "$TODAY" || rrc=$?
		"${GFCTL[@]}" recon report --bank "$b" --date "$TODAY" || rrc=$?
	done
fi

say "today's collections by channel"
if [ -z "$(conf_get database dsn '')" ]; then
	pg_psql "$GF_VAR/run/pg" -d "$(conf_get database dbname gridfront)" -c \
		"SELECT channel, count(*) AS payments, to_char(sum(amount) / 100.0, 'FM999999990.00') AS yuan
		   FROM transactions
		  WHERE settle_date = current_date AND func <> 'REVERSAL'
		    AND state = 'SUCCESS' AND reversed_by IS NULL
		  GROUP BY channel ORDER BY channel" || true
else
	echo "(the console's statistics page shows them: 按渠道)"
fi

# A console administrator with a random password, kept 0600 beside the
# terminals file (docs/CONSOLE.md).
CPW=$GF_VAR/console-admin
if [ ! -s "$CPW" ]; then
	(umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$CPW.new")
	if "${GFCTL[@]}" user add --id admin --name "Demo administrator" --role admin <"$CPW.new" >/dev/null; then
		mv "$CPW.new" "$CPW"
	else rm -f "$CPW.new"; fi
fi
CONSOLE=$(conf_get appsrv http_listen 127.0.0.1:8080)

say "the station is up"
cat <<EOF
Try it (docs/DEMO.md explains more):
  ${TS[*]} call --terminal $first ARREARS_QUERY customer_no=5100000001
  ${TS[*]} run --duration 10 --keepalive
  $BANKSIM call --server 127.0.0.1:$BANK_PORT --bank 0102 --keys $BANK_KEYS --source 127.0.2.1 --signin 0001 2001 custno=5100000001
  ./gf status        ./gf stop
Console: http://$CONSOLE/  user admin, password in $CPW
Logs: $GF_VAR/log/   Terminals: $TFILE
Note: the day is reconciled now, so further same-day REVERSALs are refused.
EOF
[ "$rc" = 0 ] && [ "$BRC" = 0 ] && [ "$WRC" = 0 ] && [ "$jrc" = 0 ] && [ "$rrc" = 0 ]
