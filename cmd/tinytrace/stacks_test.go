package main

import (
	"debug/elf"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// End-to-end tests of ustack, usym, func, reg and uaddr on the C++ target
// testdata/cxxtarget.cpp: main -> shapes::drive(int) ->
// shapes::Counter::step(int) -> shapes::twice<int>(int).

const (
	twiceSym = "_ZN6shapes5twiceIiEET_S1_"
	stepSym  = "_ZN6shapes7Counter4stepEi"
)

// chain is the call chain seen from twice<int>, innermost first, as
// ustack prints it (demangled, each frame sym+offset).
var chain = []string{`int shapes::twice<int>\(int\)\+0`, `shapes::Counter::step\(int\)\+\d+`, `shapes::drive\(int\)\+\d+`, `main\+\d+`}

// stackRE matches a printed stack of the chain, with indent before each
// frame.
func stackRE(indent string) string {
	return `\n` + indent + strings.Join(chain, `\n`+indent) + `\n`
}

func TestUstackCxx(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "cxxtarget")
	script := fmt.Sprintf(`uprobe:%s:%s {
	printf("[%%s]\n", ustack(4));
	printf("%%s|%%s\n", func, usym(reg("ip")));
	@[ustack(4)] = count();
	@f[func] = count();
	@s[usym(reg("ip")), 7] = count();
	@v = ustack(2);
}`, bin, twiceSym)
	// The maps print after the child has exited: its stacks still resolve.
	got := runTracer(t, filepath.Dir(bin), "-e", script, "-c", "./cxxtarget 2")
	event := `\[` + stackRE(" {8}") + `\]\nint shapes::twice<int>\(int\)\|int shapes::twice<int>\(int\)\n`
	want := `^Attaching 1 probe\.\.\.\n` + event + event + `\n\n` +
		`@\[` + stackRE(" {4}") + `\]: 2\n` +
		`@f\[int shapes::twice<int>\(int\)\]: 2\n` +
		`@s\[int shapes::twice<int>\(int\), 7\]: 2\n` +
		`@v: \n {8}` + chain[0] + `\n {8}` + chain[1] + `\n\n$`
	if got.code != 0 || !regexp.MustCompile(want).MatchString(got.stdout) {
		t.Errorf("exit code %d, stdout:\n%s\nwant it to match:\n%s\nstderr:\n%s", got.code, got.stdout, want, got.stderr)
	}
}

func TestUstackPerfModeAndJSON(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "cxxtarget")
	script := fmt.Sprintf(`uprobe:%s:%s { @[ustack(perf, 2)] = count(); @k[ustack(3)] = count(); @u = usym(reg("ip")); }`, bin, twiceSym)
	got := runTracer(t, filepath.Dir(bin), "-e", script, "-c", "./cxxtarget 3")
	frame := func(re string) string { return `\t[0-9a-f]+ ` + re + ` \(` + regexp.QuoteMeta(bin) + `\)\n` }
	want := `^Attaching 1 probe\.\.\.\n\n\n@\[\n` + frame(chain[0]) + frame(chain[1]) + `\]: 3\n` +
		`@k\[\n {4}` + strings.Join(chain[:3], `\n {4}`) + `\n\]: 3\n` +
		`@u: int shapes::twice<int>\(int\)\n$`
	if got.code != 0 || !regexp.MustCompile(want).MatchString(got.stdout) {
		t.Errorf("exit code %d, stdout:\n%s\nwant it to match:\n%s\nstderr:\n%s", got.code, got.stdout, want, got.stderr)
	}

	got = runTracer(t, filepath.Dir(bin), "-f", "json", "-e", script, "-c", "./cxxtarget 3")
	// The key is the stack as map keys print it, with 4-space indents.
	key := `\\n {4}` + strings.Join(chain[:3], `\\n {4}`) + `\\n`
	for _, re := range []string{
		`\{"type": "attached_probes", "data": \{"probes": 1\}\}`,
		`\{"type": "map", "data": \{"@k": \{"` + key + `": 3\}\}\}`,
		`\{"type": "map", "data": \{"@u": "int shapes::twice<int>\(int\)"\}\}`,
	} {
		if !regexp.MustCompile(`(?m)^` + re + `$`).MatchString(got.stdout) {
			t.Errorf("-f json: no line matching %s in:\n%s\nstderr:\n%s", re, got.stdout, got.stderr)
		}
	}
}

// TestFunc: in a uprobe, func is the probed function; in a uretprobe, like
// bpftrace 0.17, the function the probed one returns to.
func TestFunc(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "cxxtarget")
	script := fmt.Sprintf(`uprobe:%[1]s:%[2]s { printf("enter %%s\n", func); }
uretprobe:%[1]s:%[2]s { printf("return to %%s\n", func); }`, bin, stepSym)
	got := runTracer(t, filepath.Dir(bin), "-e", script, "-c", "./cxxtarget 2")
	round := "enter shapes::Counter::step(int)\nreturn to shapes::drive(int)\n"
	expect(t, got, "Attaching 2 probes...\n"+round+round+"\n\n")
}

