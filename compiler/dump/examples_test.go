package dump_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/compiler/dump"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime"
	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

var update = flag.Bool("update", false, "rewrite testdata/dump/*.ast, *.maps and *.asm")

// example is one examples/*.bt compiled against the real targets its
// header builds.
type example struct {
	name  string // "seed"
	prog  *lang.Program
	sites []*compiler.Site
	out   *compiler.Output
}

// gccLine is a build command in an example's header: "//   gcc ... -o X"
// (or g++).
var gccLine = regexp.MustCompile(`(?m)^//\s+((?:gcc|g\+\+) .*)$`)

// compileExamples builds, in one temporary directory, every target the
// examples' headers say to build (running the header's gcc lines, so they
// stay true), then resolves and compiles each example there, as
// `tinytrace -d` would. It changes the working directory: the examples
// name their targets ./NAME.
func compileExamples(t *testing.T) []example {
	t.Helper()
	root := filepath.Dir(testtarget.Dir(t))
	files, err := filepath.Glob(filepath.Join(root, "examples", "*.bt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples/*.bt (%v)", err)
	}
	sort.Strings(files)
	dir := t.TempDir()
	built := map[string]bool{}
	var exs []example
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range gccLine.FindAllStringSubmatch(string(src), -1) {
			cmd := strings.ReplaceAll(m[1], "testdata/", testtarget.Dir(t)+"/")
			if built[cmd] {
				continue
			}
			built[cmd] = true
			c := exec.Command("sh", "-c", cmd)
			c.Dir = dir
			if out, err := c.CombinedOutput(); err != nil {
				t.Fatalf("%s: header command %q: %v\n%s\n(gcc and <sys/sdt.h> are needed: run .ci/setup.sh)", filepath.Base(f), m[1], err, out)
			}
		}
		exs = append(exs, example{name: strings.TrimSuffix(filepath.Base(f), ".bt")})
		p, err := lang.Parse("examples/"+filepath.Base(f), string(src))
		if err == nil {
			err = lang.Check(p)
		}
		if err != nil {
			t.Fatalf("%v", err)
		}
		exs[len(exs)-1].prog = p
	}
	t.Chdir(dir)
	for i := range exs {
		var err error
		if exs[i].sites, err = runtime.Resolve(exs[i].prog, 0); err != nil {
			t.Fatalf("%s: %v", exs[i].name, err)
		}
		if exs[i].out, err = compiler.Compile(exs[i].prog, exs[i].sites, compiler.DefaultOptions()); err != nil {
			t.Fatalf("%s: %v", exs[i].name, err)
		}
	}
	return exs
}

// systemOffset is a probe site in a file outside the test's directory (a
// system library): its offset changes with the system, not with tinytrace.
var systemOffset = regexp.MustCompile(`(?m)^(; u(?:ret)?probe at /\S+ file offset )0x[0-9a-f]+`)

// TestExampleDumps compares `-d ast`, `-d maps` and `-d asm` of every
// example with testdata/dump/<example>.ast, .maps and .asm, so any change to
// the checker's types or the generated code shows up in review as a
// readable diff. Rewrite them with
// go test ./compiler/dump -update.
func TestExampleDumps(t *testing.T) {
	exs := compileExamples(t)
	golden := filepath.Join(testtarget.Dir(t), "dump")
	want := map[string]bool{}
	for _, ex := range exs {
		for _, kind := range []string{"ast", "maps", "asm"} {
			var got bytes.Buffer
			var err error
			switch kind {
			case "ast":
				err = dump.AST(&got, ex.prog)
			case "maps":
				err = dump.Maps(&got, ex.out)
			case "asm":
				err = dump.Asm(&got, ex.prog, ex.out)
			}
			if err != nil {
				t.Fatalf("%s: %v", ex.name, err)
			}
			// Compiling again must give the same text: the dump depends
			// on no map iteration order or pointer value.
			if kind == "asm" {
				again, err := compiler.Compile(ex.prog, ex.sites, compiler.DefaultOptions())
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := dump.Asm(&b, ex.prog, again); err != nil || b.String() != got.String() {
					t.Errorf("%s: the dump differs between two compilations (%v)", ex.name, err)
				}
			}
			if kind == "asm" {
				normalized := systemOffset.ReplaceAllString(got.String(), "${1}<system library>")
				got.Reset()
				got.WriteString(normalized)
			}
			file := filepath.Join(golden, ex.name+"."+kind)
			want[file] = true
			if *update {
				if err := os.MkdirAll(golden, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			exp, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./compiler/dump -update)", err)
			}
			if got.String() != string(exp) {
				t.Errorf("%s differs (run go test ./compiler/dump -update and review the diff):\n%s", file, firstDiff(got.String(), string(exp)))
			}
		}
	}
	// A golden whose example was deleted or renamed would rot unnoticed.
	files, _ := filepath.Glob(filepath.Join(golden, "*"))
	for _, f := range files {
		if !want[f] {
			t.Errorf("%s belongs to no example", f)
		}
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return ""
}

// readmeBlock is a dump pasted in README.md under a marker naming its
// golden file; the indented lines after it are the golden's text.
var readmeBlock = regexp.MustCompile(`(?m)^<!-- (testdata/dump/[a-z0-9.-]+) -->\n((?:    .*\n|\n)*?)(\n[^ \n]|\z)`)

// TestReadmeDumps keeps the dumps quoted in README.md's "From script to
// bytecode" equal to their goldens; -update rewrites them.
func TestReadmeDumps(t *testing.T) {
	root := filepath.Dir(testtarget.Dir(t))
	readme := filepath.Join(root, "README.md")
	text, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	var failed bool
	out := readmeBlock.ReplaceAllStringFunc(string(text), func(block string) string {
		m := readmeBlock.FindStringSubmatch(block)
		found++
		golden, err := os.ReadFile(filepath.Join(root, m[1]))
		if err != nil {
			t.Errorf("README.md quotes %s: %v", m[1], err)
			return block
		}
		var want strings.Builder
		for _, l := range strings.Split(strings.TrimRight(string(golden), "\n"), "\n") {
			if l != "" {
				want.WriteString("    " + l)
			}
			want.WriteString("\n")
		}
		if m[2] != want.String() {
			if !*update {
				t.Errorf("README.md's copy of %s differs from it (run go test ./compiler/dump -update):\n%s", m[1], firstDiff(m[2], want.String()))
			}
			failed = true
		}
		return "<!-- " + m[1] + " -->\n" + want.String() + m[3]
	})
	if found == 0 {
		t.Fatal("README.md quotes no dump (<!-- testdata/dump/... --> markers)")
	}
	if failed && *update {
		if err := os.WriteFile(readme, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
