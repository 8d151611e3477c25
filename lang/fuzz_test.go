package lang

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// seedScripts are every script in the repository: the examples, the
// differential suite and the error goldens. The fuzzers start from them so
// that mutations begin at real, varied programs.
func seedScripts(f *testing.F) []string {
	f.Helper()
	var files []string
	for _, pattern := range []string{
		"../examples/*.bt",
		"../testdata/diff/*.bt",
		"../testdata/diff/pending/*.bt",
		"testdata/errors/*.bt",
	} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		f.Fatal("no seed scripts found")
	}
	sort.Strings(files)
	srcs := make([]string, 0, len(files))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	return srcs
}

// FuzzParse feeds arbitrary text to the parser alone, so the fuzzer's time
// goes to the lexer and grammar: a syntax error must be an *Error or an
// ErrorList that renders with a line:column, never a panic.
//
//	go test ./lang -run '^$' -fuzz '^FuzzParse$' -fuzztime 5m
func FuzzParse(f *testing.F) {
	for _, s := range seedScripts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p, err := Parse("fuzz.bt", src)
		if err != nil {
			if p != nil {
				t.Fatalf("Parse returned a program and an error: %v", err)
			}
			switch e := err.(type) {
			case *Error:
				if e.Span.Start.Line < 1 {
					t.Fatalf("error without a line: %v", err)
				}
			case ErrorList:
				if len(e) == 0 {
					t.Fatal("empty error list")
				}
				for _, le := range e {
					if le.Span.Start.Line < 1 {
						t.Fatalf("error without a line: %v", err)
					}
				}
			default:
				t.Fatalf("Parse error of type %T: %v", err, err)
			}
			_ = err.Error()
			return
		}
		if p == nil {
			t.Fatal("Parse returned neither a program nor an error")
		}
	})
}
