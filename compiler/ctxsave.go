package compiler

import "github.com/cilium/ebpf/asm"

// dropCtxSave removes the prologue's r6 = r1 when every read of the
// context comes before R1 first changes (a helper call, a jump or a write
// to R1): those reads then use R1 directly. A printf of register arguments
// is such a program.
func dropCtxSave(insns asm.Instructions) asm.Instructions {
	save := asm.Mov.Reg(asm.R6, asm.R1)
	if len(insns) == 0 || insns[0].OpCode != save.OpCode || insns[0].Dst != asm.R6 || insns[0].Src != asm.R1 || insns[0].Symbol() != "" {
		return insns
	}
	var uses []int
	changed := false // R1 may no longer hold the context
	for i := 1; i < len(insns); i++ {
		ins := insns[i]
		writes := writesDst(ins.OpCode)
		if ins.Dst == asm.R6 || (readsSrc(ins.OpCode) && ins.Src == asm.R6) {
			if changed || (writes && ins.Dst == asm.R6) {
				return insns
			}
			uses = append(uses, i)
		}
		switch class := ins.OpCode.Class(); {
		case class.IsJump(), ins.Symbol() != "":
			changed = true
		case class == asm.StXClass && ins.OpCode.Mode() == asm.AtomicMode:
			changed = true // may write its source register
		case writes && ins.Dst == asm.R1:
			changed = true
		}
	}
	out := make(asm.Instructions, 0, len(insns)-1)
	out = append(out, insns[1:]...)
	for _, i := range uses {
		ins := &out[i-1]
		if ins.Dst == asm.R6 {
			ins.Dst = asm.R1
		}
		if ins.Src == asm.R6 {
			ins.Src = asm.R1
			ins.Metadata.Set(ctxReadKey{}, true)
		}
	}
	return out
}

// writesDst reports whether an instruction of this opcode writes its
// destination register (stores write memory at it instead).
func writesDst(op asm.OpCode) bool {
	switch op.Class() {
	case asm.ALUClass, asm.ALU64Class, asm.LdClass, asm.LdXClass:
		return true
	}
	return false
}

// readsSrc reports whether an instruction of this opcode reads its source
// register.
func readsSrc(op asm.OpCode) bool {
	switch class := op.Class(); {
	case class.IsALU():
		return op.ALUOp() != asm.InvalidALUOp && op.Source() == asm.RegSource
	case class.IsJump():
		return op.JumpOp() != asm.Call && op.Source() == asm.RegSource
	case class == asm.LdXClass, class == asm.StXClass:
		return true
	}
	return false
}

type ctxReadKey struct{}

// ReadsContext reports whether an instruction loads from the probe's
// context (pt_regs): through R6, where the prologue saves it, or through
// R1 in a program that never needed to save it.
func ReadsContext(ins *asm.Instruction) bool {
	if ins.OpCode.Class() != asm.LdXClass || ins.OpCode.Mode() != asm.MemMode {
		return false
	}
	return ins.Src == asm.R6 || ins.Metadata.Get(ctxReadKey{}) != nil
}

type noteKey struct{}

// NoteOf returns the remark the compiler left on an instruction for the
// -d asm dump: why some code is there.
func NoteOf(ins *asm.Instruction) (string, bool) {
	s, ok := ins.Metadata.Get(noteKey{}).(string)
	return s, ok
}

// noteNext attaches a remark to the next instruction emitted.
func (g *gen) noteNext(s string) { g.note = s }
