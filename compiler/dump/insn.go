// Package dump renders what the compiler made of a script for people: the
// checked AST, the maps, and every program as eBPF assembly in the kernel
// verifier's notation, each group of instructions under the source it came
// from. It is pure (no syscalls), so -d works without root.
package dump

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"

	"github.com/cilium/ebpf/asm"
)

// Insn is one instruction as the verifier prints it.
type Insn struct {
	// PC is the instruction's number in the verifier log: 64-bit
	// immediate loads take two slots, so it can differ from Index.
	PC    int
	Index int    // position in the asm.Instructions it came from
	Op    byte   // the opcode byte, printed as (xx)
	Text  string // "r1 = *(u64 *)(r6 +80)"
}

// String is the instruction as a line of the verifier log: "10: (79) r3 = *(u64 *)(r6 +32)".
func (i Insn) String() string { return fmt.Sprintf("%d: (%02x) %s", i.PC, i.Op, i.Text) }

// Disassemble encodes insns as the kernel receives them (jumps resolved,
// map references left symbolic) and renders each one in the verifier's
// notation. Map loads name the map: `r1 = map[events]`.
func Disassemble(insns asm.Instructions) ([]Insn, error) {
	enc := make(asm.Instructions, len(insns))
	copy(enc, insns) // Marshal writes the resolved jump offsets into its argument
	var buf bytes.Buffer
	if err := enc.Marshal(&buf, binary.LittleEndian); err != nil {
		return nil, fmt.Errorf("encoding instructions: %w", err)
	}
	raw := buf.Bytes()
	out := make([]Insn, 0, len(insns))
	pc := 0
	for i := range insns {
		if 8*(pc+1) > len(raw) {
			return nil, fmt.Errorf("instruction %d: encoding ends early", i)
		}
		r := decode(raw[8*pc:])
		var next int32
		if insns[i].OpCode.IsDWordLoad() {
			if 8*(pc+2) > len(raw) {
				return nil, fmt.Errorf("instruction %d: 64-bit load without its second half", i)
			}
			next = decode(raw[8*(pc+1):]).imm
		}
		out = append(out, Insn{PC: pc, Index: i, Op: r.op, Text: r.text(next, insns[i].Reference())})
		pc += int(insns[i].Size() / asm.InstructionSize)
	}
	return out, nil
}

// rawInsn is one 8-byte BPF instruction.
type rawInsn struct {
	op       byte
	dst, src uint8
	off      int16
	imm      int32
}

func decode(b []byte) rawInsn {
	return rawInsn{
		op:  b[0],
		dst: b[1] & 0xf,
		src: b[1] >> 4,
		off: int16(binary.LittleEndian.Uint16(b[2:])),
		imm: int32(binary.LittleEndian.Uint32(b[4:])),
	}
}

// Instruction classes and fields of the opcode byte (linux/bpf.h).
const (
	clsLD, clsLDX, clsST, clsSTX, clsALU, clsJMP, clsJMP32, clsALU64 = 0, 1, 2, 3, 4, 5, 6, 7

	srcX = 0x08

	modeIMM, modeABS, modeIND, modeMEM, modeMEMSX, modeATOMIC = 0x00, 0x20, 0x40, 0x60, 0x80, 0xc0

	aluNEG, aluMOV, aluEND, aluDIV, aluMOD = 0x80, 0xb0, 0xd0, 0x30, 0x90
	jmpJA, jmpCALL, jmpEXIT                = 0x00, 0x80, 0x90

	pseudoMapFD, pseudoMapValue, pseudoCall = 1, 2, 1
)

var aluOps = map[byte]string{
	0x00: "+=", 0x10: "-=", 0x20: "*=", 0x30: "/=", 0x40: "|=", 0x50: "&=", 0x60: "<<=",
	0x70: ">>=", 0x90: "%=", 0xa0: "^=", 0xb0: "=", 0xc0: "s>>=",
}

var jmpOps = map[byte]string{
	0x10: "==", 0x20: ">", 0x30: ">=", 0x40: "&", 0x50: "!=", 0x60: "s>", 0x70: "s>=",
	0xa0: "<", 0xb0: "<=", 0xc0: "s<", 0xd0: "s<=",
}

var sizeNames = map[byte]string{0x00: "u32", 0x08: "u16", 0x10: "u8", 0x18: "u64"}

var atomicOps = map[int32]string{0x00: "+=", 0x40: "|=", 0x50: "&=", 0xa0: "^="}

var atomicNames = map[int32]string{0x00: "add", 0x40: "or", 0x50: "and", 0xa0: "xor"}

// Atomic operations in the immediate of an atomic store.
const (
	atomicFetch   = 0x01
	atomicXchg    = 0xe0 | atomicFetch
	atomicCmpXchg = 0xf0 | atomicFetch
)

func (r rawInsn) atomic(size string) string {
	width := ""
	if size == "u64" {
		width = "64"
	}
	switch {
	case r.imm == atomicXchg:
		return fmt.Sprintf("r%d = atomic%s_xchg((%s *)(r%d %+d), r%d)", r.src, width, size, r.dst, r.off, r.src)
	case r.imm == atomicCmpXchg:
		return fmt.Sprintf("r0 = atomic%s_cmpxchg((%s *)(r%d %+d), r0, r%d)", width, size, r.dst, r.off, r.src)
	case r.imm&atomicFetch != 0 && atomicNames[r.imm&^atomicFetch] != "":
		return fmt.Sprintf("r%d = atomic%s_fetch_%s((%s *)(r%d %+d), r%d)", r.src, width, atomicNames[r.imm&^atomicFetch], size, r.dst, r.off, r.src)
	case atomicOps[r.imm] != "":
		return fmt.Sprintf("lock *(%s *)(r%d %+d) %s r%d", size, r.dst, r.off, atomicOps[r.imm], r.src)
	}
	return fmt.Sprintf("invalid atomic operation %#x", r.imm)
}

