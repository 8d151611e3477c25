// Package testtarget builds the C programs in the repository's testdata/
// directory with gcc (and the C++ ones, name.cpp, with g++), for tests
// that read or trace real binaries.
//
// Tests never skip for a missing compiler: without gcc and <sys/sdt.h> the
// suite cannot test what matters, so Build fails and says how to fix it.
package testtarget

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// DefaultFlags are used for every build; an -O flag in the options replaces
// the default -O0.
var DefaultFlags = []string{"-g", "-fno-omit-frame-pointer"}

const setupHint = "gcc, g++ and <sys/sdt.h> (Debian: gcc, g++, systemtap-sdt-dev) are required to build the " +
	"test targets: run .ci/setup.sh as root"

var (
	dirOnce sync.Once
	dir     string
)

// Dir returns the absolute path of the repository's top-level testdata
// directory: found next to go.mod above this source file, or, if the
// binary was built with -trimpath, above the working directory.
func Dir(t testing.TB) string {
	t.Helper()
	dirOnce.Do(func() {
		var starts []string
		if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
			starts = append(starts, filepath.Dir(file))
		}
		if wd, err := os.Getwd(); err == nil {
			starts = append(starts, wd)
		}
		for _, d := range starts {
			for {
				if st, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && !st.IsDir() {
					if st, err := os.Stat(filepath.Join(d, "testdata")); err == nil && st.IsDir() {
						dir = filepath.Join(d, "testdata")
						return
					}
				}
				parent := filepath.Dir(d)
				if parent == d {
					break
				}
				d = parent
			}
		}
	})
	if dir == "" {
		t.Fatal("testtarget: cannot find the repository's testdata directory (no go.mod with a testdata/ above the source or working directory)")
	}
	return dir
}

// Build compiles testdata/<name>.c (or <name>.cpp) into an executable <name> in a new
// t.TempDir() and returns its absolute path. The flags are DefaultFlags,
// -O0 unless opt has an -O flag, then opt (e.g. "-O2", "-no-pie").
func Build(t testing.TB, name string, opt ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), name)
	src := source(t, name)
	gcc(t, append(flags(opt), "-o", out, src), src)
	return out
}

// BuildLib compiles testdata/<name>.c as a shared library <name>.so (PIC)
// in a new t.TempDir() and returns its absolute path. Name it lib<x> so
// programs can link it with -l<x>.
func BuildLib(t testing.TB, name string, opt ...string) string {
	t.Helper()
	return buildLib(t, t.TempDir(), name, opt)
}

// BuildLinked builds testdata/<lib>.c as <lib>.so and testdata/<main>.c as
// an executable linked against it (-L<dir> -l<lib without "lib">, rpath
// $ORIGIN), side by side in one t.TempDir(), and returns both paths. For
// example BuildLinked(t, "libmain", "libprobe").
func BuildLinked(t testing.TB, main, lib string, opt ...string) (bin, so string) {
	t.Helper()
	if !strings.HasPrefix(lib, "lib") {
		t.Fatalf("testtarget: library name %q must start with lib", lib)
	}
	d := t.TempDir()
	so = buildLib(t, d, lib, opt)
	bin = filepath.Join(d, main)
	args := append(flags(opt), "-o", bin, source(t, main),
		"-L"+d, "-l"+strings.TrimPrefix(lib, "lib"), "-Wl,-rpath,$ORIGIN")
	gcc(t, args, "")
	return bin, so
}

func buildLib(t testing.TB, d, name string, opt []string) string {
	t.Helper()
	out := filepath.Join(d, name+".so")
	src := source(t, name)
	gcc(t, append(flags(opt), "-shared", "-fPIC", "-o", out, src), src)
	return out
}

func flags(opt []string) []string {
	f := append([]string(nil), DefaultFlags...)
	hasO := false
	for _, o := range opt {
		if strings.HasPrefix(o, "-O") {
			hasO = true
		}
	}
	if !hasO {
		f = append(f, "-O0")
	}
	return append(f, opt...)
}

func source(t testing.TB, name string) string {
	t.Helper()
	src := filepath.Join(Dir(t), name+".c")
	if _, err := os.Stat(src); err == nil {
		return src
	}
	cxx := filepath.Join(Dir(t), name+".cpp")
	if _, err := os.Stat(cxx); err == nil {
		return cxx
	}
	t.Fatalf("testtarget: no test target %s (.c or .cpp) in %s", name, Dir(t))
	return ""
}

// gcc runs the compiler for src: g++ for .cpp sources, else gcc.
func gcc(t testing.TB, args []string, src string) {
	t.Helper()
	compiler := "gcc"
	if strings.HasSuffix(src, ".cpp") {
		compiler = "g++"
	}
	path, err := exec.LookPath(compiler)
	if err != nil {
		t.Fatalf("testtarget: %s not found: %s", compiler, setupHint)
	}
	out, err := exec.Command(path, args...).CombinedOutput()
	if err != nil {
		msg := "testtarget: " + compiler + " " + strings.Join(args, " ") + ": " + err.Error() + "\n" + string(out)
		if strings.Contains(string(out), "sys/sdt.h") {
			msg += "\n" + setupHint
		}
		t.Fatal(msg)
	}
}
