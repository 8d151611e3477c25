package usdt

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	c "github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/runtime/symtab"
	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// readelfNote is one stapsdt note as binutils' readelf -n prints it: an
// independent decoder to check ours against.
type readelfNote struct {
	provider, name, args string
	loc, base, sem       uint64
}

func readelfNotes(t *testing.T, path string) []readelfNote {
	t.Helper()
	out, err := exec.Command("readelf", "-n", "--wide", path).CombinedOutput()
	if err != nil {
		t.Fatalf("readelf -n %s: %v\n%s", path, err, out)
	}
	var notes []readelfNote
	hex := func(s string) uint64 {
		v, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(s), "0x"), 16, 64)
		if err != nil {
			t.Fatalf("readelf output: bad number %q", s)
		}
		return v
	}
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.Contains(line, "Provider: "):
			// Same line as the note header with --wide, its own without.
			_, provider, _ := strings.Cut(line, "Provider: ")
			notes = append(notes, readelfNote{provider: provider})
		case len(notes) == 0:
		case strings.HasPrefix(line, "Name: "):
			notes[len(notes)-1].name = strings.TrimPrefix(line, "Name: ")
		case strings.HasPrefix(line, "Location: "):
			// Location: 0x..., Base: 0x..., Semaphore: 0x...
			n := &notes[len(notes)-1]
			for _, part := range strings.Split(line, ",") {
				k, v, _ := strings.Cut(strings.TrimSpace(part), ": ")
				switch k {
				case "Location":
					n.loc = hex(v)
				case "Base":
					n.base = hex(v)
				case "Semaphore":
					n.sem = hex(v)
				}
			}
		case strings.HasPrefix(line, "Arguments:"):
			notes[len(notes)-1].args = strings.TrimSpace(strings.TrimPrefix(line, "Arguments:"))
		}
	}
	return notes
}

// checkAgainstReadelf compares Read's result with readelf's view of the same
// notes and checks every location's file offset lands on the probe's nop.
func checkAgainstReadelf(t *testing.T, path string, probes []Probe) {
	t.Helper()
	want := readelfNotes(t, path)
	type key struct {
		provider, name string
		loc            uint64
	}
	got := map[key]Location{}
	for _, p := range probes {
		for _, l := range p.Locations {
			got[key{p.Provider, p.Name, l.Vaddr}] = l
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d locations, readelf shows %d", path, len(got), len(want))
	}
	image, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		l, ok := got[key{w.provider, w.name, w.loc}]
		if !ok {
			t.Errorf("%s: missing %s:%s at %#x", path, w.provider, w.name, w.loc)
			continue
		}
		if l.ArgsSpec != w.args {
			t.Errorf("%s: %s:%s args %q, readelf %q", path, w.provider, w.name, l.ArgsSpec, w.args)
		}
		if l.SemaphoreVaddr != w.sem {
			t.Errorf("%s: %s:%s semaphore %#x, readelf %#x", path, w.provider, w.name, l.SemaphoreVaddr, w.sem)
		}
		// sys/sdt.h puts a one-byte nop (0x90) at every site: the uprobe
		// must land exactly on it.
		if l.FileOffset >= uint64(len(image)) || image[l.FileOffset] != 0x90 {
			t.Errorf("%s: %s:%s file offset %#x is not on the site's nop", path, w.provider, w.name, l.FileOffset)
		}
		if l.Err != nil {
			t.Errorf("%s: %s:%s: %v", path, w.provider, w.name, l.Err)
		}
		if len(l.Args) != len(strings.Fields(w.args)) {
			t.Errorf("%s: %s:%s: %d args parsed from %q", path, w.provider, w.name, len(l.Args), w.args)
		}
	}
}

// variants are the ways the tests build every executable target.
var variants = []struct {
	name string
	opt  []string
	typ  elf.Type
}{
	{"O0-pie", []string{"-O0"}, elf.ET_DYN}, // gcc defaults to PIE on Debian
	{"O2-pie", []string{"-O2"}, elf.ET_DYN},
	{"O0-nopie", []string{"-O0", "-no-pie"}, elf.ET_EXEC},
	{"O2-nopie", []string{"-O2", "-no-pie"}, elf.ET_EXEC},
}

