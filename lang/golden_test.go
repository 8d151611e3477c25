package lang

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden .err files in testdata/errors")

// TestErrorGoldens runs Parse and Check on every testdata/errors/*.bt and
// compares the diagnostics with the .err file next to it: the exact text
// bpftrace 0.17 prints on stderr for the same file (unless a comment in the
// script says how tinytrace differs).
func TestErrorGoldens(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join("testdata", "errors", "*.bt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no golden scripts found")
	}
	for _, script := range scripts {
		name := filepath.Base(script)
		t.Run(strings.TrimSuffix(name, ".bt"), func(t *testing.T) {
			src, err := os.ReadFile(script)
			if err != nil {
				t.Fatal(err)
			}
			got := diagnostics(name, string(src))
			if got == "" {
				t.Fatalf("%s: no error", name)
			}
			golden := strings.TrimSuffix(script, ".bt") + ".err"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./lang -run TestErrorGoldens -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s diagnostics differ\n--- got:\n%s--- want:\n%s", name, got, want)
			}
		})
	}
}

// diagnostics is what tinytrace prints on stderr for a script: the parse
// or check errors, newline-terminated; "" when the script is fine.
func diagnostics(file, src string) string {
	p, err := Parse(file, src)
	if err == nil {
		err = Check(p)
	}
	if err == nil {
		return ""
	}
	return err.Error() + "\n"
}

// TestErrorGoldensMatchBpftrace checks the goldens against the real
// bpftrace (root and TINYTRACE_BPFTRACE=1 required): every .err must be
// exactly what bpftrace prints for its script, except scripts whose first
// line starts with "// differs from bpftrace:".
func TestErrorGoldensMatchBpftrace(t *testing.T) {
	// CI always compares (bpftrace is installed there); elsewhere it is
	// opt-in, as it needs root and bpftrace.
	ci := os.Getenv("CI") == "true"
	if os.Getenv("TINYTRACE_BPFTRACE") != "1" && !ci {
		t.Skip("set TINYTRACE_BPFTRACE=1 to compare with bpftrace")
	}
	bpftrace, err := exec.LookPath("bpftrace")
	if err != nil && ci {
		t.Fatal("the comparison with bpftrace needs bpftrace 0.17 (installed by .ci/setup.sh)")
	}
	if err != nil {
		t.Skip("bpftrace not installed")
	}
	dir := filepath.Join("testdata", "errors")
	scripts, _ := filepath.Glob(filepath.Join(dir, "*.bt"))
	for _, script := range scripts {
		name := filepath.Base(script)
		src, _ := os.ReadFile(script)
		if strings.HasPrefix(string(src), "// differs from bpftrace:") {
			continue
		}
		t.Run(strings.TrimSuffix(name, ".bt"), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bpftrace, name)
			cmd.Dir = dir
			var stderr strings.Builder
			cmd.Stderr = &stderr
			_ = cmd.Run() // bpftrace exits 1 on these scripts
			want, _ := os.ReadFile(strings.TrimSuffix(script, ".bt") + ".err")
			if got := withoutMemlockWarning(stderr.String()); got != string(want) {
				t.Errorf("bpftrace says\n%s\ngolden says\n%s", got, want)
			}
		})
	}
}

// withoutMemlockWarning drops the RLIMIT_MEMLOCK warning bpftrace prints
// first in some containers.
func withoutMemlockWarning(s string) string {
	var keep []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.Contains(l, "RLIMIT_MEMLOCK") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}
