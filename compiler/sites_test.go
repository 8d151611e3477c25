package compiler

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// Synthetic probe sites. The compiler must not depend on the runtime (the
// dependency goes runtime → compiler), so the tests build by hand what
// runtime.Resolve would return for the bundled targets: the same Arg values
// runtime/usdt.ParseArgs makes of the specs gcc writes in .note.stapsdt.

// Arg constructors; size is negative for signed arguments, as in the spec.

func regArg(spec string, size int, r Reg) Arg {
	return Arg{Spec: spec, Size: abs(size), Signed: size < 0, Kind: ArgReg, Base: r, Index: NoReg}
}

func highByteArg(spec string, size int, r Reg) Arg {
	a := regArg(spec, size, r)
	a.HighByte = true
	return a
}

func memArg(spec string, size int, base Reg, off int64) Arg {
	return Arg{Spec: spec, Size: abs(size), Signed: size < 0, Kind: ArgMem, Base: base, Index: NoReg, Offset: off}
}

func indexArg(spec string, size int, base, index Reg, scale int, off int64) Arg {
	return Arg{Spec: spec, Size: abs(size), Signed: size < 0, Kind: ArgMem, Base: base, Index: index, Scale: scale, Offset: off}
}

func constArg(spec string, size int, v int64) Arg {
	return Arg{Spec: spec, Size: abs(size), Signed: size < 0, Kind: ArgConst, Base: NoReg, Index: NoReg, Const: v}
}

func globalArg(spec string, size int, sym string, addr uint64, off int64) Arg {
	return Arg{Spec: spec, Size: abs(size), Signed: size < 0, Kind: ArgGlobal, Base: RIP, Index: NoReg, Symbol: sym, SymbolAddr: addr, Offset: off}
}

