#!/bin/bash
# run.sh - build and run bench_tp1 against a build's libgfcommon.a.
#   bench/tp1/run.sh [SECONDS_PER_FIGURE]
# GF_BUILD picks the build directory (default: build-bench, made here as a
# RelWithDebInfo build without sanitizers if it does not exist yet).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${GF_BUILD:-$src/build-bench}
if [ ! -f "$build/CMakeCache.txt" ]; then
	cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" --target gfcommon -j2 >/dev/null
san=()
if grep -q '^ENABLE_SANITIZERS:BOOL=ON' "$build/CMakeCache.txt"; then
	echo "note: $build has sanitizers on; figures are not representative" >&2
	san=(-fsanitize=address,undefined)
fi
cc -std=c11 -O2 -Wall -Wextra -D_GNU_SOURCE "${san[@]}" -I"$src/common" \
    -o "$build/bench_tp1" "$here/bench_tp1.c" "$build/common/libgfcommon.a" \
    $(pkg-config --libs openssl jansson libevent log4c libconfuse libpq) -lpthread
"$build/bench_tp1" "${1:-1}"
