package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// TestExitStopsActions: after exit(), no action but END runs, although
// tinytrace needs a while to read the exit record and detach. On a
// function called in a tight loop, only the CPUs already inside the
// action when exit() ran can count (bpftrace 0.17 prints 1 or 2 here;
// without the exited flag tinytrace often counted hundreds).
func TestExitStopsActions(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "uprobe", "-O2")
	// One busy target per CPU: the tracer reading the exit record cannot
	// preempt them all.
	for i := 0; i < runtime.NumCPU(); i++ {
		startTarget(t, bin, "2000000000")
	}
	time.Sleep(100 * time.Millisecond) // let them reach their loops
	// How many calls slip through without the flag depends on how soon
	// the target runs again: a few rounds make a regression show.
	for round := 0; round < 3; round++ {
		got := runTracer(t, filepath.Dir(bin), "-e", `uprobe:./uprobe:add { @c = count(); exit(); } END { printf("end\n"); }`)
		var n int
		if _, err := fmt.Sscanf(got.stdout, "Attaching 2 probes...\nend\n\n\n@c: %d\n", &n); err != nil || got.code != 0 {
			t.Fatalf("exit code %d, stdout:\n%s\nstderr:\n%s", got.code, got.stdout, got.stderr)
		}
		if n < 1 || n > runtime.NumCPU() {
			t.Errorf("@c: %d after exit(), want 1..%d (the number of CPUs)", n, runtime.NumCPU())
		}
	}
}
