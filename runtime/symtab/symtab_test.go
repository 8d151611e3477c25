package symtab

import (
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// textBytes returns n bytes of the section holding vaddr, read through the
// section headers: an independent way to find the code that Lookup's
// segment arithmetic must agree with.
func textBytes(t *testing.T, path string, vaddr uint64, n int) []byte {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, s := range f.Sections {
		if s.Type == elf.SHT_PROGBITS && vaddr >= s.Addr && vaddr+uint64(n) <= s.Addr+s.Size {
			data, err := s.Data()
			if err != nil {
				t.Fatal(err)
			}
			return data[vaddr-s.Addr : vaddr-s.Addr+uint64(n)]
		}
	}
	t.Fatalf("%s: no section holds %#x", path, vaddr)
	return nil
}

func nmAddr(t *testing.T, path, name string, dynamic bool) string {
	t.Helper()
	args := []string{path}
	if dynamic {
		args = []string{"-D", path}
	}
	out, err := exec.Command("nm", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("nm %s: %v\n%s", path, err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[2] == name {
			return strings.TrimLeft(f[0], "0")
		}
	}
	t.Fatalf("nm %s: no %s", path, name)
	return ""
}

func checkSymbol(t *testing.T, path, name string, dynamic bool) Symbol {
	t.Helper()
	s, err := Lookup(path, name)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strconv.FormatUint(s.Vaddr, 16), nmAddr(t, path, name, dynamic); got != want {
		t.Errorf("%s: %s at %s, nm says %s", path, name, got, want)
	}
	if s.Name != name || s.Size == 0 {
		t.Errorf("%s: %+v", path, s)
	}
	image, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := min(16, int(s.Size)) // add is 4 bytes at -O2
	if s.Offset+uint64(n) > uint64(len(image)) || !bytes.Equal(image[s.Offset:s.Offset+uint64(n)], textBytes(t, path, s.Vaddr, n)) {
		t.Errorf("%s: the bytes at offset %#x are not %s's code", path, s.Offset, name)
	}
	return s
}

func TestLookup(t *testing.T) {
	for _, opt := range [][]string{{"-O0"}, {"-O2"}, {"-O0", "-no-pie"}, {"-O2", "-no-pie"}} {
		t.Run(strings.Join(opt, ""), func(t *testing.T) {
			path := testtarget.Build(t, "uprobe", opt...)
			s := checkSymbol(t, path, "add", false)
			if f, _ := elf.Open(path); f != nil {
				// PIE code is near 0, non-PIE code above 0x400000; either way
				// the offset is the address minus the segment's bias.
				if f.Type == elf.ET_EXEC && s.Offset >= s.Vaddr {
					t.Errorf("ET_EXEC: offset %#x not below vaddr %#x", s.Offset, s.Vaddr)
				}
				f.Close()
			}
		})
	}
}

// Shared libraries, and stripped files where only .dynsym is left.
func TestLookupShared(t *testing.T) {
	so := testtarget.BuildLib(t, "libprobe", "-O2")
	checkSymbol(t, so, "lib_probe", false)

	stripped := filepath.Join(t.TempDir(), "libprobe-stripped.so")
	if out, err := exec.Command("strip", "-o", stripped, so).CombinedOutput(); err != nil {
		t.Fatalf("strip: %v\n%s", err, out)
	}
	f, err := elf.Open(stripped)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Symbols(); err == nil {
		t.Fatal("strip left a .symtab")
	}
	f.Close()
	checkSymbol(t, stripped, "lib_probe", true)
}

func TestLookupErrors(t *testing.T) {
	path := testtarget.Build(t, "uprobe")
	src := filepath.Join(testtarget.Dir(t), "uprobe.c")
	tests := []struct {
		path, name string
		want       []string
	}{
		{path, "ad", []string{path, "function ad not found", "did you mean add?"}},
		{path, "adds", []string{"did you mean add?"}},
		{path, "completely_unrelated_name", []string{"function completely_unrelated_name not found"}},
		{path, "sink", []string{"symbol sink is not a function"}},
		{path, "atoi", []string{"function atoi is not defined in this file", "shared library"}},
		{src, "add", []string{src, "not an ELF file"}},
	}
	for _, tt := range tests {
		_, err := Lookup(tt.path, tt.name)
		if err == nil {
			t.Errorf("Lookup(%s, %s): no error", tt.path, tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Lookup(%s, %s) = %q, want it to contain %q", tt.path, tt.name, err, w)
			}
		}
		if tt.name == "completely_unrelated_name" && strings.Contains(err.Error(), "did you mean") {
			t.Errorf("suggestion for an unrelated name: %v", err)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"add", "add", 0}, {"ad", "add", 1}, {"add", "sub", 3},
		{"kitten", "sitting", 3}, {"main", "mian", 2},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b, 100); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		// With a cap, anything at or above the cap reports the cap.
		if got := distance(tt.a, tt.b, 1); (tt.want >= 1) != (got >= 1) {
			t.Errorf("distance(%q, %q, 1) = %d", tt.a, tt.b, got)
		}
	}
}

func TestFileOffset(t *testing.T) {
	path := testtarget.Build(t, "semaphore")
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sem, ok := Load(f).Find("tt_sem_semaphore")
	if !ok {
		t.Fatal("no tt_sem_semaphore")
	}
	// Data is refused where code is expected and the other way round.
	if _, err := FileOffset(f, sem.Value, true); err == nil || !strings.Contains(err.Error(), "non-executable") {
		t.Errorf("FileOffset(data, exec) = %v", err)
	}
	if _, err := FileOffset(f, sem.Value, false); err != nil {
		t.Errorf("FileOffset(data) = %v", err)
	}
	main, _ := Load(f).Find("main")
	if _, err := FileOffset(f, main.Value, false); err == nil || !strings.Contains(err.Error(), "executable segment") {
		t.Errorf("FileOffset(code, data) = %v", err)
	}
	if _, err := FileOffset(f, 1<<62, true); err == nil || !strings.Contains(err.Error(), "no loadable segment") {
		t.Errorf("FileOffset(far away) = %v", err)
	}
}
