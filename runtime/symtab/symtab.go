// Package symtab finds symbols in ELF files and turns their link-time
// virtual addresses into the file offsets uprobes attach to.
package symtab

import (
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// Symbol is a function found in an ELF file.
type Symbol struct {
	Name   string
	Vaddr  uint64 // link-time virtual address (st_value)
	Size   uint64
	Offset uint64 // file offset of the code: the uprobe address
}

// Lookup finds the function symbol in the ELF file at path, looking in
// .symtab first and then .dynsym (stripped binaries and shared libraries
// keep only the latter).
func Lookup(path, symbol string) (Symbol, error) {
	fh, err := os.Open(path)
	if err != nil {
		return Symbol{}, err
	}
	defer fh.Close()
	f, err := elf.NewFile(fh)
	if err != nil {
		return Symbol{}, fmt.Errorf("%s: %w", path, NotELF(fh, err))
	}
	defer f.Close()
	return Load(f).Func(path, symbol)
}

// Table holds an ELF file's symbols, read once.
type Table struct {
	f       *elf.File
	static  []elf.Symbol // .symtab
	dynamic []elf.Symbol // .dynsym
	closer  io.Closer    // the file, for tables from Open
	funcs   []Symbol     // Funcs, computed once
}

// Load reads f's symbol tables. A missing or unreadable table is treated as
// empty: lookups then fail with a "not found" error naming the symbol.
func Load(f *elf.File) *Table {
	t := &Table{f: f}
	t.static, _ = f.Symbols()
	t.dynamic, _ = f.DynamicSymbols()
	return t
}

// defined reports whether s is defined in this file (not an import).
func defined(s elf.Symbol) bool {
	if s.Section == elf.SHN_ABS {
		return true
	}
	return s.Section != elf.SHN_UNDEF && s.Section < elf.SHN_LORESERVE
}

func isFunc(s elf.Symbol) bool {
	switch elf.ST_TYPE(s.Info) {
	case elf.STT_FUNC, elf.STT_GNU_IFUNC:
		return true
	}
	return false
}

// Find returns the first defined symbol called name, of any type, from
// .symtab and then .dynsym. USDT arguments use it for globals (sym(%rip)).
func (t *Table) Find(name string) (elf.Symbol, bool) {
	for _, syms := range [][]elf.Symbol{t.static, t.dynamic} {
		for _, s := range syms {
			if s.Name == name && defined(s) {
				return s, true
			}
		}
	}
	return elf.Symbol{}, false
}

// Func finds the function symbol called name; path is only used in errors.
func (t *Table) Func(path, name string) (Symbol, error) {
	var other *elf.Symbol // same name, but not a defined function
	for _, syms := range [][]elf.Symbol{t.static, t.dynamic} {
		for i, s := range syms {
			if s.Name != name {
				continue
			}
			if !defined(s) || !isFunc(s) {
				if other == nil {
					other = &syms[i]
				}
				continue
			}
			off, err := FileOffset(t.f, s.Value, true)
			if err != nil {
				return Symbol{}, fmt.Errorf("%s: function %s: %v", path, name, err)
			}
			return Symbol{Name: s.Name, Vaddr: s.Value, Size: s.Size, Offset: off}, nil
		}
	}
	switch {
	case other != nil && !defined(*other):
		return Symbol{}, fmt.Errorf("%s: function %s is not defined in this file (it is imported from a shared library)", path, name)
	case other != nil:
		return Symbol{}, fmt.Errorf("%s: symbol %s is not a function", path, name)
	}
	msg := fmt.Sprintf("%s: function %s not found", path, name)
	if len(t.static) == 0 && len(t.dynamic) == 0 {
		msg += " (the file has no symbol table)"
	} else if near := t.nearest(name); near != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", near)
	}
	return Symbol{}, errors.New(msg)
}

// nearest returns the defined function name closest to name by edit
// distance, if it is close enough to be a plausible typo: at most one edit
// per three characters (and at least one).
func (t *Table) nearest(name string) string {
	best, bestDist := "", max(1, len(name)/3)+1
	seen := map[string]bool{}
	var names []string
	for _, syms := range [][]elf.Symbol{t.static, t.dynamic} {
		for _, s := range syms {
			if defined(s) && isFunc(s) && !seen[s.Name] {
				seen[s.Name] = true
				names = append(names, s.Name)
			}
		}
	}
	sort.Strings(names) // ties go to the alphabetically first name
	for _, n := range names {
		if d := distance(name, n, bestDist); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, or any value >= max
// once it is known to be at least max.
func distance(a, b string, max int) int {
	if d := len(a) - len(b); d >= max || -d >= max {
		return max
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= max {
			return max
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Segment returns the PT_LOAD program header whose memory image contains
// vaddr, or nil.
func Segment(f *elf.File, vaddr uint64) *elf.Prog {
	for _, p := range f.Progs {
		if p.Type != elf.PT_LOAD {
			continue
		}
		if vaddr >= p.Vaddr && vaddr-p.Vaddr < p.Memsz {
			return p
		}
	}
	return nil
}

// FileOffset converts a link-time virtual address to a file offset through
// the PT_LOAD segment containing it: vaddr - p_vaddr + p_offset. This is the
// same for ET_EXEC and ET_DYN (PIE, shared libraries). With exec set the
// segment must be executable (code: probe sites, functions); otherwise it
// must not be (data: USDT semaphores).
func FileOffset(f *elf.File, vaddr uint64, exec bool) (uint64, error) {
	p := Segment(f, vaddr)
	if p == nil {
		return 0, fmt.Errorf("address %#x is in no loadable segment", vaddr)
	}
	if isExec := p.Flags&elf.PF_X != 0; isExec != exec {
		if exec {
			return 0, fmt.Errorf("address %#x is in a non-executable segment", vaddr)
		}
		return 0, fmt.Errorf("address %#x is in an executable segment", vaddr)
	}
	return vaddr - p.Vaddr + p.Off, nil
}

// ErrNotELF is returned for files that do not start with the ELF magic.
var ErrNotELF = errors.New("not an ELF file")

// NotELF explains why debug/elf refused r: a file without the ELF magic
// gets the short ErrNotELF rather than the parser's byte dump.
func NotELF(r io.ReaderAt, err error) error {
	magic := make([]byte, 4)
	if _, rerr := r.ReadAt(magic, 0); rerr != nil || string(magic) != elf.ELFMAG {
		return ErrNotELF
	}
	return fmt.Errorf("malformed ELF file: %w", err)
}
