package lang

import (
	"fmt"
	"strings"
	"testing"
)

// typed renders an expression with the type of every node, e.g.
// "(+:int64 1:int64 2:int64)".
func typedExpr(e Expr) string {
	t := ":" + e.Type().String()
	switch e := e.(type) {
	case *Call:
		parts := []string{e.Name + t}
		for _, a := range e.Args {
			parts = append(parts, typedExpr(a))
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Unary:
		return "(" + e.Op + t + " " + typedExpr(e.X) + ")"
	case *Binary:
		return "(" + e.Op + t + " " + typedExpr(e.X) + " " + typedExpr(e.Y) + ")"
	}
	return sexpr(e) + t
}

func mustCheck(t *testing.T, src string) *Program {
	t.Helper()
	p, err := Parse("stdin", src)
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	if err := Check(p); err != nil {
		t.Fatalf("Check(%q): %v", src, err)
	}
	return p
}

func TestCheckTypes(t *testing.T) {
	tests := []struct{ expr, want string }{
		{`1`, `1:int64`},
		{`"abc"`, `"abc":string[4]`},
		{`"a\n"`, `"a\n":string[3]`},
		{`arg0`, `arg0:uint64`},
		{`arg11`, `arg11:uint64`},
		{`pid + tid + nsecs`, `(+:uint64 (+:uint64 pid:uint64 tid:uint64) nsecs:uint64)`},
		{`comm`, `comm:string[16]`},
		{`1 + 2`, `(+:int64 1:int64 2:int64)`},
		{`1 - arg0`, `(-:uint64 1:int64 arg0:uint64)`},
		{`-1 * 3 % 2`, `(%:int64 (*:int64 (-:int64 1:int64) 3:int64) 2:int64)`},
		{`1 << 2 | 8 >> 1 ^ 3 & 1`, `(|:int64 (<<:int64 1:int64 2:int64) (^:int64 (>>:int64 8:int64 1:int64) (&:int64 3:int64 1:int64)))`},
		{`arg0 > 5`, `(>:int64 arg0:uint64 5:int64)`},
		{`arg0 == 1 && pid != 2 || !tid`, `(||:int64 (&&:int64 (==:int64 arg0:uint64 1:int64) (!=:int64 pid:uint64 2:int64)) (!:int64 tid:uint64))`},
		{`-arg0`, `(-:uint64 arg0:uint64)`},
		{`~5`, `(~:int64 5:int64)`},
		{`comm == "bash"`, `(==:int64 comm:string[16] "bash":string[5])`},
		{`"a" != "bc"`, `(!=:int64 "a":string[2] "bc":string[3])`},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			p := mustCheck(t, "usdt:./x:p:n { printf(\"%d\", 1); 1; "+tc.expr+" }")
			got := typedExpr(p.Probes[0].Body[2].(*ExprStmt).X)
			if got != tc.want {
				t.Errorf("%s\n got %s\nwant %s", tc.expr, got, tc.want)
			}
		})
	}
}

func TestCheckPrintf(t *testing.T) {
	p := mustCheck(t, `usdt:./x:p:n { printf("%s has %d (%-5llx) %%\n", comm, arg0, pid) }`)
	call := p.Probes[0].Body[0].(*ExprStmt).X.(*Call)
	if call.Format == nil {
		t.Fatal("printf Format not set")
	}
	var verbs []string
	for _, v := range call.Format.Verbs() {
		verbs = append(verbs, fmt.Sprintf("%s%c", v.Length, v.Conv))
	}
	if got := strings.Join(verbs, ","); got != "s,d,llx" {
		t.Errorf("verbs %s, want s,d,llx", got)
	}
	if call.Type() != None {
		t.Errorf("printf type %v, want none", call.Type())
	}
	if got := typedExpr(call); got != `(printf:none "%s has %d (%-5llx) %%\n":string[23] comm:string[16] arg0:uint64 pid:uint64)` {
		t.Errorf("typed call %s", got)
	}
}