// TestRegAndUaddr checks reg("ip"), reg("sp") and uaddr() against the
// ELF file: at a function's entry ip is the function's address and sp
// holds the return address (so sp % 16 == 8), and ip - uaddr(global) is
// the distance between the two symbols whatever the load address.
func TestRegAndUaddr(t *testing.T) {
	for _, opt := range []string{"-pie", "-no-pie"} {
		t.Run(opt, func(t *testing.T) {
			needBPF(t)
			bin := testtarget.Build(t, "cxxtarget", opt)
			step, total := symbolValue(t, bin, stepSym), symbolValue(t, bin, "g_total")
			script := fmt.Sprintf(`uprobe:%s:%s {
	printf("%%s %%d %%d %%d\n", usym(reg("ip")), reg("ip") - uaddr("g_total"), reg("sp") %% 16, reg("sp") > 0x7f0000000000);
	@a = uaddr("g_total");
}`, bin, stepSym)
			got := runTracer(t, filepath.Dir(bin), "-e", script, "-c", "./cxxtarget 1")
			line := fmt.Sprintf("shapes::Counter::step(int) %d 8 1\n", int64(step-total))
			m := regexp.MustCompile(`^Attaching 1 probe\.\.\.\n` + regexp.QuoteMeta(line) + `\n\n@a: (\d+)\n$`).FindStringSubmatch(got.stdout)
			if got.code != 0 || m == nil {
				t.Fatalf("exit code %d, stdout:\n%s\nwant the line %q; stderr:\n%s", got.code, got.stdout, line, got.stderr)
			}
			if opt == "-no-pie" && m[1] != strconv.FormatUint(total, 10) {
				t.Errorf("uaddr(\"g_total\") = %s in a position-dependent executable, want the symbol's value %d", m[1], total)
			}
		})
	}
}

func symbolValue(t *testing.T, bin, name string) uint64 {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range syms {
		if s.Name == name {
			return s.Value
		}
	}
	t.Fatalf("%s: no symbol %s", bin, name)
	return 0
}

func TestStackErrors(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "cxxtarget")
	dir := filepath.Dir(bin)
	for _, tt := range []struct {
		name, script, stderr string
	}{
		{
			name:   "uaddr of an unknown symbol",
			script: `uprobe:./cxxtarget:main { @ = uaddr("nope"); }`,
			stderr: "stdin:1:31-44: ERROR: Could not resolve symbol: " + bin + ":nope\nuprobe:./cxxtarget:main { @ = uaddr(\"nope\"); }\n                              ~~~~~~~~~~~~~\n",
		},
		{
			name:   "uaddr of a function",
			script: `uprobe:./cxxtarget:main { @ = uaddr("main"); }`,
			stderr: "stdin:1:31-44: ERROR: Could not resolve symbol: " + bin + ":main\nuprobe:./cxxtarget:main { @ = uaddr(\"main\"); }\n                              ~~~~~~~~~~~~~\n",
		},
		{
			name:   "uaddr in a uretprobe of a PIE",
			script: `uretprobe:./cxxtarget:main { @ = uaddr("g_total"); }`,
			stderr: "stdin:1:34-50: ERROR: uaddr() in a uretprobe of " + bin + " is not supported by tinytrace: the file is position-independent and a uretprobe does not know where it is loaded (use a uprobe)\nuretprobe:./cxxtarget:main { @ = uaddr(\"g_total\"); }\n                                 ~~~~~~~~~~~~~~~~\n",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := runTracer(t, dir, "-e", tt.script)
			if got.code != 1 || got.stderr != tt.stderr || got.stdout != "" {
				t.Errorf("exit code %d\nstderr:\n%s\nwant exit code 1, stderr:\n%s\nstdout: %q", got.code, got.stderr, tt.stderr, got.stdout)
			}
		})
	}
}

