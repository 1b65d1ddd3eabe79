# moneysim_lib.sh - the money fault simulation (bash), sourced after lib.sh
# by t_money_sim.sh (one seed per process) and used by bench/soak/run.sh.
#
#   ms_station SEED       provision collectors, start the four daemons
#   ms_schedule SEED SECS print the seeded fault schedule ("ms action args")
#   ms_play FILE          run a schedule against the station (foreground)
#   ms_heal               every fault off, every daemon running
#   ms_wait_settled SECS  poll the station DB until nothing is non-final
#   ms_check              the invariants; "VIOLATION <name> ..." lines
#   ms_bank_provision, ms_bank_start SEED SECS, ms_bank_wait, ms_bank_check
#                         a bank load beside the collectors (banksim over
#                         two banks' BK/1 links, its own customers) and
#                         its invariants (BANK_* below)
#
# The driver is tests/tools/moneysim (see its header for the log format).
# Faults (TigerBeetle's simulator and Jepsen's bank test in spirit): kill -9
# and restart of each daemon, SIGSTOP of a daemon longer than every
# deadline, pg_terminate_backend of the station's (or mktsim's) backends,
# kill -9 of one PostgreSQL backend (the postmaster then restarts all of
# them; only on the test's own cluster), mktsim windows of dropped
# connections before and after processing, 9999, answers past the deadline
# and a whole outage (connections refused, or mktsim down), 9999 after
# posting (moneysim's MI/1 relay rewrites a 0000 to a money request), and a
# reconciliation run while reversals are still being sent.
#
# The invariants (MONEY.md), by the name a violation is printed with:
#   UNSETTLED_ANSWER   after settling, a repeat got no final answer at once
#   CONTRADICTION      two final answers about one term_serial differ (status,
#                      or receipt/mkt_serial of an OK)
#   DOUBT_AFTER_FINAL  IN_DOUBT or HOST_TIMEOUT to a repeat sent after a
#                      different final answer had arrived
#   WRONG_STATUS       IN_DOUBT to a payment, HOST_TIMEOUT to a reversal
#   SERIAL_REUSED      a different request under a used term_serial was not
#                      refused SERIAL_REUSED
#   STATION_UNSETTLED  a transaction in a non-final state, or an open
#                      settlement, after settling
#   BOOK_PAYMENT       settled answer of a payment vs the book: OK <=> posted
#                      and in force (or undone by a reversal the terminal sent)
#   BOOK_REVERSAL      settled answer of a reversal vs the book: OK <=> the
#                      original is reversed there by it
#   BOOK_TWICE         one term_serial with two postings in force
#   BOOK_FIELDS        an OK's mkt_serial or amount differs from the book
#   BOOK_ORPHAN        a posting in force that no OK answer accounts for
#   RECON              the day's reconciliation has a difference
#   JOURNAL            gfctl journal verify fails
#   SIGNOFF            the collectors' SIGN_OFF total differs from the book's
#                      in-force total of the day
#   BANK_RUN           banksim's own invariants (tools/banksim/README.md):
#                      every bank request ended with one definite answer,
#                      none contradicted another, 2006 agrees, and the
#                      book holds each payment answered 0000 once and
#                      nothing else for the banks' customers
#   BANK_STATION       the station's bank rows: one per (bank, serial); the
#                      payments standing are those answered 0000 and not
#                      reversed by the bank; each the bank reversed is
#                      REVERSED; each stands in the book as at the station
#   (The book checks above leave the banks' postings to these two.)
#   (REPLAY_FLAG, a settled repeat without replayed=1, is a note; below.)
#
# Deadlines of the run: ifsvc 2 s per MI/1 call, frontd 3 s per request to
# appsrv, the driver 5 s per attempt; a stall lasts 6 to 7.5 s.

MS_TIMEOUT_MS=5000
MS_NTERM=${MONEYSIM_TERMINALS:-6}
# Station states that are final (MONEY.md: SUCCESS, FAILED, NOT_DONE; a
# payment undone by a later reversal is REVERSED).
MS_FINAL_STATES=${MONEYSIM_FINAL_STATES:-SUCCESS FAILED REVERSED NOT_DONE}
# Answers after which a terminal repeats the same term_serial (TP1 §4).
MS_NONFINAL="'BUSY','IN_DOUBT','INTERNAL','SEQ_REPLAY','NOT_SIGNED_ON','TIME_SKEW','NOANSWER','CLOSED'"
MS_DAEMONS=(appsrv ifsvc frontd mktsim)
declare -A MS_STOPPED=()
MS_FAULTS=0

ms_log() { echo "# $(date +%T.%3N) $*"; }
ms_now_ms() { echo $(($(date +%s%N) / 1000000)); }

