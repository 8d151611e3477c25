// Package usdt reads USDT (SystemTap SDT) probes from ELF files: the
// .note.stapsdt notes that sys/sdt.h emits, and the x86-64 argument specs
// they carry.
package usdt

import (
	"fmt"
	"strings"

	"github.com/tinytrace/tinytrace/compiler"
)

// ParseArgs parses a note's argument string: specs separated by spaces, as
// sys/sdt.h writes them ("-4@%edi 8@16(%rax,%rbx,8) -4@$5"). An empty string
// means a probe without arguments.
func ParseArgs(s string) ([]compiler.Arg, error) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return nil, nil
	}
	args := make([]compiler.Arg, 0, len(fields))
	for _, f := range fields {
		a, err := ParseArg(f)
		if err != nil {
			return nil, err
		}
		args = append(args, a)
	}
	return args, nil
}

// ParseArg parses one x86-64 argument spec, "[-]SIZE@OPERAND" in AT&T
// syntax. SIZE is 1, 2, 4 or 8 bytes, negative when the value is signed.
// Operands:
//
//	%reg                       ArgReg (any width alias: rax eax ax al ah ...)
//	disp(base,index,scale)     ArgMem (each part optional, base or index needed)
//	$imm                       ArgConst
//	sym(%rip), N+sym(%rip),
//	sym+N(%rip), sym-N(%rip)   ArgGlobal (Base RIP, Symbol, Offset)
//	%fs:[N+]sym@tpoff,
//	%fs:disp(base,index,scale) ArgTLS (parsed, the compiler rejects it)
//
// Specs without "SIZE@" come from old notes (and bcc accepts them): the size
// is then the register's width for a register, 8 otherwise, unsigned.
func ParseArg(s string) (compiler.Arg, error) {
	p := argParser{spec: s, s: s}
	a, err := p.parse()
	if err != nil {
		return compiler.Arg{}, fmt.Errorf("usdt argument %q: %s", s, err)
	}
	return a, nil
}

// regInfo says which pt_regs slot a register name refers to and how wide
// that name is.
type regInfo struct {
	reg   compiler.Reg
	width int
	high  bool // ah, bh, ch, dh: bits 8..15
}

var registers = func() map[string]regInfo {
	m := map[string]regInfo{}
	// The legacy eight: rax/eax/ax/al(/ah) and friends.
	legacy := []struct {
		reg                compiler.Reg
		q, d, w, b, bhName string
	}{
		{compiler.RAX, "rax", "eax", "ax", "al", "ah"},
		{compiler.RBX, "rbx", "ebx", "bx", "bl", "bh"},
		{compiler.RCX, "rcx", "ecx", "cx", "cl", "ch"},
		{compiler.RDX, "rdx", "edx", "dx", "dl", "dh"},
		{compiler.RSI, "rsi", "esi", "si", "sil", ""},
		{compiler.RDI, "rdi", "edi", "di", "dil", ""},
		{compiler.RBP, "rbp", "ebp", "bp", "bpl", ""},
		{compiler.RSP, "rsp", "esp", "sp", "spl", ""},
	}
	for _, r := range legacy {
		m[r.q] = regInfo{r.reg, 8, false}
		m[r.d] = regInfo{r.reg, 4, false}
		m[r.w] = regInfo{r.reg, 2, false}
		m[r.b] = regInfo{r.reg, 1, false}
		if r.bhName != "" {
			m[r.bhName] = regInfo{r.reg, 1, true}
		}
	}
	// r8..r15 with the d/w/b suffixes.
	numbered := []compiler.Reg{compiler.R8, compiler.R9, compiler.R10, compiler.R11,
		compiler.R12, compiler.R13, compiler.R14, compiler.R15}
	for i, reg := range numbered {
		n := fmt.Sprintf("r%d", i+8)
		m[n] = regInfo{reg, 8, false}
		m[n+"d"] = regInfo{reg, 4, false}
		m[n+"w"] = regInfo{reg, 2, false}
		m[n+"b"] = regInfo{reg, 1, false}
	}
	m["rip"] = regInfo{compiler.RIP, 8, false}
	return m
}()

