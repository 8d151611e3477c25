#!/usr/bin/env bash
# Installs what tinytrace needs, builds it, and traces the bundled USDT
# target for a few seconds: the first command of the README. Run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/setup.sh

out=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$out"' EXIT
go build -o "$out/tinytrace" ./cmd/tinytrace
gcc -g -fno-omit-frame-pointer -O0 testdata/test-server.c -o "$out/test-server"

"$out/test-server" &
server=$!
sleep 0.5
script="usdt:$out/test-server:test_grp:test_idx { printf(\"test_idx=%d tracepoint caught\\n\", arg0); @calls = count(); }"
echo "# tinytrace -e '$script' -p $server   (stops after 4 seconds)"
timeout -s INT 4 "$out/tinytrace" -e "$script" -p "$server" || [ $? -eq 124 ]
