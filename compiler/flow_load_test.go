package compiler

import (
	"testing"

	"github.com/cilium/ebpf/asm"
)

// TestControlFlowLoad loads loop shapes the verifier cannot bound by
// itself (an always-true condition, a bound read from a map, nested
// loops, loops around helper calls and aggregations), and every other new
// construct: the shared loop budget must make each of them acceptable.
func TestControlFlowLoad(t *testing.T) {
	needBPF(t)
	for _, src := range []string{
		`BEGIN { $i = 0; while (1) { $i++; if ($i > 3) { break; } } printf("%d\n", $i); }`,
		`BEGIN { while (1) { } printf("never\n"); }`,
		`BEGIN { @n = 5; $i = 0; while ($i < @n) { $i++; } }`,
		`BEGIN { $i = 0; while ($i < @n[$i]) { @n[$i] = $i; $i++; if (@n[1] == 2) { continue; } } }`,
		`BEGIN { while (1) { while (1) { while (1) { @a[nsecs] = 1; printf("x %d\n", nsecs); } } } }`,
		`BEGIN { $i = 0; while (nsecs) { @h = hist($i); @l[$i] = lhist($i, 0, 100, 10); @c[comm] = count(); @s = sum($i); $i++; } }`,
		`uprobe:/bin/true:main { $i = 0; while ($i < arg0) { printf("%s %d\n", str(arg1, $i), $i); @k[str(arg1, $i)] = count(); $i++; } }`,
		`BEGIN { $i = 0; while ($i < 100) { if ($i % 2) { @odd++; } else if ($i % 3) { @three++; } else { @rest++; } $i++; } }`,
		`BEGIN { $x = 0; unroll(100) { $x += nsecs % 3; if ($x > 5) { return; } } while (1) { unroll(5) { $x++; } if ($x > 1000) { break; } } }`,
		`BEGIN { $s = nsecs ? "yes" : "no"; @m[nsecs > 5 ? comm : "x"] = count(); printf("%s %d\n", $s, nsecs > 1 ? 2 : 3); }`,
		`BEGIN { printf("%d %d %d %d\n", (int8)nsecs, (uint16)nsecs, (int32)nsecs, (uint64)(int8)nsecs); @c[(uint8)pid] = (int16)tid; }`,
		`BEGIN { printf("%d %d\n", strncmp(comm, "bpf", 3), strcontains(comm, str(nsecs))); if (strcontains(str(nsecs), "abc")) { exit(); } }`,
		`BEGIN { $t = (1, "x", comm); @t[pid] = $t; @u = (nsecs, (pid, "y")); print($t); print((1, (2, "x"))); printf("%d %s %s\n", $t.0, $t.1, @t[1].2); @v = nsecs ? $t : (2, "yy", "z"); }`,
		`BEGIN { $i = 0; while ($i < 10) { $t = ($i, str(nsecs)); @m[$i] = $t; $i++; } }`,
		// Loop variables feeding str() lengths and aggregations, in
		// nested loops with data-dependent exits.
		`uprobe:/bin/true:main { $i = 0; while ($i < arg0) { printf("%s %s %d\n", str(arg1, $i), str(arg2), $i); @a[str(arg1)] = count(); @h[$i] = hist($i * arg3); @l = lhist($i, 0, 1000, 10); @s[comm, $i] = sum(arg4); @q[$i] = arg6; if (@q[$i + 1] > 3) { @y[$i] = str(arg5); } else { @z = max($i); } $i++; } }`,
		`uprobe:/bin/true:main { $i = 0; while ($i < arg0) { $j = 0; while ($j < arg1) { printf("%s %d %d\n", str(arg2, $j), $i, $j); @h[$i, $j] = hist($j); $j++; } @c[str(arg3, $i)] = count(); $i++; } }`,
		`uprobe:/bin/true:main { $i = 0; while ($i < arg0) { $j = 0; while ($j < arg1) { @h[$i, $j] = lhist($j, 0, 100, 1); @m = min($j); @x = max($i); $j++; } $i++; } }`,
		// strcontains of two 64-byte strings is a loop of the compiler's
		// own; the loop budget must count its walk.
		`BEGIN { printf("%d %d %d\n", strcontains(str(1), str(2)), strcontains(str(3), str(4)), strcontains(str(5), str(6))); }`,
		`uprobe:/bin/true:main { $i = 0; $n = 0; while ($i < arg0) { $n += strcontains(str(arg1), str(arg2)); $i++; } printf("%d\n", $n); }`,
		`uprobe:/bin/true:main { $i = 0; while ($i < arg0) { $j = 0; while ($j < arg3) { if (strcontains(str(arg1, $j), str(arg2))) { @c[$i] = count(); } $j++; } $i++; } }`,
	} {
		t.Run(src, func(t *testing.T) {
			compileLoad(t, "flow.bt", src)
		})
	}
}

