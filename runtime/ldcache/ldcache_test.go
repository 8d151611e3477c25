package ldcache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// cacheFile builds a new-format cache with the given entries (flags 0x303),
// optionally behind an old-format header.
func cacheFile(old bool, entries ...[2]string) []byte {
	var strs bytes.Buffer
	strBase := headerSize + len(entries)*entrySize
	var body bytes.Buffer
	for _, e := range entries {
		var rec [entrySize]byte
		binary.LittleEndian.PutUint32(rec[0:], 0x0303)
		binary.LittleEndian.PutUint32(rec[4:], uint32(strBase+strs.Len()))
		strs.WriteString(e[0] + "\x00")
		binary.LittleEndian.PutUint32(rec[8:], uint32(strBase+strs.Len()))
		strs.WriteString(e[1] + "\x00")
		body.Write(rec[:])
	}
	var hdr [headerSize]byte
	copy(hdr[:], magicNew+versionNew)
	binary.LittleEndian.PutUint32(hdr[20:], uint32(len(entries)))
	binary.LittleEndian.PutUint32(hdr[24:], uint32(strs.Len()))
	out := append(append(hdr[:], body.Bytes()...), strs.Bytes()...)
	if !old {
		return out
	}
	var oh [16]byte // old header with no entries, already 8-byte aligned
	copy(oh[:], magicOld)
	return append(oh[:], out...)
}

