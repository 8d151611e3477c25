package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// End-to-end tests of the language: control flow, casts and literals,
// positional parameters, string functions and tuples, traced on real
// targets. Where bpftrace 0.17 runs the same script, the expected output
// is what it printed.

func TestControlFlowExample(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	example, err := filepath.Abs("../../examples/control.bt")
	if err != nil {
		t.Fatal(err)
	}
	got := runTracer(t, filepath.Dir(bin), "-c", "./test-server-bounded 6 1", example)
	expect(t, got, `Attaching 1 probe...
idx 1 small odd: odd sum 1, times 8: 8, low byte 1
idx 2 small even: odd sum 1, times 8: 16, low byte 2
idx 3 medium odd: odd sum 4, times 8: 24, low byte 3
idx 4 medium even: odd sum 4, times 8: 32, low byte 4
idx 5 big odd: odd sum 9, times 8: 40, low byte 5
idx 6 big even: odd sum 9, times 8: 48, low byte 6


@last: (6, large, 6)
`)
}

// TestLoopShapes runs loops the verifier could not bound by itself: an
// always-true condition left with break, a bound read from a map, a loop
// that never ends (stopped by the action's loop budget), nested loops
// sharing the budget, and return inside a loop. Every loop the budget
// stops is counted and reported at exit.
func TestLoopShapes(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	script := `usdt:./test-server-bounded:test_idx {
	@n = arg0 * 3;
	$i = 0; while (1) { $i++; if ($i > arg0) { break; } }
	$j = 0; while ($j < @n) { $j++; }
	$k = 0; while (1) { $k++; }
	printf("%d %d %d %d\n", arg0, $i, $j, $k);
}
BEGIN {
	$r = 0;
	while (1) { $r++; if ($r == 5) { printf("return at %d\n", $r); return; } }
	printf("not reached\n");
}
END {
	$outer = 0; $inner = 0;
	while ($outer < 20) { $outer++; $m = 0; while ($m < 10) { $m++; $inner++; } }
	printf("outer %d inner %d\n", $outer, $inner);
}`
	got := runTracer(t, filepath.Dir(bin), "-q", "-c", "./test-server-bounded 3 1", "-e", script)
	// Every iteration of any loop spends one of the action's budget. The
	// usdt action reads a map in a loop condition (a helper call), so its
	// budget is sized for the verifier's walk around helper calls, 41 for
	// these three loops (tinytrace -d asm shows it): for arg0 = 1 the
	// first loop spends 2, the second 3, so $k gets 36. END's nested loops have no helper
	// calls; their budget, sized from their code, is 119 (tinytrace -d asm
	// shows it): 10 outer iterations of 1 + 10, then an 11th with 8 inner
	// ones, after which the inner and the outer loop are both cut short.
	expect(t, got, "return at 5\n1 2 3 36\n2 3 6 32\n3 4 9 28\nouter 11 inner 108\n\n\n@n: 9\n")
	if want := "WARNING: 5 while loops stopped early: the action's loop iteration limit was reached (see the loop checks in tinytrace -d asm)\n"; got.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got.stderr, want)
	}
}

// TestLoopsRunToTheirEnd: loops without helper calls get budgets in the
// thousands, so these give bpftrace 0.17's results (seen printed by it),
// with no warning.
func TestLoopsRunToTheirEnd(t *testing.T) {
	needBPF(t)
	for _, tc := range []struct{ script, want string }{
		{`BEGIN { $i = 0; while ($i < 1000) { $i++; } printf("%d\n", $i); exit(); }`, "1000\n\n\n"},
		{`BEGIN { $i = 0; while ($i < 10000) { $i++; } printf("%d\n", $i); exit(); }`, "10000\n\n\n"},
		{`BEGIN { $i = 0; $s = 0; while ($i < 5000) { $s += $i; $i++; } printf("%d %d\n", $i, $s); exit(); }`, "5000 12497500\n\n\n"},
	} {
		t.Run(tc.script, func(t *testing.T) {
			got := runTracer(t, "", "-q", "-e", tc.script)
			expect(t, got, tc.want)
			if got.stderr != "" {
				t.Errorf("stderr: %s", got.stderr)
			}
		})
	}
}

func TestCastsAndLiterals(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	// Output seen from bpftrace 0.17, except 'A' (it has no character
	// literals).
	script := `usdt:./test-server-bounded:test_idx {
	printf("%d %d %d %d %d %d\n", (int8)(arg0 + 254), (uint8)(arg0 + 254), (int16)-arg0, (uint16)-arg0, (int32)(arg0 << 31), (int64)(uint8)-arg0);
	@c[(int8)(arg0 + 126)] = (uint16)(70000 + arg0);
}
END { printf("%d %d %d %d %d\n", 0x10, 010, 1_000, 1e3, 'A'); }`
	got := runTracer(t, filepath.Dir(bin), "-q", "-c", "./test-server-bounded 2 1", "-e", script)
	expect(t, got, "-1 255 -1 65535 -2147483648 -1\n0 0 -2 65534 0 -2\n16 8 1000 1000 65\n\n\n@c[127]: 4465\n@c[-128]: 4466\n")
}

