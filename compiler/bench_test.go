package compiler

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/lang"
)

// benchProbe is bench/target's probe; benchSites gives it that target's
// argument layout (-8@%rbx 8@%rax).
const benchProbe = "usdt:/bench/target:bench:fire"

func benchSites(p *lang.Program) []*Site {
	sites := synthSites(p)
	for _, s := range sites {
		if s.Spec.Kind == lang.KindUSDT {
			s.Args = []Arg{regArg("-8@%rbx", -8, RBX), regArg("8@%rax", 8, RAX)}
		}
	}
	return sites
}

// benchScripts are the scripts bench/ runs against bpftrace.
var benchScripts = []struct{ name, body string }{
	{"empty", "{ }"},
	{"count", "{ @c = count(); }"},
	{"hist", "{ @h = hist(arg0); }"},
	{"strcount", "{ @[str(arg1)] = count(); }"},
	{"printf", `{ printf("%d\n", arg0); }`},
}

// largeScript is a 1,000-line script: 100 probes of 10 lines, each using
// maps, variables, strings, a predicate and printf.
func largeScript() string {
	var b strings.Builder
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "%s /arg0 > %d/\n{\n", benchProbe, i)
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

func TestLargeScriptIs1000Lines(t *testing.T) {
	src := largeScript()
	if n := strings.Count(src, "\n"); n != 1000 {
		t.Fatalf("largeScript has %d lines, want 1000", n)
	}
	p := parseCheck(t, "large.bt", src)
	out, err := Compile(p, benchSites(p), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := checkOutput(p, out); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkCompile measures parse + check + compile, the work tinytrace
// does before it touches the kernel.
func BenchmarkCompile(b *testing.B) {
	cases := []struct{ name, src string }{}
	for _, s := range benchScripts {
		cases = append(cases, struct{ name, src string }{s.name, benchProbe + " " + s.body})
	}
	cases = append(cases, struct{ name, src string }{"1000-lines", largeScript()})
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := lang.Parse("bench.bt", c.src)
				if err == nil {
					err = lang.Check(p)
				}
				if err != nil {
					b.Fatal(err)
				}
				if _, err := Compile(p, benchSites(p), DefaultOptions()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