ms_mkt() {	# ms_mkt SQL: one value from the marketing system's database
	pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"
}

ms_admin() {	# ms_admin COMMAND...: one mktsim admin command
	local line=
	{ exec 7<>"/dev/tcp/127.0.0.1/$MS_ADMIN_PORT"; } 2>/dev/null || return 1
	echo "$*" >&7
	read -r -t 5 line <&7
	exec 7>&-
	[[ $line == ok* ]]
}

# Collectors with their own operators, both suites, any source address.
ms_provision() {
	local i id op pin
	MS_TFILE=$T/terminals
	: >"$MS_TFILE"
	chmod 0600 "$MS_TFILE"
	for i in $(seq 1 "$MS_NTERM"); do
		id=$(printf '86139000007%05d' "$i")
		op=$(printf 'MS%02d' "$i")
		pin=$(printf '%06d' $((200000 + i * 7919)))
		"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "moneysim $i" \
			--suite $((2 - i % 2)) >>"$T/log/gfctl.out" 2>&1 &&
		"$BIN_GFCTL" -f "$GF_CONF" operator add --id "$op" --name "moneysim $i" \
			--role collector <<<"$pin" >>"$T/log/gfctl.out" 2>&1 ||
			{ fail "provision terminal $id"; return 1; }
		echo "$id $((2 - i % 2)) 1 - - - $op $pin collector" >>"$MS_TFILE"
	done
}

ms_start() {	# ms_start NAME: the first start of a daemon, with the run's options
	if [ "$1" = mktsim ]; then
		gf_start mktsim --admin "127.0.0.1:$MS_ADMIN_PORT" --fault-seed "$MS_SEED"
	else
		gf_start "$1"
	fi
}

# ms_restart NAME: start it again the way a supervisor does: a daemon that
# exits at once (its database is still recovering from a fault) is started
# again a second later, for up to 60 s.
ms_restart() {
	local name=$1 bin args=() ready until=$((SECONDS + 60))
	case $name in
	frontd) bin=$BIN_FRONTD ;;
	appsrv) bin=$BIN_APPSRV; args=(-v) ;;
	ifsvc)  bin=$BIN_IFSVC; args=(-v) ;;
	mktsim) bin=$BIN_MKTSIM; args=(-v serve --admin "127.0.0.1:$MS_ADMIN_PORT" --fault-seed "$MS_SEED") ;;
	esac
	while [ "$SECONDS" -lt "$until" ]; do
		if [ "$name" = mktsim ]; then
			"$bin" -d -f "$GF_CONF" "${args[@]}" >>"$T/log/$name.out" 2>&1 &
		else
			"$bin" -d "${args[@]}" -f "$GF_CONF" >>"$T/log/$name.out" 2>&1 &
		fi
		GF_PIDS[$name]=$!
		for ready in $(seq 50); do
			kill -0 "${GF_PIDS[$name]}" 2>/dev/null || break
			case $name in
			frontd) ms_port_up "$FRONTD_PORT" ;;
			mktsim) ms_port_up "$MKT_PORT" ;;
			*) [ -S "$T/run/$name.sock" ] ;;
			esac && break
			sleep 0.1
		done
		# Still there a second later (a stale socket file proves nothing).
		sleep 1
		kill -0 "${GF_PIDS[$name]}" 2>/dev/null && return 0
		wait "${GF_PIDS[$name]}" 2>/dev/null
		sleep 1
	done
	fail "$name does not restart (seed $MS_SEED)"
	return 1
}

# Before gf_setup: ifsvc talks to the marketing system through moneysim's
# MI/1 relay, which can turn answers into "9999 after posting".
ms_conf() {
	MS_PROXY_PORT=$(gf_free_port)
	CONF_IFSVC_EXTRA="${CONF_IFSVC_EXTRA:-}
  mkt_port = $MS_PROXY_PORT"
}

ms_station() {
	MS_SEED=$1
	MS_ADMIN_PORT=$(gf_free_port)
	ms_provision || return 1
	"$TOOLS/moneysim" proxy -L "$MS_PROXY_PORT" -U "$MKT_PORT" -s "$MS_SEED" -e 50 \
		2>>"$T/log/proxy.out" &
	GF_PIDS[proxy]=$!
	gf_wait_port "$MS_PROXY_PORT" || { fail "the MI/1 relay listens"; return 1; }
	ms_start mktsim && ms_start ifsvc && ms_start appsrv && ms_start frontd || return 1
	MS_CFILE=$T/customers
	"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 400 \
		>"$MS_CFILE" 2>>"$T/log/mktsim.out"
	[ -s "$MS_CFILE" ] || { fail "mktsim lists customers with arrears"; return 1; }
	MS_LOG=$T/answers.tsv
	: >"$MS_LOG"
}

