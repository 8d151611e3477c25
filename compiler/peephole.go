package compiler

import "github.com/cilium/ebpf/asm"

// The code generator works in templates: an expression leaves its value in
// R0 and the caller moves it where it is needed, so `r0 = load; r7 = r0`
// and `r8 = r0 ... r3 = r8` pairs are common. dropCopies removes such
// copies by making the instruction that produced the value write the
// copy's register directly, where liveness shows that is safe.

// regSet is a set of registers R0-R9, one bit each.
type regSet uint16

func regs(rs ...asm.Register) regSet {
	var s regSet
	for _, r := range rs {
		if r <= asm.R9 {
			s |= 1 << r
		}
	}
	return s
}

func (s regSet) has(r asm.Register) bool { return r <= asm.R9 && s&(1<<r) != 0 }

var (
	helperArgs    = regs(asm.R1, asm.R2, asm.R3, asm.R4, asm.R5)
	helperClobber = regs(asm.R0, asm.R1, asm.R2, asm.R3, asm.R4, asm.R5)
)

// effect is what one instruction does to registers. uses and mayDef are
// supersets of what it really reads and writes, mustDef a subset of what
// it always writes, so that liveness errs on the side of "live".
type effect struct {
	uses, mustDef, mayDef regSet
	// pureDef: the instruction writes Dst and nothing else, and its
	// result does not depend on Dst's old value (unless Dst is a source).
	pureDef bool
	jump    bool // ends a straight line: a jump, call or exit
}

// effectOf returns the effect of ins, or false for an instruction this
// pass does not model (the pass then leaves the program alone).
func effectOf(ins *asm.Instruction) (effect, bool) {
	op := ins.OpCode
	dst, src := regs(ins.Dst), regs(ins.Src)
	switch class := op.Class(); class {
	case asm.ALUClass, asm.ALU64Class:
		e := effect{mustDef: dst, mayDef: dst}
		if op.ALUOp() == asm.Mov {
			e.pureDef = true
		} else {
			e.uses = dst
		}
		if op.Source() == asm.RegSource && op.ALUOp() != asm.Swap {
			e.uses |= src
		}
		return e, true
	case asm.LdXClass:
		return effect{uses: src, mustDef: dst, mayDef: dst, pureDef: true}, true
	case asm.LdClass:
		if op.Mode() != asm.ImmMode {
			return effect{}, false
		}
		return effect{mustDef: dst, mayDef: dst, pureDef: true}, true
	case asm.StClass:
		return effect{uses: dst}, true
	case asm.StXClass:
		switch op.Mode() {
		case asm.MemMode:
			return effect{uses: dst | src}, true
		case asm.AtomicMode:
			// A fetch or exchange writes its source register, a
			// compare-exchange uses and writes R0.
			return effect{uses: dst | src | regs(asm.R0), mayDef: src | regs(asm.R0)}, true
		}
		return effect{}, false
	case asm.JumpClass, asm.Jump32Class:
		switch op.JumpOp() {
		case asm.Call:
			return effect{uses: helperArgs, mustDef: helperClobber, mayDef: helperClobber, jump: true}, true
		case asm.Exit:
			return effect{uses: regs(asm.R0), jump: true}, true
		case asm.Ja:
			return effect{jump: true}, true
		}
		e := effect{uses: dst, jump: true}
		if op.Source() == asm.RegSource {
			e.uses |= src
		}
		return e, true
	}
	return effect{}, false
}

