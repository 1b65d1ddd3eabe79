#!/usr/bin/env bash
# t_admin_sql.sh - the life-cycle functions of schema/fn/admin.sql at the
# SQL level, as the console and gfctl call them: each change and its audit
# row (actor, reason) in one transaction, the SQLSTATEs GF001 (not found),
# GF002 (refused by a rule), GF003 (already exists), retired ids never
# reused, retired operators keeping their history, rekey only forward and
# the registry moved by the first frame under the new version only once.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup

# sqlstate SQL: the SQLSTATE the statement fails with ("ok" when it works).
sqlstate() {
	local out
	if out=$(gf_psql -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -At -c "$1" 2>&1); then
		echo ok
	else
		echo "$out" | sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p' | head -1
	fi
}
audits() { gf_sql "SELECT count(*) FROM audit_log WHERE object = '$1' AND action = '$2'"; }

HASH="pbkdf2-sha256\$10000\$$(printf '%032d' 0)\$$(printf '%064d' 0)"
T1=8613900000120001
T2=8613900000120002

# Terminals ------------------------------------------------------------------
expect_eq "$(sqlstate "SELECT gf_term_add('console:alice', '$T1', 'north 1', 'SC01', 1, 1, '10.1.0.1', 'new device')")" ok "add"
expect_eq "$(gf_sql "SELECT name, org, suite, keyver, host(bound_ip), enabled FROM terminals WHERE id = '$T1'")" \
	"north 1|SC01|1|1|10.1.0.1|t" "add wrote the row"
expect_eq "$(gf_sql "SELECT actor || '|' || (detail->>'reason') || '|' || (detail->>'ip') FROM audit_log WHERE object = '$T1' AND action = 'terminal add'")" \
	"console:alice|new device|10.1.0.1" "add audited with actor, reason and values"
expect_eq "$(sqlstate "SELECT gf_term_add('console:alice', '$T1', 'again', 'SC01', 1, 1, NULL, 'x')")" GF003 "add of an existing id: GF003"
expect_eq "$(sqlstate "SELECT gf_term_add('console:alice', '123', 'bad', 'SC01', 1, 1, NULL, 'x')")" GF002 "add of a malformed id: GF002"
expect_eq "$(sqlstate "SELECT gf_term_add('console:alice', '$T2', 'bad', 'SC01', 3, 1, NULL, 'x')")" GF002 "add with suite 3: GF002"
expect_eq "$(sqlstate "SELECT gf_term_rename('gfctl:root', '$T1', 'north one', '')")" GF002 "a change without a reason: GF002"
expect_eq "$(gf_sql "SELECT name FROM terminals WHERE id = '$T1'")" "north 1" "the refused change changed nothing"
expect_eq "$(sqlstate "SELECT gf_term_rename('gfctl:root', '$T1', 'north one', 'typo')")" ok "rename"
expect_eq "$(gf_sql "SELECT (detail->>'from') || '>' || (detail->>'to') FROM audit_log WHERE object = '$T1' AND action = 'terminal rename'")" \
	"north 1>north one" "rename audited from/to"
expect_eq "$(sqlstate "SELECT gf_term_rename('gfctl:root', '8613900000129999', 'x', 'y')")" GF001 "rename of an unknown terminal: GF001"
expect_eq "$(sqlstate "SELECT gf_term_rebind('gfctl:root', '$T1', '10.1.0.9', 'SIM moved')")" ok "rebind"
expect_eq "$(gf_sql "SELECT host(bound_ip) FROM terminals WHERE id = '$T1'")" 10.1.0.9 "rebind wrote the address"
expect_eq "$(sqlstate "SELECT gf_term_rebind('gfctl:root', '$T1', NULL, 'unbound for a test')")" ok "rebind to no address"
expect_eq "$(gf_sql "SELECT bound_ip IS NULL FROM terminals WHERE id = '$T1'")" t "unbound"
expect_eq "$(sqlstate "SELECT gf_term_move('gfctl:root', '$T1', 'SC02', 'handed over')")" ok "move"
expect_eq "$(gf_sql "SELECT org FROM terminals WHERE id = '$T1'")" SC02 "moved to SC02"
expect_eq "$(sqlstate "SELECT gf_term_enable('gfctl:root', '$T1', false, 'lost')")" ok "disable"
expect_eq "$(sqlstate "SELECT gf_term_enable('gfctl:root', '$T1', true, 'found')")" ok "enable"
expect_eq "$(audits $T1 'terminal disable')/$(audits $T1 'terminal enable')" 1/1 "enable and disable audited"

