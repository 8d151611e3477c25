package compiler

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"
)

// argKey tags the first instruction of a USDT argument read with the Arg
// it implements, so dumps can say which spec the code reads.
type argKey struct{}

// ArgOf returns the USDT argument whose read starts at ins.
func ArgOf(ins *asm.Instruction) (Arg, bool) {
	a, ok := ins.Metadata.Get(argKey{}).(Arg)
	return a, ok
}

// markArg tags the instruction at index start, the first one usdtArg
// emitted, with a.
func (g *gen) markArg(start int, a Arg) {
	if start < len(g.insns) {
		g.insns[start].Metadata.Set(argKey{}, a)
	}
}

// regArgKey tags the load of a uprobe argument passed in a register with
// its position (0 for arg0).
type regArgKey struct{}

// RegArgOf describes the uprobe register argument loaded by ins: "rdi (1st
// integer argument, System V ABI)".
func RegArgOf(ins *asm.Instruction) (string, bool) {
	n, ok := ins.Metadata.Get(regArgKey{}).(int)
	if !ok || n >= len(uprobeArgRegs) {
		return "", false
	}
	return fmt.Sprintf("%s (%s integer argument, System V ABI)", uprobeArgRegs[n], ordinal(n+1)), true
}

func ordinal(n int) string {
	switch n {
	case 1:
		return "1st"
	case 2:
		return "2nd"
	case 3:
		return "3rd"
	}
	return fmt.Sprintf("%dth", n)
}

// Describe says in words what the code usdtArg generates for a does:
// "load rbp from pt_regs, add -4, read 4 bytes, sign-extend".
func (a Arg) Describe() string {
	var steps []string
	add := func(format string, args ...any) { steps = append(steps, fmt.Sprintf(format, args...)) }
	switch a.Kind {
	case ArgConst:
		v := extendConst(a.Const, a.Size, a.Signed)
		if v == a.Const {
			return fmt.Sprintf("the constant %d, folded into the program", v)
		}
		return fmt.Sprintf("the constant %d as a %d-byte %s value is %d, folded into the program", a.Const, a.Size, signedness(a.Signed), v)
	case ArgReg:
		add("load %s from pt_regs", a.Base)
		if a.HighByte {
			add("shift right 8")
		}
	case ArgMem:
		if a.Base == NoReg {
			add("start at %d", a.Offset)
		} else {
			add("load %s from pt_regs", a.Base)
			if a.Offset != 0 {
				add("add %d", a.Offset)
			}
		}
		if a.Index != NoReg {
			if a.Scale > 1 {
				add("add %s*%d", a.Index, a.Scale)
			} else {
				add("add %s", a.Index)
			}
		}
		add("read %d bytes", a.Size)
	case ArgGlobal:
		sym := a.Symbol
		if a.Offset != 0 {
			sym = fmt.Sprintf("%d+%s", a.Offset, sym)
		}
		add("load rip (the probe site) from pt_regs, add the distance from the site to %s, read %d bytes", sym, a.Size)
	default:
		return "thread-local: not supported"
	}
	if a.Size < 8 && (a.Kind == ArgReg || a.Signed) {
		if a.Signed {
			add("sign-extend")
		} else {
			add("zero-extend")
		}
	}
	return strings.Join(steps, ", ")
}

func signedness(signed bool) string {
	if signed {
		return "signed"
	}
	return "unsigned"
}
