//go:build linux

package runtime

import (
	"fmt"
	"time"
	"unsafe"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// intervalLink runs a program every period on one CPU, from a software
// cpu-clock perf event, as bpftrace's interval probes do.
type intervalLink struct{ fd int }

func attachInterval(prog *ebpf.Program, every time.Duration, name string) (*intervalLink, error) {
	attr := unix.PerfEventAttr{
		Type:   unix.PERF_TYPE_SOFTWARE,
		Config: unix.PERF_COUNT_SW_CPU_CLOCK,
		Size:   uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample: uint64(every.Nanoseconds()),
		Bits:   unix.PerfBitDisabled,
	}
	fd, err := unix.PerfEventOpen(&attr, -1, 0, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("attaching %s: opening a cpu-clock perf event: %w", name, err)
	}
	l := &intervalLink{fd: fd}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_SET_BPF, prog.FD()); err != nil {
		l.Close()
		return nil, fmt.Errorf("attaching %s: %w", name, err)
	}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_ENABLE, 0); err != nil {
		l.Close()
		return nil, fmt.Errorf("attaching %s: enabling the timer: %w", name, err)
	}
	return l, nil
}

// Close stops the timer and detaches the program.
func (l *intervalLink) Close() error {
	_ = unix.IoctlSetInt(l.fd, unix.PERF_EVENT_IOC_DISABLE, 0)
	return unix.Close(l.fd)
}