# Rekey: forward only, moved once by the first frame under the new version.
expect_eq "$(sqlstate "SELECT gf_term_rekey('gfctl:root', '$T1', 1, '1 day', 'x')")" GF002 "rekey to the same version: GF002"
expect_eq "$(sqlstate "SELECT gf_term_rekey('gfctl:root', '$T1', 2, '0', 'x')")" GF002 "rekey without an overlap: GF002"
expect_eq "$(sqlstate "SELECT gf_term_rekey('gfctl:root', '$T1', 2, '1 day', 'rotation')")" ok "rekey to 2"
expect_eq "$(gf_sql "SELECT keyver, next_keyver FROM terminals WHERE id = '$T1'")" "1|2" "on 1, moving to 2"
expect_eq "$(gf_sql "SELECT gf_term_keyver_seen('$T1', 3)")" f "a frame under another version moves nothing"
expect_eq "$(gf_sql "SELECT gf_term_keyver_seen('$T1', 2)")" t "the first frame under 2 moves it"
expect_eq "$(gf_sql "SELECT keyver, next_keyver IS NULL FROM terminals WHERE id = '$T1'")" "2|t" "now on 2"
expect_eq "$(gf_sql "SELECT gf_term_keyver_seen('$T1', 2)")" f "the second frame moves nothing"
expect_eq "$(audits $T1 'terminal keyver moved')" 1 "the move audited once"
expect_eq "$(sqlstate "SELECT gf_term_rekey('gfctl:root', '$T1', 1, '1 day', 'back')")" GF002 "rekey back to 1: GF002"
gf_sql "SELECT gf_term_rekey('gfctl:root', '$T1', 3, '1 day', 'rotation')" >/dev/null
gf_sql "UPDATE terminals SET rekey_until = now() - interval '1 s' WHERE id = '$T1'" >/dev/null
expect_eq "$(gf_sql "SELECT gf_term_keyver_seen('$T1', 3)")" f "after the overlap a frame under 3 moves nothing"
# frontd's cache hears of every change to what it caches (channel gf_terminal),
# a key move's overlap included: without it a terminal given new keys is
# refused UNKNOWN_KEY_VERSION until its cache entry expires.
heard() {
	printf 'LISTEN gf_terminal;\n%s;\nSELECT 1;\n' "$1" | gf_psql -At 2>&1 |
		grep -c "notification \"gf_terminal\" with payload \"$T1\""
}
expect_eq "$(heard "UPDATE terminals SET rekey_until = now() + interval '2 s' WHERE id = '$T1'")" 1 "an overlap's change is announced"
expect_eq "$(heard "UPDATE terminals SET next_keyver = NULL WHERE id = '$T1'")" 1 "a cancelled move is announced"
expect_eq "$(heard "UPDATE terminals SET last_seen = now() WHERE id = '$T1'")" 0 "a request's bookkeeping is not"

# Retire: refused changes after, id never reused, history kept.
expect_eq "$(sqlstate "SELECT gf_term_retire('gfctl:root', '$T1', 'destroyed')")" ok "retire"
expect_eq "$(gf_sql "SELECT enabled, retired_at IS NOT NULL, next_keyver IS NULL FROM terminals WHERE id = '$T1'")" \
	"f|t|t" "retired: disabled, no key move pending"
expect_eq "$(sqlstate "SELECT gf_term_retire('gfctl:root', '$T1', 'again')")" GF002 "retire twice: GF002"
expect_eq "$(sqlstate "SELECT gf_term_enable('gfctl:root', '$T1', true, 'try')")" GF002 "enable a retired terminal: GF002"
expect_eq "$(sqlstate "SELECT gf_term_rebind('gfctl:root', '$T1', '10.1.0.2', 'try')")" GF002 "rebind a retired terminal: GF002"
expect_eq "$(sqlstate "SELECT gf_term_add('console:alice', '$T1', 'reuse', 'SC01', 1, 1, NULL, 'x')")" GF003 "re-adding a retired id: GF003"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE object = '$T1'")" 11 "its whole history is kept"