// argParser is a cursor over one spec.
type argParser struct {
	spec     string // the whole spec, for Arg.Spec
	s        string // what is left to parse
	regWidth int    // width of the register named by an ArgReg operand
}

func (p *argParser) peek() byte {
	if p.s == "" {
		return 0
	}
	return p.s[0]
}

func (p *argParser) eat(c byte) bool {
	if p.peek() == c {
		p.s = p.s[1:]
		return true
	}
	return false
}

func (p *argParser) parse() (compiler.Arg, error) {
	a := compiler.Arg{Spec: p.spec, Base: compiler.NoReg, Index: compiler.NoReg}
	if p.s == "" {
		return a, fmt.Errorf("empty spec")
	}
	if strings.ContainsAny(p.s, " \t\n") {
		return a, fmt.Errorf("contains white space (use ParseArgs for a list)")
	}
	sized, err := p.sizePrefix(&a)
	if err != nil {
		return a, err
	}
	switch p.peek() {
	case 0:
		return a, fmt.Errorf("missing operand after @")
	case '$':
		p.s = p.s[1:]
		if err := p.constant(&a); err != nil {
			return a, err
		}
	case '%':
		if err := p.regOrSegment(&a); err != nil {
			return a, err
		}
	default:
		if err := p.memory(&a, false); err != nil {
			return a, err
		}
	}
	if p.s != "" {
		return a, fmt.Errorf("unexpected %q after the operand", p.s)
	}
	if !sized {
		// Old notes without "N@": bcc takes the register's width for a
		// register operand; anything else is taken as a 64-bit value.
		a.Size = 8
		if a.Kind == compiler.ArgReg {
			a.Size = p.regWidth
		}
	}
	return a, nil
}

// sizePrefix consumes "[-]N@" (or "[-]Nf@" for floating point, which we
// refuse) if the spec starts with it, and reports whether it did.
func (p *argParser) sizePrefix(a *compiler.Arg) (bool, error) {
	i := 0
	if i < len(p.s) && p.s[i] == '-' {
		i++
	}
	j := i
	for j < len(p.s) && isDigit(p.s[j]) {
		j++
	}
	if j == i {
		return false, nil
	}
	float := false
	k := j
	if k < len(p.s) && p.s[k] == 'f' {
		float = true
		k++
	}
	if k >= len(p.s) || p.s[k] != '@' {
		// A displacement such as "-4(%rbp)" in an unsized spec.
		return false, nil
	}
	digits := p.s[i:j]
	switch digits {
	case "1", "2", "4", "8":
	default:
		return false, fmt.Errorf("bad size %s (want 1, 2, 4 or 8, negative if signed)", p.s[:j])
	}
	if float {
		return false, fmt.Errorf("floating-point arguments (%s) are not supported", p.s[:k])
	}
	a.Size = int(digits[0] - '0')
	a.Signed = i == 1
	p.s = p.s[k+1:]
	return true, nil
}

// constant parses what follows '$'.
func (p *argParser) constant(a *compiler.Arg) error {
	a.Kind = compiler.ArgConst
	if p.s == "" {
		return fmt.Errorf("missing constant after $")
	}
	if isSymStart(p.peek()) {
		// "$sym": the address of a symbol as an immediate (non-PIC code).
		return fmt.Errorf("symbol address constant $%s is not supported", p.s)
	}
	v, err := p.number()
	if err != nil {
		return err
	}
	a.Const = v
	return nil
}

// regOrSegment parses "%reg" or a segment-prefixed memory operand "%fs:...".
func (p *argParser) regOrSegment(a *compiler.Arg) error {
	name, info, err := p.register()
	if err != nil {
		if p.peek() == ':' && (name == "fs" || name == "gs") {
			// Thread-local storage: %fs:sym@tpoff or %fs:disp(base...).
			p.s = p.s[1:]
			if p.s == "" {
				return fmt.Errorf("missing operand after %%%s:", name)
			}
			return p.memory(a, true)
		}
		if p.peek() == ':' {
			return fmt.Errorf("segment override %%%s: is not supported", name)
		}
		return err
	}
	if info.reg == compiler.RIP {
		return fmt.Errorf("%%rip as a value is not supported (only sym(%%rip))")
	}
	a.Kind = compiler.ArgReg
	a.Base = info.reg
	a.HighByte = info.high
	p.regWidth = info.width
	return nil
}

