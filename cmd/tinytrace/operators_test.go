package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
)

// TestOperatorsMatchGo evaluates every binary operator on random and edge
// 64-bit operands inside BPF (in a BEGIN probe) and compares each result
// with Go's evaluation of the same expression. Each expression is compiled
// three ways: constant right operand (immediate instructions), register
// operands, and unsigned operands (mixing in a uint64 builtin). Every
// cast (also of a cast) and the ternary operator are checked the same way.
func TestOperatorsMatchGo(t *testing.T) {
	needBPF(t)
	rng := rand.New(rand.NewSource(1))
	values := []uint64{0, 1, 2, 3, 7, 63, 1 << 31, 1<<32 + 5, math.MaxInt64, 1 << 63, math.MaxUint64, math.MaxUint64 - 6}
	for range 12 {
		values = append(values, rng.Uint64(), rng.Uint64()>>uint(rng.Intn(64)))
	}
	ops := []string{"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&&", "||"}

	type check struct{ expr, want string }
	var checks []check
	for i := 0; i < len(values); i++ {
		a, b := values[i], values[(i*7+3)%len(values)]
		if i%4 == 0 {
			b = a // equal operands: the edge of every comparison
		}
		for _, op := range ops {
			if op == "<<" || op == ">>" {
				b %= 64 // BPF masks larger shifts; the language leaves them undefined
			}
			A, B := fmt.Sprintf("0x%x", a), fmt.Sprintf("0x%x", b)
			checks = append(checks,
				check{fmt.Sprintf("(%s %s %s)", A, op, B), fmt.Sprint(int64(evalSigned(op, int64(a), int64(b))))},
				check{fmt.Sprintf("(%s %s (%s ^ 0))", A, op, B), fmt.Sprint(int64(evalSigned(op, int64(a), int64(b))))},
				check{fmt.Sprintf("(%s %s (%s + (pid - pid)))", A, op, B), fmt.Sprint(int64(evalUnsigned(op, a, b)))},
			)
		}
		checks = append(checks,
			check{fmt.Sprintf("(-%s)", fmt.Sprintf("0x%x", a)), fmt.Sprint(-int64(a))},
			check{fmt.Sprintf("(~%s)", fmt.Sprintf("0x%x", a)), fmt.Sprint(int64(^a))},
			check{fmt.Sprintf("(!%s)", fmt.Sprintf("0x%x", a)), fmt.Sprint(b2i(a == 0))},
		)
	}

	// Casts truncate to the smaller of the two sizes, then extend by the
	// target's signedness (bpftrace's rule, so (int64)(uint8)x
	// sign-extends the low byte); the ternary picks an arm.
	casts := []struct {
		name string
		conv func(uint64) uint64
	}{
		{"int8", func(v uint64) uint64 { return uint64(int8(v)) }},
		{"int16", func(v uint64) uint64 { return uint64(int16(v)) }},
		{"int32", func(v uint64) uint64 { return uint64(int32(v)) }},
		{"int64", func(v uint64) uint64 { return v }},
		{"uint8", func(v uint64) uint64 { return uint64(uint8(v)) }},
		{"uint16", func(v uint64) uint64 { return uint64(uint16(v)) }},
		{"uint32", func(v uint64) uint64 { return uint64(uint32(v)) }},
		{"uint64", func(v uint64) uint64 { return v }},
	}
	for i, a := range values {
		b, c := values[(i*5+1)%len(values)], values[(i*3+2)%len(values)]
		A, B, C := fmt.Sprintf("0x%x", a), fmt.Sprintf("0x%x", b), fmt.Sprintf("0x%x", c)
		for j, to := range casts {
			checks = append(checks,
				check{fmt.Sprintf("(%s)%s", to.name, A), fmt.Sprint(int64(to.conv(a)))},
				check{fmt.Sprintf("(%s)(%s + (pid - pid))", to.name, A), fmt.Sprint(int64(to.conv(a)))},
			)
			// A narrower source: its low bytes, extended by the target.
			from := casts[(j+i)%len(casts)]
			want := to.conv(from.conv(a))
			if size(from.name) < size(to.name) {
				want = extend(from.conv(a), size(from.name), signed(to.name))
			}
			checks = append(checks, check{fmt.Sprintf("(%s)(%s)%s", to.name, from.name, A), fmt.Sprint(int64(want))})
		}
		pick := func(cond bool, x, y uint64) string {
			if cond {
				return fmt.Sprint(int64(x))
			}
			return fmt.Sprint(int64(y))
		}
		checks = append(checks,
			check{fmt.Sprintf("(%s ? %s : %s)", A, B, C), pick(a != 0, b, c)},
			check{fmt.Sprintf("(%s > %s ? %s : %s)", A, B, A, B), pick(int64(a) > int64(b), a, b)},
			check{fmt.Sprintf("((%s + (pid - pid)) > %s ? %s : %s)", A, B, A, B), pick(a > b, a, b)},
			check{fmt.Sprintf("(%s & 1 ? (%s ? 1 : 2) : -%s)", A, B, C), pick(a&1 != 0, map[bool]uint64{true: 1, false: 2}[b != 0], -c)},
		)
	}

	// Right-nested operands need more value slots than there are
	// callee-saved registers: the rest spill to the stack.
	checks = append(checks, check{"1+(pid*0+2+(3+(4*(5+(6+(pid*0+7-(8+(9+(10+(11*(12+(13-(pid-pid)))))))))))))", "-1130"})

	const perPrintf = 8
	var script, want strings.Builder
	script.WriteString("BEGIN {\n")
	for i := 0; i < len(checks); i += perPrintf {
		group := checks[i:min(i+perPrintf, len(checks))]
		var exprs, wants []string
		for _, c := range group {
			exprs = append(exprs, c.expr)
			wants = append(wants, c.want)
		}
		fmt.Fprintf(&script, "\tprintf(\"%s\\n\", %s);\n", strings.TrimSuffix(strings.Repeat("%d ", len(group)), " "), strings.Join(exprs, ", "))
		want.WriteString(strings.Join(wants, " ") + "\n")
	}
	script.WriteString("\texit();\n}\n")

	got := runTracer(t, "", "-q", "-e", script.String())
	if got.code != 0 {
		t.Fatalf("exit code %d, stderr:\n%s", got.code, got.stderr)
	}
	gotLines := strings.Split(got.stdout, "\n")
	wantLines := strings.Split(want.String()+"\n\n", "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("got %d lines, want %d:\n%s", len(gotLines), len(wantLines), got.stdout)
	}
	for i := range wantLines {
		if gotLines[i] == wantLines[i] {
			continue
		}
		g, w := strings.Fields(gotLines[i]), strings.Fields(wantLines[i])
		for j := range w {
			if j >= len(g) || g[j] != w[j] {
				t.Errorf("%s = %s in BPF, %s in Go", checks[i*perPrintf+j].expr, g[min(j, len(g)-1)], w[j])
			}
		}
	}
}

