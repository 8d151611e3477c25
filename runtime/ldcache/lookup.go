package ldcache

import (
	"debug/elf"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// StandardDirs are the directories the loader searches after the cache on
// Debian's x86-64 multiarch layout, in its order.
func StandardDirs() []string {
	return []string{"/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib"}
}

// ErrNotFound is wrapped when no library matches a name.
var ErrNotFound = errors.New("library not found")

// MatchName reports whether the library file called file (a soname or a
// base name) is what a user means by name, as bpftrace and the -l flag of
// the linker read it: "libc" and "libc.so" match "libc.so.6", and
// "libc.so.6" matches itself.
func MatchName(name, file string) bool {
	if name == "" || strings.ContainsRune(name, '/') {
		return false
	}
	if file == name || strings.HasPrefix(file, name+".so") {
		return true
	}
	return strings.Contains(name, ".so") && strings.HasPrefix(file, name+".")
}

// Resolver finds libraries. The zero value reads DefaultPath and searches
// StandardDirs; set the fields to look elsewhere (tests).
type Resolver struct {
	CachePath string   // "" means DefaultPath
	Dirs      []string // nil means StandardDirs()
	// LibraryPath is LD_LIBRARY_PATH for Needed (colon-separated).
	LibraryPath string

	entries []Entry
	loaded  bool
	err     error
}

// Entries returns the cache's x86-64 entries, read once.
func (r *Resolver) Entries() ([]Entry, error) {
	if !r.loaded {
		r.loaded = true
		path := r.CachePath
		if path == "" {
			path = DefaultPath
		}
		all, err := Read(path)
		if errors.Is(err, fs.ErrNotExist) {
			all, err = nil, nil // no cache: the loader then uses the directories only
		}
		r.err = err
		for _, e := range all {
			if e.X8664() {
				r.entries = append(r.entries, e)
			}
		}
	}
	return r.entries, r.err
}

func (r *Resolver) dirs() []string {
	if r.Dirs != nil {
		return r.Dirs
	}
	return StandardDirs()
}

// Find returns the path of the library called name (libc, libc.so,
// libc.so.6): the first match in the cache, else in the standard
// directories. The error says where it looked.
func (r *Resolver) Find(name string) (string, error) {
	entries, err := r.Entries()
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if MatchName(name, e.Name) && regular(e.Path) {
			return e.Path, nil
		}
	}
	for _, d := range r.dirs() {
		if p := findInDir(d, name); p != "" {
			return p, nil
		}
	}
	cache := r.CachePath
	if cache == "" {
		cache = DefaultPath
	}
	return "", fmt.Errorf("%w: no %s in %s or %s", ErrNotFound, name, cache, strings.Join(r.dirs(), ", "))
}

// findInDir returns the first file of d (in name order) that matches name.
func findInDir(d, name string) string {
	if p := filepath.Join(d, name); regular(p) {
		return p
	}
	des, err := os.ReadDir(d)
	if err != nil {
		return ""
	}
	for _, de := range des { // ReadDir sorts by name
		if MatchName(name, de.Name()) {
			if p := filepath.Join(d, de.Name()); regular(p) {
				return p
			}
		}
	}
	return ""
}

// regular reports whether p is (or links to) a regular file.
func regular(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// object is an ELF file's dynamic section, as the loader reads it.
type object struct {
	path    string
	interp  string // PT_INTERP: the dynamic loader
	needed  []string
	rpath   []string // DT_RPATH, $ORIGIN expanded
	runpath []string // DT_RUNPATH, $ORIGIN expanded
}

func readObject(path, origin string) (*object, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	o := &object{path: path}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			b := make([]byte, p.Filesz)
			if _, err := p.ReadAt(b, 0); err == nil {
				o.interp = strings.TrimRight(string(b), "\x00")
			}
		}
	}
	o.needed, _ = f.DynString(elf.DT_NEEDED)
	split := func(tag elf.DynTag) []string {
		vals, _ := f.DynString(tag)
		var dirs []string
		for _, v := range vals {
			for _, d := range strings.Split(v, ":") {
				d = strings.ReplaceAll(strings.ReplaceAll(d, "${ORIGIN}", origin), "$ORIGIN", origin)
				if d != "" {
					dirs = append(dirs, d)
				}
			}
		}
		return dirs
	}
	o.rpath, o.runpath = split(elf.DT_RPATH), split(elf.DT_RUNPATH)
	return o, nil
}

// Needed returns the shared libraries exe loads at start-up, in the
// loader's breadth-first order, each found as ld.so finds it: DT_RPATH (of
// the object and of the executable, when the object has no DT_RUNPATH),
// LD_LIBRARY_PATH, DT_RUNPATH, the cache, the standard directories.
// Libraries that cannot be found are left out, as they would make the
// program fail to start anyway. The dynamic loader itself is not included.
func (r *Resolver) Needed(exe string) ([]string, error) {
	real, err := filepath.EvalSymlinks(exe)
	if err != nil {
		return nil, err
	}
	root, err := readObject(exe, filepath.Dir(real))
	if err != nil {
		return nil, err
	}
	entries, err := r.Entries()
	if err != nil {
		return nil, err
	}
	var libPath []string
	for _, d := range strings.Split(r.LibraryPath, ":") {
		if d != "" {
			libPath = append(libPath, d)
		}
	}
	seen := map[string]bool{}
	var out []string
	queue := []*object{root}
	for len(queue) > 0 {
		o := queue[0]
		queue = queue[1:]
		for _, soname := range o.needed {
			if seen[soname] {
				continue
			}
			seen[soname] = true
			p := r.locate(soname, o, root, libPath, entries)
			if p == "" || sameFile(p, root.interp) {
				continue
			}
			out = append(out, p)
			if lib, err := readObject(p, filepath.Dir(p)); err == nil {
				queue = append(queue, lib)
			}
		}
	}
	return out, nil
}

func (r *Resolver) locate(soname string, o, root *object, libPath []string, entries []Entry) string {
	if strings.ContainsRune(soname, '/') {
		if regular(soname) {
			return soname
		}
		return ""
	}
	var dirs []string
	if len(o.runpath) == 0 {
		dirs = append(dirs, o.rpath...)
		if o != root && len(root.runpath) == 0 {
			dirs = append(dirs, root.rpath...)
		}
	}
	dirs = append(dirs, libPath...)
	dirs = append(dirs, o.runpath...)
	for _, d := range dirs {
		if p := filepath.Join(d, soname); regular(p) {
			return p
		}
	}
	for _, e := range entries {
		if e.Name == soname && regular(e.Path) {
			return e.Path
		}
	}
	for _, d := range r.dirs() {
		if p := filepath.Join(d, soname); regular(p) {
			return p
		}
	}
	return ""
}

func sameFile(a, b string) bool {
	if b == "" {
		return false
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}