func elfType(t *testing.T, path string) elf.Type {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return f.Type
}

func TestReadTargets(t *testing.T) {
	// What every build must contain, whatever the optimisation level:
	// probe -> number of locations and of arguments.
	type shape struct{ locs, args int }
	targets := []struct {
		name   string
		probes map[string]shape
	}{
		{"test-server", map[string]shape{"test_grp:test_idx": {1, 1}}},
		{"test-server-bounded", map[string]shape{"test_grp:test_idx": {1, 1}}},
		{"args12", map[string]shape{"tt:args12": {1, 12}, "tt:consts": {1, 6}}},
		{"semaphore", map[string]shape{"tt:sem": {1, 1}}},
		{"twoloc", map[string]shape{"tt:twoloc": {2, 1}}},
		{"tls", map[string]shape{"tt:tls": {1, 1}}},
	}
	for _, tg := range targets {
		for _, v := range variants {
			t.Run(tg.name+"/"+v.name, func(t *testing.T) {
				path := testtarget.Build(t, tg.name, v.opt...)
				if got := elfType(t, path); got != v.typ {
					t.Errorf("ELF type %v, want %v", got, v.typ)
				}
				probes, err := Read(path)
				if err != nil {
					t.Fatal(err)
				}
				var names []string
				for _, p := range probes {
					name := p.Provider + ":" + p.Name
					names = append(names, name)
					want, ok := tg.probes[name]
					if !ok {
						t.Errorf("unexpected probe %s", name)
						continue
					}
					if len(p.Locations) != want.locs {
						t.Errorf("%s: %d locations, want %d", name, len(p.Locations), want.locs)
					}
					for _, l := range p.Locations {
						if len(l.Args) != want.args {
							t.Errorf("%s: %d args (%q), want %d", name, len(l.Args), l.ArgsSpec, want.args)
						}
					}
				}
				if len(names) != len(tg.probes) {
					t.Errorf("probes %v, want %d", names, len(tg.probes))
				}
				checkAgainstReadelf(t, path, probes)
			})
		}
	}
}

// find returns the probe called provider:name, failing the test if absent.
func find(t *testing.T, probes []Probe, provider, name string) Probe {
	t.Helper()
	for _, p := range probes {
		if p.Provider == provider && p.Name == name {
			return p
		}
	}
	t.Fatalf("no probe %s:%s in %+v", provider, name, probes)
	return Probe{}
}

func symbolValue(t *testing.T, path, name string) uint64 {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, ok := symtab.Load(f).Find(name)
	if !ok {
		t.Fatalf("%s: no symbol %s", path, name)
	}
	return s.Value
}

// The argument specs that do not depend on register allocation, so any
// gcc writes them the same way.
func TestStableSpecs(t *testing.T) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			args12 := testtarget.Build(t, "args12", v.opt...)
			probes, err := Read(args12)
			if err != nil {
				t.Fatal(err)
			}
			a := find(t, probes, "tt", "args12").Locations[0].Args
			if a[8].Spec != "-4@$-1" || a[8].Kind != c.ArgConst || a[8].Const != -1 {
				t.Errorf("args12 arg8 = %+v, want the constant -4@$-1", a[8])
			}
			// Sizes and signs come from the C types, not the registers.
			wantSize := []int{-1, 1, -2, 2, -4, 4, -8, 8, -4, -4, -8, -8}
			for i, w := range wantSize {
				size := a[i].Size
				if a[i].Signed {
					size = -size
				}
				if size != w {
					t.Errorf("args12 arg%d %q: size %d, want %d", i, a[i].Spec, size, w)
				}
			}
			consts := find(t, probes, "tt", "consts").Locations[0].ArgsSpec
			if want := "-4@$5 -4@$-1 4@$-1 -1@$-3 8@$1311768467463790320 "; !strings.HasPrefix(consts, want) {
				t.Errorf("consts args %q, want prefix %q", consts, want)
			}

			twoloc := testtarget.Build(t, "twoloc", v.opt...)
			probes, err = Read(twoloc)
			if err != nil {
				t.Fatal(err)
			}
			locs := find(t, probes, "tt", "twoloc").Locations
			// reg_site comes first in the source and so in .text.
			if locs[0].Args[0].Kind == c.ArgConst || locs[1].ArgsSpec != "-4@$7" {
				t.Errorf("twoloc specs %q and %q, want a variable then -4@$7", locs[0].ArgsSpec, locs[1].ArgsSpec)
			}
		})
	}
}

