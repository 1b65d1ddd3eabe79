#!/usr/bin/env bash
# check_shared_copy.sh SRC - is SRC/tests/vectors/tp1-vectors.json
# byte-identical to the contract's authoritative copy,
# SRC/../shared/spec/vectors/tp1-vectors.json?
#
# Exit 0: identical.  Exit 1: they differ, or the shared spec folder is there
# without the vector file.  Exit 77 (ctest reports SKIPPED): there is no
# ../shared/spec beside the checkout, so there is nothing to compare with.
set -u
src=${1:?usage: check_shared_copy.sh SOURCE_DIR}
ours=$src/tests/vectors/tp1-vectors.json
spec=$src/../shared/spec

if [ ! -f "$ours" ]; then
	echo "FAIL: $ours is missing"
	exit 1
fi
if [ ! -d "$spec" ]; then
	echo "SKIP: no $spec beside the repository; nothing to compare with"
	exit 77
fi
theirs=$spec/vectors/tp1-vectors.json
if [ ! -f "$theirs" ]; then
	echo "FAIL: $spec exists but has no vectors/tp1-vectors.json"
	exit 1
fi
if cmp -s "$ours" "$theirs"; then
	echo "ok: tests/vectors/tp1-vectors.json is byte-identical to $theirs"
	exit 0
fi
echo "FAIL: tests/vectors/tp1-vectors.json differs from $theirs:"
diff <(od -An -tx1 -v "$ours") <(od -An -tx1 -v "$theirs") | head -5
echo "copy the shared file over ours (cp \"$theirs\" \"$ours\") and rerun the TP/1 tests"
exit 1