// size is the byte size of a cast's type name.
func size(name string) int {
	switch strings.TrimPrefix(name, "u") {
	case "int8":
		return 1
	case "int16":
		return 2
	case "int32":
		return 4
	}
	return 8
}

func signed(name string) bool { return !strings.HasPrefix(name, "u") }

// extend keeps the low n bytes of v and sign- or zero-extends them.
func extend(v uint64, n int, signed bool) uint64 {
	shift := uint(64 - 8*n)
	if signed {
		return uint64(int64(v<<shift) >> shift)
	}
	return v << shift >> shift
}

func b2i(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// evalSigned is the language's semantics when both operands are signed.
func evalSigned(op string, a, b int64) uint64 {
	if b == 0 && (op == "/" || op == "%") {
		return 0
	}
	switch op {
	case "/":
		return uint64(a / b)
	case "%":
		return uint64(a % b)
	case ">>":
		return uint64(a >> uint(b))
	}
	if r, ok := compare(op, a, b); ok {
		return r
	}
	return evalUnsigned(op, uint64(a), uint64(b))
}

// compare evaluates the ordering operators, signed or unsigned by T.
func compare[T int64 | uint64](op string, a, b T) (uint64, bool) {
	switch op {
	case "<":
		return b2i(a < b), true
	case "<=":
		return b2i(a <= b), true
	case ">":
		return b2i(a > b), true
	case ">=":
		return b2i(a >= b), true
	}
	return 0, false
}

// evalUnsigned is the semantics when either operand is unsigned.
func evalUnsigned(op string, a, b uint64) uint64 {
	if r, ok := compare(op, a, b); ok {
		return r
	}
	switch op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/", "%":
		if b == 0 {
			return 0
		}
		if op == "/" {
			return a / b
		}
		return a % b
	case "&":
		return a & b
	case "|":
		return a | b
	case "^":
		return a ^ b
	case "<<":
		return a << b
	case ">>":
		return a >> b
	case "==":
		return b2i(a == b)
	case "!=":
		return b2i(a != b)
	case "&&":
		return b2i(a != 0 && b != 0)
	case "||":
		return b2i(a != 0 || b != 0)
	}
	panic("unknown operator " + op)
}
