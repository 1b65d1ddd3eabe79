# browser_lib.sh - what the t_browser_*.sh tests share (sourced after
# lib.sh): that node, chromium and the npm packages are there, console users, and browser_walk, which runs
# one tests/browser/*.mjs script in headless chromium against this test's
# appsrv and counts its result as one check.  Screenshots go to
# $GF_BUILD/test-artifacts/<test>/ (kept after the test).

BROWSER_DIR=$GF_SRC/tests/browser
GF_ARTIFACTS=${GF_ARTIFACTS:-$GF_BUILD/test-artifacts/$GF_TEST_NAME}

# browser_ready: node, the console's npm packages and chromium are there
# (./gf installs them); a missing one fails the test, it is not skipped.
browser_ready() {
	command -v node >/dev/null || { fail "node is installed (./gf installs it)"; return 1; }
	[ -d "$GF_SRC/console/node_modules/playwright-core" ] ||
		{ fail "console/node_modules (./gf runs npm ci in console/)"; return 1; }
	[ -x "${GF_CHROMIUM:-/usr/bin/chromium}" ] || { fail "chromium is installed (./gf installs it)"; return 1; }
	[ -f "$GF_SRC/console/www/vendor/echarts.min.js" ] ||
		{ fail "console/www/vendor/echarts.min.js (./gf copies it)"; return 1; }
	return 0
}

# console_user ID NAME ROLES PASSWORD: a console user made with gfctl (the
# password on stdin); ROLES comma-separated (auditor,cashier,admin).
console_user() {
	local opt=--roles
	"$BIN_GFCTL" -f "$GF_CONF" user add 2>&1 | grep -q -- --roles || opt=--role
	echo "$4" | "$BIN_GFCTL" -f "$GF_CONF" user add --id "$1" --name "$2" "$opt" "$3" \
		>>"$T/log/gfctl.out" 2>&1 || fail "gfctl user add $1"
}

# browser_walk SCRIPT.mjs [NAME=VALUE...]: runs the walk with the console's
# address and the given variables; its lines are printed (and kept in
# $GF_ARTIFACTS/<script or $WALK_NAME>.log), its verdict is one check here.
browser_walk() {
	local script=$1 rc log; shift
	log=${script%.mjs}
	[ -n "${WALK_NAME:-}" ] && log=$WALK_NAME
	mkdir -p "$GF_ARTIFACTS"
	env GF_CONSOLE_URL="http://127.0.0.1:$HTTP_PORT" GF_SRC="$GF_SRC" GF_ARTIFACTS="$GF_ARTIFACTS" \
		"$@" timeout 300 node "$BROWSER_DIR/$script" 2>&1 | tee "$GF_ARTIFACTS/$log.log" | sed 's/^/    /'
	rc=${PIPESTATUS[0]}
	if [ "$rc" = 0 ]; then ok "browser walk $script (screenshots in $GF_ARTIFACTS)"
	else fail "browser walk $script (exit $rc; screenshots in $GF_ARTIFACTS)"; fi
}
