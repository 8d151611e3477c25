package compiler

import (
	"github.com/cilium/ebpf/asm"
)

// usdtArg loads a USDT argument into R0, specialised for its location: a
// register is one load from pt_regs, memory is one bpf_probe_read_user, a
// constant is folded at compile time. The value is then extended to 64 bits
// by the spec's size and sign.
func (g *gen) usdtArg(a Arg) {
	defer g.markArg(len(g.insns), a)
	switch a.Kind {
	case ArgConst:
		g.loadImm(asm.R0, extendConst(a.Const, a.Size, a.Signed))
		return
	case ArgReg:
		g.emit(asm.LoadMem(asm.R0, asm.R6, a.Base.PtRegsOffset(), asm.DWord))
		if a.HighByte {
			g.emit(asm.RSh.Imm(asm.R0, 8))
		}
	case ArgMem:
		g.address(asm.R3, a)
		g.readUser(a.Size)
	case ArgGlobal:
		// The global's runtime address is its link-time address plus the
		// load bias, and the bias is ip - (link-time site address): this
		// works for PIE and shared libraries in every process.
		g.emit(asm.LoadMem(asm.R3, asm.R6, RIP.PtRegsOffset(), asm.DWord))
		g.addImm(asm.R3, int64(a.SymbolAddr)+a.Offset-int64(g.site.Vaddr))
		g.readUser(a.Size)
	default:
		g.fail(g.span, "USDT argument %s at %s: thread-local arguments are not supported", a.Spec, g.site.Name())
		return
	}
	// Sized loads from memory already zero-extend; registers hold stale
	// upper bits.
	if a.Kind == ArgReg || a.Signed {
		g.extend(asm.R0, a.Size, a.Signed)
	}
}

// address computes Offset(Base,Index,Scale) into dst (using R1).
func (g *gen) address(dst asm.Register, a Arg) {
	if a.Base == NoReg {
		g.loadImm(dst, a.Offset)
	} else {
		g.emit(asm.LoadMem(dst, asm.R6, a.Base.PtRegsOffset(), asm.DWord))
		g.addImm(dst, a.Offset)
	}
	if a.Index != NoReg {
		g.emit(asm.LoadMem(asm.R1, asm.R6, a.Index.PtRegsOffset(), asm.DWord))
		if a.Scale > 1 {
			g.emit(asm.Mul.Imm(asm.R1, int32(a.Scale)))
		}
		g.emit(asm.Add.Reg(dst, asm.R1))
	}
}

func (g *gen) addImm(r asm.Register, v int64) {
	switch {
	case v == 0:
	case v >= -1<<31 && v < 1<<31:
		g.emit(asm.Add.Imm(r, int32(v)))
	default:
		g.emit(asm.LoadImm(asm.R1, v, asm.DWord), asm.Add.Reg(r, asm.R1))
	}
}

// readUser reads size bytes from the user address in R3 into R0
// (zero-extended). A failed read yields 0: the helper zeroes the buffer.
func (g *gen) readUser(size int) {
	g.stackPtr(asm.R1, slotKey)
	g.emit(asm.Mov.Imm(asm.R2, int32(size)), asm.FnProbeReadUser.Call())
	g.emit(asm.LoadMem(asm.R0, asm.RFP, slotKey, sizeOf(size)))
}

// extend sign- or zero-extends the low size bytes of r to 64 bits. Shifts
// rather than movsx keep the program loadable on kernels before 6.6.
func (g *gen) extend(r asm.Register, size int, signed bool) {
	if size >= 8 {
		return
	}
	shift := int32(64 - 8*size)
	switch {
	case signed:
		g.emit(asm.LSh.Imm(r, shift), asm.ArSh.Imm(r, shift))
	case size == 4:
		g.emit(asm.Mov.Reg32(r, r)) // 32-bit moves zero the upper half
	default:
		g.emit(asm.And.Imm(r, int32(1)<<(8*size)-1))
	}
}

// extendConst applies a spec's size and sign to a constant: `4@$-1` is
// 4294967295, `-4@$-1` is -1.
func extendConst(v int64, size int, signed bool) int64 {
	if size >= 8 {
		return v
	}
	shift := uint(64 - 8*size)
	if signed {
		return v << shift >> shift
	}
	return int64(uint64(v) << shift >> shift)
}

func sizeOf(n int) asm.Size {
	switch n {
	case 1:
		return asm.Byte
	case 2:
		return asm.Half
	case 4:
		return asm.Word
	}
	return asm.DWord
}