// register parses "%name" and looks the name up. On error the name is still
// returned, so callers can recognise segment registers.
func (p *argParser) register() (string, regInfo, error) {
	if !p.eat('%') {
		return "", regInfo{}, fmt.Errorf("expected a register, got %q", p.s)
	}
	i := 0
	for i < len(p.s) && (isLower(p.s[i]) || isUpper(p.s[i]) || isDigit(p.s[i])) {
		i++
	}
	name := strings.ToLower(p.s[:i])
	p.s = p.s[i:]
	if name == "" {
		return "", regInfo{}, fmt.Errorf("missing register name after %%")
	}
	info, ok := registers[name]
	if !ok {
		switch {
		case strings.HasPrefix(name, "xmm"), strings.HasPrefix(name, "ymm"),
			strings.HasPrefix(name, "zmm"), strings.HasPrefix(name, "st"),
			strings.HasPrefix(name, "mm"):
			return name, regInfo{}, fmt.Errorf("floating-point/vector register %%%s is not supported", name)
		}
		return name, regInfo{}, fmt.Errorf("unknown register %%%s", name)
	}
	return name, info, nil
}

// memory parses "disp(base,index,scale)" with an optional symbolic
// displacement. Under a %fs:/%gs: prefix (tls) the parentheses are optional
// and "sym@tpoff" is allowed.
func (p *argParser) memory(a *compiler.Arg, tls bool) error {
	if err := p.displacement(a, tls); err != nil {
		return err
	}
	if tls {
		a.Kind = compiler.ArgTLS
	} else {
		a.Kind = compiler.ArgMem
	}
	if !p.eat('(') {
		if tls {
			return nil
		}
		if p.s == "" {
			return fmt.Errorf("memory operand without a (register)")
		}
		return fmt.Errorf("unexpected %q in memory operand", p.s)
	}
	if c := p.peek(); c != ',' && c != ')' {
		_, info, err := p.register()
		if err != nil {
			return err
		}
		if info.width != 8 {
			return fmt.Errorf("address register must be 64-bit")
		}
		a.Base = info.reg
	}
	if p.eat(',') {
		if p.peek() == ')' {
			return fmt.Errorf("missing index register")
		}
		_, info, err := p.register()
		if err != nil {
			return err
		}
		if info.width != 8 || info.reg == compiler.RIP || info.reg == compiler.RSP {
			return fmt.Errorf("bad index register")
		}
		a.Index = info.reg
		a.Scale = 1
		if p.eat(',') {
			v, err := p.number()
			if err != nil {
				return fmt.Errorf("bad scale: %v", err)
			}
			switch v {
			case 1, 2, 4, 8:
				a.Scale = int(v)
			default:
				return fmt.Errorf("bad scale %d (want 1, 2, 4 or 8)", v)
			}
		}
	}
	if !p.eat(')') {
		if p.s == "" {
			return fmt.Errorf("missing )")
		}
		return fmt.Errorf("unexpected %q in memory operand", p.s)
	}
	if a.Base == compiler.NoReg && a.Index == compiler.NoReg {
		return fmt.Errorf("memory operand without a register")
	}
	switch {
	case tls:
	case a.Base == compiler.RIP:
		if a.Index != compiler.NoReg {
			return fmt.Errorf("%%rip cannot have an index register")
		}
		if a.Symbol == "" {
			return fmt.Errorf("%%rip-relative operand without a symbol is not supported")
		}
		a.Kind = compiler.ArgGlobal
	case a.Symbol != "":
		// sym(%reg) or sym(,%reg,8) addresses an absolute symbol address:
		// only valid in non-PIE code, and gcc does not emit it on x86-64.
		return fmt.Errorf("symbol %s relative to a register other than %%rip is not supported", a.Symbol)
	}
	return nil
}