# ---- the schedule ----

# ms_schedule SEED SECS: the seeded list of fault actions, one a line,
# "MS ACTION ARGS", sorted by MS (from the start of the run).  The same
# seed always gives the same list (bash's RANDOM is seeded).
ms_schedule() {
	local seed=$1 secs=$2 n i t kind d w p busy_key
	[ "$secs" -ge 8 ] || secs=8
	declare -A busy=()
	{
		RANDOM=$seed
		n=$((3 + RANDOM % 4))
		for i in $(seq "$n"); do
			t=$((500 + RANDOM % ((secs - 5) * 1000)))
			kind=$((RANDOM % 14))
			d=${MS_DAEMONS[$((RANDOM % 4))]}
			case $kind in
			0|1|2)	# kill -9, restart after 0.2-3 s
				w=$((200 + RANDOM % 2800))
				busy_key=$d ;;
			3|4)	# a stall longer than every deadline
				w=$((6000 + RANDOM % 1500))
				busy_key=$d ;;
			*) busy_key= ;;
			esac
			if [ -n "$busy_key" ]; then
				[ "${busy[$busy_key]:-0}" -gt "$t" ] && continue
				busy[$busy_key]=$((t + w + 1500))
			fi
			case $kind in
			0|1|2) echo "$t kill9 $d"; echo "$((t + w)) start $d" ;;
			3|4) echo "$t stop $d"; echo "$((t + w)) cont $d" ;;
			5) echo "$t pgterm station" ;;
			6) echo "$t pgterm mkt" ;;
			7) echo "$t pgkill9 station" ;;
			8|9|10|11|12)
				w=$((2000 + RANDOM % 5000))
				p=$((20 + RANDOM % 60))
				case $((RANDOM % 7)) in
				0) echo "$t mkt drop_before_pct $p" ;;
				1) echo "$t mkt drop_after_pct $p" ;;
				2) echo "$t mkt error_pct $p" ;;
				3) echo "$t mkt latency_ms 2500"; echo "$t mkt latency_pct $p" ;;
				4) echo "$t mkt refuse_pct 100" ;;
				5) echo "$t mkt drop_after_pct $p"; echo "$t mkt error_pct $((p / 2))" ;;
				6) echo "$t proxy on"; echo "$((t + w)) proxy off"; continue ;;
				esac
				echo "$((t + w)) mkt reset" ;;
			13)	echo "$t pgterm station"; echo "$t pgterm mkt" ;;
			esac
		done
		# Two seeds in five: a reconciliation while reversals are still
		# being sent and settled (TP1 §5.2: it ends same-day reversals).
		[ $((RANDOM % 5)) -lt 2 ] && echo "$(((secs - 6) * 1000 + RANDOM % 3000)) recon"
	} | sort -n -s -k1,1
}

ms_port_up() { grep -q "$(printf ':%04X ' "$1").* 0A " /proc/net/tcp /proc/net/tcp6 2>/dev/null; }
ms_daemon_alive() { local p; p=$(gf_pid "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

ms_pgterm() {	# ms_pgterm DBNAME
	pg_psql "$GF_PGHOST" -d postgres -At -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$1' AND pid <> pg_backend_pid()"
}

ms_pgkill9() {
	local pid
	[ -n "${GF_OWN_PG:-}" ] || { echo "skipped (shared cluster)"; return 0; }
	pid=$(pg_psql "$GF_PGHOST" -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$GF_DBNAME' AND backend_type = 'client backend' ORDER BY pid LIMIT 1")
	[ -n "$pid" ] || { echo "no backend"; return 0; }
	# The postmaster then ends every backend and recovers (a few seconds);
	# the daemons must ride it out, so nothing waits for it here.
	kill -KILL "$pid" && echo "backend $pid"
}

# ms_act ACTION ARGS: one action of a schedule.
ms_act() {
	local what
	case $1 in
	kill9)	ms_daemon_alive "$2" && { gf_kill9 "$2"; unset "MS_STOPPED[$2]"; } ;;
	start)	ms_daemon_alive "$2" || ms_restart "$2" ;;
	stop)	ms_daemon_alive "$2" && kill -STOP "$(gf_pid "$2")" && MS_STOPPED[$2]=1 ;;
	cont)	ms_daemon_alive "$2" && kill -CONT "$(gf_pid "$2")"; unset "MS_STOPPED[$2]" ;;
	pgterm)	if [ "$2" = mkt ]; then what=$GF_MKTDB; else what=$GF_DBNAME; fi
		ms_pgterm "$what" >/dev/null ;;
	pgkill9) ms_pgkill9 >/dev/null ;;
	mkt)	if [ "$2" = reset ]; then ms_admin reset; else ms_admin set "$2" "$3"; fi ;;
	proxy)	if [ "$2" = on ]; then kill -USR1 "$(gf_pid proxy)"; else kill -USR2 "$(gf_pid proxy)"; fi ;;
	recon)	# In the background: ifsvc may be stopped right now, and the
		# schedule must go on (to the SIGCONT, among others).
		timeout 90 "$BIN_GFCTL" -f "$GF_CONF" recon run --date "$(date +%Y%m%d)" \
			>>"$T/log/recon-mid.out" 2>&1 &
		MS_RECON_PID=$! ;;
	esac
	return 0
}

