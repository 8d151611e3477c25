package usdt

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/runtime/symtab"
)

// Probe is one provider:name with every place it is compiled in.
type Probe struct {
	Provider, Name string
	Locations      []Location // sorted by Vaddr
}

// Location is one probe site (one sys/sdt.h macro expansion).
type Location struct {
	// Vaddr is the link-time address of the site's nop, after the prelink
	// adjustment; FileOffset is where that nop is in the file (the uprobe
	// address).
	Vaddr, FileOffset uint64
	// SemaphoreVaddr is the link-time address of the is-enabled counter, 0
	// if the probe has none; SemaphoreOffset is its file offset (the
	// uprobe reference counter offset).
	SemaphoreVaddr, SemaphoreOffset uint64
	ArgsSpec                        string         // the note's argument string
	Args                            []compiler.Arg // parsed, globals resolved
	// Err says why the arguments cannot be used (a spec the parser does not
	// support, a global missing from the symbol tables); Args is then nil.
	// The site can still be listed, and traced by a program that reads no
	// argument; a program that reads one must report Err.
	Err error
}

// ErrNoProbes is returned (wrapped) for ELF files without USDT notes.
var ErrNoProbes = errors.New("no USDT probes (no .note.stapsdt notes)")

// Read returns the USDT probes of the ELF file at path, sorted by provider
// and name.
func Read(path string) ([]Probe, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	probes, err := ReadELF(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return probes, nil
}

// ReadELF is Read on an ELF image that is already open.
func ReadELF(r io.ReaderAt) ([]Probe, error) {
	f, err := elf.NewFile(r)
	if err != nil {
		return nil, symtab.NotELF(r, err)
	}
	return readFile(f)
}

const (
	noteType  = 3 // _SDT_NOTE_TYPE in sys/sdt.h
	noteOwner = "stapsdt"
)

// rawNote is one stapsdt note as written, before any adjustment.
type rawNote struct {
	loc, base, sem       uint64
	provider, name, args string
}

func readFile(f *elf.File) ([]Probe, error) {
	var addrSize int
	switch f.Class {
	case elf.ELFCLASS64:
		addrSize = 8
	case elf.ELFCLASS32:
		addrSize = 4
	default:
		return nil, fmt.Errorf("unknown ELF class %v", f.Class)
	}

	var notes []rawNote
	found := false
	for _, sec := range f.Sections {
		if sec.Name != ".note.stapsdt" || sec.Type != elf.SHT_NOTE {
			continue
		}
		found = true
		data, err := sec.Data()
		if err != nil {
			return nil, fmt.Errorf("reading .note.stapsdt: %w", err)
		}
		n, err := parseNotes(data, f.ByteOrder, addrSize)
		if err != nil {
			return nil, fmt.Errorf(".note.stapsdt: %w", err)
		}
		notes = append(notes, n...)
	}
	if !found || len(notes) == 0 {
		return nil, ErrNoProbes
	}

	// Prelink moves a file after linking but leaves the notes alone. Each
	// note records where .stapsdt.base was at link time; the section
	// header says where it is now, and every address moves by the
	// difference (gdb and libbpf do the same).
	var base uint64
	if sec := f.Section(".stapsdt.base"); sec != nil {
		base = sec.Addr
	}

	var syms *symtab.Table // loaded on first use: most notes have no globals
	index := map[[2]string]int{}
	var probes []Probe
	for _, n := range notes {
		loc, sem := n.loc, n.sem
		if base != 0 && n.base != 0 {
			loc += base - n.base
			if sem != 0 {
				sem += base - n.base
			}
		}
		l := Location{Vaddr: loc, SemaphoreVaddr: sem, ArgsSpec: n.args}
		var err error
		if l.FileOffset, err = symtab.FileOffset(f, loc, true); err != nil {
			return nil, fmt.Errorf("probe %s:%s: site: %v", n.provider, n.name, err)
		}
		if sem != 0 {
			if l.SemaphoreOffset, err = symtab.FileOffset(f, sem, false); err != nil {
				return nil, fmt.Errorf("probe %s:%s: semaphore: %v", n.provider, n.name, err)
			}
		}
		l.Args, l.Err = ParseArgs(n.args)
		for i := range l.Args {
			a := &l.Args[i]
			if a.Kind != compiler.ArgGlobal {
				continue
			}
			if syms == nil {
				syms = symtab.Load(f)
			}
			s, ok := syms.Find(a.Symbol)
			if !ok {
				if l.Err == nil {
					l.Err = fmt.Errorf("usdt argument %q: symbol %s is not in the symbol tables (stripped binary?)", a.Spec, a.Symbol)
				}
				continue
			}
			a.SymbolAddr = s.Value
		}
		if l.Err != nil {
			l.Args = nil // never half-resolved arguments
		}

		key := [2]string{n.provider, n.name}
		i, ok := index[key]
		if !ok {
			i = len(probes)
			index[key] = i
			probes = append(probes, Probe{Provider: n.provider, Name: n.name})
		}
		probes[i].Locations = append(probes[i].Locations, l)
	}

	sort.Slice(probes, func(i, j int) bool {
		if probes[i].Provider != probes[j].Provider {
			return probes[i].Provider < probes[j].Provider
		}
		return probes[i].Name < probes[j].Name
	})
	for _, p := range probes {
		sort.SliceStable(p.Locations, func(i, j int) bool { return p.Locations[i].Vaddr < p.Locations[j].Vaddr })
	}
	return probes, nil
}

// parseNotes decodes an SHT_NOTE section's records and keeps the stapsdt
// ones. Every length is checked against the data: a malformed file gives an
// error, never a panic.
//
// Each record: namesz, descsz, type (4 bytes each), the owner name padded to
// 4, then the descriptor padded to 4. A stapsdt descriptor holds three
// addresses (site, .stapsdt.base, semaphore) and three NUL-terminated
// strings (provider, name, arguments).
func parseNotes(data []byte, order binary.ByteOrder, addrSize int) ([]rawNote, error) {
	var notes []rawNote
	for off := uint64(0); off < uint64(len(data)); {
		rest := uint64(len(data)) - off
		if rest < 12 {
			return nil, fmt.Errorf("truncated note header at offset %d", off)
		}
		namesz := uint64(order.Uint32(data[off:]))
		descsz := uint64(order.Uint32(data[off+4:]))
		typ := order.Uint32(data[off+8:])
		nameEnd := 12 + align4(namesz)
		descEnd := nameEnd + align4(descsz)
		if nameEnd > rest || descEnd > rest {
			return nil, fmt.Errorf("note at offset %d runs past the end of the section", off)
		}
		name := data[off+12 : off+12+namesz]
		desc := data[off+nameEnd : off+nameEnd+descsz]
		start := off
		off += descEnd
		if typ != noteType || string(bytes.TrimRight(name, "\x00")) != noteOwner {
			continue // another owner, or an old stapsdt note version
		}
		n, err := parseDesc(desc, order, addrSize)
		if err != nil {
			return nil, fmt.Errorf("stapsdt note at offset %d: %v", start, err)
		}
		notes = append(notes, n)
	}
	return notes, nil
}

func parseDesc(desc []byte, order binary.ByteOrder, addrSize int) (rawNote, error) {
	var n rawNote
	if len(desc) < 3*addrSize {
		return n, fmt.Errorf("descriptor too short (%d bytes)", len(desc))
	}
	addr := func(i int) uint64 {
		b := desc[i*addrSize:]
		if addrSize == 8 {
			return order.Uint64(b)
		}
		return uint64(order.Uint32(b))
	}
	n.loc, n.base, n.sem = addr(0), addr(1), addr(2)
	strs := desc[3*addrSize:]
	next := func(what string) (string, error) {
		i := bytes.IndexByte(strs, 0)
		if i < 0 {
			return "", fmt.Errorf("%s is not NUL-terminated", what)
		}
		s := string(strs[:i])
		strs = strs[i+1:]
		return s, nil
	}
	var err error
	if n.provider, err = next("provider"); err != nil {
		return n, err
	}
	if n.name, err = next("probe name"); err != nil {
		return n, err
	}
	if n.provider == "" || n.name == "" {
		return n, fmt.Errorf("empty provider or probe name")
	}
	if len(strs) > 0 { // probes without arguments may end right after the name
		if n.args, err = next("argument string"); err != nil {
			return n, err
		}
	}
	return n, nil
}

func align4(n uint64) uint64 { return (n + 3) &^ 3 }
