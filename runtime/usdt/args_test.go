package usdt

import (
	"reflect"
	"strings"
	"testing"

	c "github.com/tinytrace/tinytrace/compiler"
)

// Helpers keep the table readable: every c.Arg starts with no registers.
func reg(spec string, size int, signed bool, r c.Reg) c.Arg {
	return c.Arg{Spec: spec, Size: size, Signed: signed, Kind: c.ArgReg, Base: r, Index: c.NoReg}
}

func mem(spec string, size int, signed bool, base c.Reg, off int64, index c.Reg, scale int) c.Arg {
	return c.Arg{Spec: spec, Size: size, Signed: signed, Kind: c.ArgMem, Base: base, Offset: off, Index: index, Scale: scale}
}

func cnst(spec string, size int, signed bool, v int64) c.Arg {
	return c.Arg{Spec: spec, Size: size, Signed: signed, Kind: c.ArgConst, Base: c.NoReg, Index: c.NoReg, Const: v}
}

func global(spec string, size int, signed bool, sym string, off int64) c.Arg {
	return c.Arg{Spec: spec, Size: size, Signed: signed, Kind: c.ArgGlobal, Base: c.RIP, Index: c.NoReg, Symbol: sym, Offset: off}
}

func TestParseArg(t *testing.T) {
	high := func(a c.Arg) c.Arg { a.HighByte = true; return a }
	tls := func(a c.Arg) c.Arg { a.Kind = c.ArgTLS; return a }
	tests := []struct {
		spec string
		want c.Arg
	}{
		// Registers: the size comes from N, the slot from any alias.
		{"8@%rax", reg("8@%rax", 8, false, c.RAX)},
		{"-4@%eax", reg("-4@%eax", 4, true, c.RAX)},
		{"2@%ax", reg("2@%ax", 2, false, c.RAX)},
		{"1@%al", reg("1@%al", 1, false, c.RAX)},
		{"1@%ah", high(reg("1@%ah", 1, false, c.RAX))},
		{"-1@%bh", high(reg("-1@%bh", 1, true, c.RBX))},
		{"1@%ch", high(reg("1@%ch", 1, false, c.RCX))},
		{"1@%dh", high(reg("1@%dh", 1, false, c.RDX))},
		{"1@%dl", reg("1@%dl", 1, false, c.RDX)},
		{"8@%rbx", reg("8@%rbx", 8, false, c.RBX)},
		{"-4@%ecx", reg("-4@%ecx", 4, true, c.RCX)},
		{"-2@%cx", reg("-2@%cx", 2, true, c.RCX)},
		{"8@%rsi", reg("8@%rsi", 8, false, c.RSI)},
		{"4@%esi", reg("4@%esi", 4, false, c.RSI)},
		{"2@%si", reg("2@%si", 2, false, c.RSI)},
		{"1@%sil", reg("1@%sil", 1, false, c.RSI)},
		{"1@%dil", reg("1@%dil", 1, false, c.RDI)},
		{"-4@%edi", reg("-4@%edi", 4, true, c.RDI)},
		{"8@%rbp", reg("8@%rbp", 8, false, c.RBP)},
		{"1@%bpl", reg("1@%bpl", 1, false, c.RBP)},
		{"8@%rsp", reg("8@%rsp", 8, false, c.RSP)},
		{"1@%spl", reg("1@%spl", 1, false, c.RSP)},
		{"8@%r8", reg("8@%r8", 8, false, c.R8)},
		{"4@%r8d", reg("4@%r8d", 4, false, c.R8)},
		{"2@%r8w", reg("2@%r8w", 2, false, c.R8)},
		{"1@%r8b", reg("1@%r8b", 1, false, c.R8)},
		{"1@%r9b", reg("1@%r9b", 1, false, c.R9)},
		{"2@%r10w", reg("2@%r10w", 2, false, c.R10)},
		{"4@%r11d", reg("4@%r11d", 4, false, c.R11)},
		{"-1@%r12b", reg("-1@%r12b", 1, true, c.R12)},
		{"2@%r13w", reg("2@%r13w", 2, false, c.R13)},
		{"-8@%r14", reg("-8@%r14", 8, true, c.R14)},
		{"8@%r15", reg("8@%r15", 8, false, c.R15)},
		{"8@%RAX", reg("8@%RAX", 8, false, c.RAX)}, // gas is case-insensitive
		// Memory: disp(base,index,scale).
		{"-4@-4(%rbp)", mem("-4@-4(%rbp)", 4, true, c.RBP, -4, c.NoReg, 0)},
		{"8@(%rdx)", mem("8@(%rdx)", 8, false, c.RDX, 0, c.NoReg, 0)},
		{"-4@(%rax)", mem("-4@(%rax)", 4, true, c.RAX, 0, c.NoReg, 0)},
		{"8@16(%r12)", mem("8@16(%r12)", 8, false, c.R12, 16, c.NoReg, 0)},
		{"-8@(%rsp,%rax,8)", mem("-8@(%rsp,%rax,8)", 8, true, c.RSP, 0, c.RAX, 8)},
		{"8@16(%rax,%rbx,8)", mem("8@16(%rax,%rbx,8)", 8, false, c.RAX, 16, c.RBX, 8)},
		{"-8@0(%r13,%rdi,8)", mem("-8@0(%r13,%rdi,8)", 8, true, c.R13, 0, c.RDI, 8)},
		{"-8@-112(%rbp,%rax,8)", mem("-8@-112(%rbp,%rax,8)", 8, true, c.RBP, -112, c.RAX, 8)},
		{"-4@4(%r8,%rsi,8)", mem("-4@4(%r8,%rsi,8)", 4, true, c.R8, 4, c.RSI, 8)},
		{"4@(%rax,%rcx)", mem("4@(%rax,%rcx)", 4, false, c.RAX, 0, c.RCX, 1)},
		{"2@8(,%rcx,2)", mem("2@8(,%rcx,2)", 2, false, c.NoReg, 8, c.RCX, 2)},
		{"8@0x10(%rax)", mem("8@0x10(%rax)", 8, false, c.RAX, 16, c.NoReg, 0)},
		{"8@-0x10(%rax)", mem("8@-0x10(%rax)", 8, false, c.RAX, -16, c.NoReg, 0)},
		{"8@010(%rax)", mem("8@010(%rax)", 8, false, c.RAX, 8, c.NoReg, 0)}, // gas: octal
		{"8@8+8(%rax)", mem("8@8+8(%rax)", 8, false, c.RAX, 16, c.NoReg, 0)},
		// Constants: the value as written; truncation to N is the compiler's.
		{"-4@$5", cnst("-4@$5", 4, true, 5)},
		{"-4@$-1", cnst("-4@$-1", 4, true, -1)},
		{"4@$-1", cnst("4@$-1", 4, false, -1)},
		{"-1@$-3", cnst("-1@$-3", 1, true, -3)},
		{"8@$1311768467463790320", cnst("8@$1311768467463790320", 8, false, 0x123456789abcdef0)},
		{"8@$18446744073709551615", cnst("8@$18446744073709551615", 8, false, -1)},
		{"-8@$-9223372036854775808", cnst("-8@$-9223372036854775808", 8, true, -1<<63)},
		{"8@$0xff", cnst("8@$0xff", 8, false, 255)},
		// rip-relative globals, symbol and offset in either order.
		{"-4@gval(%rip)", global("-4@gval(%rip)", 4, true, "gval", 0)},
		{"-4@40+Stats(%rip)", global("-4@40+Stats(%rip)", 4, true, "Stats", 40)},
		{"-4@Stats+40(%rip)", global("-4@Stats+40(%rip)", 4, true, "Stats", 40)},
		{"-4@Stats-8(%rip)", global("-4@Stats-8(%rip)", 4, true, "Stats", -8)},
		{"-4@cnt.0(%rip)", global("-4@cnt.0(%rip)", 4, true, "cnt.0", 0)},
		{"-4@lib_counter(%rip)", global("-4@lib_counter(%rip)", 4, true, "lib_counter", 0)},
		{"8@_ZN3foo3barE(%rip)", global("8@_ZN3foo3barE(%rip)", 8, false, "_ZN3foo3barE", 0)},
		// Thread-local: parsed so the compiler can name it in an error.
		{"-4@%fs:tls_var@tpoff", c.Arg{Spec: "-4@%fs:tls_var@tpoff", Size: 4, Signed: true, Kind: c.ArgTLS,
			Base: c.NoReg, Index: c.NoReg, Symbol: "tls_var"}},
		{"-8@%fs:16+arr@tpoff", c.Arg{Spec: "-8@%fs:16+arr@tpoff", Size: 8, Signed: true, Kind: c.ArgTLS,
			Base: c.NoReg, Index: c.NoReg, Symbol: "arr", Offset: 16}},
		{"8@%fs:(%rax)", tls(mem("8@%fs:(%rax)", 8, false, c.RAX, 0, c.NoReg, 0))},
		{"8@%fs:0", c.Arg{Spec: "8@%fs:0", Size: 8, Kind: c.ArgTLS, Base: c.NoReg, Index: c.NoReg}},
		// No size prefix (old notes): register width, else 8; unsigned.
		{"%eax", reg("%eax", 4, false, c.RAX)},
		{"%dil", reg("%dil", 1, false, c.RDI)},
		{"%r13w", reg("%r13w", 2, false, c.R13)},
		{"-4(%rbp)", mem("-4(%rbp)", 8, false, c.RBP, -4, c.NoReg, 0)},
		{"$5", cnst("$5", 8, false, 5)},
		{"gval(%rip)", global("gval(%rip)", 8, false, "gval", 0)},
	}
	for _, tt := range tests {
		got, err := ParseArg(tt.spec)
		if err != nil {
			t.Errorf("ParseArg(%q): %v", tt.spec, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseArg(%q)\n got %+v\nwant %+v", tt.spec, got, tt.want)
		}
	}
}

func TestParseArgErrors(t *testing.T) {
	tests := []struct{ spec, msg string }{
		{"", "empty spec"},
		{"8@", "missing operand"},
		{"3@%rax", "bad size 3"},
		{"-16@%rax", "bad size -16"},
		{"8f@%xmm0", "floating-point arguments (8f) are not supported"},
		{"8@%xmm1", "floating-point/vector register %xmm1"},
		{"8@%foo", "unknown register %foo"},
		{"8@%", "missing register name"},
		{"8@%rax junk", "white space"},
		{"8@%raxx", "unknown register %raxx"},
		{"8@%rax)", `unexpected ")" after the operand`},
		{"8@%rip", "%rip as a value"},
		{"8@$", "missing constant"},
		{"8@$x", "symbol address constant $x"},
		{"8@$1x", `unexpected "x"`},
		{"8@$18446744073709551616", "out of range"},
		{"8@$-9223372036854775809", "out of range"},
		{"8@16", "memory operand without a (register)"},
		{"8@16(%rax", "missing )"},
		{"8@16(%eax)", "address register must be 64-bit"},
		{"8@(%al)", "address register must be 64-bit"},
		{"8@()", "memory operand without a register"},
		{"8@(%rax,)", "missing index register"},
		{"8@(%rax,%rsp)", "bad index register"},
		{"8@(%rax,%rbx,3)", "bad scale 3"},
		{"8@(%rax,%rbx,)", "bad scale"},
		{"8@(%rax,%rbx,8,1)", `unexpected ",1)"`},
		{"8@16(%rip)", "without a symbol"},
		{"8@gval(%rip,%rax,8)", "%rip cannot have an index"},
		{"8@gval(%rax)", "symbol gval relative to a register other than %rip"},
		{"8@tab(,%rax,8)", "symbol tab relative to a register"},
		{"8@gval@GOTPCREL(%rip)", "GOT-relative operand gval@GOTPCREL"},
		{"8@gval@tpoff(%rip)", "modifier @tpoff"},
		{"8@a+b(%rip)", "two symbols"},
		{"8@8-gval(%rip)", "negated symbol"},
		{"8@8+(%rip)", "dangling"},
		{"8@%ds:8(%rax)", "segment override %ds:"},
		{"8@%fs:", "missing operand after %fs:"},
		{"8@9223372036854775807+1(%rax)", "displacement out of range"},
	}
	for _, tt := range tests {
		_, err := ParseArg(tt.spec)
		if err == nil {
			t.Errorf("ParseArg(%q): no error, want %q", tt.spec, tt.msg)
			continue
		}
		// Every message names the spec it is about.
		prefix := "usdt argument \"" + tt.spec + "\": "
		if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseArg(%q) error %q, want %q...%q", tt.spec, err, prefix, tt.msg)
		}
	}
}