# ms_play FILE: the actions at their times from now (an action that ran
# long delays the later ones; none is skipped).
ms_play() {
	local t0 now ms act
	t0=$(ms_now_ms)
	while read -r ms act; do
		now=$(ms_now_ms)
		[ $((t0 + ms - now)) -gt 0 ] && sleep "$(printf '%d.%03d' $(((t0 + ms - now) / 1000)) $(((t0 + ms - now) % 1000)))"
		ms_log "t=${ms}ms $act"
		# shellcheck disable=SC2086
		ms_act $act
		case $act in start*|cont*|"mkt reset"|"proxy off") ;; *) MS_FAULTS=$((MS_FAULTS + 1)) ;; esac
	done <"$1"
}

ms_heal() {
	local d
	for d in "${!MS_STOPPED[@]}"; do ms_act cont "$d"; done
	ms_act proxy off
	for d in mktsim ifsvc appsrv frontd; do
		ms_daemon_alive "$d" || ms_restart "$d" || return 1
	done
	ms_admin reset || { sleep 1; ms_admin reset; }
	[ -z "${MS_RECON_PID:-}" ] || wait "$MS_RECON_PID" 2>/dev/null
	return 0
}

# ---- settling and the checks ----

ms_final_list() { local s q=; for s in $MS_FINAL_STATES; do q="$q,'$s'"; done; echo "${q#,}"; }

ms_unsettled() {	# the station's non-final transactions and open settlements
	gf_sql "SELECT (SELECT count(*) FROM transactions WHERE state NOT IN ($(ms_final_list))) + (SELECT count(*) FROM ifsvc_settle WHERE settled_at IS NULL)"
}

ms_wait_settled() {
	local i
	for i in $(seq $(($1 * 2))); do
		[ "$(ms_unsettled)" = 0 ] && return 0
		sleep 0.5
	done
	return 1
}

# Load the answers and the marketing system's books into schema ms of the
# station database, where the checks join them with the station's records.
ms_load() {
	gf_psql -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS ms CASCADE; CREATE SCHEMA ms;
	  CREATE TABLE ms.log (phase text, terminal text, term_serial text, func text,
	    customer text, amount bigint, orig text, status text, receipt text, mkt text,
	    replayed int, attempt int, t_send bigint, t_recv bigint);
	  CREATE TABLE ms.mk (stserial text, mkserial text, trcode text, amount bigint,
	    status text, orig_stserial text, reversed_by text, txdate date);
	  CREATE TABLE ms.signoff (terminal text, count bigint, amount bigint);" >/dev/null
	gf_psql -c "\\copy ms.log FROM '$MS_LOG'" >/dev/null
	pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "COPY (SELECT stserial, mkserial, trcode, amount, status, orig_stserial, reversed_by, txdate FROM mk_txns) TO STDOUT" |
		gf_psql -c "\\copy ms.mk FROM STDIN" >/dev/null
	# The banks' postings (and their settlements) are BANK_*'s to check.
	gf_psql -c "DELETE FROM ms.mk WHERE stserial IN (SELECT stserial FROM transactions WHERE channel = 'BANK')" >/dev/null
	grep '^signoff ' "$T/final.out" | grep -v ' failed$' | cut -d' ' -f2- | tr ' ' '\t' |
		gf_psql -c "\\copy ms.signoff FROM STDIN" >/dev/null
}

