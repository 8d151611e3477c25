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
		{`arg0`, `arg0:unsigned int64`},
		{`arg11`, `arg11:unsigned int64`},
		{`pid + tid + nsecs`, `(+:unsigned int64 (+:unsigned int64 pid:unsigned int64 tid:unsigned int64) nsecs:unsigned int64)`},
		{`comm`, `comm:string[16]`},
		{`1 + 2`, `(+:int64 1:int64 2:int64)`},
		{`1 - arg0`, `(-:unsigned int64 1:int64 arg0:unsigned int64)`},
		{`-1 * 3 % 2`, `(%:int64 (*:int64 (-:int64 1:int64) 3:int64) 2:int64)`},
		{`1 << 2 | 8 >> 1 ^ 3 & 1`, `(|:int64 (<<:int64 1:int64 2:int64) (^:int64 (>>:int64 8:int64 1:int64) (&:int64 3:int64 1:int64)))`},
		{`arg0 > 5`, `(>:int64 arg0:unsigned int64 5:int64)`},
		{`arg0 == 1 && pid != 2 || !tid`, `(||:int64 (&&:int64 (==:int64 arg0:unsigned int64 1:int64) (!=:int64 pid:unsigned int64 2:int64)) (!:int64 tid:unsigned int64))`},
		{`-arg0`, `(-:unsigned int64 arg0:unsigned int64)`},
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
	if got := typedExpr(call); got != `(printf:none "%s has %d (%-5llx) %%\n":string[23] comm:string[16] arg0:unsigned int64 pid:unsigned int64)` {
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

func TestCheckMapInfo(t *testing.T) {
	p := mustCheck(t, `
BEGIN { @start[tid] = nsecs; @n++; @s[comm, 1] = "ab"; @s["abcdef", 2] = "abcdef"; @[probe] = count() }
uprobe:./x:f { @lat = hist(nsecs - @start[tid]); @l[pid] = lhist(arg0, 0, 100, 10); @l[1] = lhist(-1, 0, 100, 10);
  @sum = sum(arg0); @sum = sum(-1); @avg = avg(1); @min = min(1); @max = max(1); @st = stats(arg1);
  @u += arg0; delete(@start[tid]); print(@lat, 2, 1); clear(@l); zero(@sum) }`)
	str16, str7 := StringType(16), StringType(7)
	want := map[string]struct {
		keys  []Type
		value Type
	}{
		"@start": {[]Type{Int64}, Uint64},
		"@n":     {nil, Int64},
		"@s":     {[]Type{str16, Int64}, str7},
		"@":      {[]Type{ProbeType}, Count},
		"@lat":   {nil, Type{Kind: THist, Size: 8}},
		"@l":     {[]Type{Int64}, Type{Kind: TLhist, Size: 8, Signed: true}},
		"@sum":   {nil, Type{Kind: TSum, Size: 8, Signed: true}},
		"@avg":   {nil, Type{Kind: TAvg, Size: 8, Signed: true}},
		"@min":   {nil, Type{Kind: TMin, Size: 8, Signed: true}},
		"@max":   {nil, Type{Kind: TMax, Size: 8, Signed: true}},
		"@st":    {nil, Type{Kind: TStats, Size: 8}},
		"@u":     {nil, Uint64},
	}
	if len(p.MapInfo) != len(want) || len(p.Maps) != len(want) {
		t.Errorf("MapInfo has %d maps, Maps %d, want %d", len(p.MapInfo), len(p.Maps), len(want))
	}
	for name, w := range want {
		d := p.MapInfo[name]
		if d == nil {
			t.Errorf("no MapInfo for %s", name)
			continue
		}
		if d.Name != name || d.Value != w.value || fmt.Sprint(d.Keys) != fmt.Sprint(w.keys) || (d.Keys == nil) != (w.keys == nil) {
			t.Errorf("%s: %+v, want keys %v value %v", name, d, w.keys, w.value)
		}
		if p.Maps[name] != d.Value {
			t.Errorf("Maps[%s] = %v, want %v", name, p.Maps[name], d.Value)
		}
	}
	if l := p.MapInfo["@l"].Lhist; l == nil || *l != (LhistParams{0, 100, 10}) {
		t.Errorf("@l lhist %+v", l)
	}
	if p.MapInfo["@lat"].Lhist != nil {
		t.Errorf("@lat has lhist bounds")
	}
}

func TestCheckVars(t *testing.T) {
	p := mustCheck(t, `BEGIN { $x = 1; $x = pid; $s = "a"; printf("%s\n", $s); $s = "abcd"; $x += 2; $x++; $p = probe; $t = str(0) }
END { $x = "q" }`)
	want := map[string]Type{"$x": Int64, "$s": StringType(5), "$p": ProbeType, "$t": StringType(64)}
	if fmt.Sprint(p.Probes[0].Vars) != fmt.Sprint(want) {
		t.Errorf("BEGIN vars %v, want %v", p.Probes[0].Vars, want)
	}
	if got := p.Probes[1].Vars["$x"]; got != StringType(2) {
		t.Errorf("END $x %v (variables are per probe)", got)
	}
	// Every node of a string variable has its final size.
	read := p.Probes[0].Body[3].(*ExprStmt).X.(*Call).Args[1]
	if read.Type() != StringType(5) {
		t.Errorf("$s read typed %v", read.Type())
	}
}

func TestCheckStrLen(t *testing.T) {
	for _, tc := range []struct {
		opts CheckOptions
		want Type
	}{{CheckOptions{}, StringType(64)}, {CheckOptions{StrLen: 10}, StringType(10)}, {CheckOptions{StrLen: 200}, StringType(200)}} {
		p, err := Parse("stdin", `uprobe:./x:f { @s[str(arg0, 5)] = str(arg1) }`)
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckWith(p, tc.opts); err != nil {
			t.Fatal(err)
		}
		d := p.MapInfo["@s"]
		if d.Value != tc.want || d.Keys[0] != tc.want {
			t.Errorf("StrLen %d: %+v, want %v", tc.opts.StrLen, d, tc.want)
		}
	}
}

func TestCheckNewTypes(t *testing.T) {
	tests := []struct{ expr, want string }{
		{`elapsed + cpu + uid + gid`, `(+:unsigned int64 (+:unsigned int64 (+:unsigned int64 elapsed:unsigned int64 cpu:unsigned int64) uid:unsigned int64) gid:unsigned int64)`},
		{`probe`, `probe:probe`},
		{`str(arg0)`, `(str:string[64] arg0:unsigned int64)`},
		{`str(arg0, 4) == comm`, `(==:int64 (str:string[64] arg0:unsigned int64 4:int64) comm:string[16])`},
		{`@m[1] + @n`, `(+:unsigned int64 @m[1]:int64 @n:unsigned int64)`},
		{`@m[2]++`, `(@m[2]++):int64`},
		{`--@n`, `(--@n):unsigned int64`},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			p := mustCheck(t, "usdt:./x:p:n { @m[0] = 1; @n = pid; "+tc.expr+" }")
			got := typedExpr(p.Probes[0].Body[2].(*ExprStmt).X)
			if got != tc.want {
				t.Errorf("%s\n got %s\nwant %s", tc.expr, got, tc.want)
			}
		})
	}
}

