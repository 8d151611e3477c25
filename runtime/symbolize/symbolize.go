// Package symbolize turns user-space addresses of a process into symbol
// names, as bpftrace's ustack and usym print them: the process's mappings
// (/proc/PID/maps) say which file an address is in, the file's program
// headers turn it into a link-time address (which handles the load bias of
// PIE executables and shared libraries), and the file's ELF symbol tables
// (or its separate debug file) name it. C++ names are demangled.
//
// Mappings are cached per process when first needed, so addresses keep
// resolving after the process exits; Cache reads them ahead of time.
package symbolize

import (
	"debug/elf"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ianlancetaylor/demangle"

	"github.com/tinytrace/tinytrace/runtime/procmaps"
	"github.com/tinytrace/tinytrace/runtime/symtab"
)

// Symbol is what an address resolved to.
type Symbol struct {
	Name   string // demangled
	Offset uint64 // address - symbol start
	Path   string // the mapped file
}

// Symbolizer resolves addresses of processes. It is safe for concurrent
// use.
type Symbolizer struct {
	mu    sync.Mutex
	procs map[int][]Mapping
	// readAt is when a miss last re-read a process's mappings: addresses
	// outside any file (JIT code, the vDSO) would otherwise re-read them
	// for every frame.
	readAt map[int]time.Time
	files  map[string]*file // by path; nil when the file has no symbols
}

// New returns an empty Symbolizer.
func New() *Symbolizer {
	return &Symbolizer{procs: map[int][]Mapping{}, readAt: map[int]time.Time{}, files: map[string]*file{}}
}

// Mapping is one region of a process's address space.
type Mapping = procmaps.Mapping

// Cache reads (again) the mappings of pid and keeps them, so its addresses
// resolve even after it exits. A process that is gone keeps the mappings
// read before.
func (s *Symbolizer) Cache(pid int) error {
	maps, err := ReadMaps(pid)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(maps) > 0 {
		s.procs[pid] = maps
	}
	return nil
}

// rereadInterval limits how often misses re-read a process's mappings.
const rereadInterval = 50 * time.Millisecond

// Resolve names addr in process pid. ok is false when no mapped file has
// a symbol containing it.
func (s *Symbolizer) Resolve(pid int, addr uint64) (Symbol, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	maps, cached := s.procs[pid]
	m, found := procmaps.Find(maps, addr)
	if !found && time.Since(s.readAt[pid]) > rereadInterval {
		// Libraries loaded since the last read, or a process seen for the
		// first time: read its mappings now.
		s.readAt[pid] = time.Now()
		if fresh, err := ReadMaps(pid); err == nil && len(fresh) > 0 {
			s.procs[pid] = fresh
			m, found = procmaps.Find(fresh, addr)
		} else if !cached {
			s.procs[pid] = nil
		}
	}
	if !found {
		return Symbol{}, false
	}
	f := s.file(m.Path)
	if f == nil {
		return Symbol{}, false
	}
	vaddr, ok := f.vaddr(addr - m.Start + m.Offset)
	if !ok {
		return Symbol{}, false
	}
	name, off, ok := f.lookup(vaddr)
	if !ok {
		return Symbol{}, false
	}
	return Symbol{Name: name, Offset: off, Path: m.Path}, true
}

// ReadMaps reads the file-backed mappings of pid, sorted by address.
func ReadMaps(pid int) ([]Mapping, error) {
	all, err := procmaps.Read(pid)
	if err != nil {
		return nil, err
	}
	var maps []Mapping
	for _, m := range all {
		if m.File() {
			maps = append(maps, m)
		}
	}
	return maps, nil
}

// file is the symbol table of one ELF file, sorted by address.
type file struct {
	loads []elf.ProgHeader // PT_LOAD segments of the mapped file
	syms  []sym
}

type sym struct {
	name       string // mangled; demangled when printed
	addr, size uint64
	rank       int // which of several symbols at one address wins
}

// file loads (once) the symbols of path; nil if it has none.
func (s *Symbolizer) file(path string) *file {
	if f, ok := s.files[path]; ok {
		return f
	}
	f, err := s.load(path)
	if err != nil {
		f = nil
	}
	s.files[path] = f
	return f
}