// At -O0 gcc keeps the loop counter on the stack; the canonical example's
// note is the classic -4@-4(%rbp).
func TestTestServerO0(t *testing.T) {
	probes, err := Read(testtarget.Build(t, "test-server"))
	if err != nil {
		t.Fatal(err)
	}
	l := find(t, probes, "test_grp", "test_idx").Locations[0]
	want := c.Arg{Spec: "-4@-4(%rbp)", Size: 4, Signed: true, Kind: c.ArgMem, Base: c.RBP, Index: c.NoReg, Offset: -4}
	if len(l.Args) != 1 || l.Args[0] != want {
		t.Errorf("args %+v, want %+v", l.Args, want)
	}
}

// At -O2, args12 has the memory forms: base+index*scale and rip-relative
// globals, whose symbols Read resolves.
func TestArgs12O2(t *testing.T) {
	for _, v := range variants[1:2] {
		path := testtarget.Build(t, "args12", v.opt...)
		probes, err := Read(path)
		if err != nil {
			t.Fatal(err)
		}
		var indexed, globals int
		for _, p := range probes {
			for _, l := range p.Locations {
				for _, a := range l.Args {
					switch {
					case a.Kind == c.ArgMem && a.Index != c.NoReg:
						indexed++
					case a.Kind == c.ArgGlobal:
						globals++
						if want := symbolValue(t, path, a.Symbol); a.SymbolAddr != want || want == 0 {
							t.Errorf("%q: SymbolAddr %#x, want %#x", a.Spec, a.SymbolAddr, want)
						}
					}
				}
			}
		}
		if indexed == 0 || globals == 0 {
			t.Errorf("args12 -O2: %d base+index*scale and %d global args, want some of each", indexed, globals)
		}
		a := find(t, probes, "tt", "args12").Locations[0].Args
		if a[9].Kind != c.ArgGlobal || a[9].Symbol != "gval" {
			t.Errorf("arg9 = %+v, want gval(%%rip)", a[9])
		}
		s := find(t, probes, "tt", "consts").Locations[0].Args[5]
		if s.Kind != c.ArgGlobal || s.Symbol != "Stats" || s.Offset != 40 {
			t.Errorf("consts arg5 = %+v, want 40+Stats(%%rip)", s)
		}
	}
}

func TestSemaphore(t *testing.T) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			path := testtarget.Build(t, "semaphore", v.opt...)
			probes, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			l := find(t, probes, "tt", "sem").Locations[0]
			if want := symbolValue(t, path, "tt_sem_semaphore"); l.SemaphoreVaddr != want {
				t.Errorf("semaphore vaddr %#x, want tt_sem_semaphore at %#x", l.SemaphoreVaddr, want)
			}
			f, err := elf.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			// The offset must be inside a writable, non-executable segment's
			// file image, where the counter's initial value (0) is stored.
			seg := symtab.Segment(f, l.SemaphoreVaddr)
			if seg == nil || seg.Flags&elf.PF_W == 0 || seg.Flags&elf.PF_X != 0 {
				t.Fatalf("semaphore not in a data segment: %+v", seg)
			}
			if l.SemaphoreOffset < seg.Off || l.SemaphoreOffset+2 > seg.Off+seg.Filesz {
				t.Errorf("semaphore offset %#x outside the segment's file range [%#x, %#x)",
					l.SemaphoreOffset, seg.Off, seg.Off+seg.Filesz)
			}
			image, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if l.SemaphoreOffset+2 > uint64(len(image)) {
				t.Fatalf("semaphore offset %#x past the end of the file", l.SemaphoreOffset)
			}
			if v := binary.LittleEndian.Uint16(image[l.SemaphoreOffset:]); v != 0 {
				t.Errorf("semaphore's initial value %d, want 0", v)
			}
			// Cross-check with the section headers: .probes holds it.
			if sec := f.Section(".probes"); sec == nil ||
				l.SemaphoreOffset != l.SemaphoreVaddr-sec.Addr+sec.Offset {
				t.Errorf("semaphore offset %#x disagrees with the .probes section %+v", l.SemaphoreOffset, sec)
			}
			// A probe without a semaphore has zeroes.
			other := find(t, mustRead(t, testtarget.Build(t, "twoloc", v.opt...)), "tt", "twoloc")
			if other.Locations[0].SemaphoreVaddr != 0 || other.Locations[0].SemaphoreOffset != 0 {
				t.Errorf("twoloc has a semaphore: %+v", other.Locations[0])
			}
		})
	}
}

