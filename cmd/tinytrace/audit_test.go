package main

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// TestListPIDShortPatterns checks the -l patterns that bpftrace 0.17 reads
// as filters over the -p process's own listing rather than as probe specs
// (KIND:GLOB and a bare GLOB): tinytrace must list what bpftrace lists.
func TestListPIDShortPatterns(t *testing.T) {
	bpftrace := needBpftrace(t)
	bin, so := testtarget.BuildLinked(t, "libmain", "libprobe")
	target := startTarget(t, bin, "100000", "20")
	pid := target.Process.Pid
	mappedPath(t, pid, "libprobe.so")
	root := "/proc/" + strconv.Itoa(pid) + "/root"
	p := strconv.Itoa(pid)
	for _, tt := range []struct{ pattern, want string }{
		{"usdt:*", "usdt:" + root + so + ":tt:lib_global\nusdt:" + root + so + ":tt:lib_probe\n"},
		{"U:lib_p*", "usdt:" + root + so + ":tt:lib_probe\n"},
		{"uprobe:ma*", "uprobe:" + root + bin + ":main\n"},
		{"ur:_fini", "uretprobe:" + root + bin + ":_fini\n"},
		{"*in*", "uprobe:" + root + bin + ":_fini\nuprobe:" + root + bin + ":_init\nuprobe:" + root + bin + ":main\n"},
		{"usdt:nothing*", ""},
	} {
		t.Run(tt.pattern, func(t *testing.T) {
			expect(t, runTracer(t, filepath.Dir(bin), "-p", p, "-l", tt.pattern), tt.want)
			ctx, cancel := context.WithTimeout(context.Background(), diffTimeout)
			defer cancel()
			var stdout bytes.Buffer
			cmd := exec.CommandContext(ctx, bpftrace, "-p", p, "-l", tt.pattern)
			cmd.Stdout = &stdout
			if err := cmd.Run(); err != nil {
				t.Fatalf("bpftrace -l %q: %v", tt.pattern, err)
			}
			if stdout.String() != tt.want {
				t.Errorf("bpftrace 0.17 lists:\n%s\nthe test wants:\n%s", stdout.String(), tt.want)
			}
		})
	}
}
