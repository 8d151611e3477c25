package symtab

import (
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"sort"

	"golang.org/x/arch/x86/x86asm"
)

// Open reads the symbol tables of the ELF file at path. The file stays
// open (CheckBoundary reads code) until Close.
func Open(path string) (*Table, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	f, err := elf.NewFile(fh)
	if err != nil {
		err = NotELF(fh, err)
		fh.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	t := Load(f)
	t.closer = fh
	t.loadDebugSymbols(path)
	return t, nil
}

// Close releases the file of a Table from Open.
func (t *Table) Close() error {
	if t.closer == nil {
		return nil
	}
	return t.closer.Close()
}

// Funcs returns every function defined in the file, one per name, sorted
// by name: what uprobes can attach to.
func (t *Table) Funcs() []Symbol {
	if t.funcs != nil {
		return t.funcs
	}
	seen := map[string]bool{}
	var out []Symbol
	for _, syms := range [][]elf.Symbol{t.static, t.dynamic} {
		for _, s := range syms {
			if s.Name == "" || seen[s.Name] || !defined(s) || !isFunc(s) {
				continue
			}
			off, err := FileOffset(t.f, s.Value, true)
			if err != nil {
				continue // not in code: nothing to attach to
			}
			seen[s.Name] = true
			out = append(out, Symbol{Name: s.Name, Vaddr: s.Value, Size: s.Size, Offset: off})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	t.funcs = out
	return out
}

// FuncAt returns the function whose code contains vaddr (a function
// starting there first, then one spanning it), and vaddr's offset in it.
func (t *Table) FuncAt(vaddr uint64) (Symbol, uint64, bool) {
	var best Symbol
	found := false
	for _, f := range t.Funcs() {
		if f.Vaddr == vaddr {
			return f, 0, true
		}
		if vaddr > f.Vaddr && vaddr-f.Vaddr < f.Size && !found {
			best, found = f, true
		}
	}
	if !found {
		return Symbol{}, 0, false
	}
	return best, vaddr - best.Vaddr, true
}

// ErrMidInstruction is returned when an offset falls inside an instruction.
var ErrMidInstruction = errors.New("offset inside an instruction")

// CheckBoundary decodes fn's x86-64 code from its start and reports
// whether off is where an instruction begins: a uprobe anywhere else would
// corrupt the instruction it lands in.
func (t *Table) CheckBoundary(fn Symbol, off uint64) error {
	if off == 0 {
		return nil
	}
	if off >= fn.Size {
		return fmt.Errorf("offset %d is past the end of %s (size %d)", off, fn.Name, fn.Size)
	}
	code := make([]byte, off)
	p := Segment(t.f, fn.Vaddr)
	if p == nil {
		return fmt.Errorf("%s is in no loadable segment", fn.Name)
	}
	if _, err := p.ReadAt(code, int64(fn.Vaddr-p.Vaddr)); err != nil {
		return fmt.Errorf("reading the code of %s: %w", fn.Name, err)
	}
	// Decode a little past off, so the instruction spanning it is whole.
	extra := make([]byte, 15)
	n, _ := p.ReadAt(extra, int64(fn.Vaddr-p.Vaddr+off))
	code = append(code, extra[:n]...)
	pc := uint64(0)
	for pc < off {
		in, err := x86asm.Decode(code[pc:], 64)
		if err != nil {
			return fmt.Errorf("decoding %s at offset %d: %w", fn.Name, pc, err)
		}
		pc += uint64(in.Len)
	}
	if pc != off {
		return ErrMidInstruction
	}
	return nil
}
