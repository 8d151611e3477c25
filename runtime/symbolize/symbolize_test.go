package symbolize

import (
	"debug/elf"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/tinytrace/tinytrace/runtime/symtab"
	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

func TestDemangle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"_ZN6shapes5twiceIiEET_S1_", "int shapes::twice<int>(int)"},
		{"_ZN6shapes7Counter4stepEi", "shapes::Counter::step(int)"},
		{"_ZNSt6vectorIiSaIiEE9push_backERKi", "std::vector<int, std::allocator<int> >::push_back(int const&)"},
		{"main", "main"},
		{"_Znot_valid", "_Znot_valid"},
	} {
		if got := Demangle(tt.in); got != tt.want {
			t.Errorf("Demangle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// fileOffset returns the file offset of a function of the ELF file.
func fileOffset(t *testing.T, path, name string) uint64 {
	t.Helper()
	sym, err := symtab.Lookup(path, name)
	if err != nil {
		t.Fatal(err)
	}
	return sym.Offset
}

// TestResolveLoaded resolves addresses of a built C++ target mapped at a
// chosen address: the load bias of a PIE executable, or none for a
// position-dependent one.
func TestResolveLoaded(t *testing.T) {
	for _, tt := range []struct {
		name string
		opt  []string
	}{
		{"pie", []string{"-pie", "-fPIE"}},
		{"no-pie", []string{"-no-pie"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bin := testtarget.Build(t, "cxxtarget", tt.opt...)
			f, err := elf.Open(bin)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			st, _ := os.Stat(bin)
			// Map the whole file once, where the loader would put its
			// first segment.
			base := uint64(0x555555554000)
			if f.Type == elf.ET_EXEC {
				base = 0x400000
			}
			s := New()
			const pid = 1 << 30 // no such process: only the added mappings count
			s.Add(pid, []Mapping{{Start: base, End: base + uint64(st.Size()), Offset: 0, Path: bin}})
			for _, c := range []struct {
				sym, want string
				off       uint64
			}{
				{"_ZN6shapes5driveEi", "shapes::drive(int)", 5},
				{"_ZN6shapes7Counter4stepEi", "shapes::Counter::step(int)", 0},
				{"_ZN6shapes5twiceIiEET_S1_", "int shapes::twice<int>(int)", 1},
				{"main", "main", 17},
			} {
				addr := base + fileOffset(t, bin, c.sym) + c.off
				got, ok := s.Resolve(pid, addr)
				if !ok || got.Name != c.want || got.Offset != c.off || got.Path != bin {
					t.Errorf("Resolve(%#x) = %+v, %v; want %s+%d in %s", addr, got, ok, c.want, c.off, bin)
				}
			}
			if got, ok := s.Resolve(pid, base-1); ok {
				t.Errorf("address below the mapping resolved to %+v", got)
			}
		})
	}
}

// TestResolveAfterExit reads a real process's mappings, lets it exit, and
// still resolves its addresses: bias from /proc/PID/maps, symbols from
// the executable and libc.
func TestResolveAfterExit(t *testing.T) {
	bin := testtarget.Build(t, "cxxtarget")
	cmd := exec.Command(bin, "1", "300") // one round, then 300 ms asleep
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	pid := cmd.Process.Pid
	s := New()
	var maps []Mapping
	for range 100 {
		// Wait for the dynamic loader to map libc.
		if m, err := ReadMaps(pid); err == nil && hasLibc(m) {
			maps = m
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if maps == nil {
		t.Fatal("the target never mapped libc")
	}
	if err := s.Cache(pid); err != nil {
		t.Fatal(err)
	}
	// The runtime address of drive: the mapping holding its file offset.
	off := fileOffset(t, bin, "_ZN6shapes5driveEi")
	var addr uint64
	for _, m := range maps {
		if m.Path == bin && off >= m.Offset && off < m.Offset+(m.End-m.Start) {
			addr = m.Start + off - m.Offset + 3
		}
	}
	if addr == 0 {
		t.Fatalf("no mapping of %s holds offset %#x: %+v", bin, off, maps)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	got, ok := s.Resolve(pid, addr)
	if !ok || got.Name != "shapes::drive(int)" || got.Offset != 3 {
		t.Errorf("after exit, Resolve(%#x) = %+v, %v; want shapes::drive(int)+3", addr, got, ok)
	}
}

func hasLibc(maps []Mapping) bool {
	for _, m := range maps {
		if strings.Contains(m.Path, "libc.so") {
			return true
		}
	}
	return false
}
