package compiler

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/lang"
)

func TestExtendConst(t *testing.T) {
	tests := []struct {
		v      int64
		size   int
		signed bool
		want   int64
	}{
		// The examples of the doc comment: 4@$-1 and -4@$-1.
		{-1, 4, false, 0xffff_ffff},
		{-1, 4, true, -1},
		{-1, 1, false, 0xff},
		{-1, 1, true, -1},
		{-1, 2, false, 0xffff},
		{-1, 2, true, -1},
		{-1, 8, false, -1}, // 8 bytes: the bits as they are
		{-1, 8, true, -1},
		{0, 1, true, 0},
		{0, 8, false, 0},
		// The sign bit of each size.
		{0x80, 1, true, -128},
		{0x80, 1, false, 0x80},
		{0x7f, 1, true, 0x7f},
		{0x8000, 2, true, -32768},
		{0x8000, 2, false, 0x8000},
		{0x8000_0000, 4, true, math.MinInt32},
		{0x8000_0000, 4, false, 0x8000_0000},
		{0x7fff_ffff, 4, true, math.MaxInt32},
		// Values wider than the size are truncated first, as a C cast does.
		{0x1ff, 1, false, 0xff},
		{0x1ff, 1, true, -1},
		{0x1_0000, 2, false, 0},
		{0x1_2345_6789, 4, false, 0x2345_6789},
		{-3, 1, true, -3},
		{-3, 1, false, 0xfd},
		{-129, 1, true, 127},
		{5, 4, true, 5},
		{math.MinInt64, 8, true, math.MinInt64},
		{math.MinInt64, 4, true, 0},
		{0x1234_5678_9abc_def0, 8, false, 0x1234_5678_9abc_def0},
	}
	for _, tt := range tests {
		if got := extendConst(tt.v, tt.size, tt.signed); got != tt.want {
			t.Errorf("extendConst(%#x, %d, %v) = %#x, want %#x", tt.v, tt.size, tt.signed, got, tt.want)
		}
	}
}

// kernelMapName is what the kernel accepts as a map name (BPF_OBJ_NAME_LEN
// is 16 with the NUL).
var kernelMapName = regexp.MustCompile(`^[A-Za-z0-9_]{1,15}$`)

func TestMapSpecName(t *testing.T) {
	tests := []struct {
		i    int
		name string
		want string
	}{
		{0, "@calls", "m0_calls"},
		{1, "@", "m1_"},
		{2, "@x", "m2_x"},
		{10, "@Mixed_Case9", "m10_Mixed_Case9"},
		{10, "@Mixed_Case99", "m10_Mixed_Case9"}, // cut at 15
		{3, "@a_very_long_map_name", "m3_a_very_long_"},
		{12345, "@abcdef", "m12345_abcdef"},
		{123456789012, "@abc", "m123456789012_a"},
	}
	for _, tt := range tests {
		got := mapSpecName(tt.i, tt.name)
		if got != tt.want {
			t.Errorf("mapSpecName(%d, %q) = %q, want %q", tt.i, tt.name, got, tt.want)
		}
		if !kernelMapName.MatchString(got) {
			t.Errorf("mapSpecName(%d, %q) = %q: not a legal kernel map name", tt.i, tt.name, got)
		}
	}

	// Names that differ only past the 15-character limit, or only in
	// characters that are dropped, must still get distinct spec names,
	// and none may collide with the core maps.
	names := []string{"@", "@a", "@a_very_long_map_name_1", "@a_very_long_map_name_2",
		"@a_very_long_map_name_3", "@events", "@lost", "@x", "@X", "@x1", "@_"}
	for n := range 120 {
		names = append(names, "@m"+strings.Repeat("z", n%20)+string(rune('a'+n%26)))
	}
	seen := map[string]string{EventsMap: EventsMap, LostMap: LostMap}
	for i, name := range names {
		got := mapSpecName(i, name)
		if !kernelMapName.MatchString(got) {
			t.Errorf("mapSpecName(%d, %q) = %q: not a legal kernel map name", i, name, got)
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("mapSpecName(%d, %q) = %q, the same as for %q", i, name, got, prev)
		}
		seen[got] = name
	}
}

