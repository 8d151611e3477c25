package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// srcErr is the message for an error in a one-line -e program: bpftrace's
// layout, "stdin:LINE:FROM-TO: ERROR: msg", the line and a ~ underline.
func srcErr(prog string, from, to int, msg string) string {
	return fmt.Sprintf("stdin:1:%d-%d: ERROR: %s\n%s\n%s%s\n", from, to, msg, prog,
		strings.Repeat(" ", from-1), strings.Repeat("~", to-from))
}

// deadPID returns the id of a process that has exited and been reaped.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// TestUserErrors is the catalogue of mistakes a user makes, each with the
// exact message tinytrace must print (bpftrace 0.17's wording where it has
// one): exit code 1, nothing on stdout, no Go stack trace, nothing left
// loaded (needBPF checks the kernel's program list after each).
func TestUserErrors(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	dir := filepath.Dir(bin)
	if err := os.WriteFile(filepath.Join(dir, "script.bt"), []byte("BEGIN { exit(); }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dead := strconv.Itoa(deadPID(t))
	// A probe longer than the kernel's instruction limit: each 200-byte
	// string comparison is about 195 instructions.
	huge := "BEGIN { " + strings.Repeat("$x = str(1) == str(2); ", 5300) + "}"
	// Each strncmp of two 200-byte strings is about 400 branches.
	var branchy strings.Builder
	branchy.WriteString("BEGIN {")
	for i := range 22 {
		fmt.Fprintf(&branchy, ` printf("%%d", strncmp(str(%d), str(%d), 200));`, i+1, i+101)
	}
	branchy.WriteString(" }")
	nested := `BEGIN { printf("%d\n", ` + strings.Repeat("pid + (", 80) + "tid" + strings.Repeat(")", 80) + "); }"

	type tc struct {
		name   string
		args   []string
		env    []string
		stderr string
		prefix bool // stderr need only start with the message
	}
	// prog makes a case for a one-line program with one source error.
	prog := func(name, p string, from, to int, msg string) tc {
		return tc{name: name, args: []string{"-e", p}, stderr: srcErr(p, from, to, msg)}
	}
	tests := []tc{
		// Syntax.
		prog("syntax error", `BEGIN { $x = ; }`, 14, 15, "syntax error, unexpected ;"),
		{name: "unterminated string", args: []string{"-e", `BEGIN { printf("abc); }`},
			stderr: srcErr(`BEGIN { printf("abc); }`, 16, 24, "unterminated string") +
				srcErr(`BEGIN { printf("abc); }`, 16, 24, "syntax error, unexpected end of file")},
		{name: "unterminated comment", args: []string{"-e", `BEGIN { exit(); /* x`},
			stderr: srcErr(`BEGIN { exit(); /* x`, 17, 21, "end of file during comment") +
				srcErr(`BEGIN { exit(); /* x`, 17, 21, "syntax error, unexpected end of file, expecting }")},
		prog("missing closing brace", `BEGIN { exit();`, 15, 16, "syntax error, unexpected end of file, expecting }"),
		prog("missing operand", `BEGIN { printf("%d\n", 1 +); }`, 26, 28, "syntax error, unexpected )"),
		prog("assignment to a bare name", `BEGIN { x = 1; }`, 11, 12, "syntax error, unexpected =, expecting }"),
		prog("usdt with too many parts", `usdt:./test-server-bounded:a:b:c { exit(); }`, 1, 33, "usdt probe type requires 2 or 3 arguments"),
		prog("kernel probe", `kprobe:do_nanosleep { exit(); }`, 1, 20,
			"kprobe probes are not supported by tinytrace (supported: BEGIN, END, usdt, uprobe, uretprobe, interval)"),
		prog("tracepoint", `tracepoint:syscalls:sys_enter_read { exit(); }`, 1, 35,
			"tracepoint probes are not supported by tinytrace (supported: BEGIN, END, usdt, uprobe, uretprobe, interval)"),
		prog("interval of zero", `interval:s:0 { exit(); }`, 1, 13, `interval probe count must be a positive integer ("0" provided)`),
		prog("two BEGIN probes", `BEGIN {} BEGIN {}`, 10, 15, "More than one BEGIN probe defined"),

		// Types and names.
		prog("printf mismatch", `BEGIN { printf("%s\n", 5); }`, 9, 26, "printf: %s specifier expects a value of type string (integer supplied)"),
		prog("printf too many arguments", `BEGIN { printf("%d\n", 1, 2); }`, 9, 29, "printf: Too many arguments for format string (2 supplied, 1 expected)"),
		prog("printf too few arguments", `BEGIN { printf("%d %s\n"); }`, 9, 26, "printf: Not enough arguments for format string (0 supplied, 2 expected)"),
		prog("printf format not a literal", `BEGIN { $f = "x"; printf($f); }`, 19, 29, "printf() expects a string literal (string provided)"),
		prog("undefined variable", `BEGIN { printf("%d\n", $x); }`, 24, 26, "Undefined or undeclared variable: $x"),
		prog("undefined map", `BEGIN { printf("%d\n", @x); }`, 24, 26, "Undefined map: @x"),
		prog("print of undefined map", `BEGIN { print(@nope); }`, 9, 20, "Undefined map: @nope"),
		prog("unknown function", `BEGIN { foo(); }`, 9, 12, "Unknown function: foo"),
		prog("unknown identifier", `BEGIN { printf("%d\n", bar); }`, 24, 27, "Unknown identifier: 'bar'"),
		prog("unsupported builtin", `BEGIN { printf("%d\n", cgroup); }`, 24, 30, "The cgroup builtin is not supported by tinytrace yet"),
		prog("break outside a loop", `BEGIN { break; }`, 9, 14, "break used outside of a loop"),
		prog("string as a condition", `BEGIN { if ("a") { exit(); } }`, 13, 16, "Invalid condition in if(): string"),
		prog("tuple printed as an integer", `BEGIN { $x = (1, "a"); printf("%d\n", $x); }`, 24, 42, "printf: %d specifier expects a value of type integer (tuple supplied)"),
		prog("argument in BEGIN", `BEGIN { printf("%d\n", arg0); }`, 24, 28, "The arg0 builtin can only be used with 'kprobes', 'uprobes' and 'usdt' probes"),
		prog("argument in uretprobe", `uretprobe:./test-server-bounded:main { printf("%d\n", arg0); }`, 55, 59,
			"The arg0 builtin can only be used with 'kprobes', 'uprobes' and 'usdt' probes"),
		prog("retval in uprobe", `uprobe:./test-server-bounded:main { printf("%d\n", retval); }`, 52, 58,
			"The retval builtin can only be used with 'kretprobe' and 'uretprobe' and 'kfunc' probes"),
		prog("integer plus string", `BEGIN { $x = 1 + "a"; }`, 14, 21, "Type mismatch for '+': comparing 'int64' with 'string[2]'"),
		prog("strings ordered", `BEGIN { $x = "a" < "b"; }`, 18, 19, "The < operator can not be used on expressions of types string[2], string[2]"),
		prog("increment of a string", `BEGIN { $x = comm; $x++; }`, 20, 24, "The ++ operator can not be used on expressions of type 'string[16]'"),
		prog("variable changes type", `BEGIN { $x = 1; $x = "a"; }`, 20, 21,
			"Type mismatch for $x: trying to assign value of type 'string[2]' when variable already contains a value of type 'int64'"),
		prog("map changes type", `BEGIN { @x = 1; @x = "a"; }`, 17, 19,
			"Type mismatch for @x: trying to assign value of type 'string[2]' when map already contains a value of type 'int64'"),
		prog("map keys change", `BEGIN { @x[1] = 1; @x["a"] = 2; }`, 20, 27,
			"Argument mismatch for @x: trying to access with arguments: [string[2]] when map expects arguments: [unsigned int64]"),
		prog("aggregation in arithmetic", `BEGIN { @x = count(); $y = @x + 1; }`, 28, 34, "Type mismatch for '+': comparing 'count' with 'int64'"),
		prog("aggregation not in a map", `BEGIN { count(); }`, 9, 16, "count() should be directly assigned to a map"),
		prog("aggregation changes kind", `BEGIN { @a = count(); @a = sum(1); }`, 23, 25,
			"Type mismatch for @a: trying to assign value of type 'sum' when map already contains a value of type 'count'"),
		prog("sum of a string", `BEGIN { @x = sum("a"); }`, 14, 22, "sum() only supports integer arguments (string provided)"),
		prog("hist without argument", `BEGIN { @x = hist(); }`, 14, 20, "hist() requires one argument (0 provided)"),
		{name: "lhist bounds", args: []string{"-e", `BEGIN { @x = lhist(1, 10, 5, 1); }`},
			stderr: srcErr(`BEGIN { @x = lhist(1, 10, 5, 1); }`, 14, 32, "lhist() min must be less than max (provided min 10 and max 5)") +
				srcErr(`BEGIN { @x = lhist(1, 10, 5, 1); }`, 14, 32, "lhist() step is too large for the given range (provided step 1 for range -5)")},
		prog("str of a string", `BEGIN { $s = str("a"); }`, 14, 22, "str() expects an integer or a pointer type as first argument (string[2] provided)"),
		prog("exit with an argument", `BEGIN { exit(1); }`, 9, 16, "exit() requires no arguments (1 provided)"),
		prog("print with too many arguments", `BEGIN { @ = count(); print(@, 1, 2, 3); }`, 22, 39, "print() takes up to 3 arguments (4 provided)"),
		prog("clear of a value", `END { clear(1); }`, 7, 15, "clear() expects a map to be provided"),
		prog("time with a number", `BEGIN { time(1); }`, 9, 16, "time() expects a string literal (integer provided)"),

		// Too large for the kernel.
		{name: "map key too large for the stack", env: []string{"BPFTRACE_STRLEN=200"},
			args:   []string{"-e", `BEGIN { @m[str(1),str(2),str(3)] = 1; }`},
			stderr: srcErr(`BEGIN { @m[str(1),str(2),str(3)] = 1; }`, 1, 40, "variables, map keys and strings need 624 bytes of stack, more than the kernel's 512")},
		{name: "expression too deep for the stack", args: []string{"-e", nested},
			stderr: srcErr(nested, 24, 667, "expression is too deeply nested for the BPF stack (512 bytes)")},
		{name: "probe with too many branches for the verifier", env: []string{"BPFTRACE_STRLEN=200"}, args: []string{"-e", branchy.String()},
			stderr: srcErr(branchy.String(), 1, 6, "the kernel verifier gave up on this probe: it has more branches on one path than the verifier follows (8192); split it into several probes, or compare fewer or shorter strings")},
		{name: "probe over the instruction limit", env: []string{"BPFTRACE_STRLEN=200"}, args: []string{"-e", huge},
			stderr: "stdin:1:1-6: ERROR: this probe compiles to ", prefix: true},

		// Probes that cannot be found.
		prog("missing binary", `usdt:./nope:test_grp:test_idx { printf("x\n"); }`, 1, 30, "usdt:./nope:test_grp:test_idx: binary ./nope: file does not exist"),
		prog("missing uprobe binary", `uprobe:./nope:f { exit(); }`, 1, 16, "uprobe:./nope:f: binary ./nope: file does not exist"),
		prog("no such probe", `usdt:./test-server-bounded:test_grp:nope { exit(); }`, 1, 41,
			"usdt:./test-server-bounded:test_grp:nope: no USDT probe test_grp:nope in "+bin+" (it has test_grp:test_idx)"),
		prog("no such function", `uprobe:./test-server-bounded:nosuchfn { exit(); }`, 1, 38, "uprobe:./test-server-bounded:nosuchfn: "+bin+": function nosuchfn not found"),
		prog("not an ELF file", `usdt:./script.bt:a:b { exit(); }`, 1, 21, "usdt:./script.bt:a:b: "+dir+"/script.bt: not an ELF file"),
		prog("uprobe in a non-ELF file", `uprobe:./script.bt:f { exit(); }`, 1, 21, "uprobe:./script.bt:f: "+dir+"/script.bt: not an ELF file"),
		prog("a directory", `usdt:/tmp:a:b { exit(); }`, 1, 14, "usdt:/tmp:a:b: /tmp is a directory, not an executable or library"),
		prog("binary without USDT notes", `usdt:/bin/true:a:b { exit(); }`, 1, 19, "usdt:/bin/true:a:b: /bin/true: no USDT probes (no .note.stapsdt notes)"),
		{name: "argument the site does not have",
			args:   []string{"-e", `usdt:./test-server-bounded:test_idx { printf("%d\n", arg1); }`, "-c", "./test-server-bounded"},
			stderr: "stdin:1:54-58: ERROR: arg1: probe usdt:./test-server-bounded:test_grp:test_idx has only 1 argument at the site at " + bin + "+0x", prefix: true},

		// Flags, files, processes, environment.
		{name: "missing program file", args: []string{"nofile.bt"}, stderr: "ERROR: failed to open file 'nofile.bt': No such file or directory\n"},
		{name: "program file is a directory", args: []string{"/tmp"}, stderr: "ERROR: failed to open file '/tmp': Is a directory\n"},
		{name: "missing -c command", args: []string{"-e", "BEGIN { exit(); }", "-c", "no-such-command-here"},
			stderr: "ERROR: Failed to fork child: path 'no-such-command-here' does not exist or is not executable\n"},
		{name: "-c of a file that is not executable", args: []string{"-e", "BEGIN { exit(); }", "-c", "./script.bt"},
			stderr: "ERROR: Failed to fork child: path './script.bt' does not exist or is not executable\n"},
		{name: "-c and -p", args: []string{"-e", "BEGIN { exit(); }", "-c", "./test-server-bounded", "-p", "1"},
			stderr: "ERROR: Cannot use both -c and -p.\n"},
		{name: "no such process", args: []string{"-e", "BEGIN { exit(); }", "-p", dead}, stderr: "ERROR: -p " + dead + ": no such process\n"},
		{name: "pid out of range", args: []string{"-e", "BEGIN { exit(); }", "-p", "999999999"},
			stderr: "ERROR: pid '999999999' out of valid pid range [1,4194304]\n"},
		{name: "pid zero", args: []string{"-e", "BEGIN { exit(); }", "-p", "0"}, stderr: "ERROR: pid '0' out of valid pid range [1,4194304]\n"},
		{name: "pid not a number", args: []string{"-e", "BEGIN { exit(); }", "-p", "abc"}, stderr: "ERROR: pid 'abc' is not a valid decimal number\n"},
		{name: "unknown output format", args: []string{"-e", "BEGIN { exit(); }", "-f", "xml"},
			stderr: "ERROR: Invalid output format \"xml\"\nValid formats: 'text', 'json'\n"},
		{name: "output file in a missing directory", args: []string{"-e", "BEGIN { exit(); }", "-o", "/nonexistent/dir/out"},
			stderr: "ERROR: Failed to open output file: \"/nonexistent/dir/out\": No such file or directory\n"},
		{name: "no program", args: []string{"-q"}, stderr: "ERROR: no program given: use -e 'program' or a FILE\n\nUSAGE:", prefix: true},
		{name: "unknown flag", args: []string{"-z", "-e", "BEGIN { exit(); }"}, stderr: "tinytrace: invalid option -- 'z'\nUSAGE:", prefix: true},
		{name: "unknown long flag", args: []string{"--zz", "-e", "BEGIN { exit(); }"}, stderr: "tinytrace: unrecognized option '--zz'\nUSAGE:", prefix: true},
		{name: "flag without its argument", args: []string{"-e"}, stderr: "tinytrace: option requires an argument -- 'e'\nUSAGE:", prefix: true},
		{name: "string length too large", env: []string{"BPFTRACE_STRLEN=100000"}, args: []string{"-e", "BEGIN { exit(); }"},
			stderr: "ERROR: 'BPFTRACE_STRLEN' 100000 exceeds the current maximum of 200 bytes.\n"},
		{name: "string length not a number", env: []string{"BPFTRACE_STRLEN=abc"}, args: []string{"-e", "BEGIN { exit(); }"},
			stderr: "ERROR: Env var 'BPFTRACE_STRLEN' did not contain a valid uint64_t, or was zero-valued.\n"},
		{name: "zero map keys", env: []string{"BPFTRACE_MAP_KEYS_MAX=0"}, args: []string{"-e", "BEGIN { exit(); }"},
			stderr: "ERROR: Env var 'BPFTRACE_MAP_KEYS_MAX' did not contain a valid uint64_t, or was zero-valued.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			needBPF(t)
			got := runTracerEnv(t, dir, tt.env, tt.args...)
			ok := got.stderr == tt.stderr || tt.prefix && strings.HasPrefix(got.stderr, tt.stderr)
			if got.code != 1 || !ok || got.stdout != "" {
				t.Errorf("exit code %d\nstderr:\n%s\nwant exit code 1, stderr:\n%s\nstdout: %q", got.code, clip(got.stderr), clip(tt.stderr), clip(got.stdout))
			}
			if strings.Contains(got.stderr, "goroutine ") || strings.Contains(got.stderr, "panic:") {
				t.Errorf("Go stack trace in output:\n%s", got.stderr)
			}
		})
	}
	if len(tests) < 40 {
		t.Errorf("the catalogue has %d cases; keep at least 40", len(tests))
	}
}

// clip shortens huge outputs (the instruction-limit script) in failures.
func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "..."
	}
	return s
}

// runTracerEnv is runTracer with extra environment variables.
func runTracerEnv(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("tinytrace %q did not finish in 30s; stderr:\n%s", args, clip(stderr.String()))
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
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
