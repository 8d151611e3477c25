package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// TestUserErrors runs tinytrace on mistakes a user makes and checks the
// exact message: exit code 1, no Go stack trace, nothing left loaded.
func TestUserErrors(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	dir := filepath.Dir(bin)
	if err := os.WriteFile(filepath.Join(dir, "script.bt"), []byte("BEGIN { exit(); }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{
			name: "missing binary",
			args: []string{"-e", `usdt:./nope:test_grp:test_idx { printf("x\n"); }`},
			stderr: `stdin:1:1-30: ERROR: usdt:./nope:test_grp:test_idx: binary ./nope: file does not exist
usdt:./nope:test_grp:test_idx { printf("x\n"); }
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
`,
		},
		{
			name: "no such probe",
			args: []string{"-e", `usdt:./test-server-bounded:test_grp:nope { exit(); }`},
			stderr: `stdin:1:1-41: ERROR: usdt:./test-server-bounded:test_grp:nope: no USDT probe test_grp:nope in ` + bin + ` (it has test_grp:test_idx)
usdt:./test-server-bounded:test_grp:nope { exit(); }
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
`,
		},
		{
			name: "argument the site does not have",
			args: []string{"-e", `usdt:./test-server-bounded:test_idx { printf("%d\n", arg1); }`, "-c", "./test-server-bounded"},
			stderr: `stdin:1:54-58: ERROR: arg1: probe usdt:./test-server-bounded:test_grp:test_idx has only 1 argument at the site at ` + bin + `+0x` + "OFFSET" + `
usdt:./test-server-bounded:test_idx { printf("%d\n", arg1); }
                                                     ~~~~
`,
		},
		{
			name: "no such function",
			args: []string{"-e", `uprobe:./test-server-bounded:nosuchfn { exit(); }`},
			stderr: `stdin:1:1-38: ERROR: uprobe:./test-server-bounded:nosuchfn: ` + bin + `: function nosuchfn not found
uprobe:./test-server-bounded:nosuchfn { exit(); }
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
`,
		},
		{
			name: "not an ELF file",
			args: []string{"-e", `usdt:./script.bt:a:b { exit(); }`},
			stderr: `stdin:1:1-21: ERROR: usdt:./script.bt:a:b: ` + dir + `/script.bt: not an ELF file
usdt:./script.bt:a:b { exit(); }
~~~~~~~~~~~~~~~~~~~~
`,
		},
		{
			name:   "binary without USDT notes",
			args:   []string{"-e", `usdt:/bin/true:a:b { exit(); }`},
			stderr: "stdin:1:1-19: ERROR: usdt:/bin/true:a:b: /bin/true: no USDT probes (no .note.stapsdt notes)\nusdt:/bin/true:a:b { exit(); }\n~~~~~~~~~~~~~~~~~~\n",
		},
		{
			name:   "syntax error",
			args:   []string{"-e", `BEGIN { $x = ; }`},
			stderr: "stdin:1:14-15: ERROR: syntax error, unexpected ;\nBEGIN { $x = ; }\n             ~\n",
		},
		{
			name:   "printf mismatch",
			args:   []string{"-e", `BEGIN { printf("%s\n", 5); }`},
			stderr: "stdin:1:9-26: ERROR: printf: %s specifier expects a value of type string (integer supplied)\nBEGIN { printf(\"%s\\n\", 5); }\n        ~~~~~~~~~~~~~~~~~\n",
		},
		{
			name:   "missing program file",
			args:   []string{"nofile.bt"},
			stderr: "ERROR: cannot read program file nofile.bt: no such file or directory\n",
		},
		{
			name:   "missing -c command",
			args:   []string{"-e", "BEGIN { exit(); }", "-c", "no-such-command-here"},
			stderr: "ERROR: -c: cannot run no-such-command-here: executable file not found in $PATH\n",
		},
		{
			name:   "no such process",
			args:   []string{"-e", "BEGIN { exit(); }", "-p", "999999999"},
			stderr: "ERROR: -p 999999999: no such process\n",
		},
		{
			name:   "bad pid",
			args:   []string{"-e", "BEGIN { exit(); }", "-p", "abc"},
			stderr: "ERROR: -p: \"abc\" is not a process id\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runTracer(t, dir, tt.args...)
			want := tt.stderr
			if strings.Contains(want, "OFFSET") {
				// The site's file offset depends on the compiler's layout.
				if i := strings.Index(got.stderr, "+0x"); i > 0 {
					j := i + 3 + strings.IndexByte(got.stderr[i+3:], '\n')
					want = strings.Replace(want, "+0xOFFSET", got.stderr[i:j], 1)
				}
			}
			if got.code != 1 || got.stderr != want || got.stdout != "" {
				t.Errorf("exit code %d\nstderr:\n%s\nwant exit code 1, stderr:\n%s\nstdout: %q", got.code, got.stderr, want, got.stdout)
			}
			if strings.Contains(got.stderr, "goroutine") {
				t.Errorf("Go stack trace in output:\n%s", got.stderr)
			}
		})
	}
}

func TestNotRoot(t *testing.T) {
	needBPF(t)
	cmd := exec.Command(binary, "-e", "BEGIN { exit(); }")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	want := "ERROR: tinytrace needs root (CAP_BPF and CAP_PERFMON) to load BPF programs and attach uprobes; run it with sudo\n"
	if cmd.ProcessState.ExitCode() != 1 || string(out) != want {
		t.Errorf("as nobody: %v, output:\n%s\nwant:\n%s", err, out, want)
	}
}
