package compiler

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/lang"
)

var update = flag.Bool("update", false, "rewrite compiler/testdata/*.golden")

// TestExampleGoldens compiles every examples/*.bt against synthetic sites
// and compares the listing with compiler/testdata/<example>.golden, so any
// change to the generated code shows up in review as a diff.
func TestExampleGoldens(t *testing.T) {
	ex := examples(t)
	for _, name := range sortedKeys(ex) {
		t.Run(strings.TrimSuffix(name, ".bt"), func(t *testing.T) {
			src := ex[name]
			got := listing(parseCheck(t, "examples/"+name, src), compileExample(t, name, src))
			// Compiling again must give the same text: the listing
			// depends on no map iteration order or pointer value.
			if again := listing(parseCheck(t, "examples/"+name, src), compileExample(t, name, src)); again != got {
				t.Fatalf("listing differs between two compilations")
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".bt")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./compiler -update)", err)
			}
			if got != string(want) {
				t.Errorf("listing differs from %s (run go test ./compiler -update and review the diff)\n%s", golden, firstDiff(got, string(want)))
			}
		})
	}
	// A golden whose example was deleted or renamed would rot unnoticed.
	goldens, _ := filepath.Glob(filepath.Join("testdata", "*.golden"))
	for _, g := range goldens {
		name := strings.TrimSuffix(filepath.Base(g), ".golden") + ".bt"
		if _, ok := ex[name]; !ok {
			t.Errorf("%s has no examples/%s", g, name)
		}
	}
}

// listing renders a compiled program deterministically: maps, printf
// layouts, then each program with its sites and its instructions, each
// group of instructions under the source text it came from.
func listing(p *lang.Program, out *Output) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s compiled against synthetic sites (compiler/sites_test.go)\n", p.File)
	b.WriteString("\nmaps:\n")
	for _, name := range sortedKeys(out.Spec.Maps) {
		m := out.Spec.Maps[name]
		fmt.Fprintf(&b, "  %-15s %v key=%d value=%d max=%d\n", name, m.Type, m.KeySize, m.ValueSize, m.MaxEntries)
	}
	for _, m := range out.Maps {
		fmt.Fprintf(&b, "  %s -> %s value=%s keys=%d per-cpu=%v\n", m.Name, m.SpecName, m.Decl.Value, len(m.Keys), m.PerCPU)
	}
	if len(out.Printfs) > 0 {
		b.WriteString("\nprintfs:\n")
	}
	for i, pf := range out.Printfs {
		fmt.Fprintf(&b, "  %d: %q size=%d\n", i, pf.Format.Source, pf.Size)
		for _, f := range pf.Fields {
			if f.Const != nil {
				fmt.Fprintf(&b, "     const %q\n", *f.Const)
				continue
			}
			fmt.Fprintf(&b, "     +%d %s\n", f.Offset, fieldType(f.Type))
		}
	}
	for _, prog := range out.Programs {
		ps := out.Spec.Programs[prog.Name]
		fmt.Fprintf(&b, "\nprogram %s (%v, %s)\n", prog.Name, ps.Type, ps.License)
		for _, s := range prog.Sites {
			fmt.Fprintf(&b, "  site %s path=%s offset=%#x vaddr=%#x refctr=%#x", s.Name(), s.Path, s.Offset, s.Vaddr, s.RefCtrOffset)
			if len(s.Args) > 0 {
				fmt.Fprintf(&b, " args=%v", s.Args)
			}
			b.WriteByte('\n')
		}
		last := lang.Span{}
		for i := range prog.Insns {
			ins := &prog.Insns[i]
			if sp, ok := SourceOf(ins); ok && sp != last {
				fmt.Fprintf(&b, "    ; %d:%d-%d:%d %s\n", sp.Start.Line, sp.Start.Col, sp.End.Line, sp.End.Col, spanText(p.Src, sp))
				last = sp
			}
			if sym := ins.Symbol(); sym != "" {
				fmt.Fprintf(&b, "  %s:\n", sym)
			}
			fmt.Fprintf(&b, "  %4d: %v\n", i, *ins)
		}
	}
	return b.String()
}

// fieldType names a record field's type. lang.Type's String follows
// bpftrace's error messages, which may change; the listing should not.
func fieldType(t lang.Type) string {
	switch t.Kind {
	case lang.TInt:
		if t.Signed {
			return fmt.Sprintf("int%d", 8*t.Size)
		}
		return fmt.Sprintf("uint%d", 8*t.Size)
	case lang.TString:
		return fmt.Sprintf("string[%d]", t.Size)
	case lang.TUstack:
		return "ustack[8]"
	case lang.TUsym:
		return "usym[16]"
	}
	return fmt.Sprintf("kind%d[%d]", t.Kind, t.Size)
}

// spanText is the source a span covers; for a span over several lines,
// its first line and an ellipsis.
func spanText(src string, sp lang.Span) string {
	lines := strings.Split(src, "\n")
	if sp.Start.Line < 1 || sp.Start.Line > len(lines) {
		return "?"
	}
	line := lines[sp.Start.Line-1]
	start := min(max(sp.Start.Col-1, 0), len(line))
	if sp.End.Line != sp.Start.Line {
		return strings.TrimSpace(line[start:]) + " ..."
	}
	end := min(max(sp.End.Col-1, start), len(line))
	return line[start:end]
}

// firstDiff shows the first differing line of two listings.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return ""
}