// TestCheckMapReadBeforeAssign: a probe may read a map that a later probe
// assigns, and gets its type.
func TestCheckMapReadBeforeAssign(t *testing.T) {
	p := mustCheck(t, `BEGIN { $v = @s; printf("%s\n", @s) } END { @s = comm }`)
	if got := p.Probes[0].Vars["$v"]; got != StringType(16) {
		t.Errorf("$v = %v", got)
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
		`uprobe:./x:f { printf("%d\n", username) }`:    "The username builtin is not supported by tinytrace yet",
		`BEGIN { @x = join(1) }`:                       "join() is not supported by tinytrace yet",
		`interval:s:1 { printf("%d\n", arg0) }`:        "The arg0 builtin can only be used",
		`BEGIN { printf("%d", $0) }`:                   "param $0 is out of integer range",
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
		`interval:s:1, i:ms:10 /@n[cpu] > 2/ { @n[cpu]++; $x = @n[cpu] * 2; @m[comm, $x] += $x; print(@n, 3, 1); clear(@m); }`,
		`uprobe:./x:f { @start[tid] = nsecs; } uretprobe:./x:f /@start[tid]/ { @h = hist(nsecs - @start[tid]); @l = lhist(retval, 0, 100, 10); delete(@start[tid]); }`,
		`BEGIN { @s = sum(1); @a = avg(2); @mi = min(3); @ma = max(4); @st = stats(5); zero(@s); print(@a); time("%H:%M:%S\n"); time(); }`,
		`BEGIN { $s = str(arg0, 8); @k[probe, $s, str(0)] = count(); print(probe); print($s == "x"); --$y; $z++; pid++; ++@q[1,2]; }`,
		`BEGIN { @x[1 2] = 1; @y[] = 2; $a = $b = 3; @c +=; (@d)++; ++1; }`,
		`BEGIN { if ($1 > 2) { $i = 0; while ($i < $#) { $i++; if ($i % 2) { continue; } else { break; } } } else if (1) { return; } unroll(3) { @x = (int8)300 ? "a" : str($2); } }`,
		`BEGIN { $t = (1, "x", (2, comm)); @t[1] = $t; printf("%d %s
", $t.0, $t.1); print((1, 'A')); @u = strncmp(comm, "a", 1) + strcontains("ab", "b"); (foo)1; $t.0 = 2; }`,
	}
	for _, s := range append(seeds, seedScripts(f)...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p, err := Parse("fuzz.bt", src)
		if err != nil {
			_ = err.Error()
			return
		}
		if err := CheckWith(p, CheckOptions{StrLen: 8, Params: []string{"3", "abc"}}); err != nil {
			_ = err.Error()
		}
	})
}