// TestCompileErrors checks that problems only visible with the sites are
// reported as lang.Errors at the source of the argument that needs them.
func TestCompileErrors(t *testing.T) {
	oneArg := []Arg{memArg("-4@-4(%rbp)", -4, RBP, -4)}
	tests := []struct {
		name string
		src  string
		args []Arg
		err  error
		at   string // the text the error's span must cover (its first occurrence)
		msg  string // a substring of the message
	}{
		{
			name: "arg beyond the site's args",
			src:  `usdt:./t:p:n { printf("%d %d\n", arg0, arg3); }`,
			args: oneArg, at: "arg3",
			msg: "arg3: probe usdt:./t:p:n has only 1 argument at the site at /synthetic/t+0x1000",
		},
		{
			name: "arg beyond the site's args in a predicate",
			src:  "usdt:./t:p:n\n/arg0 == 1 || arg1 == 2/\n{ exit(); }",
			args: oneArg, at: "arg1", msg: "has only 1 argument",
		},
		{
			name: "probe without args",
			src:  `usdt:./t:p:n { printf("%d\n", arg0); }`,
			at:   "arg0", msg: "has only 0 arguments",
		},
		{
			name: "thread-local arg",
			src:  `usdt:./t:p:n { printf("%d\n", arg0); }`,
			args: []Arg{tlsArg("-4@%fs:tls_var@tpoff", -4, "tls_var")},
			at:   "arg0", msg: "USDT argument -4@%fs:tls_var@tpoff at usdt:./t:p:n: thread-local arguments are not supported",
		},
		{
			name: "thread-local arg in an expression",
			src:  `usdt:./t:p:n { printf("%d\n", arg0 + 1); }`,
			args: []Arg{tlsArg("-4@%fs:tls_var@tpoff", -4, "tls_var")},
			at:   "arg0", msg: "thread-local arguments are not supported",
		},
		{
			name: "thread-local arg not read",
			src:  `usdt:./t:p:n { printf("%d\n", arg1); }`,
			args: []Arg{tlsArg("-4@%fs:tls_var@tpoff", -4, "tls_var"), oneArg[0]},
		},
		{
			name: "unparsable args",
			src:  `usdt:./t:p:n { @c = count(); printf("%d\n", arg0 + 1); }`,
			err:  errors.New(`usdt argument "4@%xmm0": unknown register`),
			at:   "arg0", msg: `arg0: usdt argument "4@%xmm0": unknown register`,
		},
		{
			// Only a program that reads an argument fails because of it.
			name: "unparsable args not read",
			src:  `usdt:./t:p:n { @c = count(); printf("%d\n", pid); }`,
			err:  errors.New(`usdt argument "4@%xmm0": unknown register`),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseCheck(t, "test.bt", tt.src)
			sp := p.Probes[0].Specs[0]
			sites := []*Site{{Spec: sp, Path: synthPath(sp.Path), Offset: 0x1000, Vaddr: 0x1000, Args: tt.args, ArgsErr: tt.err}}
			_, err := Compile(p, sites, DefaultOptions())
			if tt.at == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			problem := compileErrorProblem(err, tt.src, tt.at, tt.msg)
			if problem != "" {
				t.Error(problem)
			}
		})
	}
}

// compileErrorProblem says what is wrong with err as the error for the
// source text at (its first occurrence), or "" if nothing.
func compileErrorProblem(err error, src, at, msg string) string {
	var le *lang.Error
	if !errors.As(err, &le) {
		return fmt.Sprintf("got %v (%T), want a *lang.Error", err, err)
	}
	if want := spanOf(src, at); le.Span != want {
		return fmt.Sprintf("error at %v, want %v (%q)\n%v", le.Span, want, at, le)
	}
	if !strings.Contains(le.Msg, msg) {
		return fmt.Sprintf("message %q does not contain %q", le.Msg, msg)
	}
	if le.File != "test.bt" || le.Line == "" {
		return fmt.Sprintf("error has file %q and line %q, want test.bt and the source line", le.File, le.Line)
	}
	return ""
}

// spanOf is the span of the first occurrence of text in src (single line).
func spanOf(src, text string) lang.Span {
	for i, line := range strings.Split(src, "\n") {
		if c := strings.Index(line, text); c >= 0 {
			return lang.Span{Start: lang.Pos{Line: i + 1, Col: c + 1}, End: lang.Pos{Line: i + 1, Col: c + 1 + len(text)}}
		}
	}
	return lang.Span{}
}

func TestCompileRejectsForeignSites(t *testing.T) {
	p := parseCheck(t, "a.bt", "BEGIN { exit(); }")
	other := parseCheck(t, "b.bt", "BEGIN { exit(); }")
	if _, err := Compile(p, []*Site{{Spec: other.Probes[0].Specs[0]}}, DefaultOptions()); err == nil {
		t.Error("a site of another program was accepted")
	}
	if _, err := Compile(p, []*Site{{Spec: p.Probes[0].Specs[0]}}, Options{}); err == nil {
		t.Error("zero options were accepted")
	}
}

// TestSitesShareLayouts checks the one-program-per-layout rule: sites
// with identical argument specs share code, different ones do not, and
// rip-relative globals are never shared between addresses.
func TestSitesShareLayouts(t *testing.T) {
	p := parseCheck(t, "t.bt", `usdt:./t:p:n { printf("%d\n", arg0); }`)
	sp := p.Probes[0].Specs[0]
	site := func(vaddr uint64, a Arg) *Site {
		return &Site{Spec: sp, Path: "/t", Offset: vaddr, Vaddr: vaddr, Args: []Arg{a}}
	}
	mem := memArg("-4@-4(%rbp)", -4, RBP, -4)
	glob := globalArg("-4@g(%rip)", -4, "g", 0x4000, 0)
	sites := []*Site{site(0x10, mem), site(0x20, mem), site(0x30, constArg("-4@$7", -4, 7)), site(0x40, glob), site(0x50, glob)}
	out, err := Compile(p, sites, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, prog := range out.Programs {
		got = append(got, len(prog.Sites))
	}
	if want := []int{2, 1, 1, 1}; !equalInts(got, want) {
		t.Errorf("sites per program = %v, want %v", got, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestStackBudget checks that an expression too deep for the 512-byte
// stack is refused with a source error rather than left to the verifier.
func TestStackBudget(t *testing.T) {
	p := parseCheck(t, "deep.bt", nested(70))
	_, err := Compile(p, synthSites(p), DefaultOptions())
	var le *lang.Error
	if !errors.As(err, &le) || !strings.Contains(le.Msg, "too deeply nested") {
		t.Fatalf("got %v, want a lang.Error about nesting", err)
	}
	p = parseCheck(t, "deep.bt", nested(60))
	if _, err := Compile(p, synthSites(p), DefaultOptions()); err != nil {
		t.Fatalf("60 levels should fit: %v", err)
	}
}
