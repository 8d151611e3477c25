package compiler

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/compiler/internal/scriptgen"
	"github.com/tinytrace/tinytrace/lang"
)

// stressScripts reach corners the examples do not: every builtin, deep
// expressions that spill to the stack, wide constants, code after exit().
// The fuzzer starts from them and TestStressLoad loads them.
var stressScripts = []string{
	`BEGIN { printf("%d %d %d\n", pid, tid, nsecs); exit(); } END { printf("%s\n", comm); }`,
	`usdt:./t:p:n /arg0/ { printf("%d\n", arg11); }`,
	`usdt:./t:n { @ = count(); @x = count(); @ = count(); }`,
	`uprobe:./u:f /arg6 + arg7 > arg0 * 2 || !arg1/ { printf("%u %x\n", arg8, arg11); }`,
	`uretprobe:./u:f { printf("%d\n", -retval / 3 % 7 >> 1 << 2 ^ ~retval & 5 | 6); }`,
	`usdt:./t:p:n, uprobe:./u:f { printf("%d %s %s\n", arg2, "lit", comm); exit(); printf("dead\n"); }`,
	`BEGIN { printf("%d\n", ((((((1 + 2) * 3) - 4) / 5) % 6) << (7 >> (8 & (9 | (10 ^ 11)))))); }`,
	`usdt:./t:p:n { printf("%d %d %d %d %d\n", 1 + (2 + (3 + (4 + (5 + (6 + arg0))))), 1, 2, 3, 4); }`,
	`BEGIN { printf("%d\n", 0xffffffffffffffff + 0x80000000 - -2147483648); }`,
	`usdt:./t:p:n /arg0 == 1 && (arg1 != 2 || arg2 < 3) && arg3 >= 4/ { @c = count(); }`,
	// 60 nested operands fill the stack up to the 512-byte budget; 70 do
	// not fit and must be refused at compile time.
	nested(60),
	nested(70),
}

// nested is a probe printing n right-nested additions, each needing a
// value slot of its own.
func nested(n int) string {
	return `uprobe:./u:f { printf("%d\n", ` + strings.Repeat("arg1 + (", n) + "arg0" + strings.Repeat(")", n) + `); }`
}

// FuzzCompile feeds arbitrary scripts through Parse, Check and Compile.
// Whatever the checker accepts must compile without panicking, against
// every kind of site layout (picked by layout), and a compile error must be
// a lang.Error pointing into the script: the compiler is the last place a
// user's mistake can be reported at its source.
//
//	go test ./compiler -run '^$' -fuzz FuzzCompile -fuzztime 60s
func FuzzCompile(f *testing.F) {
	for _, name := range sortedKeys(examples(f)) {
		f.Add(examples(f)[name], uint8(0))
	}
	diff, err := filepath.Glob(filepath.Join("..", "testdata", "diff", "*.bt"))
	if err != nil {
		f.Fatal(err)
	}
	for i, name := range diff {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), uint8(i))
	}
	// Random well-typed scripts reach deep into code generation at once.
	g := scriptgen.New(1, genTargets)
	for i := range 40 {
		f.Add(g.Script(), uint8(i))
	}
	for i, s := range stressScripts {
		for layout := range len(fuzzLayouts) {
			f.Add(s, uint8(layout+i))
		}
	}
	f.Fuzz(func(t *testing.T, src string, layout uint8) {
		p, err := lang.Parse("fuzz.bt", src)
		if err != nil {
			return
		}
		if lang.Check(p) != nil {
			return
		}
		out, err := Compile(p, fuzzSites(p, int(layout)), DefaultOptions())
		if err != nil {
			var le *lang.Error
			if !errors.As(err, &le) {
				t.Fatalf("compile error is not a lang.Error: %v (%T)", err, err)
			}
			if le.Span.Start.Line < 1 || le.Line == "" {
				t.Fatalf("compile error has no source line: %v", err)
			}
			return
		}
		if err := checkOutput(p, out); err != nil {
			t.Fatal(err)
		}
	})
}