# ms_violations NAME SQL: each row the query returns is one violation of
# the invariant NAME (the row says which term_serial and why).
#
# REPLAY_FLAG (MONEY.md: a repeat of a FAILED request is told "the refusal,
# replayed = 1"; TP1 §4 rev. 2026-12: "the answer to a repeat is ... with
# replayed = 1") fails; MONEYSIM_STRICT_REPLAYED=0 makes it a note (TP1 §4's
# older line says a non-OK answer carries only the items its status names).
ms_violations() {
	local name=$1 rows n
	rows=$(gf_psql -At -F ' ' -c "$2" 2>&1)
	if [ -z "$rows" ]; then ok "invariant ${name#!}"; return 0; fi
	n=$(echo "$rows" | wc -l)
	if [ "$name" = REPLAY_FLAG ]; then
		ok "note $name: $n settled repeat(s) without replayed=1 (MONEYSIM_STRICT_REPLAYED=0: a note only)"
		echo "$rows" | head -n 5 | sed "s/^/NOTE $name /"
		return 0
	fi
	name=${name#!}
	fail "invariant $name: $n violation(s) (seed $MS_SEED)"
	echo "$rows" | head -n 15 | sed "s/^/VIOLATION $name /"
	echo "$rows" | sed "s/^/VIOLATION $name /" >>"$T/violations"
	MS_VIOLATIONS=$((${MS_VIOLATIONS:-0} + n))
}

ms_check() {
	local fin day out rc run_row
	fin="status NOT IN ($MS_NONFINAL) AND status NOT LIKE 'ALERT_%'"
	ms_load
	# Per (terminal, term_serial): the request, the station's record, the
	# settled answer (the first answer of the final repeat), and what the
	# marketing system holds.
	gf_psql -c "
	  CREATE VIEW ms.req AS SELECT DISTINCT ON (terminal, term_serial) terminal, term_serial,
	    func, customer, amount, orig FROM ms.log WHERE phase <> 'reuse' ORDER BY terminal, term_serial, t_send;
	  CREATE VIEW ms.settled AS SELECT DISTINCT ON (terminal, term_serial) terminal, term_serial,
	    status, receipt, mkt, replayed, attempt FROM ms.log WHERE phase = 'final'
	    ORDER BY terminal, term_serial, t_send;
	  CREATE VIEW ms.st AS SELECT r.*, t.stserial, t.state, o.stserial AS orig_stserial
	    FROM ms.req r LEFT JOIN transactions t ON t.terminal_id = r.terminal AND t.term_serial = r.term_serial
	    LEFT JOIN transactions o ON r.func = 'REVERSAL' AND o.terminal_id = r.terminal AND o.term_serial = r.orig;
	  CREATE VIEW ms.term_rev AS SELECT st.stserial FROM ms.st WHERE st.func = 'REVERSAL' AND st.stserial IS NOT NULL;" >/dev/null

	# 1. After settling, every repeat gets a final answer at once.
	ms_violations UNSETTLED_ANSWER "SELECT r.terminal, r.term_serial, r.func,
	    COALESCE(s.status, 'no final repeat') || CASE WHEN s.attempt > 0 THEN ' (after ' || s.attempt || ' retries)' ELSE '' END
	  FROM ms.req r LEFT JOIN ms.settled s USING (terminal, term_serial)
	  WHERE s.status IS NULL OR s.status IN ($MS_NONFINAL) OR s.status LIKE 'ALERT_%' OR s.attempt > 0
	  ORDER BY 1, 2"
	ms_violations "$([ "${MONEYSIM_STRICT_REPLAYED:-1}" = 1 ] && echo '!')REPLAY_FLAG" "SELECT s.terminal, s.term_serial, s.status || ' replayed=0 on a settled repeat'
	  FROM ms.settled s JOIN ms.st USING (terminal, term_serial)
	  WHERE st.stserial IS NOT NULL AND s.replayed = 0 AND s.status NOT IN ($MS_NONFINAL) ORDER BY 1, 2"

	# 2. No two answers about one term_serial contradict.
	ms_violations CONTRADICTION "SELECT terminal, term_serial, string_agg(phase || ':' || status || CASE WHEN status = 'OK'
	    THEN '[' || receipt || '/' || mkt || ']' ELSE '' END || CASE WHEN replayed = 1 THEN '(replayed)' ELSE '' END,
	    ' then ' ORDER BY t_recv)
	  FROM ms.log WHERE phase <> 'reuse' AND $fin GROUP BY 1, 2
	  HAVING count(DISTINCT status) > 1 OR count(DISTINCT CASE WHEN status = 'OK' THEN receipt || '/' || mkt END) > 1
	  ORDER BY 1, 2"
	ms_violations DOUBT_AFTER_FINAL "SELECT l.terminal, l.term_serial, l.status || ' to a repeat sent after the final ' || f.status
	  FROM ms.log l JOIN LATERAL (SELECT status, min(t_recv) AS t FROM ms.log f WHERE f.phase <> 'reuse'
	    AND f.terminal = l.terminal AND f.term_serial = l.term_serial AND f.$fin GROUP BY status ORDER BY 2 LIMIT 1) f ON true
	  WHERE l.phase <> 'reuse' AND l.status IN ('IN_DOUBT', 'HOST_TIMEOUT') AND l.t_send > f.t AND l.status <> f.status
	  ORDER BY 1, 2"
	ms_violations WRONG_STATUS "SELECT DISTINCT terminal, term_serial, func || ' answered ' || status FROM ms.log
	  WHERE (func <> 'REVERSAL' AND status = 'IN_DOUBT') OR (func = 'REVERSAL' AND status = 'HOST_TIMEOUT') ORDER BY 1, 2"
	ms_violations SERIAL_REUSED "SELECT terminal, term_serial, 'a different request under it answered ' || status
	  FROM ms.log WHERE phase = 'reuse' AND $fin AND status <> 'SERIAL_REUSED' ORDER BY 1, 2"

	# 3. Nothing non-final at the station after settling.
	ms_violations STATION_UNSETTLED "SELECT terminal_id, term_serial, stserial || ' ' || state FROM transactions
	  WHERE state NOT IN ($(ms_final_list)) UNION ALL
	  SELECT '-', '-', stserial || ' settlement open' FROM ifsvc_settle WHERE settled_at IS NULL ORDER BY 1, 2"

	# 4. The settled answer against the marketing system's book: OK <=>
	# posted exactly once and in force (a payment undone by one of the
	# terminal's own reversals counts as in force: whether that reversal's
	# answer matches the book is BOOK_REVERSAL's to say); a refusal or
	# HOST_TIMEOUT <=> nothing of it in force.  A reversal: OK <=> its
	# original is reversed there by it.
	ms_violations BOOK_PAYMENT "SELECT st.terminal, st.term_serial, st.func || ' ' || st.amount || ' answered '
	    || s.status || ', book: ' || COALESCE(m.status || ' ' || m.amount || COALESCE(' reversed_by ' || m.reversed_by, ''),
	       CASE WHEN st.stserial IS NULL THEN 'no station record' ELSE 'nothing' END)
	  FROM ms.st st JOIN ms.settled s USING (terminal, term_serial) LEFT JOIN ms.mk m ON m.stserial = st.stserial
	  WHERE st.func <> 'REVERSAL' AND s.status NOT IN ($MS_NONFINAL) AND s.status NOT LIKE 'ALERT_%' AND s.status <> 'SERIAL_REUSED'
	    AND (s.status = 'OK') IS DISTINCT FROM (m.stserial IS NOT NULL AND (m.status = 'OK'
	      OR m.reversed_by IN (SELECT stserial FROM ms.term_rev)))
	  ORDER BY 1, 2"
	ms_violations BOOK_REVERSAL "SELECT st.terminal, st.term_serial, 'REVERSAL of ' || st.orig || ' answered ' || s.status
	    || ', book: ' || COALESCE('reversal ' || rv.status, 'no reversal') || ', original '
	    || COALESCE(o.status || COALESCE(' reversed_by ' || o.reversed_by, ''), 'absent')
	  FROM ms.st st JOIN ms.settled s USING (terminal, term_serial)
	    LEFT JOIN ms.mk rv ON rv.stserial = st.stserial LEFT JOIN ms.mk o ON o.stserial = st.orig_stserial
	  WHERE st.func = 'REVERSAL' AND s.status NOT IN ($MS_NONFINAL) AND s.status NOT LIKE 'ALERT_%' AND s.status <> 'SERIAL_REUSED'
	    AND (s.status = 'OK') IS DISTINCT FROM (rv.stserial IS NOT NULL AND o.reversed_by = st.stserial)
	  ORDER BY 1, 2"
	ms_violations BOOK_TWICE "SELECT t.terminal_id, t.term_serial, count(*) || ' postings in force: ' || string_agg(m.stserial, ' ')
	  FROM transactions t JOIN ms.mk m ON m.stserial = t.stserial
	  WHERE t.term_serial NOT LIKE 'settle:%' AND m.status = 'OK'
	  GROUP BY 1, 2 HAVING count(*) > 1 ORDER BY 1, 2"
	ms_violations BOOK_FIELDS "SELECT st.terminal, st.term_serial, 'answer ' || s.mkt || ' ' || st.amount || ', book '
	    || m.mkserial || ' ' || m.amount
	  FROM ms.st st JOIN ms.settled s USING (terminal, term_serial) JOIN ms.mk m ON m.stserial = st.stserial
	  WHERE s.status = 'OK' AND (s.mkt <> m.mkserial OR (st.func <> 'REVERSAL' AND m.amount <> st.amount)) ORDER BY 1, 2"
	ms_violations BOOK_ORPHAN "SELECT m.trcode, m.stserial, m.status || ' ' || m.amount || ' in the book, no terminal request answered OK'
	  FROM ms.mk m LEFT JOIN ms.st st ON st.stserial = m.stserial LEFT JOIN ms.settled s USING (terminal, term_serial)
	  WHERE m.trcode IN ('1002', '1004', '1005') AND m.status = 'OK' AND (s.status IS DISTINCT FROM 'OK')
	  ORDER BY 1, 2"

	# 5. The day reconciles with 0 differences.
	day=$(date +%Y%m%d)
	out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$day" 2>&1); rc=$?
	echo "$out" >>"$T/log/recon.out"
	run_row=$(gf_sql "SELECT state || ' local=' || local_count || '/' || local_total || ' remote=' || remote_count || '/' || remote_total
	  FROM recon_runs WHERE recon_date = current_date ORDER BY id DESC LIMIT 1")
	if [ "$rc" = 0 ] && [[ $run_row =~ ^DONE ]]; then ok "recon run ($run_row)"
	else fail "invariant RECON: recon run rc=$rc ($run_row) (seed $MS_SEED)"; echo "VIOLATION RECON run rc=$rc $run_row: $(echo "$out" | tail -2 | tr '\n' ' ')"; fi
	ms_violations RECON "SELECT category, stserial, COALESCE(l_terminal_id || ' ' || l_term_serial, '-')
	    || ' local ' || COALESCE(l_state, '-') || '/' || COALESCE(l_amount::text, '-')
	    || ' remote ' || COALESCE(r_status, '-') || '/' || COALESCE(r_amount::text, '-')
	  FROM recon_diffs WHERE run_id = (SELECT max(id) FROM recon_runs WHERE recon_date = current_date)
	  UNION ALL SELECT 'COUNTS', '-', local_count || '/' || local_total || ' vs ' || remote_count || '/' || remote_total
	  FROM recon_runs WHERE id = (SELECT max(id) FROM recon_runs WHERE recon_date = current_date)
	    AND (local_count <> remote_count OR local_total <> remote_total)"

	# 6. The journal verifies.
	out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify 2>&1); rc=$?
	if [ "$rc" = 0 ]; then ok "invariant JOURNAL"
	else fail "invariant JOURNAL: gfctl journal verify rc=$rc (seed $MS_SEED)"; echo "VIOLATION JOURNAL $(echo "$out" | tail -3 | tr '\n' ' ')"; fi

	# 7. The collectors' SIGN_OFF totals against the book's in-force total.
	ms_violations SIGNOFF "SELECT 'terminals=' || (SELECT count(*) FROM ms.signoff) || '/$MS_NTERM',
	    'signoff=' || (SELECT COALESCE(sum(amount), 0) FROM ms.signoff),
	    'book_in_force=' || (SELECT COALESCE(sum(amount), 0) FROM ms.mk WHERE trcode IN ('1002', '1004', '1005')
	      AND status = 'OK' AND txdate = current_date)
	  WHERE (SELECT count(*) FROM ms.signoff) <> $MS_NTERM
	    OR (SELECT COALESCE(sum(amount), 0) FROM ms.signoff) <> (SELECT COALESCE(sum(amount), 0) FROM ms.mk
	      WHERE trcode IN ('1002', '1004', '1005') AND status = 'OK' AND txdate = current_date)"
}

