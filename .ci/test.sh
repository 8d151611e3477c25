#!/usr/bin/env bash
# The whole test suite: formatting, vet, and every test including the
# end-to-end ones that trace real processes (run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/setup.sh

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
go test -count=1 -timeout 10m ./...

# Every fuzz target for a short, bounded time: new seeds and shallow bugs
# fail CI. Longer runs: README.md, "Reliability".
while read -r pkg target; do
  go test "$pkg" -run '^$' -fuzz "^$target\$" -fuzztime 10s </dev/null
done <<'TARGETS'
./lang FuzzParse
./lang FuzzParseCheck
./compiler FuzzCompile
./lang/printf FuzzParse
./runtime/usdt FuzzParseArg
./runtime/usdt FuzzRead
./runtime/usdt FuzzNotes
TARGETS
