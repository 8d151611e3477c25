package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/compiler/dump"
	"github.com/tinytrace/tinytrace/lang"
)

// brokenSource compiles a checked script, then replaces the first
// instruction generated for the `pid` in its printf with a read past the
// end of pt_regs, keeping the instruction's source metadata. The
// checker-accepted path has no natural way to fail; this is what a codegen
// bug would look like to the loader.
func brokenSource(t *testing.T) (*lang.Program, *compiler.Output, int) {
	t.Helper()
	src := "BEGIN\n{\n\t@n = 1;\n\tprintf(\"%d\\n\", pid);\n}\n"
	p, err := lang.Parse("broken.bt", src)
	if err == nil {
		err = lang.Check(p)
	}
	if err != nil {
		t.Fatal(err)
	}
	sites, err := Resolve(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	out, err := compiler.Compile(p, sites, compiler.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	prog := out.Programs[0]
	if ins := prog.Insns[0]; ins.Dst != asm.R6 || ins.Src != asm.R1 {
		// The compiler saves the context in R6 only for programs that
		// read it late; the bad load below goes through R6.
		prog.Insns = append(asm.Instructions{asm.Mov.Reg(asm.R6, asm.R1)}, prog.Insns...)
	}
	insns, err := dump.Disassemble(prog.Insns)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range insns {
		ins := &prog.Insns[in.Index]
		if sp, ok := compiler.SourceOf(ins); ok && dump.SpanText(p.Src, sp) == "pid" {
			bad := asm.LoadMem(asm.R0, asm.R6, 4000, asm.DWord)
			bad.Metadata = ins.Metadata
			*ins = bad
			out.Spec.Programs[prog.Name].Instructions = prog.Insns
			return p, out, in.PC
		}
	}
	t.Fatal("no instruction came from pid")
	return nil, nil, 0
}

// TestVerifierErrorAtSource loads a deliberately broken program into the
// kernel and checks that the error names the probe and program, points at
// the source of the failing instruction with bpftrace's underline, quotes
// the verifier's message, and ends with the log lines before it (-v: the
// whole log).
func TestVerifierErrorAtSource(t *testing.T) {
	needMaps(t)
	for _, verbose := range []bool{false, true} {
		t.Run(fmt.Sprintf("verbose=%v", verbose), func(t *testing.T) {
			p, out, pc := brokenSource(t)
			var info bytes.Buffer
			coll, err := load(out, p, verbose, &info)
			if err == nil {
				coll.Close()
				t.Fatal("the broken program loaded")
			}
			var ve *dump.VerifierError
			if !errors.As(err, &ve) {
				if errors.Is(err, os.ErrPermission) && os.Getenv("CI") != "true" {
					t.Skipf("cannot load BPF here: %v", err)
				}
				t.Fatalf("not a verifier error: %v", err)
			}
			msg := err.Error()
			want := []string{
				fmt.Sprintf("broken.bt:4:17-20: ERROR: the kernel verifier rejected BEGIN (program %s) at instruction %d, generated for this code: invalid bpf_context access", out.Programs[0].Name, pc),
				"\n    printf(\"%d\\n\", pid);\n" + strings.Repeat(" ", 19) + "~~~\n", // a tab prints as four spaces
				fmt.Sprintf("\n  %d: (79) r0 = *(u64 *)(r6 +4000)\n", pc),
				"This is a tinytrace bug",
			}
			if verbose {
				// The whole log starts at the first instruction.
				want = append(want, "verifier log:\n  ", "\n  0: (bf) r6 = r1")
			} else {
				want = append(want, "last lines of the verifier log:\n", "the output of -v, which prints the whole log")
			}
			for _, w := range want {
				if !strings.Contains(msg, w) {
					t.Errorf("error lacks %q:\n%s", w, msg)
				}
			}
			_, tail, _ := strings.Cut(msg, "verifier log:\n")
			if n := strings.Count(tail, "\n  "); !verbose && n > 12 {
				t.Errorf("%d log lines without -v, want at most 12:\n%s", n, msg)
			}
		})
	}
}