func mustRead(t *testing.T, path string) []Probe {
	t.Helper()
	probes, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return probes
}

func TestSharedLibrary(t *testing.T) {
	for _, opt := range []string{"-O0", "-O2"} {
		t.Run(opt, func(t *testing.T) {
			bin, so := testtarget.BuildLinked(t, "libmain", "libprobe", opt)
			if got := elfType(t, so); got != elf.ET_DYN {
				t.Errorf("%s: type %v", so, got)
			}
			probes := mustRead(t, so)
			if len(probes) != 2 {
				t.Errorf("probes %+v, want tt:lib_global and tt:lib_probe", probes)
			}
			p := find(t, probes, "tt", "lib_probe")
			if len(p.Locations) != 1 || len(p.Locations[0].Args) != 1 || p.Locations[0].Args[0].Size != 4 {
				t.Errorf("lib_probe %+v", p)
			}
			g := find(t, probes, "tt", "lib_global").Locations[0]
			if a := g.Args[0]; a.Kind == c.ArgGlobal {
				if want := symbolValue(t, so, "lib_counter"); a.SymbolAddr != want {
					t.Errorf("lib_counter SymbolAddr %#x, want %#x", a.SymbolAddr, want)
				}
			} else if opt == "-O2" {
				t.Errorf("lib_global at -O2: %q, want lib_counter(%%rip)", g.ArgsSpec)
			}
			checkAgainstReadelf(t, so, probes)

			// The executable has no probes of its own.
			if _, err := Read(bin); !errors.Is(err, ErrNoProbes) || !strings.Contains(err.Error(), bin) {
				t.Errorf("Read(libmain) error %v, want ErrNoProbes naming the path", err)
			}
		})
	}
}

// A stripped binary loses .symtab: gval(%rip) cannot be resolved, but the
// probes are still listed, with the reason on the location and no Args.
func TestStrippedGlobal(t *testing.T) {
	path := testtarget.Build(t, "args12", "-O2")
	stripped := filepath.Join(t.TempDir(), "args12-stripped")
	if out, err := exec.Command("strip", "-o", stripped, path).CombinedOutput(); err != nil {
		t.Fatalf("strip: %v\n%s", err, out)
	}
	l := find(t, mustRead(t, stripped), "tt", "args12").Locations[0]
	if l.Err == nil || !strings.Contains(l.Err.Error(), "gval") || l.Args != nil {
		t.Errorf("stripped args12: Err %v, %d args; want an error naming gval and no args", l.Err, len(l.Args))
	}
	// Probes whose arguments need no symbol are unaffected.
	if l := find(t, mustRead(t, stripped), "tt", "consts").Locations[0]; l.Err == nil {
		// consts reads Stats(%rip) at -O2: it must fail the same way.
		t.Errorf("stripped consts: no error for %q", l.ArgsSpec)
	}
}

func TestReadErrors(t *testing.T) {
	src := filepath.Join(testtarget.Dir(t), "args12.c")
	noNotes := testtarget.Build(t, "uprobe")
	tests := []struct {
		path string
		want []string
	}{
		{src, []string{src, "not an ELF file"}},
		{noNotes, []string{noNotes, "no USDT probes"}},
		{"/nonexistent/x", []string{"/nonexistent/x", "no such file"}},
	}
	for _, tt := range tests {
		_, err := Read(tt.path)
		if err == nil {
			t.Errorf("Read(%s): no error", tt.path)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Read(%s) = %v, want it to mention %q", tt.path, err, w)
			}
		}
	}
}