// TestStacksMatchBpftrace traces one running process with bpftrace 0.17
// and with tinytrace (-p: under -c, 0.17 cannot symbolise the child) and
// compares their output, text and JSON. The probe keeps firing until the
// tracer has detached after exit(), so map values are constants.
func TestStacksMatchBpftrace(t *testing.T) {
	needBPF(t)
	bpftrace := needBpftrace(t)
	bin := testtarget.Build(t, "cxxtarget")
	target := startTarget(t, bin, "1000000", "50")
	pid := strconv.Itoa(target.Process.Pid)
	scripts := map[string]string{
		"uprobe": fmt.Sprintf(`uprobe:%s:%s {
	$u = usym(reg("ip")); $s = ustack(2);
	printf("[%%s]\n", ustack(4)); printf("%%s %%s %%s%%s\n", func, usym(reg("ip")), $u, $s); print(ustack(perf, 2)); print($u);
	@[ustack(4), 1] = 1; @s[usym(reg("ip"))] = 2; @v = ustack(3); @w[func] = ustack(1);
	exit();
}`, bin, twiceSym),
		"usdt":      fmt.Sprintf(`usdt:%s:cxx:twice { printf("%%d %%s%%s\n", arg0 > 0, usym(reg("ip")), ustack(3)); @[ustack(2)] = 1; exit(); }`, bin),
		"uretprobe": fmt.Sprintf(`uretprobe:%s:%s { printf("%%s\n%%s\n", func, ustack(3)); @[func] = 1; exit(); }`, bin, stepSym),
	}
	for name, script := range scripts {
		for _, format := range []string{"text", "json"} {
			t.Run(name+"/"+format, func(t *testing.T) {
				want := runDiff(t, bpftrace, "-f", format, "-p", pid, "-e", script)
				got := runDiff(t, binary, "-f", format, "-p", pid, "-e", script)
				if !strings.Contains(want, "shapes::") {
					t.Fatalf("bpftrace did not symbolise; stdout:\n%s", want)
				}
				if want != got {
					t.Errorf("tinytrace and bpftrace 0.17 differ\n--- diff (- bpftrace, + tinytrace):\n%s--- bpftrace stdout:\n%s\n--- tinytrace stdout:\n%s",
						lineDiff(want, got), want, got)
				}
			})
		}
	}
}

// TestStacksExample runs examples/stacks.bt as its header says.
func TestStacksExample(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "cxxtarget")
	example := filepath.Join(filepath.Dir(testtarget.Dir(t)), "examples", "stacks.bt")
	got := runTracer(t, filepath.Dir(bin), "-c", "./cxxtarget 2", example)
	event := `int shapes::twice<int>\(int\) called from:` + stackRE(" {8}")
	want := `^Attaching 2 probes\.\.\.\n` + event + event + `\n\n` +
		`@returns_to\[shapes::drive\(int\)\]: 2\n` +
		`@stacks\[\n {4}` + chain[0] + `\n {4}` + chain[1] + `\n\]: 2\n$`
	if got.code != 0 || !regexp.MustCompile(want).MatchString(got.stdout) {
		t.Errorf("exit code %d, stdout:\n%s\nwant it to match:\n%s\nstderr:\n%s", got.code, got.stdout, want, got.stderr)
	}
}

// TestStacksAfterProcessExit: with -p, tracing ends when the process
// exits, and its stacks, printed after that, still resolve from the
// mappings read while it ran (bpftrace 0.17 prints bare addresses).
func TestStacksAfterProcessExit(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "cxxtarget")
	target := startTarget(t, bin, "6", "100") // six rounds, 100 ms apart
	script := fmt.Sprintf(`uprobe:%s:%s { @[ustack(3)] = count(); @s[usym(reg("ip"))] = count(); }`, bin, twiceSym)
	got := runTracer(t, filepath.Dir(bin), "-p", strconv.Itoa(target.Process.Pid), "-e", script)
	want := `^Attaching 1 probe\.\.\.\n\n\n@\[\n {4}` + strings.Join(chain[:3], `\n {4}`) + `\n\]: [1-6]\n` +
		`@s\[int shapes::twice<int>\(int\)\]: [1-6]\n$`
	if got.code != 0 || !regexp.MustCompile(want).MatchString(got.stdout) {
		t.Errorf("exit code %d, stdout:\n%s\nwant it to match:\n%s\nstderr:\n%s", got.code, got.stdout, want, got.stderr)
	}
}

// TestFuncWildcardAndNestedUaddr: func names each function a wildcard
// uprobe expanded to, and uaddr() inside an if block is resolved in each
// expanded probe's file.
func TestFuncWildcardAndNestedUaddr(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "cxxtarget")
	total := symbolValue(t, bin, "g_total")
	script := `uprobe:./cxxtarget:*shapes* { if (arg0 > 0) { printf("%s %d\n", func, reg("ip") - uaddr("g_total")); } }`
	got := runTracer(t, filepath.Dir(bin), "-e", script, "-c", "./cxxtarget 1")
	var want strings.Builder
	want.WriteString("Attaching 3 probes...\n")
	for _, f := range []struct{ name, sym string }{
		{"shapes::drive(int)", "_ZN6shapes5driveEi"},
		{"shapes::Counter::step(int)", stepSym},
		{"int shapes::twice<int>(int)", twiceSym},
	} {
		fmt.Fprintf(&want, "%s %d\n", f.name, int64(symbolValue(t, bin, f.sym)-total))
	}
	want.WriteString("\n\n")
	expect(t, got, want.String())
}