// text renders the instruction; next is the immediate of the second slot
// of a 64-bit load, ref the symbol a map load refers to.
func (r rawInsn) text(next int32, ref string) string {
	cls := r.op & 7
	switch cls {
	case clsALU, clsALU64:
		return r.alu(cls == clsALU64)
	case clsJMP, clsJMP32:
		return r.jmp(cls == clsJMP)
	case clsLDX:
		size := sizeNames[r.op&0x18]
		switch r.op & 0xe0 {
		case modeMEM:
			return fmt.Sprintf("r%d = *(%s *)(r%d %+d)", r.dst, size, r.src, r.off)
		case modeMEMSX:
			return fmt.Sprintf("r%d = *(s%s *)(r%d %+d)", r.dst, size[1:], r.src, r.off)
		}
	case clsST:
		if r.op&0xe0 == modeMEM {
			return fmt.Sprintf("*(%s *)(r%d %+d) = %d", sizeNames[r.op&0x18], r.dst, r.off, r.imm)
		}
	case clsSTX:
		size := sizeNames[r.op&0x18]
		switch r.op & 0xe0 {
		case modeMEM:
			return fmt.Sprintf("*(%s *)(r%d %+d) = r%d", size, r.dst, r.off, r.src)
		case modeATOMIC:
			return r.atomic(size)
		}
	case clsLD:
		switch r.op & 0xe0 {
		case modeIMM:
			if r.op&0x18 != 0x18 {
				break
			}
			v := uint64(uint32(r.imm)) | uint64(uint32(next))<<32
			switch {
			case r.src == pseudoMapFD && ref != "":
				return fmt.Sprintf("r%d = map[%s]", r.dst, ref)
			case r.src == pseudoMapValue && ref != "":
				return fmt.Sprintf("r%d = map[%s][0]+%d", r.dst, ref, next)
			}
			return fmt.Sprintf("r%d = 0x%x", r.dst, v)
		case modeABS:
			return fmt.Sprintf("r0 = *(%s *)skb[%d]", sizeNames[r.op&0x18], r.imm)
		case modeIND:
			return fmt.Sprintf("r0 = *(%s *)skb[r%d + %d]", sizeNames[r.op&0x18], r.src, r.imm)
		}
	}
	return fmt.Sprintf("invalid opcode %#02x", r.op)
}

func (r rawInsn) alu(is64 bool) string {
	reg := byte('w')
	if is64 {
		reg = 'r'
	}
	code := r.op & 0xf0
	switch {
	case code == aluEND:
		if is64 {
			return fmt.Sprintf("r%d = bswap%d r%d", r.dst, r.imm, r.dst)
		}
		order := "le"
		if r.op&srcX != 0 {
			order = "be"
		}
		return fmt.Sprintf("r%d = %s%d r%d", r.dst, order, r.imm, r.dst)
	case code == aluNEG:
		return fmt.Sprintf("%c%d = -%c%d", reg, r.dst, reg, r.dst)
	case code == aluMOV && r.op&srcX != 0 && r.off != 0:
		return fmt.Sprintf("%c%d = (s%d)%c%d", reg, r.dst, r.off, reg, r.src)
	}
	op, ok := aluOps[code]
	if !ok {
		return fmt.Sprintf("invalid ALU opcode %#02x", r.op)
	}
	if (code == aluDIV || code == aluMOD) && r.off == 1 {
		op = "s" + op
	}
	if r.op&srcX != 0 {
		return fmt.Sprintf("%c%d %s %c%d", reg, r.dst, op, reg, r.src)
	}
	return fmt.Sprintf("%c%d %s %d", reg, r.dst, op, r.imm)
}

func (r rawInsn) jmp(is64 bool) string {
	code := r.op & 0xf0
	switch code {
	case jmpJA:
		if is64 {
			return fmt.Sprintf("goto pc%+d", r.off)
		}
		return fmt.Sprintf("gotol pc%+d", r.imm)
	case jmpCALL:
		if r.src == pseudoCall {
			return fmt.Sprintf("call pc%+d", r.imm)
		}
		return fmt.Sprintf("call %s#%d", HelperName(asm.BuiltinFunc(r.imm)), r.imm)
	case jmpEXIT:
		return "exit"
	}
	op, ok := jmpOps[code]
	if !ok {
		return fmt.Sprintf("invalid jump opcode %#02x", r.op)
	}
	reg := byte('w')
	if is64 {
		reg = 'r'
	}
	if r.op&srcX != 0 {
		return fmt.Sprintf("if %c%d %s %c%d goto pc%+d", reg, r.dst, op, reg, r.src, r.off)
	}
	return fmt.Sprintf("if %c%d %s 0x%x goto pc%+d", reg, r.dst, op, uint32(r.imm), r.off)
}

// HelperName is the kernel's name of a BPF helper: FnProbeReadUser is
// bpf_probe_read_user.
func HelperName(fn asm.BuiltinFunc) string {
	name, ok := strings.CutPrefix(fn.String(), "Fn")
	if !ok {
		return "unknown"
	}
	var b strings.Builder
	b.WriteString("bpf_")
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