// TestPositionalParams checks $N and $# against given parameters: numeric
// ones are integers (C's strtoll rules), missing ones 0, str($N) takes any
// text, and a non-numeric one used as an integer is bpftrace's error.
func TestPositionalParams(t *testing.T) {
	for _, tc := range []struct {
		src    string
		params []string
		want   int64  // value of the first $N or $# in the script
		err    string // "" when the script checks
	}{
		{`BEGIN { @x = $1 }`, []string{"5"}, 5, ""},
		{`BEGIN { @x = $1 }`, []string{"0x10"}, 16, ""},
		{`BEGIN { @x = $1 }`, []string{"010"}, 8, ""},
		{`BEGIN { @x = $1 }`, []string{" -7"}, -7, ""},
		{`BEGIN { @x = $2 }`, []string{"5"}, 0, ""},
		{`BEGIN { @x = $# }`, []string{"a", "b", "c"}, 3, ""},
		{`BEGIN { @x = $# }`, nil, 0, ""},
		{`BEGIN { @x = str($1) }`, []string{"abc"}, 0, ""},
		{`BEGIN { @x = $1 }`, []string{"abc"}, 0, `$1 used numerically but given "abc". Try using str($1).`},
		{`BEGIN { @x = $1 }`, []string{"1e3"}, 0, `$1 used numerically but given "1e3". Try using str($1).`},
		{`BEGIN { @x = $1 }`, []string{"1_000"}, 0, `$1 used numerically but given "1_000"`},
		{`BEGIN { @x = $1 }`, []string{"0b11"}, 0, `$1 used numerically but given "0b11"`},
		{`BEGIN { printf("%s\n", $1) }`, []string{"abc"}, 0, `$1 used numerically`},
		{`BEGIN { unroll($1) { @x++ } }`, []string{"101"}, 0, "unroll maximum value is 100"},
	} {
		p, err := Parse("stdin", tc.src)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		err = CheckWith(p, CheckOptions{Params: tc.params})
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s %q: error %v, want %q", tc.src, tc.params, err, tc.err)
			}
			continue
		case err != nil:
			t.Errorf("%s %q: %v", tc.src, tc.params, err)
			continue
		}
		var v *Var
		inspect(p.Probes[0].Body[0].(*MapAssign).Value, func(e Expr) {
			if x, ok := e.(*Var); ok && v == nil {
				v = x
			}
		})
		if v == nil || v.Param == nil || v.Param.Int != tc.want {
			t.Errorf("%s %q: param %+v, want %d", tc.src, tc.params, v, tc.want)
		}
	}
}
