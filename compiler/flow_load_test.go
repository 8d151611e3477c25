package compiler

import "testing"

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
	} {
		t.Run(src, func(t *testing.T) {
			p := parseCheck(t, "flow.bt", src)
			out, err := Compile(p, synthSites(p), DefaultOptions())
			if err != nil {
				t.Fatalf("compile: %v", err)
			}
			load(t, out)
		})
	}
}