// TestPathMergingLoad: states the verifier cannot merge make it walk all
// the code after them once per state, and each unroll copy of a
// strcontains() of two 64-byte strings is a 35,000-instruction walk: 16
// copies fit in its 1M-instruction limit once, not twice. Each script
// was rejected before the codegen let the verifier merge the paths of:
// a str() with a run-time length (clamped or not), a string ternary
// with a literal in one arm (stored in 4-byte halves), and a test on a
// variable (which narrowed the variable itself).
func TestPathMergingLoad(t *testing.T) {
	needBPF(t)
	for _, src := range []string{
		`uprobe:/bin/true:main { unroll (16) { @r = strcontains(str(arg2), str(arg3, arg0)); } }`,
		`uprobe:/bin/true:main { unroll (16) { @s = arg0 ? "a string" : comm; @r = strcontains(str(arg2), str(arg3)); } }`,
		`uprobe:/bin/true:main { $v = arg1; unroll (16) { if ($v) { @n = 1; } @r = strcontains(str(arg2), str(arg3)); } }`,
	} {
		t.Run(src, func(t *testing.T) {
			compileLoad(t, "merge.bt", src)
		})
	}
}

// TestLoopBudgetLoad: the loop budget is sized from the loops' code, large
// for loops without helper calls, and every shape still loads with it.
func TestLoopBudgetLoad(t *testing.T) {
	needBPF(t)
	for _, tc := range []struct {
		src      string
		min, max int64 // expected range of the budget
	}{
		{`BEGIN { $i = 0; while ($i < 10000) { $i++; } }`, 10000, maxBudget},
		{`BEGIN { $i = 0; $s = 0; while ($i < 10000) { $s += $i; $i++; } }`, 5000, maxBudget},
		{`BEGIN { $i = 0; $a = 0; while ($i < 10000) { if ($i % 2) { $a++; } else { $a += 2; } $i++; } }`, 2000, maxBudget},
		{`uprobe:/bin/true:main { $i = 0; $a = 0; while ($i < arg0) { if (arg1 + $i > 7) { $a++; } else { $a += 2; } $i++; } }`, 2000, maxBudget},
		{`BEGIN { $i = 0; while ($i < 100) { $j = 0; while ($j < 100) { $j++; } $i++; } }`, minBudget, maxBudget},
		{`uprobe:/bin/true:main { $i = 0; $k = 0; while ($i < arg0) { $j = 0; while ($j < arg1) { $j++; $k++; } $i++; } }`, minBudget, maxBudget},
		// Helper calls in a loop: the verifier's walk grows with the
		// square of the budget, which stays at the minimum.
		{`BEGIN { $i = 0; while ($i < 10000) { @c = count(); $i++; } }`, minBudget, minBudget},
		{`BEGIN { $i = 0; while ($i < 10000) { printf("%d\n", $i); $i++; } }`, minBudget, minBudget},
	} {
		t.Run(tc.src, func(t *testing.T) {
			p := parseCheck(t, "budget.bt", tc.src)
			out, err := Compile(p, synthSites(p), DefaultOptions())
			if err != nil {
				t.Fatalf("compile: %v", err)
			}
			for _, pr := range out.Programs {
				b := budgetOf(pr.Insns)
				if b < tc.min || b > tc.max {
					t.Errorf("budget %d, want %d..%d", b, tc.min, tc.max)
				}
			}
			load(t, out)
		})
	}
}

// budgetOf finds the loop budget in a program's budget checks (the
// comparison right after loading the budget slot), or 0.
func budgetOf(insns asm.Instructions) int64 {
	for i := 1; i < len(insns); i++ {
		prev, ins := insns[i-1], insns[i]
		if ins.OpCode.JumpOp() == asm.JGE && ins.Dst == asm.R1 && prev.OpCode.Class().IsLoad() && prev.Dst == asm.R1 && prev.Src == asm.RFP {
			return ins.Constant
		}
	}
	return 0
}
