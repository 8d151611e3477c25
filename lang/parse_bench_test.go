package lang

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// scriptOfLines is a valid script of n lines (n a multiple of 10): probes
// of 10 lines each using maps, variables, strings, a predicate and printf,
// like the compiler's 1,000-line benchmark script.
func scriptOfLines(n int) string {
	var b strings.Builder
	for i := 0; i < n/10; i++ {
		fmt.Fprintf(&b, "usdt:/bench/target:bench:fire /arg0 > %d/\n{\n", i)
		fmt.Fprintf(&b, "\t$x = arg0 * %d + 3;\n", i)
		fmt.Fprintf(&b, "\t@c%d[str(arg1)] = count();\n", i%7)
		fmt.Fprintf(&b, "\t@h%d = hist($x);\n", i%5)
		fmt.Fprintf(&b, "\t@s[%d] = sum(arg0);\n", i)
		fmt.Fprintf(&b, "\tprintf(\"%d: %%d %%s\\n\", $x, str(arg1));\n", i)
		fmt.Fprintf(&b, "\t@last = $x %% %d;\n", i+1)
		b.WriteString("}\n\n")
	}
	return b.String()
}

// BenchmarkParse shows that parsing is linear in the script's length:
// ns/line should stay about the same from 1k to 10k lines.
func BenchmarkParse(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		src := scriptOfLines(n)
		b.Run(fmt.Sprintf("%d-lines", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("bench.bt", src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/line")
		})
	}
}

// TestParseLongScript parses a 30,000-line script: parsing must stay
// linear in the script's length; timings are in BenchmarkParse.
func TestParseLongScript(t *testing.T) {
	p, err := Parse("long.bt", scriptOfLines(30000))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Probes) != 3000 {
		t.Fatalf("%d probes, want 3000", len(p.Probes))
	}
	last := p.Probes[len(p.Probes)-1]
	if got, want := last.Span.Start.Line, 29991; got != want {
		t.Errorf("last probe starts on line %d, want %d", got, want)
	}
	if n := len(last.Body); n != 6 {
		t.Errorf("last probe has %d statements, want 6", n)
	}
}

// TestParseLongScriptSyntaxErrors: like bpftrace, only the first syntax
// error is reported, and the others are not worked out either (each one
// scans the tokens before it, which made this script quadratic).
func TestParseLongScriptSyntaxErrors(t *testing.T) {
	src := "BEGIN {\n" + strings.Repeat("  @x = 1++;\n", 30000) + "}\n"
	_, err := Parse("long.bt", src)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("got %v, want one error", err)
	}
	if got, want := list[0].Error(), "long.bt:2:8-11: ERROR: syntax error, unexpected ++, expecting }\n  @x = 1++;\n       ~~~"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