// noteLayout finds the first stapsdt note's descriptor in an image, for
// tests that patch it.
func noteDescOffset(t *testing.T, image []byte) uint64 {
	t.Helper()
	f, err := elf.NewFile(bytes.NewReader(image))
	if err != nil {
		t.Fatal(err)
	}
	sec := f.Section(".note.stapsdt")
	if sec == nil {
		t.Fatal("no .note.stapsdt")
	}
	// Header (12 bytes) + "stapsdt\0" (8 bytes, already 4-aligned).
	return sec.Offset + 12 + 8
}

// Prelink moves .stapsdt.base; addresses in the notes move with it. Fake
// that by patching the link-time base recorded in the note: the section is
// then 0x10 below where the note says it was, and so is the site.
func TestPrelinkAdjust(t *testing.T) {
	path := testtarget.Build(t, "semaphore")
	image, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	orig := find(t, mustRead(t, path), "tt", "sem").Locations[0]
	desc := noteDescOffset(t, image)
	base := binary.LittleEndian.Uint64(image[desc+8:])
	binary.LittleEndian.PutUint64(image[desc+8:], base+0x10)
	probes, err := ReadELF(bytes.NewReader(image))
	if err != nil {
		t.Fatal(err)
	}
	l := find(t, probes, "tt", "sem").Locations[0]
	if l.Vaddr != orig.Vaddr-0x10 || l.FileOffset != orig.FileOffset-0x10 {
		t.Errorf("site %#x (offset %#x), want %#x (%#x)", l.Vaddr, l.FileOffset, orig.Vaddr-0x10, orig.FileOffset-0x10)
	}
	if l.SemaphoreVaddr != orig.SemaphoreVaddr-0x10 || l.SemaphoreOffset != orig.SemaphoreOffset-0x10 {
		t.Errorf("semaphore %#x (offset %#x), want %#x (%#x)", l.SemaphoreVaddr, l.SemaphoreOffset,
			orig.SemaphoreVaddr-0x10, orig.SemaphoreOffset-0x10)
	}

	// A zero base in the note means "no adjustment".
	binary.LittleEndian.PutUint64(image[desc+8:], 0)
	l = find(t, mustReadELF(t, image), "tt", "sem").Locations[0]
	if l.Vaddr != orig.Vaddr {
		t.Errorf("with a zero note base the site moved to %#x from %#x", l.Vaddr, orig.Vaddr)
	}
}

func mustReadELF(t *testing.T, image []byte) []Probe {
	t.Helper()
	probes, err := ReadELF(bytes.NewReader(image))
	if err != nil {
		t.Fatal(err)
	}
	return probes
}

// note builds one raw note record.
func note(owner string, typ uint32, desc []byte) []byte {
	var b bytes.Buffer
	name := append([]byte(owner), 0)
	binary.Write(&b, binary.LittleEndian, []uint32{uint32(len(name)), uint32(len(desc)), typ})
	b.Write(name)
	for b.Len()%4 != 0 {
		b.WriteByte(0)
	}
	b.Write(desc)
	for b.Len()%4 != 0 {
		b.WriteByte(0)
	}
	return b.Bytes()
}

func desc(loc, base, sem uint64, strs string) []byte {
	b := binary.LittleEndian.AppendUint64(nil, loc)
	b = binary.LittleEndian.AppendUint64(b, base)
	b = binary.LittleEndian.AppendUint64(b, sem)
	return append(b, strs...)
}