// displacement parses a sum of numbers and at most one symbol:
// "", "-112", "40+Stats", "Stats+40", "Stats-8", "16+arr@tpoff".
func (p *argParser) displacement(a *compiler.Arg, tls bool) error {
	if c := p.peek(); c == 0 || c == '(' {
		return nil // no displacement: "(%rdx)"
	}
	neg := false
	for {
		if isSymStart(p.peek()) {
			if neg {
				return fmt.Errorf("negated symbol in displacement")
			}
			if a.Symbol != "" {
				return fmt.Errorf("two symbols in displacement")
			}
			if err := p.symbol(a, tls); err != nil {
				return err
			}
		} else {
			v, err := p.number()
			if err != nil {
				return err
			}
			if neg {
				if v == minInt64 {
					return fmt.Errorf("displacement out of range")
				}
				v = -v
			}
			sum := a.Offset + v
			if (v > 0 && sum < a.Offset) || (v < 0 && sum > a.Offset) {
				return fmt.Errorf("displacement out of range")
			}
			a.Offset = sum
		}
		switch p.peek() {
		case '+':
			neg = false
		case '-':
			neg = true
		default:
			return nil // the caller looks at what is left
		}
		p.s = p.s[1:]
		if c := p.peek(); c == 0 || c == '(' {
			return fmt.Errorf("dangling + or - in displacement")
		}
	}
}

// symbol parses a symbol name, with "@tpoff" allowed only for tls.
func (p *argParser) symbol(a *compiler.Arg, tls bool) error {
	i := 0
	for i < len(p.s) && isSymChar(p.s[i]) {
		i++
	}
	a.Symbol = p.s[:i]
	p.s = p.s[i:]
	if !p.eat('@') {
		return nil
	}
	i = 0
	for i < len(p.s) && isSymChar(p.s[i]) {
		i++
	}
	mod := p.s[:i]
	p.s = p.s[i:]
	switch {
	case tls && strings.EqualFold(mod, "tpoff"):
		return nil
	case strings.EqualFold(mod, "GOTPCREL"):
		// What gcc writes for &sym in PIC code; the note names no GOT slot
		// the linker would have kept, so there is nothing to read.
		return fmt.Errorf("GOT-relative operand %s@%s (the address of %s) is not supported", a.Symbol, mod, a.Symbol)
	}
	return fmt.Errorf("symbol modifier @%s is not supported", mod)
}

const minInt64 = -1 << 63

// number parses what GNU as accepts as an integer in a spec: an optional
// '-', then 0x hex, 0 octal or decimal digits. Values up to 2^64-1 are
// accepted and kept as their two's complement bits, like the assembler.
func (p *argParser) number() (int64, error) {
	neg := p.eat('-')
	base := uint64(10)
	switch {
	case len(p.s) > 1 && p.s[0] == '0' && (p.s[1] == 'x' || p.s[1] == 'X'):
		base = 16
		p.s = p.s[2:]
	case len(p.s) > 1 && p.s[0] == '0' && isDigit(p.s[1]):
		base = 8
		p.s = p.s[1:]
	}
	var v uint64
	n := 0
	for n < len(p.s) {
		d, ok := digitVal(p.s[n])
		if !ok || d >= base {
			break
		}
		if v > (^uint64(0)-d)/base {
			return 0, fmt.Errorf("number out of range")
		}
		v = v*base + d
		n++
	}
	if n == 0 {
		if p.s == "" {
			return 0, fmt.Errorf("missing number")
		}
		return 0, fmt.Errorf("expected a number, got %q", p.s)
	}
	p.s = p.s[n:]
	if neg {
		if v > 1<<63 {
			return 0, fmt.Errorf("number out of range")
		}
		return -int64(v), nil
	}
	return int64(v), nil
}

func digitVal(c byte) (uint64, bool) {
	switch {
	case isDigit(c):
		return uint64(c - '0'), true
	case c >= 'a' && c <= 'f':
		return uint64(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return uint64(c-'A') + 10, true
	}
	return 0, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// Symbols as the assembler writes them: C identifiers plus '.' (gcc names
// function-local statics "cnt.0") and '$'.
func isSymStart(c byte) bool { return isLower(c) || isUpper(c) || c == '_' || c == '.' }
func isSymChar(c byte) bool  { return isSymStart(c) || isDigit(c) || c == '$' }
