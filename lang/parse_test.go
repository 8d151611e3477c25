package lang

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dump renders a program as one line per probe: its specs, the predicate
// and the statements as S-expressions, so tests can state AST shapes
// compactly.
func dump(p *Program) string {
	var lines []string
	for _, pr := range p.Probes {
		var specs []string
		for _, s := range pr.Specs {
			specs = append(specs, fmt.Sprintf("%s[%s|%s|%s]", s.Kind, s.Path, s.Provider, s.Name))
		}
		line := strings.Join(specs, ",")
		if pr.Pred != nil {
			line += " /" + sexpr(pr.Pred) + "/"
		}
		var body []string
		for _, st := range pr.Body {
			switch st := st.(type) {
			case *MapAssign:
				body = append(body, "("+st.Op+"= "+sexpr(st.Map)+" "+sexpr(st.Value)+")")
			case *AssignVar:
				body = append(body, "("+st.Op+"= "+st.Var.Name+" "+sexpr(st.Value)+")")
			case *ExprStmt:
				body = append(body, sexpr(st.X))
			}
		}
		lines = append(lines, line+" {"+strings.Join(body, " ")+"}")
	}
	return strings.Join(lines, "\n")
}

func sexpr(e Expr) string {
	switch e := e.(type) {
	case *IntLit:
		return fmt.Sprint(e.Value)
	case *StrLit:
		return fmt.Sprintf("%q", e.Value)
	case *Builtin:
		return e.Name
	case *MapRef:
		if len(e.Keys) == 0 {
			return e.Name
		}
		var keys []string
		for _, k := range e.Keys {
			keys = append(keys, sexpr(k))
		}
		return e.Name + "[" + strings.Join(keys, ",") + "]"
	case *IncDec:
		if e.Post {
			return "(" + sexpr(e.X) + e.Op + ")"
		}
		return "(" + e.Op + sexpr(e.X) + ")"
	case *Var:
		return e.Name
	case *Call:
		parts := []string{e.Name}
		for _, a := range e.Args {
			parts = append(parts, sexpr(a))
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Unary:
		return "(" + e.Op + " " + sexpr(e.X) + ")"
	case *Binary:
		return "(" + e.Op + " " + sexpr(e.X) + " " + sexpr(e.Y) + ")"
	}
	return fmt.Sprintf("?%T", e)
}

func TestParseShapes(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"begin", `BEGIN { printf("hi\n"); exit(); }`, `BEGIN[||] {(printf "hi\n") (exit)}`},
		{"last semicolon optional", `END { exit() }`, `END[||] {(exit)}`},
		{"empty statements", `BEGIN { ; exit();; ; }`, `BEGIN[||] {(exit)}`},
		{"empty block", `BEGIN {}`, `BEGIN[||] {}`},
		{"count", `BEGIN { @c = count(); @ = count() }`, `BEGIN[||] {(= @c (count)) (= @ (count))}`},
		{"map assign expr", `BEGIN { @x = 1 + 2 }`, `BEGIN[||] {(= @x (+ 1 2))}`},
		{"expression statement", `BEGIN { 1; pid }`, `BEGIN[||] {1 pid}`},
		{"shebang and comments", "#!/usr/bin/env bpftrace\n// c1\nBEGIN /* c2 */ { /* c3 */ exit() // c4\n}\n", `BEGIN[||] {(exit)}`},
		{"usdt 3 fields", `usdt:./test-server:prov:req_start { }`, `usdt[./test-server|prov|req_start] {}`},
		{"usdt 2 fields", `usdt:/abs/x-y.so.1:probe_1 { }`, `usdt[/abs/x-y.so.1||probe_1] {}`},
		{"uprobe", `uprobe:/usr/lib/libc.so.6:malloc { }`, `uprobe[/usr/lib/libc.so.6||malloc] {}`},
		{"uretprobe", `uretprobe:./a+b_c.d:f { }`, `uretprobe[./a+b_c.d||f] {}`},
		{"aliases", `U:./x:p:n, u:./x:f, ur:./x:g { }`, `usdt[./x|p|n],uprobe[./x||f],uretprobe[./x||g] {}`},
		{"wildcards", `usdt:./x:*:req_* { }`, `usdt[./x|*|req_*] {}`},
		{"probe list", "BEGIN, END\n{ exit() }", `BEGIN[||],END[||] {(exit)}`},
		{"trailing comma", `BEGIN, { }`, `BEGIN[||] {}`},
		{"several probes", "BEGIN { exit() }\nEND { exit() }", "BEGIN[||] {(exit)}\nEND[||] {(exit)}"},
		{"predicate", `uprobe:./x:f /arg0 > 5/ { }`, `uprobe[./x||f] /(> arg0 5)/ {}`},
		{"predicate with division", `uprobe:./x:f /(arg0 / 2) == 1/ { }`, `uprobe[./x||f] /(== (/ arg0 2) 1)/ {}`},
		{"predicate with bare division", `uprobe:./x:f /arg0 / 2 == 1/ { }`, `uprobe[./x||f] /(== (/ arg0 2) 1)/ {}`},
		{"predicate no spaces", `BEGIN/1/{exit()}`, `BEGIN[||] /1/ {(exit)}`},
		{"predicate then comment", "BEGIN /pid/ // why\n { }", `BEGIN[||] /pid/ {}`},
		{"division in block", `BEGIN { @x = 6 / 2 / 3 }`, `BEGIN[||] {(= @x (/ (/ 6 2) 3))}`},
		{"precedence mul over add", `BEGIN { @x = 1 + 2 * 3 - 4 }`, `BEGIN[||] {(= @x (- (+ 1 (* 2 3)) 4))}`},
		{"precedence full", `BEGIN { @x = 1 || 2 && 3 | 4 ^ 5 & 6 == 7 < 8 << 9 + 10 * 11 }`,
			`BEGIN[||] {(= @x (|| 1 (&& 2 (| 3 (^ 4 (& 5 (== 6 (< 7 (<< 8 (+ 9 (* 10 11)))))))))))}`},
		{"precedence reversed", `BEGIN { @x = 1 * 2 + 3 << 4 < 5 == 6 & 7 ^ 8 | 9 && 10 || 11 }`,
			`BEGIN[||] {(= @x (|| (&& (| (^ (& (== (< (<< (+ (* 1 2) 3) 4) 5) 6) 7) 8) 9) 10) 11))}`},
		{"comparison chain", `BEGIN { @x = 1 <= 2 != 3 >= 4 > 5 % 2 }`, `BEGIN[||] {(= @x (!= (<= 1 2) (> (>= 3 4) (% 5 2))))}`},
		{"parens", `BEGIN { @x = (1 + 2) * 3 }`, `BEGIN[||] {(= @x (* (+ 1 2) 3))}`},
		{"unary", `BEGIN { @x = -1 + !2 * ~-3 }`, `BEGIN[||] {(= @x (+ (- 1) (* (! 2) (~ (- 3)))))}`},
		{"shift right", `BEGIN { @x = 256 >> 2 }`, `BEGIN[||] {(= @x (>> 256 2))}`},
		{"integers", `BEGIN { printf("", 0x1F, 010, 1_000, 1e3, 18446744073709551615) }`,
			`BEGIN[||] {(printf "" 31 8 1000 1000 18446744073709551615)}`},
		{"escapes", `BEGIN { printf("a\n\t\\\"\r\x41\101\0z") }`, `BEGIN[||] {(printf "a\n\t\\\"\rAA\x00z")}`},
		{"builtins", `usdt:./x:p { printf("%d %d %d %d %s %d %d", arg0, arg11, pid, tid, comm, nsecs, retval) }`,
			`usdt[./x||p] {(printf "%d %d %d %d %s %d %d" arg0 arg11 pid tid comm nsecs retval)}`},
		{"unknown names parse", `BEGIN { foo(bar, $x, $1, @m) }`, `BEGIN[||] {(foo bar $x $1 @m)}`},
		{"map names", `BEGIN { @a_1 = count(); @1 = count() }`, `BEGIN[||] {(= @a_1 (count)) (= @1 (count))}`},
		{"keyed maps", `BEGIN { @m[1] = 2; @m[comm, str(arg0), 1 + 2] = count(); @[pid] = @m[tid] }`,
			`BEGIN[||] {(= @m[1] 2) (= @m[comm,(str arg0),(+ 1 2)] (count)) (= @[pid] @m[tid])}`},
		{"variables", `BEGIN { $x = 1; $y = $x * 2; $s = "a" }`, `BEGIN[||] {(= $x 1) (= $y (* $x 2)) (= $s "a")}`},
		{"compound", `BEGIN { @x += 1; $y -= 2; @m[1] *= 3; $z /= 4; $z %= 5; $z &= 6; $z |= 7; $z ^= 8; $z <<= 9; $z >>= 10 }`,
			`BEGIN[||] {(+= @x 1) (-= $y 2) (*= @m[1] 3) (/= $z 4) (%= $z 5) (&= $z 6) (|= $z 7) (^= $z 8) (<<= $z 9) (>>= $z 10)}`},
		{"increments", `BEGIN { @x++; @x--; ++@x; --$y; @m[1]++; $a = -$b++ + ++@c }`,
			`BEGIN[||] {(@x++) (@x--) (++@x) (--$y) (@m[1]++) (= $a (+ (- ($b++)) (++@c)))}`},
		{"map functions", `BEGIN { print(@m); print(@m, 10, 2); print(1); clear(@m); zero(@m); delete(@m[1, "a"]); time("%H\n"); time() }`,
			`BEGIN[||] {(print @m) (print @m 10 2) (print 1) (clear @m) (zero @m) (delete @m[1,"a"]) (time "%H\n") (time)}`},
		{"aggregations", `BEGIN { @a = sum(1); @b = lhist(arg0, 0, 100, 10); @c[probe] = hist(2) }`,
			`BEGIN[||] {(= @a (sum 1)) (= @b (lhist arg0 0 100 10)) (= @c[probe] (hist 2))}`},
		{"interval", `interval:s:1, i:ms:100, interval:hz:99, i:us:0x10 { }`,
			`interval[||],interval[||],interval[||],interval[||] {}`},
		{"predicate with map", `uprobe:./x:f /@start[tid] != 0/ { }`, `uprobe[./x||f] /(!= @start[tid] 0)/ {}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse("stdin", tc.src)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.src, err)
			}
			if got := dump(p); got != tc.want {
				t.Errorf("Parse(%q)\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func sp(l1, c1, l2, c2 int) Span { return Span{Pos{l1, c1}, Pos{l2, c2}} }

// TestParseSpans pins the positions later error messages rely on.
func TestParseSpans(t *testing.T) {
	src := "uprobe:./x:f, BEGIN /(arg0 + 1) * 2 > 3/\n{\n  @m = count();\n  printf(\"%d\\n\", (pid + 1) * 2);\n}\n"
	p, err := Parse("stdin", src)
	if err != nil {
		t.Fatal(err)
	}
	pr := p.Probes[0]
	pred := pr.Pred.(*Binary)
	mul := pred.X.(*Binary)
	st := pr.Body[0].(*MapAssign)
	call := pr.Body[1].(*ExprStmt).X.(*Call)
	arg := call.Args[1].(*Binary)
	tests := []struct {
		what      string
		got, want Span
	}{
		{"probe", pr.Span, sp(1, 1, 5, 2)},
		{"spec 1", pr.Specs[0].Span, sp(1, 1, 1, 13)},
		{"spec 2", pr.Specs[1].Span, sp(1, 15, 1, 20)},
		{"predicate with slashes", pr.PredSpan, sp(1, 21, 1, 41)},
		{"predicate", pred.Span, sp(1, 22, 1, 40)},
		{"> operator", pred.OpSpan, sp(1, 37, 1, 38)},
		{"* includes the parenthesis", mul.Span, sp(1, 22, 1, 36)},
		{"parenthesised sum", mul.X.Range(), sp(1, 23, 1, 31)},
		{"assignment", st.Span, sp(3, 3, 3, 15)},
		{"map", st.Map.Span, sp(3, 3, 3, 5)},
		{"count", st.Value.Range(), sp(3, 8, 3, 15)},
		{"printf call", call.Span, sp(4, 3, 4, 32)},
		{"format", call.Args[0].Range(), sp(4, 10, 4, 16)},
		{"argument", arg.Span, sp(4, 18, 4, 31)},
		{"builtin", arg.X.(*Binary).X.Range(), sp(4, 19, 4, 22)},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: span %v, want %v", tc.what, tc.got, tc.want)
		}
	}
}

func TestParseInterval(t *testing.T) {
	p, err := Parse("stdin", `interval:s:2, i:ms:100, interval:us:1e3, i:hz:4 { }`)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		unit   string
		period uint64
		str    string
		every  time.Duration
	}{
		{"s", 2, "interval:s:2", 2 * time.Second},
		{"ms", 100, "interval:ms:100", 100 * time.Millisecond},
		{"us", 1000, "interval:us:1000", time.Millisecond},
		{"hz", 4, "interval:hz:4", 250 * time.Millisecond},
	}
	for i, sp := range p.Probes[0].Specs {
		w := want[i]
		if sp.Kind != KindInterval || sp.Unit != w.unit || sp.Period != w.period || sp.String() != w.str || sp.Every() != w.every {
			t.Errorf("spec %d: %v %q %d %q %v, want %+v", i, sp.Kind, sp.Unit, sp.Period, sp.String(), sp.Every(), w)
		}
	}
	for _, src := range []string{"interval:s { }", "i:m:1 { }", "interval:s:x { }", "interval:s:0 { }", "interval:s:1:2 { }", "interval:s:1k { }"} {
		if _, err := Parse("stdin", src); err == nil {
			t.Errorf("Parse(%q) succeeded", src)
		}
	}
}

// TestParseNewSpans pins the spans of the new nodes.
func TestParseNewSpans(t *testing.T) {
	p, err := Parse("stdin", "BEGIN {\n  @m[1, comm] += 2;\n  $x = @m[3, \"a\"]++;\n}")
	if err != nil {
		t.Fatal(err)
	}
	ma := p.Probes[0].Body[0].(*MapAssign)
	av := p.Probes[0].Body[1].(*AssignVar)
	inc := av.Value.(*IncDec)
	tests := []struct {
		what      string
		got, want Span
	}{
		{"map assignment", ma.Span, sp(2, 3, 2, 19)},
		{"keyed map", ma.Map.Span, sp(2, 3, 2, 14)},
		{"key", ma.Keys[1].Range(), sp(2, 9, 2, 13)},
		{"variable assignment", av.Span, sp(3, 3, 3, 20)},
		{"variable", av.Var.Span, sp(3, 3, 3, 5)},
		{"= operator", av.OpSpan, sp(3, 6, 3, 7)},
		{"increment", inc.Span, sp(3, 8, 3, 20)},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: span %v, want %v", tc.what, tc.got, tc.want)
		}
	}
	if ma.Op != "+" || len(ma.Keys) != 2 || &ma.Keys[0] != &ma.Map.Keys[0] {
		t.Errorf("MapAssign Op %q Keys %v", ma.Op, ma.Keys)
	}
	if !inc.Post || inc.Op != "++" {
		t.Errorf("IncDec %+v", inc)
	}
}

// TestParseErrorsAreErrorLists checks the error type callers can rely on.
func TestParseErrorsAreErrorLists(t *testing.T) {
	for _, src := range []string{"BEGIN {", "BEGIN { @x = 1 $ 2 }", "usdt:x { }", "BEGIN { \"a\\q\" }", "", "// only a comment\n"} {
		p, err := Parse("stdin", src)
		if err == nil {
			t.Errorf("Parse(%q) = %v, want error", src, dump(p))
			continue
		}
		list, ok := err.(ErrorList)
		if !ok || len(list) == 0 {
			t.Errorf("Parse(%q) error %T %v, want a non-empty ErrorList", src, err, err)
		}
	}
}

// TestParseDeepNesting makes sure hostile nesting is an error, not a stack
// overflow.
func TestParseDeepNesting(t *testing.T) {
	for _, src := range []string{
		"BEGIN { @x = " + strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000) + " }",
		"BEGIN { @x = " + strings.Repeat("- ", 100000) + "1 }",
		"BEGIN { @x = " + strings.Repeat("!", 100000) + "1 }",
		"BEGIN { @x = " + strings.Repeat("!(", 50000) + "1" + strings.Repeat(")", 50000) + " }",
		"BEGIN { @x = " + strings.Repeat("@a[", 100000) + "1" + strings.Repeat("]", 100000) + " }",
		"BEGIN { @x = " + strings.Repeat("++", 100000) + "$x }",
	} {
		_, err := Parse("stdin", src)
		if err == nil || !strings.Contains(err.Error(), "nested too deeply") {
			t.Errorf("deep nesting %.20q...: got %.200v", src, err)
		}
	}
	// Long flat expressions are fine.
	src := "BEGIN { @x = 1" + strings.Repeat(" + 1", 10000) + " }"
	p, err := Parse("stdin", src)
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(p); err != nil {
		t.Fatal(err)
	}
}

func TestErrorRendering(t *testing.T) {
	p := &Program{File: "f.bt", Src: "BEGIN { x }\n\tmore\n"}
	tests := []struct {
		span Span
		want string
	}{
		{sp(1, 9, 1, 10), "f.bt:1:9-10: ERROR: m\nBEGIN { x }\n        ~"},
		{sp(1, 12, 1, 12), "f.bt:1:12-12: ERROR: m\nBEGIN { x }\n           "},
		{sp(1, 9, 2, 3), "f.bt:1-2: ERROR: m"},
		{sp(3, 1, 3, 1), "f.bt:3:1-1: ERROR: m"},
		{sp(1, 9, 1, 40), "f.bt:1:9-40: ERROR: m\nBEGIN { x }\n        ~~~"}, // clamped to the line
	}
	for _, tc := range tests {
		if got := p.errorAt(tc.span, "m").Error(); got != tc.want {
			t.Errorf("span %v renders\n%q\nwant\n%q", tc.span, got, tc.want)
		}
	}
}

// TestSpecParams checks $N in probe specs: it stands for parameter N's
// text, or nothing when there are fewer parameters.
func TestSpecParams(t *testing.T) {
	for _, tc := range []struct {
		src    string
		params []string
		want   string // the spec's String(), or an error's text
	}{
		{`usdt:./bin:dt:$1 {}`, []string{"val"}, "usdt:./bin:dt:val"},
		{`usdt:$2:$1:v$3 {}`, []string{"dt", "./bin", "al"}, "usdt:./bin:dt:val"},
		{`uprobe:$1:main {}`, []string{"/bin/true"}, "uprobe:/bin/true:main"},
		{`uprobe:./bin:$1 {}`, []string{"f+3"}, "uprobe:./bin:f+3"},
		{`usdt:./bin:dt:$2 {}`, []string{"val"}, "usdt probe must have a target function or wildcard"},
		{`usdt:./bin:dt:$1x {}`, []string{"val"}, "Found trailing text 'x' in positional parameter index"},
	} {
		p, err := ParseParams("stdin", tc.src, tc.params)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = p.Probes[0].Specs[0].String()
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s %q: got %q, want %q", tc.src, tc.params, got, tc.want)
		}
	}
}