# Operators -------------------------------------------------------------------
expect_eq "$(sqlstate "SELECT gf_op_add('console:alice', 'OP1', 'Li', 'SC01', 'collector', '$HASH', 'hired')")" ok "operator add"
expect_eq "$(sqlstate "SELECT gf_op_add('console:alice', 'OP1', 'Li', 'SC01', 'collector', '$HASH', 'again')")" GF003 "operator add twice: GF003"
expect_eq "$(sqlstate "SELECT gf_op_add('console:alice', 'OP2', 'Wu', 'SC01', 'collector', '123456', 'clear PIN')")" GF002 "a PIN in clear is refused: GF002"
expect_eq "$(sqlstate "SELECT gf_op_add('console:alice', 'OP2', 'Wu', 'SC01', 'boss', '$HASH', 'x')")" GF002 "an unknown role: GF002"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE detail::text LIKE '%pbkdf2%'")" 0 "no PIN hash in the audit log"
expect_eq "$(sqlstate "SELECT gf_op_set_role('gfctl:root', 'OP1', 'reader', 'new job')")" ok "change role"
expect_eq "$(gf_sql "SELECT role FROM operators WHERE id = 'OP1'")" reader "role changed"
expect_eq "$(sqlstate "SELECT gf_op_set_role('gfctl:root', 'NOPE', 'reader', 'x')")" GF001 "change role of nobody: GF001"
gf_sql "UPDATE operators SET failed_attempts = 5, locked = true WHERE id = 'OP1'" >/dev/null
gf_sql "INSERT INTO sessions (token_hash, terminal_id, operator_id, settle_date, expires_at) VALUES (decode(repeat('01', 32), 'hex'), '$T1', 'OP1', current_date, now() + interval '1 h')" >/dev/null
expect_eq "$(gf_sql "SELECT count(*) FROM sessions WHERE operator_id = 'OP1' AND ended_at IS NULL")" 1 "OP1 has an open session"
expect_eq "$(sqlstate "SELECT gf_op_set_pin('gfctl:root', 'OP1', '$HASH', 'forgot')")" ok "reset PIN"
expect_eq "$(gf_sql "SELECT failed_attempts, locked FROM operators WHERE id = 'OP1'")" "0|t" "reset PIN clears the count, keeps the lock"
expect_eq "$(gf_sql "SELECT count(*) FROM sessions WHERE operator_id = 'OP1' AND ended_at IS NULL")" 0 "reset PIN ends the sessions"
expect_eq "$(sqlstate "SELECT gf_op_lock('gfctl:root', 'OP1', false, 'verified')")" ok "unlock"
expect_eq "$(gf_sql "SELECT locked FROM operators WHERE id = 'OP1'")" f "unlocked"
expect_eq "$(sqlstate "SELECT gf_op_lock('gfctl:root', 'OP1', true, 'on leave')")" ok "lock"
expect_eq "$(sqlstate "SELECT gf_op_retire('gfctl:root', 'OP1', 'left')")" ok "operator retire"
expect_eq "$(gf_sql "SELECT locked, retired_at IS NOT NULL FROM operators WHERE id = 'OP1'")" "t|t" "retired: locked, row kept"
expect_eq "$(sqlstate "SELECT gf_op_lock('gfctl:root', 'OP1', false, 'x')")" GF002 "unlock a retired operator: GF002"
expect_eq "$(sqlstate "SELECT gf_op_set_pin('gfctl:root', 'OP1', '$HASH', 'x')")" GF002 "new PIN for a retired operator: GF002"
expect_eq "$(sqlstate "SELECT gf_op_add('console:alice', 'OP1', 'Li', 'SC01', 'collector', '$HASH', 'rehire')")" GF003 "re-adding a retired operator id: GF003"
expect_eq "$(gf_sql "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE object = 'OP1'")" \
	"operator add,operator role,operator passwd,operator unlock,operator lock,operator retire" "operator history kept, in order"

# One transaction: a failing audit (no actor) leaves no change behind.
expect_eq "$(sqlstate "SELECT gf_term_add('', '$T2', 'x', 'SC01', 2, 1, NULL, 'x')")" GF002 "no actor: GF002"
expect_eq "$(gf_sql "SELECT count(*) FROM terminals WHERE id = '$T2'")" 0 "and no row was added"

# Signatures the console codes against (console contract), unchanged.
expect_eq "$(gf_sql "SELECT string_agg(p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' || pg_get_function_result(p.oid), E'\n' ORDER BY p.proname) FROM pg_proc p WHERE p.proname IN ('gf_term_add','gf_term_rename','gf_term_rebind','gf_term_move','gf_term_enable','gf_term_retire','gf_op_add','gf_op_set_role','gf_op_set_pin','gf_op_lock','gf_op_retire')")" \
"gf_op_add(p_actor text, p_id text, p_name text, p_org text, p_role text, p_pin_hash text, p_reason text)void
gf_op_lock(p_actor text, p_id text, p_locked boolean, p_reason text)void
gf_op_retire(p_actor text, p_id text, p_reason text)void
gf_op_set_pin(p_actor text, p_id text, p_pin_hash text, p_reason text)void
gf_op_set_role(p_actor text, p_id text, p_role text, p_reason text)void
gf_term_add(p_actor text, p_id text, p_name text, p_org text, p_suite integer, p_keyver integer, p_sim_ip inet, p_reason text)void
gf_term_enable(p_actor text, p_id text, p_enabled boolean, p_reason text)void
gf_term_move(p_actor text, p_id text, p_org text, p_reason text)void
gf_term_rebind(p_actor text, p_id text, p_sim_ip inet, p_reason text)void
gf_term_rename(p_actor text, p_id text, p_name text, p_reason text)void
gf_term_retire(p_actor text, p_id text, p_reason text)void" "the contract's signatures"

gf_done