// liveness fills liveOut with the registers live after each instruction,
// using at and succs as scratch space. It fails on jumps it cannot follow.
func liveness(insns asm.Instructions, effects []effect, at map[string]int, succs [][2]int, liveOut []regSet) bool {
	clear(at)
	clear(liveOut)
	for i := range insns {
		if sym := insns[i].Symbol(); sym != "" {
			at[sym] = i
		}
	}
	for i := range insns { // successors; -1: none
		ins := &insns[i]
		next, target := i+1, -1
		if next >= len(insns) {
			next = -1
		}
		if effects[i].jump {
			switch ins.OpCode.JumpOp() {
			case asm.Call:
			case asm.Exit:
				next = -1
			default:
				t, ok := at[ins.Reference()]
				if !ok {
					return false // a raw offset: not modelled
				}
				target = t
				if ins.OpCode.JumpOp() == asm.Ja {
					next = -1
				}
			}
		}
		succs[i] = [2]int{next, target}
	}
	for changed := true; changed; {
		changed = false
		for i := len(insns) - 1; i >= 0; i-- {
			var out regSet
			for _, s := range succs[i] {
				if s >= 0 {
					out |= effects[s].uses | (liveOut[s] &^ effects[s].mustDef)
				}
			}
			if out != liveOut[i] {
				liveOut[i] = out
				changed = true
			}
		}
	}
	return true
}

// dropCopies removes register copies `rD = rS` whose source was produced
// earlier on the same straight line by an instruction that can write rD
// instead: nothing in between touches rD or reads rS, and rS is dead after
// the copy.
func dropCopies(insns asm.Instructions) asm.Instructions {
	// One set of buffers serves every round: the program only shrinks.
	n := len(insns)
	effects, liveOut, succs := make([]effect, n), make([]regSet, n), make([][2]int, n)
	drop, touched := make([]bool, n), make([]bool, n)
	at := make(map[string]int)
	for {
		n = len(insns)
		effects, liveOut, succs, drop, touched = effects[:n], liveOut[:n], succs[:n], drop[:n], touched[:n]
		clear(drop)
		clear(touched)
		for i := range insns {
			e, ok := effectOf(&insns[i])
			if !ok {
				return insns
			}
			effects[i] = e
		}
		if !liveness(insns, effects, at, succs, liveOut) {
			return insns
		}
		// touched marks the instructions between a rewritten definition
		// and its dropped copy: their effects are stale until the next
		// round.
		dropped := 0
		for j := range insns {
			if touched[j] {
				continue
			}
			if readers, ok := copyReaders(insns, effects, liveOut, touched, j); ok {
				rD, rS := insns[j].Dst, insns[j].Src
				for _, k := range readers {
					if insns[k].Src == rD {
						insns[k].Src = rS
					}
					if insns[k].Dst == rD {
						insns[k].Dst = rS
					}
				}
				drop[j] = true
				for k := j; k <= readers[len(readers)-1]; k++ {
					touched[k] = true
				}
				dropped++
				continue
			}
			chain, ok := copySource(insns, effects, liveOut, touched, j)
			if !ok {
				continue
			}
			for _, k := range chain {
				if insns[k].Src == insns[k].Dst && insns[k].OpCode.Source() == asm.RegSource {
					insns[k].Src = insns[j].Dst
				}
				insns[k].Dst = insns[j].Dst
			}
			drop[j] = true
			def := chain[len(chain)-1]
			for k := def; k <= j; k++ {
				touched[k] = true
			}
			dropped++
		}
		if dropped == 0 {
			return insns
		}
		out := insns[:0] // in place: writes never overtake reads
		for i := range insns {
			if !drop[i] {
				out = append(out, insns[i])
			}
		}
		insns = out
	}
}

// isCopy reports whether ins is a plain 64-bit register copy the pass may
// remove.
func isCopy(ins *asm.Instruction) bool {
	return ins.OpCode == asm.Mov.Reg(ins.Dst, ins.Src).OpCode && ins.Offset == 0 && ins.Dst != ins.Src &&
		ins.Dst <= asm.R9 && ins.Src <= asm.R9 && ins.Symbol() == "" && ins.Metadata.Get(noteKey{}) == nil
}

