//go:build !linux

package runtime

import (
	"errors"
	"time"

	"github.com/cilium/ebpf"
)

// Tracing needs Linux; elsewhere tinytrace still parses, checks, resolves
// probes from ELF files and dumps (-d), so these stubs only have to fail.

var errNotLinux = errors.New("tracing needs Linux: on this system only -d works")

type intervalLink struct{}

func (*intervalLink) Close() error { return nil }

func attachInterval(*ebpf.Program, time.Duration, string) (*intervalLink, error) {
	return nil, errNotLinux
}

func pidfdOpen(int) (int, error) { return -1, errNotLinux }