# A summary of what the run did, for the log.
ms_summary() {
	gf_psql -At -F ' ' -c "SELECT 'answers', phase, status, count(*) FROM ms.log GROUP BY 2, 3 ORDER BY 2, 3" 2>/dev/null |
		awk '{ k = $2; s[k] = s[k] " " $3 "=" $4 } END { for (k in s) print "# " k ":" s[k] }' | sort
}

# ---- the bank load beside the collectors ----

# Before ms_station: two banks, one per suite, with their keys.
ms_bank_provision() {
	"$BIN_GFCTL" -f "$GF_CONF" bank add --bank 0102 --name "moneysim 0102" --addr 127.0.0.2 \
		--suite 1 --reason moneysim >>"$T/log/gfctl.out" 2>&1 &&
	"$BIN_GFCTL" -f "$GF_CONF" bank add --bank 0103 --name "moneysim 0103" --addr 127.0.0.3 \
		--suite 2 --reason moneysim >>"$T/log/gfctl.out" 2>&1 ||
		{ fail "provision the banks"; return 1; }
	gf_own "$T/bank_keys"
}

# ms_bank_start SEED SECS: banksim in the background for the load's
# seconds (payments, reversals, repeats; answers lost on its side too),
# then following every open request to a definite answer for up to
# 180 s, then its audit (2006) and books check.
ms_bank_start() {
	"$GF_BUILD/tools/banksim/banksim" run --server "127.0.0.1:$BANK_PORT" \
		--banks 0102,0103 --sources 127.0.0.2,127.0.0.3 --keys "$T/bank_keys" \
		--serials "$T/bank_serials" --ledger "$T/bank_ledger" --customers "$T/cust_bank" \
		--conns 2 --rate 12 --duration "$2" --reverse-rate 10 --repeat-rate 5 \
		--faults drop-before=2,drop-after=3 --seed "$1" --timeout 8000 --settle 180 \
		--audit --books "host=$(realpath "$GF_PGHOST") dbname=$GF_MKTDB user=$PG_SUPERUSER" \
		--books-wait 120 --quiet >"$T/bank.out" 2>>"$T/log/banksim.out" &
	MS_BANK_PID=$!
}