// copyReaders returns the instructions after the copy `rD = rS` at j that
// can read rS instead of rD: rD dies on the same straight line, after
// reads that name it explicitly, before rS changes (`call; r7 = r0;
// *(r10 -40) = r7`).
func copyReaders(insns asm.Instructions, effects []effect, liveOut []regSet, touched []bool, j int) ([]int, bool) {
	if !isCopy(&insns[j]) {
		return nil, false
	}
	rD, rS := insns[j].Dst, insns[j].Src
	var readers []int
	for k := j + 1; k < len(insns); k++ {
		if insns[k].Symbol() != "" || touched[k] {
			return nil, false // another path may arrive with its own rD
		}
		e := effects[k]
		if e.uses.has(rD) {
			if e.mayDef.has(rD) || (insns[k].Src != rD && insns[k].Dst != rD) {
				return nil, false // an update of rD, or an implicit read (call, exit)
			}
			readers = append(readers, k)
		}
		if !liveOut[k].has(rD) || e.mustDef.has(rD) {
			return readers, len(readers) > 0
		}
		if e.mayDef.has(rS) || e.mayDef.has(rD) || e.jump {
			return nil, false
		}
	}
	return nil, false
}

// copySource returns the instructions that can write the destination of
// the copy at j directly: the definition of its source and the in-place
// operations on it since (`r0 = load; r0 <<= 32; r0 s>>= 32; r7 = r0`).
func copySource(insns asm.Instructions, effects []effect, liveOut []regSet, touched []bool, j int) ([]int, bool) {
	if !isCopy(&insns[j]) {
		return nil, false
	}
	rD, rS := insns[j].Dst, insns[j].Src
	if liveOut[j].has(rS) {
		return nil, false
	}
	var chain []int
	for k := j - 1; k >= 0; k-- {
		if insns[k+1].Symbol() != "" || touched[k] {
			return nil, false // a jump may enter between k and j
		}
		e := effects[k]
		if e.jump || e.uses.has(rD) || e.mayDef.has(rD) {
			return nil, false
		}
		if !e.mayDef.has(rS) {
			if e.uses.has(rS) {
				return nil, false
			}
			continue
		}
		if e.mustDef != regs(rS) || e.mayDef != regs(rS) {
			return nil, false
		}
		chain = append(chain, k)
		if e.pureDef && !e.uses.has(rS) {
			return chain, true
		}
		if !inPlace(&insns[k], rS) {
			return nil, false
		}
	}
	return nil, false
}

// inPlace reports whether ins is an operation on r that reads no other
// register: renaming r renames all it touches.
func inPlace(ins *asm.Instruction, r asm.Register) bool {
	class := ins.OpCode.Class()
	return (class == asm.ALUClass || class == asm.ALU64Class) && ins.Dst == r &&
		(ins.OpCode.Source() == asm.ImmSource || ins.OpCode.ALUOp() == asm.Swap || ins.Src == r)
}

// recordSlotKey marks the stores and loads of slotRecord, the stack slot
// that keeps a reserved record's address across helper calls.
type recordSlotKey struct{}

func recordSlot(ins asm.Instruction) asm.Instruction {
	ins.Metadata.Set(recordSlotKey{}, true)
	return ins
}

// promoteRecordSlot keeps the reserved record's address in a callee-saved
// register instead of slotRecord when the program uses one of them for
// nothing else: each field then costs one store instead of a load and a
// store (once dropCopies has folded the `r1 = r9` copies into them).
func promoteRecordSlot(insns asm.Instructions) {
	free := regs(asm.R7, asm.R8, asm.R9)
	var slot []int
	for i := range insns {
		ins := &insns[i]
		if ins.Metadata.Get(recordSlotKey{}) != nil {
			slot = append(slot, i)
			continue
		}
		free &^= regs(ins.Dst, ins.Src)
	}
	if len(slot) == 0 || free == 0 {
		return
	}
	r := asm.R9
	for !free.has(r) {
		r--
	}
	for _, i := range slot {
		ins := &insns[i]
		if ins.OpCode.Class() == asm.StXClass { // *(u64 *)(r10 -24) = rX
			ins.OpCode, ins.Dst = asm.Mov.Reg(r, ins.Src).OpCode, r
		} else { // rX = *(u64 *)(r10 -24)
			ins.OpCode, ins.Src = asm.Mov.Reg(ins.Dst, r).OpCode, r
		}
		ins.Offset = 0
	}
}
