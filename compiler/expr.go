package compiler

import (
	"strconv"
	"strings"

	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// expr evaluates an integer expression into value slot d. Slots below d are
// live and left alone; R1-R5 and R0 are scratch.
func (g *gen) expr(e lang.Expr, d int) {
	switch e := e.(type) {
	case *lang.IntLit:
		if d < len(valueRegs) {
			g.loadImm(valueRegs[d], int64(e.Value))
			return
		}
		g.loadImm(asm.R0, int64(e.Value))
		g.store(d, asm.R0)
	case *lang.Builtin:
		g.builtin(e)
		g.store(d, asm.R0)
	case *lang.Unary:
		g.expr(e.X, d)
		r := g.load(d, asm.R0)
		switch e.Op {
		case "-":
			g.emit(asm.Neg.Imm(r, 0))
		case "~":
			g.emit(asm.Xor.Imm(r, -1))
		case "!":
			g.boolean(r, func(yes string) { g.emit(asm.JEq.Imm(r, 0, yes)) })
		default:
			g.fail(e.Range(), "unary operator %s not supported", e.Op)
		}
		g.store(d, r)
	case *lang.Var:
		if e.Param != nil {
			g.expr(&lang.IntLit{Span: e.Span, Value: uint64(e.Param.Int)}, d)
			return
		}
		off, ok := g.vars[e.Name]
		if !ok || (e.Type().Kind != lang.TInt && e.Type().Kind != lang.TUstack) {
			g.fail(e.Range(), "variable %s of type %s is not supported by the compiler yet", e.Name, e.Type())
			return
		}
		// The load links R0 to the variable's slot (same verifier id):
		// a comparison on R0 would narrow the variable itself for the
		// rest of the action, and the verifier keeps each narrowed
		// range apart, walking all the code after once per range
		// (twice for each if ($x), doubling again in every copy an
		// unroll makes). "|= 0" keeps the value and breaks the link.
		g.emit(asm.LoadMem(asm.R0, asm.RFP, off, asm.DWord))
		if !g.notedUnlink {
			g.noteNext("r |= 0 after a variable's load keeps the value and unlinks the register from the variable's stack slot, so that a comparison does not narrow the variable and the verifier can merge the paths after it (without it, each if on a variable doubles the verifier's walk)")
			g.notedUnlink = true
		}
		g.emit(asm.Or.Imm(asm.R0, 0))
		g.store(d, asm.R0)
	case *lang.Ternary:
		g.ternary(e, d)
	case *lang.Cast:
		g.cast(e, d)
	case *lang.Field:
		g.fieldRead(e, d)
	case *lang.Call:
		if e.Name == "strncmp" || e.Name == "strcontains" {
			g.strFunc(e, d)
			return
		}
		if !g.callExpr(e) {
			g.fail(e.Range(), "%s() is not supported by the compiler in expressions", e.Name)
			return
		}
		g.store(d, asm.R0)
	case *lang.MapRef:
		g.mapRead(e, d)
	case *lang.IncDec:
		g.incDec(e, d)
	case *lang.Binary:
		if b, ok := isStringCompare(e); ok {
			g.stringCompare(b, d)
			return
		}
		switch e.Op {
		case "&&", "||":
			g.logical(e, d)
		default:
			g.binary(e, d)
		}
	default:
		g.fail(e.Range(), "expression not supported by the compiler yet")
	}
}

var aluOps = map[string]asm.ALUOp{
	"+": asm.Add, "-": asm.Sub, "*": asm.Mul, "/": asm.Div, "%": asm.Mod,
	"&": asm.And, "|": asm.Or, "^": asm.Xor, "<<": asm.LSh, ">>": asm.RSh,
}

// Comparison jumps, unsigned and signed.
var cmpOps = map[string][2]asm.JumpOp{
	"==": {asm.JEq, asm.JEq}, "!=": {asm.JNE, asm.JNE},
	"<": {asm.JLT, asm.JSLT}, "<=": {asm.JLE, asm.JSLE},
	">": {asm.JGT, asm.JSGT}, ">=": {asm.JGE, asm.JSGE},
}

func (g *gen) binary(e *lang.Binary, d int) {
	signed := e.X.Type().Signed && e.Y.Type().Signed
	g.expr(e.X, d)
	// A constant right operand is folded into the instruction.
	if lit, ok := e.Y.(*lang.IntLit); ok && int64(lit.Value) >= -1<<31 && int64(lit.Value) < 1<<31 {
		x := g.load(d, asm.R0)
		g.binaryImm(e, x, int32(lit.Value), signed)
		g.store(d, x)
		return
	}
	g.expr(e.Y, d+1)
	x, y := g.load(d, asm.R0), g.load(d+1, asm.R1)
	if e.Op == "%" {
		// BPF leaves x unchanged on modulo by zero; bpftrace gives 0, as
		// BPF's division by zero does.
		nonzero, end := g.newLabel("mod"), g.newLabel("modded")
		g.emit(asm.JNE.Imm(y, 0, nonzero), asm.Mov.Imm(x, 0), asm.Ja.Label(end))
		g.setLabel(nonzero)
		g.emit(signedALU(asm.Mod, e.Op, signed).Reg(x, y))
		g.setLabel(end)
	} else if op, ok := aluOps[e.Op]; ok {
		g.emit(signedALU(op, e.Op, signed).Reg(x, y))
	} else if j, ok := cmpOps[e.Op]; ok {
		g.boolean(x, func(yes string) { g.emit(pick(j, signed).Reg(x, y, yes)) })
	} else {
		g.fail(e.Range(), "operator %s not supported", e.Op)
	}
	g.store(d, x)
}

func (g *gen) binaryImm(e *lang.Binary, x asm.Register, v int32, signed bool) {
	if v == 0 && (e.Op == "/" || e.Op == "%") {
		// The verifier rejects a constant zero divisor; the result is 0.
		g.emit(asm.Mov.Imm(x, 0))
		return
	}
	if e.Op == "<<" || e.Op == ">>" {
		// The verifier refuses constant shifts outside 0..63; shifting by
		// a register masks the amount to 0..63, so do the same here.
		v &= 63
	}
	if op, ok := aluOps[e.Op]; ok {
		g.emit(signedALU(op, e.Op, signed).Imm(x, v))
	} else if j, ok := cmpOps[e.Op]; ok {
		g.boolean(x, func(yes string) { g.emit(pick(j, signed).Imm(x, v, yes)) })
	} else {
		g.fail(e.Range(), "operator %s not supported", e.Op)
	}
}

// signedALU picks the signed variant of / % >> when both operands are signed.
func signedALU(op asm.ALUOp, name string, signed bool) asm.ALUOp {
	if !signed {
		return op
	}
	switch name {
	case "/":
		return asm.SDiv
	case "%":
		return asm.SMod
	case ">>":
		return asm.ArSh
	}
	return op
}

func pick(j [2]asm.JumpOp, signed bool) asm.JumpOp {
	if signed {
		return j[1]
	}
	return j[0]
}

// boolean sets r to 1 if the jump emitted by test is taken, else 0.
func (g *gen) boolean(r asm.Register, test func(yes string)) {
	yes, end := g.newLabel("true"), g.newLabel("bool")
	test(yes)
	g.emit(asm.Mov.Imm(r, 0), asm.Ja.Label(end))
	g.setLabel(yes)
	g.emit(asm.Mov.Imm(r, 1))
	g.setLabel(end)
}

// logical emits short-circuit && and ||; the result is 0 or 1.
func (g *gen) logical(e *lang.Binary, d int) {
	short, end := g.newLabel("short"), g.newLabel("logic")
	// && stops at the first false operand, || at the first true one.
	stop := asm.JEq
	if e.Op == "||" {
		stop = asm.JNE
	}
	g.expr(e.X, d)
	g.emit(stop.Imm(g.load(d, asm.R0), 0, short))
	g.expr(e.Y, d)
	g.emit(stop.Imm(g.load(d, asm.R0), 0, short))
	r := asm.R0
	if d < len(valueRegs) {
		r = valueRegs[d]
	}
	result := int32(1) // && reached the end: all true
	if e.Op == "||" {
		result = 0
	}
	g.emit(asm.Mov.Imm(r, result), asm.Ja.Label(end))
	g.setLabel(short)
	g.emit(asm.Mov.Imm(r, 1-result))
	g.setLabel(end)
	g.store(d, r)
}

// builtin loads an integer builtin into R0.
func (g *gen) builtin(b *lang.Builtin) {
	switch b.Name {
	case "pid":
		g.emit(asm.FnGetCurrentPidTgid.Call(), asm.RSh.Imm(asm.R0, 32))
	case "tid":
		// The lower half is the thread id; a 32-bit move zero-extends.
		g.emit(asm.FnGetCurrentPidTgid.Call(), asm.Mov.Reg32(asm.R0, asm.R0))
	case "nsecs":
		g.emit(asm.FnKtimeGetNs.Call())
	case "retval":
		g.emit(asm.LoadMem(asm.R0, asm.R6, RAX.PtRegsOffset(), asm.DWord))
	case "cpu":
		g.emit(asm.FnGetSmpProcessorId.Call())
	case "uid":
		g.emit(asm.FnGetCurrentUidGid.Call(), asm.Mov.Reg32(asm.R0, asm.R0))
	case "gid":
		g.emit(asm.FnGetCurrentUidGid.Call(), asm.RSh.Imm(asm.R0, 32))
	case "elapsed":
		g.elapsed()
	case "probe":
		g.loadImm(asm.R0, int64(g.c.probeID(g.site.Name())))
	case "ustack":
		g.ustack(b)
	default:
		n, ok := argIndex(b.Name)
		if !ok {
			g.fail(b.Range(), "builtin %s not supported by the compiler yet", b.Name)
			return
		}
		g.arg(b, n)
	}
}

func argIndex(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, "arg")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil && n >= 0
}