ms_bank_wait() {
	ms_log "waiting for banksim"
	wait "$MS_BANK_PID"
	MS_BANK_RC=$?
	ms_log "banksim done (exit $MS_BANK_RC)"
}

ms_bank_check() {
	local out rows
	out=$(cat "$T/bank.out")
	echo "$out" | grep -v '^VIOLATION' | sed 's/^/# banksim: /'
	if [ "$MS_BANK_RC" = 0 ] && [[ $out == *"unsettled 0, invariant violations 0"* ]] &&
	    [[ $out == *"customers agree"* ]]; then
		ok "invariant BANK_RUN"
	else
		rows=$(echo "$out" | grep '^VIOLATION' || true)
		fail "invariant BANK_RUN: banksim exit $MS_BANK_RC, $(echo "$rows" | grep -c . ) violation line(s) (seed $MS_SEED)"
		echo "$rows" | head -n 15 | sed 's/^VIOLATION/VIOLATION BANK_RUN/'
		MS_VIOLATIONS=$((MS_VIOLATIONS + 1))
	fi
	# The payments standing at the station are those banksim was answered
	# 0000 for and did not reverse (a payment the station rolled back
	# after a lost outcome, answered 9002, is in neither).
	awk -F'|' '$1 == "P" { p[$2 " " $3] = 1 } $1 == "R" { r[$2 " " $4] = 1 }
		END { for (k in p) if (!(k in r)) print k }' "$T/bank_ledger" | sort >"$T/bank_standing"
	gf_psql -At -c "\\copy (SELECT bankno || ' ' || term_serial FROM transactions WHERE channel = 'BANK' AND func <> 'REVERSAL' AND state = 'SUCCESS') TO STDOUT" |
		sort >"$T/st_standing"
	awk -F'|' '$1 == "R" { print $2 " " $4 }' "$T/bank_ledger" | sort >"$T/bank_reversed"
	gf_psql -At -c "\\copy (SELECT bankno || ' ' || term_serial FROM transactions WHERE channel = 'BANK' AND func <> 'REVERSAL' AND state = 'REVERSED') TO STDOUT" |
		sort >"$T/st_reversed"
	ms_load_bank_book
	ms_violations BANK_STATION "SELECT 'twice', bankno || ' ' || term_serial, count(*)::text FROM transactions
	    WHERE channel = 'BANK' AND term_serial NOT LIKE 'settle:%' GROUP BY bankno, term_serial HAVING count(*) > 1
	  UNION ALL SELECT 'standing at the station, not answered 0000', l, '' FROM ms.st_standing
	    WHERE l NOT IN (SELECT l FROM ms.bank_standing)
	  UNION ALL SELECT 'answered 0000, not standing at the station', l, '' FROM ms.bank_standing
	    WHERE l NOT IN (SELECT l FROM ms.st_standing)
	  UNION ALL SELECT 'reversed by the bank, not REVERSED at the station', l, '' FROM ms.bank_reversed
	    WHERE l NOT IN (SELECT l FROM ms.st_reversed)
	  UNION ALL SELECT 'book differs', t.stserial, t.state || ' vs ' || COALESCE(b.status, 'absent')
	    FROM transactions t LEFT JOIN ms.bank_book b ON b.stserial = t.stserial
	    WHERE t.channel = 'BANK' AND t.func <> 'REVERSAL' AND t.term_serial NOT LIKE 'settle:%'
	      AND (CASE t.state WHEN 'SUCCESS' THEN 'OK' WHEN 'REVERSED' THEN 'REVERSED' ELSE 'absent' END)
	        IS DISTINCT FROM COALESCE(b.status, 'absent')
	  ORDER BY 1, 2"
}

# The lists above and the banks' postings in the book, as tables.
ms_load_bank_book() {
	local f
	gf_psql -c "CREATE TABLE ms.bank_book (stserial text, status text);
	  CREATE TABLE ms.st_standing (l text); CREATE TABLE ms.bank_standing (l text);
	  CREATE TABLE ms.st_reversed (l text); CREATE TABLE ms.bank_reversed (l text);" >/dev/null
	for f in st_standing bank_standing st_reversed bank_reversed; do
		gf_psql -c "\\copy ms.$f FROM '$T/$f'" >/dev/null
	done
	pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "COPY (SELECT stserial, status FROM mk_txns WHERE trcode = '1002') TO STDOUT" |
		gf_psql -c "\\copy ms.bank_book FROM STDIN" >/dev/null
}