// Load reads the segments and symbols of the ELF file at path (and of its
// separate debug file when it has no .symtab).
func (s *Symbolizer) load(path string) (*file, error) {
	ef, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer ef.Close()
	f := &file{}
	for _, p := range ef.Progs {
		if p.Type == elf.PT_LOAD {
			f.loads = append(f.loads, p.ProgHeader)
		}
	}
	static, _ := ef.Symbols()
	dynamic, _ := ef.DynamicSymbols()
	if len(static) == 0 {
		if dbg, err := elf.Open(symtab.DebugFile(path, ef)); err == nil {
			static, _ = dbg.Symbols()
			dbg.Close()
		}
	}
	f.add(static)
	f.add(dynamic)
	sort.SliceStable(f.syms, func(i, j int) bool {
		if f.syms[i].addr != f.syms[j].addr {
			return f.syms[i].addr < f.syms[j].addr
		}
		return better(f.syms[i], f.syms[j])
	})
	return f, nil
}

func (f *file) add(syms []elf.Symbol) {
	for _, s := range syms {
		if s.Name == "" || s.Value == 0 || s.Section == elf.SHN_UNDEF {
			continue
		}
		rank := 0
		switch elf.ST_TYPE(s.Info) {
		case elf.STT_FUNC, elf.STT_GNU_IFUNC:
		case elf.STT_OBJECT:
			rank = 2
		default:
			continue
		}
		if elf.ST_BIND(s.Info) == elf.STB_LOCAL {
			rank++
		}
		f.syms = append(f.syms, sym{name: s.Name, addr: s.Value, size: s.Size, rank: rank})
	}
}

// better orders symbols at one address, best name first: functions before
// objects, exported (global or weak) before local, then the name a user
// writes: fewest leading underscores, shortest, alphabetical. libc's
// aliases (malloc, __libc_malloc, __GI___libc_malloc, __malloc) thus
// print as malloc; bpftrace 0.17's choice among them follows its
// unstable sort.
func better(a, b sym) bool {
	if a.rank != b.rank {
		return a.rank < b.rank
	}
	ua, ub := len(a.name)-len(strings.TrimLeft(a.name, "_")), len(b.name)-len(strings.TrimLeft(b.name, "_"))
	if ua != ub {
		return ua < ub
	}
	if len(a.name) != len(b.name) {
		return len(a.name) < len(b.name)
	}
	return a.name < b.name
}

// vaddr converts a file offset to the link-time address of the PT_LOAD
// segment holding it.
func (f *file) vaddr(off uint64) (uint64, bool) {
	for _, p := range f.loads {
		if off >= p.Off && off < p.Off+p.Filesz {
			return off - p.Off + p.Vaddr, true
		}
	}
	return 0, false
}

// lookup finds the symbol containing a link-time address.
func (f *file) lookup(vaddr uint64) (name string, off uint64, ok bool) {
	i := sort.Search(len(f.syms), func(i int) bool { return f.syms[i].addr > vaddr })
	// Walk back over the symbols starting at or before vaddr: the first
	// one that contains it wins (a zero size contains only its start).
	for j := i - 1; j >= 0 && j >= i-64; j-- {
		s := f.syms[j]
		if vaddr < s.addr+max(s.size, 1) {
			// Prefer the best-ranked symbol at the same address.
			k := j
			for k > 0 && f.syms[k-1].addr == s.addr {
				k--
			}
			best := f.syms[k]
			for _, t := range f.syms[k : j+1] {
				if vaddr < t.addr+max(t.size, 1) && better(t, best) {
					best = t
				}
			}
			if vaddr >= best.addr+max(best.size, 1) {
				best = s
			}
			return Demangle(best.name), vaddr - best.addr, true
		}
	}
	return "", 0, false
}

// Demangle returns the demangled form of a C++ (Itanium ABI) name, or the
// name itself.
func Demangle(name string) string {
	if !strings.HasPrefix(name, "_Z") {
		return name
	}
	return demangle.Filter(name)
}

// Add sets the mappings of pid, as if read from /proc/PID/maps (for
// processes known by other means, and tests).
func (s *Symbolizer) Add(pid int, maps []Mapping) {
	sorted := append([]Mapping(nil), maps...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	s.mu.Lock()
	defer s.mu.Unlock()
	s.procs[pid] = sorted
}