// uprobeArgRegs are the System V x86-64 integer argument registers.
var uprobeArgRegs = [...]Reg{RDI, RSI, RDX, RCX, R8, R9}

// arg loads argument n of the current site into R0.
func (g *gen) arg(b *lang.Builtin, n int) {
	// The read is attributed to the argN itself, in dumps and errors.
	outer := g.span
	g.span = b.Range()
	defer func() { g.span = outer }()
	switch g.site.Spec.Kind {
	case lang.KindUSDT:
		if g.site.ArgsErr != nil {
			g.fail(b.Range(), "%s: %v", b.Name, g.site.ArgsErr)
			return
		}
		if n >= len(g.site.Args) {
			g.fail(b.Range(), "%s: probe %s has only %d argument%s at the site at %s+%#x", b.Name, g.site.Name(), len(g.site.Args), plural(len(g.site.Args)), g.site.Path, g.site.Offset)
			return
		}
		g.usdtArg(g.site.Args[n])
	case lang.KindUprobe:
		if n < len(uprobeArgRegs) {
			g.emit(asm.LoadMem(asm.R0, asm.R6, uprobeArgRegs[n].PtRegsOffset(), asm.DWord))
			g.insns[len(g.insns)-1].Metadata.Set(regArgKey{}, n)
			return
		}
		// At function entry the return address is at (%rsp); stack
		// arguments follow it.
		g.usdtArg(Arg{Spec: b.Name, Size: 8, Kind: ArgMem, Base: RSP, Index: NoReg, Offset: int64(8 * (n - len(uprobeArgRegs) + 1))})
	default:
		g.fail(b.Range(), "%s is not available in %s probes", b.Name, g.site.Spec.Kind)
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