func TestParseNotes(t *testing.T) {
	good := note("stapsdt", 3, desc(0x1000, 0x2000, 0, "tt\x00p\x00-4@%edi\x00"))
	tests := []struct {
		name string
		data []byte
		want []rawNote
		err  string
	}{
		{"one", good, []rawNote{{loc: 0x1000, base: 0x2000, provider: "tt", name: "p", args: "-4@%edi"}}, ""},
		{"two", append(append([]byte{}, good...), good...), []rawNote{
			{loc: 0x1000, base: 0x2000, provider: "tt", name: "p", args: "-4@%edi"},
			{loc: 0x1000, base: 0x2000, provider: "tt", name: "p", args: "-4@%edi"}}, ""},
		{"no args", note("stapsdt", 3, desc(1, 2, 3, "tt\x00p\x00\x00")), []rawNote{
			{loc: 1, base: 2, sem: 3, provider: "tt", name: "p"}}, ""},
		{"no args string", note("stapsdt", 3, desc(1, 2, 3, "tt\x00p\x00")), []rawNote{
			{loc: 1, base: 2, sem: 3, provider: "tt", name: "p"}}, ""},
		{"other owner skipped", note("GNU", 3, []byte{1, 2, 3}), nil, ""},
		{"old note type skipped", note("stapsdt", 1, []byte{1}), nil, ""},
		{"empty section", nil, nil, ""},
		{"truncated header", good[:8], nil, "truncated note header"},
		{"truncated desc", good[:len(good)-8], nil, "runs past the end"},
		{"huge namesz", append([]byte{0xff, 0xff, 0xff, 0xff}, good[4:]...), nil, "runs past the end"},
		{"huge descsz", append(append(append([]byte{}, good[:4]...), 0xff, 0xff, 0xff, 0xff), good[8:]...), nil, "runs past the end"},
		{"short desc", note("stapsdt", 3, make([]byte, 20)), nil, "descriptor too short"},
		{"unterminated provider", note("stapsdt", 3, desc(1, 2, 3, "tt")), nil, "provider is not NUL-terminated"},
		{"unterminated name", note("stapsdt", 3, desc(1, 2, 3, "tt\x00p")), nil, "probe name is not NUL-terminated"},
		{"unterminated args", note("stapsdt", 3, desc(1, 2, 3, "tt\x00p\x00-4@%edi")), nil, "argument string is not NUL-terminated"},
		{"empty name", note("stapsdt", 3, desc(1, 2, 3, "tt\x00\x00\x00")), nil, "empty provider or probe name"},
	}
	for _, tt := range tests {
		got, err := parseNotes(tt.data, binary.LittleEndian, 8)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	// Seeds: real binaries (whole, and cut short) and a bare note.
	for _, name := range []string{"semaphore", "twoloc"} {
		image, err := os.ReadFile(testtarget.Build(f, name, "-O2"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(image)
		f.Add(image[:len(image)/2])
	}
	f.Add(note("stapsdt", 3, desc(1, 2, 3, "tt\x00p\x00\x00")))
	f.Fuzz(func(t *testing.T, data []byte) {
		probes, err := ReadELF(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, p := range probes {
			if len(p.Locations) == 0 {
				t.Fatalf("probe %s:%s without locations", p.Provider, p.Name)
			}
		}
	})
}

// FuzzNotes fuzzes the .note.stapsdt contents of a real binary, so the
// mutations reach note decoding, address conversion, argument parsing and
// symbol resolution (FuzzRead's mostly stop at the ELF header checks).
func FuzzNotes(f *testing.F) {
	image, err := os.ReadFile(testtarget.Build(f, "args12", "-O2"))
	if err != nil {
		f.Fatal(err)
	}
	ef, err := elf.NewFile(bytes.NewReader(image))
	if err != nil {
		f.Fatal(err)
	}
	sec := ef.Section(".note.stapsdt")
	if sec == nil {
		f.Fatal("args12 has no .note.stapsdt")
	}
	notes := image[sec.Offset : sec.Offset+sec.Size]
	f.Add(append([]byte(nil), notes...))
	f.Add(note("stapsdt", 3, desc(0x1000, 0, 0, "tt\x00p\x00-4@gval(%rip) 8@16(%rax,%rbx,8)\x00")))
	f.Fuzz(func(t *testing.T, data []byte) {
		img := append([]byte(nil), image...)
		n := copy(img[sec.Offset:sec.Offset+sec.Size], data)
		clear(img[sec.Offset+uint64(n) : sec.Offset+sec.Size])
		probes, err := ReadELF(bytes.NewReader(img))
		if err != nil {
			return
		}
		for _, p := range probes {
			for _, l := range p.Locations {
				if l.Err != nil && l.Args != nil {
					t.Fatalf("%s:%s: Err %v with Args", p.Provider, p.Name, l.Err)
				}
			}
		}
	})
}
