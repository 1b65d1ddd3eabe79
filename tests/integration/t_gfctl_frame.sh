#!/bin/bash
# t_gfctl_frame.sh - gfctl keys init and gfctl frame decode/encode, with the
# real binary: every frame of the TP/1 vector file decodes, encodes back to
# the same bytes and the same JSON; malformed frames are refused with their
# reason.  Needs no database or daemon; bash and gfctl only.
source "$GF_SRC/tests/integration/lib.sh"

G=$BIN_GFCTL
V=$GF_SRC/tests/vectors/tp1-vectors.json
T=$(mktemp -d /tmp/gf-t_gfctl_frame.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
unset GF_CONF

# ---- keys init ----
out=$("$G" keys init --file "$T/k1" 2>&1); rc=$?
expect_eq "$rc" 0 "keys init exits 0"
expect_eq "$(stat -c %a "$T/k1")" 600 "key file is mode 0600"
expect_eq "$(grep -c '^1 1 [0-9A-F]\{32\} [0-9A-F]\{32\}$' "$T/k1")" 1 "suite 1 key version 1"
expect_eq "$(grep -c '^2 1 [0-9A-F]\{32\} [0-9A-F]\{32\}$' "$T/k1")" 1 "suite 2 key version 1"
keyhex=$(awk '/^1 1/ {print $3}' "$T/k1")
if [[ "$out" == *"$keyhex"* ]]; then fail "keys init printed a key"; else ok "keys init prints no key"; fi
sum=$(md5sum < "$T/k1")
out=$("$G" keys init --file "$T/k1" 2>&1); rc=$?
expect_eq "$rc" 1 "keys init refuses an existing file"
expect_match "$out" "exists" "and says so"
expect_eq "$(md5sum < "$T/k1")" "$sum" "the existing file is untouched"
mkdir -p etc
printf 'frontd {\n  keys_file = "%s/etc/master.keys"\n}\n' "$T" > "$T/gf.conf"
"$G" -f "$T/gf.conf" keys init >/dev/null 2>&1
expect_eq "$(stat -c %a etc/master.keys 2>/dev/null)" 600 "keys init writes the configured frontd keys_file"
"$G" keys init --file "$T/k2" >/dev/null 2>&1
if cmp -s "$T/k1" "$T/k2"; then fail "two key files are equal"; else ok "each key file has new keys"; fi

# ---- a key file from the vectors' master keys ----
enc=$(grep -m1 '"enc"' "$V" | sed 's/.*: *"\([0-9A-Fa-f]*\)".*/\1/')
mac=$(grep -m1 '"mac": *"' "$V" | sed 's/.*: *"\([0-9A-Fa-f]*\)".*/\1/')
expect_match "$enc$mac" '^[0-9A-F]{64}$' "master keys read from the vector file"
printf '# vectors\n1 1 %s %s\n2 1 %s %s\n' "$enc" "$mac" "$enc" "$mac" > "$T/vk"
chmod 600 "$T/vk"

# Every frame vector: decode, encode back to the same bytes, same JSON again.
mapfile -t frames < <(grep '"frame": *"' "$V" | sed 's/.*: *"\([0-9A-Fa-f]*\)".*/\1/')
mapfile -t seqs < <(grep '"seq": *[0-9]' "$V" | sed 's/[^0-9]//g')
expect_eq "${#frames[@]}" 9 "9 frames in the vector file"
for i in "${!frames[@]}"; do
	f=${frames[$i]}
	j=$("$G" frame decode --hex "$f" --keys "$T/vk" 2>&1); rc=$?
	expect_eq "$rc" 0 "frame $i decodes"
	expect_match "$j" "\"terminal\":\"8613900000000001\",\"seq\":${seqs[$i]}," "frame $i: terminal and seq"
	h=$(printf '%s' "$j" | "$G" frame encode --keys "$T/vk" 2>&1)
	expect_eq "$h" "$f" "frame $i: encode(decode) gives the same bytes"
	j2=$("$G" frame decode --hex "$h" --keys "$T/vk" 2>&1)
	expect_eq "$j2" "$j" "frame $i: decode(encode(decode)) gives the same JSON"
done

# The example of the issue: JSON -> frame -> the same JSON.
ex='{"suite":1,"kind":"request","flags":0,"terminal":"8613900000000001","seq":3,"time":1795338002,"keyver":1,"iv":"0001020304050607","func":"PAYMENT","status":"OK","items":[{"token":"000102030405060708090A0B0C0D0E0F"},{"term_serial":"20261122000001"},{"customer_no":"5100012345"},{"amount":12850},{"pay_mode":1}]}'
h=$(printf '%s' "$ex" | "$G" frame encode --keys "$T/vk")
expect_eq "$h" "${frames[2]}" "the issue's example is the payment vector"
expect_eq "$("$G" frame decode --hex "$h" --keys "$T/vk")" "$ex" "and decodes back to it"
expect_match "$h" '^[0-9A-F]+$' "hex output is upper-case"

# Without iv: a random one, the rest the same.
noiv=${ex/\"iv\":\"0001020304050607\",/}
h1=$(printf '%s' "$noiv" | "$G" frame encode --keys "$T/vk")
h2=$(printf '%s' "$noiv" | "$G" frame encode --keys "$T/vk")
if [ -n "$h1" ] && [ "$h1" != "$h2" ]; then ok "no iv: a random iv each time"; else fail "no iv: same frames"; fi
d1=$("$G" frame decode --hex "$h1" --keys "$T/vk" | sed 's/"iv":"[0-9A-F]*",//')
expect_eq "$d1" "$noiv" "no iv: decodes to the same fields"

# Pin masking.
j=$("$G" frame decode --hex "${frames[1]}" --keys "$T/vk" --mask-pin)
expect_match "$j" '\{"pin":"\*\*\*\*"\}' "--mask-pin shows the pin as ****"

# ---- refusals, each with its reason, exit 1 ----
refuse() {	# refuse HEX REASON MESSAGE [KEYFILE]
	local out rc
	out=$("$G" frame decode --hex "$1" --keys "${4:-$T/vk}" 2>&1); rc=$?
	expect_eq "$rc" 1 "$3: exit 1"
	expect_match "$out" "$2" "$3: says '$2'"
}
f=${frames[2]}
last=${f: -1}; [ "$last" = 0 ] && flip=1 || flip=0
refuse "${f%?}$flip" "bad MAC" "a flipped MAC bit"
refuse "${f:0:100}" "truncated frame" "a truncated frame"
refuse "${f:0:40}" "truncated frame" "a truncated header"
refuse "48${f:2}" "bad magic" "bad magic"
refuse "${f:0:4}02${f:6}" "unknown version" "unknown version"
refuse "${f:0:6}09${f:8}" "unknown suite" "unknown suite"
refuse "${f:0:48}0011${f:52}" "not a multiple of the block size" "an unaligned length"
refuse "${f}00" "trailing bytes" "a trailing byte"
refuse "${f:0:48}FFF8${f:52}" "frame too large" "a length past the maximum"
refuse "${f:0:44}02${f:46}" "no master keys for suite 1 key version 2" "an unknown key version"
refuse "XYZ" "not hex" "a --hex that is not hex"
cp "$T/vk" "$T/vk644"; chmod 644 "$T/vk644"
refuse "$f" "group or others" "a key file readable by others" "$T/vk644"

out=$(printf '{"suite":1,"kind":"request","terminal":"8613900000000001","seq":1,"time":1,"keyver":1,"func":"ECHO","items":[{"colour":"red"}]}' | "$G" frame encode --keys "$T/vk" 2>&1); rc=$?
expect_eq "$rc" 1 "encode refuses an unknown item"
expect_match "$out" 'unknown item "colour"' "and names it"

gf_done