func tlsArg(spec string, size int, sym string) Arg {
	return Arg{Spec: spec, Size: abs(size), Signed: size < 0, Kind: ArgTLS, Base: NoReg, Index: NoReg, Symbol: sym}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// location is one USDT site of a probe in a synthetic binary.
type location struct {
	vaddr, refCtr uint64
	args          []Arg
	argsErr       error
}

// usdtLocations are the bundled targets' probes as gcc -O0 or -O2 lays them
// out (readelf -n), so the load tests see realistic code. Which -O level
// is noted where it matters: -O2 gives args12 every argument kind.
var usdtLocations = map[string][]location{
	"test_grp:test_idx": {{vaddr: 0x114c, args: []Arg{memArg("-4@-4(%rbp)", -4, RBP, -4)}}},
	// -O2: registers of every width, a constant, a global, and indexed
	// memory with and without a base.
	"tt:args12": {{vaddr: 0x1136, args: []Arg{
		regArg("-1@%cl", -1, RCX),
		regArg("1@%dl", 1, RDX),
		regArg("-2@%bp", -2, RBP),
		regArg("2@%si", 2, RSI),
		regArg("-4@%edi", -4, RDI),
		regArg("4@%r10d", 4, R10),
		regArg("-8@%r11", -8, R11),
		regArg("8@%rbx", 8, RBX),
		constArg("-4@$-1", -4, -1),
		globalArg("-4@gval(%rip)", -4, "gval", 0x4030, 0),
		indexArg("-8@(%r12,%rax,8)", -8, R12, RAX, 8, 0),
		indexArg("-8@32(%rsp,%rax,8)", -8, RSP, RAX, 8, 32),
	}}},
	"tt:consts": {{vaddr: 0x1137, args: []Arg{
		constArg("-4@$5", -4, 5),
		constArg("-4@$-1", -4, -1),
		constArg("4@$-1", 4, -1),
		constArg("-1@$-3", -1, -3),
		constArg("8@$1311768467463790320", 8, 1311768467463790320),
		globalArg("-4@40+Stats(%rip)", -4, "Stats", 0x4060, 40),
	}}},
	// Two locations with different layouts: two programs.
	"tt:twoloc": {
		{vaddr: 0x1160, args: []Arg{memArg("-4@-4(%rbp)", -4, RBP, -4)}},
		{vaddr: 0x1168, args: []Arg{constArg("-4@$7", -4, 7)}},
	},
	"tt:sem":        {{vaddr: 0x1225, refCtr: 0x3038, args: []Arg{memArg("-4@-4(%rbp)", -4, RBP, -4)}}},
	"tt:lib_probe":  {{vaddr: 0x1120, args: []Arg{regArg("-4@%edi", -4, RDI)}}},
	"tt:lib_global": {{vaddr: 0x1126, args: []Arg{globalArg("-4@lib_counter(%rip)", -4, "lib_counter", 0x4028, 0)}}},
}

// genericArgs is the layout of USDT probes the table does not know: twelve
// arguments covering every kind the compiler supports.
var genericArgs = []Arg{
	regArg("8@%rax", 8, RAX),
	regArg("-4@%edi", -4, RDI),
	highByteArg("1@%ah", 1, RAX),
	memArg("-2@-6(%rbp)", -2, RBP, -6),
	indexArg("4@16(%rax,%rbx,4)", 4, RAX, RBX, 4, 16),
	indexArg("-8@(,%rcx,8)", -8, NoReg, RCX, 8, 0),
	constArg("-1@$-128", -1, -128),
	constArg("8@$-1", 8, -1),
	globalArg("-4@gval(%rip)", -4, "gval", 0x4010, 0),
	globalArg("8@8+tab(%rip)", 8, "tab", 0x4020, 8),
	memArg("1@0x601040", 1, NoReg, 0x601040),
	regArg("-2@%r9w", -2, R9),
}

// synthPath is where a synthetic site's binary "is": absolute, as the
// runtime would make it, and the same on every machine.
func synthPath(p string) string { return path.Join("/synthetic", p) }

// synthSites returns the sites runtime.Resolve could return for p: BEGIN
// and END get one site without a path, uprobes and uretprobes one at the
// symbol, USDT probes one per location in usdtLocations (genericArgs for
// probes it does not list). Sites are in probe, then spec, order.
func synthSites(p *lang.Program) []*Site {
	var sites []*Site
	for _, pr := range p.Probes {
		for _, sp := range pr.Specs {
			switch sp.Kind {
			case lang.KindBegin, lang.KindEnd:
				sites = append(sites, &Site{Spec: sp})
			case lang.KindUprobe, lang.KindUretprobe:
				sites = append(sites, &Site{Spec: sp, Path: synthPath(sp.Path), Offset: 0x1139, Vaddr: 0x1139})
			case lang.KindUSDT:
				locs, ok := usdtLocations[sp.Provider+":"+sp.Name]
				if !ok {
					locs = []location{{vaddr: 0x1200, args: genericArgs}}
				}
				for _, l := range locs {
					sites = append(sites, &Site{
						Spec: sp, Path: synthPath(sp.Path), Offset: l.vaddr, Vaddr: l.vaddr,
						RefCtrOffset: l.refCtr, Args: l.args, ArgsErr: l.argsErr,
					})
				}
			}
		}
	}
	return sites
}

// fuzzLayouts are USDT layouts the fuzzer picks from, so that it also
// explores short argument lists, unsupported kinds and unparsable notes.
var fuzzLayouts = [][]location{
	{{vaddr: 0x1200, args: genericArgs}},
	{{vaddr: 0x1200, args: genericArgs[:1]}, {vaddr: 0x1300, args: genericArgs[6:]}},
	{{vaddr: 0x1200}}, // a probe without arguments
	{{vaddr: 0x1200, args: []Arg{tlsArg("-4@%fs:tls_var@tpoff", -4, "tls_var")}}},
	{{vaddr: 0x1200, argsErr: errors.New(`usdt argument "4@%xmm0": unknown register`)}},
	// Extremes: huge displacements and symbol addresses need 64-bit
	// immediates; a global below the site address gives a negative bias.
	{{vaddr: 0xffff_ffff_0000, args: []Arg{
		memArg("8@-2147483649(%rsp)", 8, RSP, -1<<31-1),
		indexArg("-1@9223372036854775807(%r15,%r14,2)", -1, R15, R14, 2, 1<<63-1),
		globalArg("8@g(%rip)", 8, "g", 0x10, 0),
		globalArg("-2@-9+h(%rip)", -2, "h", 1<<62, -9),
		constArg("-8@$-9223372036854775808", -8, -1<<63),
		constArg("2@$65536", 2, 65536),
	}}},
}

// fuzzSites is synthSites with every USDT probe given layout fuzzLayouts[n].
func fuzzSites(p *lang.Program, n int) []*Site {
	locs := fuzzLayouts[n%len(fuzzLayouts)]
	var sites []*Site
	for _, s := range synthSites(p) {
		if s.Spec.Kind != lang.KindUSDT {
			sites = append(sites, s)
			continue
		}
		if len(sites) > 0 && sites[len(sites)-1].Spec == s.Spec {
			continue // synthSites made several; one set of fuzz locations is enough
		}
		for _, l := range locs {
			sites = append(sites, &Site{
				Spec: s.Spec, Path: s.Path, Offset: l.vaddr, Vaddr: l.vaddr,
				Args: l.args, ArgsErr: l.argsErr,
			})
		}
	}
	return sites
}

// examples returns the scripts in examples/, sorted by name.
func examples(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "examples", "*.bt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no examples/*.bt found")
	}
	m := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(f)] = string(b)
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// parseCheck parses and checks src, failing the test on error.
func parseCheck(t testing.TB, file, src string) *lang.Program {
	t.Helper()
	p, err := lang.Parse(file, src)
	if err == nil {
		err = lang.Check(p)
	}
	if err != nil {
		t.Fatalf("%s:\n%v", file, err)
	}
	return p
}

