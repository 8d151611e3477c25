package symbolize

import (
	"os"
	"strings"
	"testing"
)

// TestAliasNames resolves libc functions that have several names at one
// address (malloc is also __libc_malloc, and in the debug file
// __GI___libc_malloc and __malloc): the name a user writes wins.
func TestAliasNames(t *testing.T) {
	maps, err := ReadMaps(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	libc := ""
	for _, m := range maps {
		if strings.Contains(m.Path, "/libc.so") {
			libc = m.Path
		}
	}
	if libc == "" {
		// The test binary may be static: map libc ourselves.
		for _, p := range []string{"/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/lib64/libc.so.6"} {
			if _, err := os.Stat(p); err == nil {
				libc = p
				break
			}
		}
	}
	if libc == "" {
		t.Fatal("no libc.so.6 found")
	}
	st, err := os.Stat(libc)
	if err != nil {
		t.Fatal(err)
	}
	const pid, base = 1 << 30, 0x7f0000000000
	s := New()
	s.Add(pid, []Mapping{{Start: base, End: base + uint64(st.Size()), Path: libc}})
	for _, name := range []string{"malloc", "free", "read", "write", "open", "close", "nanosleep"} {
		addr := base + fileOffset(t, libc, name) + 1
		if got, ok := s.Resolve(pid, addr); !ok || got.Name != name || got.Offset != 1 {
			t.Errorf("Resolve(%s+1) = %+v, %v; want %s+1", name, got, ok, name)
		}
	}
}
