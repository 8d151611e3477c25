package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// TestDumpWithoutRoot: -d compiles a USDT script against the target binary
// alone, as an unprivileged user, with no process running. The listing
// itself is covered by the goldens in testdata/dump.
func TestDumpWithoutRoot(t *testing.T) {
	bin := testtarget.Build(t, "test-server")
	// nobody must reach the binary: open up the test's directories.
	for d := filepath.Dir(bin); d != os.TempDir() && d != "/"; d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
	script := `usdt:./test-server:test_grp:test_idx { printf("%d\n", arg0); }`
	for _, tc := range []struct {
		args []string
		want []string // substrings of stdout
	}{
		{[]string{"-d", "asm"}, []string{
			"program tt_p0_0: usdt:./test-server:test_grp:test_idx (kprobe, ",
			"; 1: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend\n",
			": (85) call bpf_probe_read_user#112\n",
			": (18) r1 = map[events]\n",
		}},
		{[]string{"--dump", "maps"}, []string{"events          ringbuf "}},
		{[]string{"-d", "ast"}, []string{"Call printf :: none @1:40\n", "Builtin arg0 :: unsigned int64 @1:55\n"}},
		{[]string{"-d", "all"}, []string{"=== ast\n", "\n=== maps\n", "\n=== asm\n"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			cmd := exec.Command(binary, append(tc.args, "-e", script)...)
			cmd.Dir = filepath.Dir(bin)
			if os.Geteuid() == 0 {
				cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
			}
			var stderr strings.Builder
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v: %v\n%s", tc.args, err, stderr.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestDumpErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-d", "bytecode", "-e", "BEGIN { exit(); }"}, "ERROR: -d: unknown dump \"bytecode\": use ast, maps, asm or all\n"},
		{[]string{"-d", "asm", "-e", "usdt:./no-such-binary:p { exit(); }"}, "stdin:1:1-24: ERROR: usdt:./no-such-binary:p: binary ./no-such-binary: file does not exist\nusdt:./no-such-binary:p { exit(); }\n~~~~~~~~~~~~~~~~~~~~~~~\n"},
	} {
		got := runTracer(t, t.TempDir(), tc.args...)
		if got.code != 1 || got.stdout != "" || got.stderr != tc.want {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", tc.args, got.code, got.stdout, got.stderr, tc.want)
		}
	}
}

// TestVerbose: -v prints, for each program, its kernel id, its sizes and
// the verifier's statistics, on stderr; stdout is unchanged.
func TestVerbose(t *testing.T) {
	needBPF(t)
	got := runTracer(t, t.TempDir(), "-v", "-e", `BEGIN { printf("hi\n"); exit(); }`)
	expect(t, got, "Attaching 1 probe...\nhi\n\n\n")
	re := regexp.MustCompile(`(?m)^program tt_p0_0: BEGIN\n  id \d+, \d+ instructions, \d+ xlated \(\d+ bytes\), jited \d+ bytes\n(  verifier: .*\n)*  verifier: processed \d+ insns \(limit \d+\) max_states_per_insn`)
	if !re.MatchString(got.stderr) {
		t.Errorf("stderr lacks the program's description:\n%s", got.stderr)
	}
}