func TestPositionalParameters(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	dir := filepath.Dir(bin)
	script := `usdt:./test-server-bounded:test_idx /arg0 <= $1/ { printf("%d %s %d %d [%s] %d\n", arg0, str($2), $3, $#, str($4), $5); }`
	got := runTracer(t, dir, "-q", "-c", "./test-server-bounded 4 1", "-e", script, "2", "two", "0x20")
	expect(t, got, "1 two 32 3 [] 0\n2 two 32 3 [] 0\n\n\n")

	// A script file: the parameters come after it.
	file := filepath.Join(t.TempDir(), "params.bt")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	got = runTracer(t, dir, "-q", "-c", "./test-server-bounded 4 1", file, "1", "x", "-5", "last")
	expect(t, got, "1 x -5 4 [last] 0\n\n\n")

	// A non-numeric parameter used as a number: bpftrace's error.
	got = runTracer(t, dir, "-e", script, "abc")
	want := `stdin:1:46-48: ERROR: $1 used numerically but given "abc". Try using str($1).`
	if got.code != 1 || !strings.HasPrefix(got.stderr, want+"\n") {
		t.Errorf("exit code %d, stderr:\n%s\nwant exit code 1 and:\n%s", got.code, got.stderr, want)
	}
}

func TestStringFunctions(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	// The strncmp, strcontains, @k and @s values are what bpftrace 0.17
	// prints for them; it cannot load a ternary of comm and a literal.
	script := `usdt:./test-server-bounded:test_idx {
	$name = arg0 == 1 ? "first" : "later";
	printf("%s %d %d %d %d %s\n", $name, strncmp(comm, "test-serv", 9), strncmp(comm, "test-x", 6),
		strcontains(comm, "server"), strcontains(comm, "client"), arg0 > 1 ? comm : "none");
	@k[arg0 % 2 ? "odd" : "even"] = count();
	@s[$name] = strcontains($name, "ate");
}`
	got := runTracer(t, filepath.Dir(bin), "-q", "-c", "./test-server-bounded 3 1", "-e", script)
	expect(t, got, "first 0 1 1 0 none\nlater 0 1 1 0 test-server-bou\nlater 0 1 1 0 test-server-bou\n\n\n"+
		"@k[even]: 1\n@k[odd]: 2\n@s[first]: 0\n@s[later]: 1\n")
}

func TestTuples(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	// Output seen from bpftrace 0.17 on the same script.
	script := `usdt:./test-server-bounded:test_idx {
	$t = (arg0, comm, (int8)-1);
	@last = $t;
	@by[arg0] = (arg0 * 2, "v", (1, "in"));
	printf("%d %s %d\n", $t.0, $t.1, $t.2);
	print((1, "two", -3));
}`
	dir := filepath.Dir(bin)
	got := runTracer(t, dir, "-q", "-c", "./test-server-bounded 2 1", "-e", script)
	expect(t, got, "1 test-server-bou -1\n(1, two, -3)\n2 test-server-bou -1\n(1, two, -3)\n\n\n"+
		"@by[1]: (2, v, (1, in))\n@by[2]: (4, v, (1, in))\n@last: (2, test-server-bou, -1)\n")

	got = runTracer(t, dir, "-q", "-f", "json", "-c", "./test-server-bounded 1 1", "-e", `usdt:./test-server-bounded:test_idx { @t = (arg0, "x", (2, comm)); @u[arg0] = (-1, "y"); }`)
	expect(t, got, "\n\n"+`{"type": "map", "data": {"@t": [1,"x",[2,"test-server-bou"]]}}`+"\n"+
		`{"type": "map", "data": {"@u": {"1": [-1,"y"]}}}`+"\n")
}

func TestPrintValueJSON(t *testing.T) {
	needBPF(t)
	// Output seen from bpftrace 0.17 on the same script.
	script := `BEGIN { print(5); print(-5); print(pid - pid); print("s"); print((1,"a",(2,"b"))); print(probe); printf("x\n"); exit(); }`
	got := runTracer(t, "", "-f", "json", "-e", script)
	expect(t, got, `{"type": "attached_probes", "data": {"probes": 1}}
{"type": "value", "data": 5}
{"type": "value", "data": -5}
{"type": "value", "data": 0}
{"type": "value", "data": "s"}
{"type": "value", "data": [1,"a",[2,"b"]]}
{"type": "value", "data": "BEGIN"}
{"type": "printf", "data": "x\n"}


`)
}

// TestLoopAggregationsMatchUnrolled: in programs with loops, hist buckets
// are computed without branches and aggregated values are hidden from the
// verifier; the maps must still be exactly what the same body unrolled
// (no loop, the usual code) produces.
func TestLoopAggregationsMatchUnrolled(t *testing.T) {
	needBPF(t)
	body := `@h = hist($i * $i * 100000 - 5); @l = lhist($i, 0, 40, 10); @m = min($i - 3); @x = max($i * 7); @s[$i % 3] = str(nsecs, $i % 4); $i++;`
	loop := runTracer(t, "", "-q", "-e", `BEGIN { $i = 0; while ($i < 40) { `+body+` } exit(); }`)
	unrolled := runTracer(t, "", "-q", "-e", `BEGIN { $i = 0; unroll(40) { `+body+` } exit(); }`)
	if loop.code != 0 || unrolled.code != 0 {
		t.Fatalf("exit codes %d, %d; stderr:\n%s\n%s", loop.code, unrolled.code, loop.stderr, unrolled.stderr)
	}
	if !strings.Contains(loop.stdout, "[4K, 8K)") || loop.stdout != unrolled.stdout {
		t.Errorf("loop output:\n%s\nunrolled output:\n%s", loop.stdout, unrolled.stdout)
	}
}
