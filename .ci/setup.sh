#!/usr/bin/env bash
# Installs what tinytrace needs to build and test on Debian 12, as root:
# gcc, g++ and <sys/sdt.h> for the C and C++ test targets, bpftrace for the differential
# tests, and Go 1.26. Safe to re-run:
# it installs only what is missing. Source it to get Go on PATH.
set -euo pipefail

need=()
command -v gcc >/dev/null || need+=(gcc libc6-dev)
command -v g++ >/dev/null || need+=(g++)  # the C++ test target (stacks, demangling)
[ -e /usr/include/x86_64-linux-gnu/sys/sdt.h ] || [ -e /usr/include/sys/sdt.h ] || need+=(systemtap-sdt-dev)
# bpftrace itself: the differential tests run it side by side with tinytrace.
command -v bpftrace >/dev/null || need+=(bpftrace)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Go: the one on PATH or in /usr/local/go if it is 1.26 or newer; otherwise
# Debian's go fetches the 1.26 toolchain as a module.
export PATH="$PATH:/usr/local/go/bin"
go_ok() { command -v go >/dev/null && go version | grep -Eq 'go1\.(2[6-9]|[3-9][0-9])'; }
if ! go_ok; then
  command -v go >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null; }
  toolchain=golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64
  (cd /tmp && GOFLAGS= GO111MODULE=on go mod download "$toolchain")
  dir="$(go env GOMODCACHE)/$toolchain"
  chmod +x "$dir/bin/"* "$dir/pkg/tool/"*/* 2>/dev/null || true  # the module zip keeps no exec bits
  export PATH="$dir/bin:$PATH"
fi
go_ok || { echo "setup: could not install Go 1.26" >&2; exit 1; }