func TestCheckMaps(t *testing.T) {
	p := mustCheck(t, `
BEGIN { @c = count(); @i = 1; @s = "ab"; @ = count() }
uretprobe:./x:f /retval != 0/ { @c = count(); @i = retval; @s = comm; @s = "x" }
END { exit() }`)
	want := map[string]Type{
		"@c": Count,
		"@i": Int64, // first assignment wins for integers
		"@s": StringType(16),
		"@":  Count,
	}
	if len(p.Maps) != len(want) {
		t.Errorf("Maps = %v, want %v", p.Maps, want)
	}
	for name, w := range want {
		if got := p.Maps[name]; got != w {
			t.Errorf("Maps[%s] = %v, want %v", name, got, w)
		}
	}
	// Every assignment's map node has the map's final type.
	for _, pr := range p.Probes {
		for _, st := range pr.Body {
			if as, ok := st.(*MapAssign); ok && as.Map.Type() != want[as.Map.Name] {
				t.Errorf("%s node typed %v, want %v", as.Map.Name, as.Map.Type(), want[as.Map.Name])
			}
			if as, ok := st.(*MapAssign); ok && as.Value.Type().Kind == TNone {
				t.Errorf("%s value untyped", as.Map.Name)
			}
		}
	}
}

func TestCheckProbeKinds(t *testing.T) {
	ok := []string{
		`usdt:./x:p:n, uprobe:./x:f { printf("%d\n", arg5) }`,
		`uretprobe:./x:f, ur:./x:g { printf("%d\n", retval) }`,
		`BEGIN { printf("%d %d\n", pid, nsecs) } END { printf("%s\n", comm) }`,
		`BEGIN /pid == 1/ { exit() }`,
		`BEGIN /1/ { exit() }`,
	}
	for _, src := range ok {
		mustCheck(t, src)
	}
	bad := map[string]string{
		`usdt:./x:p:n, BEGIN { printf("%d\n", arg0) }`: "The arg0 builtin can only be used",
		`uretprobe:./x:f { printf("%d\n", arg0) }`:     "The arg0 builtin can only be used",
		`uprobe:./x:f { printf("%d\n", retval) }`:      "The retval builtin can only be used",
		`uprobe:./x:f { printf("%d\n", arg12) }`:       "Unknown identifier: 'arg12'",
		`uprobe:./x:f { printf("%d\n", uid) }`:         "The uid builtin is not supported by tinytrace yet",
		`BEGIN { @x = hist(1) }`:                       "hist() is not supported by tinytrace yet",
		`BEGIN { @x = str(1) }`:                        "str() is not supported by tinytrace yet",
		`BEGIN { @x = 1; @y = @x }`:                    "@x used as a value is not supported yet",
		`BEGIN { printf("%d", $1) }`:                   "Positional parameters such as $1",
	}
	for src, want := range bad {
		p, err := Parse("stdin", src)
		if err != nil {
			t.Errorf("Parse(%q): %v", src, err)
			continue
		}
		err = Check(p)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Check(%q) = %v, want %q", src, err, want)
		}
	}
}

// TestCheckErrorOrder checks that all errors come back in source order.
func TestCheckErrorOrder(t *testing.T) {
	p, err := Parse("stdin", "BEGIN { @b = bar; @a = foo }\nEND { x(); @z = 1 + \"s\" }")
	if err != nil {
		t.Fatal(err)
	}
	err = Check(p)
	list, ok := err.(ErrorList)
	if !ok || len(list) != 4 {
		t.Fatalf("Check: %v", err)
	}
	for i := 1; i < len(list); i++ {
		a, b := list[i-1].Span.Start, list[i].Span.Start
		if a.Line > b.Line || a.Line == b.Line && a.Col > b.Col {
			t.Errorf("errors out of order: %v", err)
		}
	}
}

func TestCheckNil(t *testing.T) {
	if err := Check(nil); err != nil {
		t.Errorf("Check(nil) = %v", err)
	}
}

// FuzzParseCheck feeds arbitrary scripts through Parse and Check: they may
// fail, but never panic, and every error must render.
func FuzzParseCheck(f *testing.F) {
	seeds := []string{
		`BEGIN { printf("hello %s %d\n", comm, pid); exit(); }`,
		"#!/usr/bin/env bpftrace\nusdt:./srv:app:req /arg0 > 5/ { @reqs = count(); }\nEND { exit() }",
		`uprobe:/lib/libc.so.6:malloc /(arg0 / 2) == 1/ { @ = count() }`,
		`uretprobe:./x:f { printf("%d\n", retval * 2 + -1 << 3) }`,
		`BEGIN { @x = "a\x41\101\n"; @x = comm; @y = 1 == 2 || !3 }`,
		`BEGIN { $x = ; } /* unterminated`,
		"BEGIN { printf(\"%d %d\\n\",\n 1); }",
		`BEGIN, END /comm == "bash"/ { @m = 0x10 + 1_000 + 1e3 }`,
		`BEGIN { foo(bar, @z, $1) } }`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p, err := Parse("fuzz.bt", src)
		if err != nil {
			_ = err.Error()
			return
		}
		if err := Check(p); err != nil {
			_ = err.Error()
		}
	})
}