func TestParseArgs(t *testing.T) {
	// The -O2 args12 note, as gcc 12 writes it.
	s := "-1@%dl 1@%cl -2@%r12w 2@%si -4@%edi 4@%r10d -8@%r11 8@%rbx -4@$-1 -4@gval(%rip) -8@(%r9,%rax,8) -8@-112(%rbp,%rax,8)"
	args, err := ParseArgs(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(args) != 12 {
		t.Fatalf("got %d args, want 12", len(args))
	}
	for i, f := range strings.Fields(s) {
		if args[i].Spec != f {
			t.Errorf("arg %d spec %q, want %q", i, args[i].Spec, f)
		}
	}
	if args[11].Kind != c.ArgMem || args[11].Offset != -112 || args[11].Index != c.RAX {
		t.Errorf("arg 11 = %+v", args[11])
	}

	for _, empty := range []string{"", "  "} {
		if args, err := ParseArgs(empty); err != nil || args != nil {
			t.Errorf("ParseArgs(%q) = %v, %v; want nil, nil", empty, args, err)
		}
	}
	if _, err := ParseArgs("8@%rax 8@%bogus"); err == nil || !strings.Contains(err.Error(), `"8@%bogus"`) {
		t.Errorf("ParseArgs with a bad spec: err = %v, want it to name the bad spec", err)
	}
}

func FuzzParseArg(f *testing.F) {
	for _, s := range []string{"8@%rax", "-4@-4(%rbp)", "8@16(%rax,%rbx,8)", "-4@$-1",
		"-4@40+Stats(%rip)", "-4@%fs:tls_var@tpoff", "%eax", "8f@%xmm0", "8@$0x", "-8@%fs:16+arr@tpoff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseArg(s)
		if err != nil {
			return
		}
		// Whatever parses must be self-consistent.
		if a.Spec != s {
			t.Fatalf("Spec %q != input %q", a.Spec, s)
		}
		switch a.Size {
		case 1, 2, 4, 8:
		default:
			t.Fatalf("%q: size %d", s, a.Size)
		}
		if a.Index != c.NoReg && a.Scale != 1 && a.Scale != 2 && a.Scale != 4 && a.Scale != 8 {
			t.Fatalf("%q: scale %d", s, a.Scale)
		}
		if a.Kind == c.ArgGlobal && a.Symbol == "" {
			t.Fatalf("%q: global without symbol", s)
		}
	})
}