func TestParse(t *testing.T) {
	two := [][2]string{{"libfoo.so.1", "/usr/lib/libfoo.so.1"}, {"libc.so.6", "/lib/libc.so.6"}}
	good := cacheFile(false, two...)
	tests := []struct {
		name string
		data []byte
		want []Entry
		err  string
	}{
		{"new format", good, []Entry{{"libfoo.so.1", "/usr/lib/libfoo.so.1", 0x303}, {"libc.so.6", "/lib/libc.so.6", 0x303}}, ""},
		{"old then new", cacheFile(true, two...), []Entry{{"libfoo.so.1", "/usr/lib/libfoo.so.1", 0x303}, {"libc.so.6", "/lib/libc.so.6", 0x303}}, ""},
		{"empty", cacheFile(false), []Entry{}, ""},
		{"not a cache", []byte("hello, world, this is not a cache file at all......"), nil, `not a valid ld.so.cache: no "glibc-ld.so.cache" header`},
		{"short", []byte("glibc"), nil, `not a valid ld.so.cache: no "glibc-ld.so.cache" header`},
		{"bad version", bytes.Replace(good, []byte("1.1"), []byte("9.9"), 1), nil, `not a valid ld.so.cache: unknown version "9.9"`},
		{"truncated entries", good[:headerSize+entrySize], nil, "not a valid ld.so.cache: 2 entries do not fit in 72 bytes"},
		{"string past end", good[:len(good)-25], nil, "not a valid ld.so.cache: entry 1 name: offset 129 past the end (129 bytes)"},
		{"unterminated string", good[:len(good)-1], nil, "not a valid ld.so.cache: entry 1 path: string at 139 is not terminated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.data)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err || !errors.Is(err, ErrFormat) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("entry %d: %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestRealCache compares this machine's cache with what ldconfig -p reads
// from it.
func TestRealCache(t *testing.T) {
	ldconfig, err := exec.LookPath("ldconfig")
	if err != nil {
		ldconfig = "/sbin/ldconfig"
	}
	out, err := exec.Command(ldconfig, "-p").Output()
	if err != nil {
		t.Fatalf("ldconfig -p: %v", err)
	}
	line := regexp.MustCompile(`^\t(\S+) \(([^)]*)\) => (\S+)$`)
	var want []string
	for _, l := range strings.Split(string(out), "\n") {
		if m := line.FindStringSubmatch(l); m != nil && m[2] == "libc6,x86-64" {
			want = append(want, m[1]+" => "+m[3])
		}
	}
	var r Resolver
	entries, err := r.Entries()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name+" => "+e.Path)
	}
	if len(want) == 0 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("parsed %d entries, ldconfig -p lists %d x86-64 ones\ngot:\n%s\nwant:\n%s", len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMatchName(t *testing.T) {
	tests := []struct {
		name, file string
		want       bool
	}{
		{"libc", "libc.so.6", true},
		{"libc", "libc.so", true},
		{"libc.so", "libc.so.6", true},
		{"libc.so.6", "libc.so.6", true},
		{"libc.so.6", "libc.so.60", false},
		{"libc", "libcap.so.2", false},
		{"libc", "libc-2.36.so", false},
		{"libpthread", "libpthread.so.0", true},
		{"libstdc++", "libstdc++.so.6", true},
		{"", "libc.so.6", false},
		{"/lib/libc", "libc.so.6", false},
		{"ld-linux-x86-64.so.2", "ld-linux-x86-64.so.2", true},
	}
	for _, tt := range tests {
		if got := MatchName(tt.name, tt.file); got != tt.want {
			t.Errorf("MatchName(%q, %q) = %v, want %v", tt.name, tt.file, got, tt.want)
		}
	}
}

// TestFind resolves library names on this machine's real cache and checks
// them against the loader's own answer (ldd).
func TestFind(t *testing.T) {
	libc := lddPath(t, "/bin/ls", "libc.so.6")
	var r Resolver
	for _, name := range []string{"libc", "libc.so", "libc.so.6"} {
		got, err := r.Find(name)
		if err != nil {
			t.Fatalf("Find(%q): %v", name, err)
		}
		// ldd reports the path the loader opened; the cache may name
		// another path to the same file (/lib vs /usr/lib).
		if !sameFile(got, libc) {
			t.Errorf("Find(%q) = %s, want %s", name, got, libc)
		}
	}
	_, err := r.Find("libnosuchlibrary")
	want := "library not found: no libnosuchlibrary in /etc/ld.so.cache or " + strings.Join(StandardDirs(), ", ")
	if err == nil || err.Error() != want || !errors.Is(err, ErrNotFound) {
		t.Errorf("Find(libnosuchlibrary) error %v, want %q", err, want)
	}

	// Without a cache, the standard directories are searched.
	dir := t.TempDir()
	lib := filepath.Join(dir, "libdemo.so.3")
	if err := os.WriteFile(lib, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	nc := Resolver{CachePath: filepath.Join(dir, "none"), Dirs: []string{dir}}
	if got, err := nc.Find("libdemo"); err != nil || got != lib {
		t.Errorf("Find(libdemo) in %s = %q, %v; want %s", dir, got, err, lib)
	}
}

// TestNeeded compares the libraries found through DT_NEEDED, RUNPATH
// ($ORIGIN) and the cache with ldd's list.
func TestNeeded(t *testing.T) {
	bin, so := testtarget.BuildLinked(t, "libmain", "libprobe")
	for _, exe := range []string{"/bin/ls", bin} {
		var r Resolver
		got, err := r.Needed(exe)
		if err != nil {
			t.Fatal(err)
		}
		want := lddAll(t, exe)
		if len(got) != len(want) {
			t.Fatalf("%s: Needed = %v, ldd says %v", exe, got, want)
		}
		for i := range got {
			if !sameFile(got[i], want[i]) {
				t.Errorf("%s: library %d is %s, ldd says %s", exe, i, got[i], want[i])
			}
		}
	}
	var r Resolver
	got, _ := r.Needed(bin)
	if len(got) == 0 || got[0] != so {
		t.Errorf("Needed(libmain) = %v, want %s first (RUNPATH $ORIGIN)", got, so)
	}
}

var lddLine = regexp.MustCompile(`^\t(\S+) => (\S+) \(0x`)

// lddAll lists the libraries ldd resolves for exe (not the vdso or the
// loader), in its order.
func lddAll(t *testing.T, exe string) []string {
	t.Helper()
	out, err := exec.Command("ldd", exe).Output()
	if err != nil {
		t.Fatalf("ldd %s: %v", exe, err)
	}
	var libs []string
	for _, l := range strings.Split(string(out), "\n") {
		if m := lddLine.FindStringSubmatch(l); m != nil {
			libs = append(libs, m[2])
		}
	}
	return libs
}

func lddPath(t *testing.T, exe, soname string) string {
	t.Helper()
	for _, p := range lddAll(t, exe) {
		if filepath.Base(p) == soname {
			return p
		}
	}
	t.Fatalf("ldd %s lists no %s", exe, soname)
	return ""
}