// compileExample compiles one example against its synthetic sites.
func compileExample(t testing.TB, name, src string) *Output {
	t.Helper()
	p := parseCheck(t, "examples/"+name, src)
	out, err := Compile(p, synthSites(p), DefaultOptions())
	if err != nil {
		t.Fatalf("examples/%s: %v", name, err)
	}
	if err := checkOutput(p, out); err != nil {
		t.Fatalf("examples/%s: %v", name, err)
	}
	return out
}

// checkOutput verifies invariants every successful Compile must keep:
// each instruction has a source position inside the script, every jump
// target and map reference resolves, programs end in exit, and the spec
// agrees with Output.Programs.
func checkOutput(p *lang.Program, out *Output) error {
	lines := strings.Count(p.Src, "\n") + 1
	if len(out.Spec.Programs) != len(out.Programs) {
		return fmt.Errorf("spec has %d programs, output %d", len(out.Spec.Programs), len(out.Programs))
	}
	for _, prog := range out.Programs {
		ps := out.Spec.Programs[prog.Name]
		if ps == nil {
			return fmt.Errorf("program %s missing from the spec", prog.Name)
		}
		if len(prog.Sites) == 0 {
			return fmt.Errorf("program %s has no sites", prog.Name)
		}
		insns := prog.Insns
		if len(insns) == 0 || insns[len(insns)-1].OpCode.JumpOp() != asm.Exit {
			return fmt.Errorf("program %s does not end in exit", prog.Name)
		}
		symbols := map[string]bool{}
		for _, ins := range insns {
			if s := ins.Symbol(); s != "" {
				if symbols[s] {
					return fmt.Errorf("program %s: label %s defined twice", prog.Name, s)
				}
				symbols[s] = true
			}
		}
		for i, ins := range insns {
			sp, ok := SourceOf(&insns[i])
			if !ok {
				return fmt.Errorf("program %s: instruction %d (%v) has no source position", prog.Name, i, ins)
			}
			if sp.Start.Line < 1 || sp.End.Line > lines || sp.End.Line < sp.Start.Line {
				return fmt.Errorf("program %s: instruction %d: span %v outside the script", prog.Name, i, sp)
			}
			ref := ins.Reference()
			switch {
			case ref == "":
			case ins.IsLoadFromMap():
				if out.Spec.Maps[ref] == nil {
					return fmt.Errorf("program %s: instruction %d refers to unknown map %s", prog.Name, i, ref)
				}
			case !symbols[ref]:
				return fmt.Errorf("program %s: instruction %d jumps to undefined label %s", prog.Name, i, ref)
			}
		}
	}
	for _, m := range out.Maps {
		if out.Spec.Maps[m.SpecName] == nil {
			return fmt.Errorf("map %s: spec %s missing", m.Name, m.SpecName)
		}
	}
	return nil
}
