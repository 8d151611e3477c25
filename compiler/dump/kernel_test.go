package dump_test

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/rlimit"

	"github.com/tinytrace/tinytrace/compiler/dump"
)

// needBPF fails under CI=true, where the kernel tests must run, and skips
// elsewhere when BPF cannot be loaded.
func needBPF(t *testing.T) {
	t.Helper()
	fail := t.Skipf
	if os.Getenv("CI") == "true" {
		fail = t.Fatalf
	}
	if os.Geteuid() != 0 {
		fail("loading BPF programs needs root")
	}
	if err := rlimit.RemoveMemlock(); err != nil {
		fail("cannot lift the memlock limit: %v", err)
	}
}

// logInsn is an instruction line of the verifier log, without the register
// state the verifier appends after ";".
var logInsn = regexp.MustCompile(`^(\d+): \(([0-9a-f]{2})\) (.*?)(\s+;.*)?$`)

// liveInsn is a line of the "Live regs before insn:" listing that kernels
// from 6.15 or so print first: every instruction once, after the live
// registers ("      5: .123..6... (85) call ...").
var liveInsn = regexp.MustCompile(`^\s+(\d+): [.0-9]+ \(([0-9a-f]{2})\) (.*)$`)

// kernelMapLoad is how the verifier prints a map load: the map's kernel
// address, where the dump prints its name.
var kernelMapLoad = regexp.MustCompile(`^r\d+ = 0x[0-9a-f]+$`)

// TestNotationMatchesVerifier loads every example's programs with the
// verifier's instruction log and checks that each instruction line the
// verifier prints is, character for character, the dump's line for the
// same instruction number (map loads aside: the kernel prints an address
// where the dump names the map), and that the verifier printed every
// instruction the dump shows.
func TestNotationMatchesVerifier(t *testing.T) {
	needBPF(t)
	for _, ex := range compileExamples(t) {
		spec := ex.out.Spec.Copy()
		progs := map[string]*ebpf.ProgramSpec{}
		for name, ps := range spec.Programs {
			// End-to-end tests check that no tt_ program outlives a run.
			ps.Name = "dt_" + strings.TrimPrefix(name, "tt_")
			progs[name] = ps
		}
		spec.Programs = progs
		coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{
			Programs: ebpf.ProgramOptions{LogLevel: ebpf.LogLevelInstruction},
		})
		if err != nil {
			var ve *ebpf.VerifierError
			if errors.As(err, &ve) {
				t.Fatalf("%s: verifier rejected the program: %+v", ex.name, ve)
			}
			t.Fatalf("%s: loading: %v", ex.name, err)
		}
		for _, prog := range ex.out.Programs {
			insns, err := dump.Disassemble(prog.Insns)
			if err != nil {
				t.Fatalf("%s: %v", ex.name, err)
			}
			ours := map[int]dump.Insn{}
			for _, in := range insns {
				ours[in.PC] = in
			}
			seen := map[int]bool{}
			log := coll.Programs[prog.Name].VerifierLog
			for _, line := range strings.Split(log, "\n") {
				m := logInsn.FindStringSubmatch(line)
				if m == nil {
					if m = liveInsn.FindStringSubmatch(line); m == nil {
						continue
					}
				}
				pc, _ := strconv.Atoi(m[1])
				in, ok := ours[pc]
				if !ok {
					t.Errorf("%s %s: the verifier printed instruction %d, which the dump does not have: %s", ex.name, prog.Name, pc, line)
					continue
				}
				seen[pc] = true
				op, text := m[2], m[3]
				if strings.Contains(in.Text, "map[") && kernelMapLoad.MatchString(text) {
					text = in.Text
				}
				if got := in.String(); got != m[1]+": ("+op+") "+text {
					t.Errorf("%s %s:\n verifier: %s\n     dump: %s", ex.name, prog.Name, strings.TrimSpace(line), got)
				}
			}
			if len(seen) == 0 {
				t.Errorf("%s %s: no instruction lines in the verifier log:\n%s", ex.name, prog.Name, log)
			}
			if !strings.Contains(log, "Live regs before insn:") {
				continue
			}
			for _, in := range insns {
				if !seen[in.PC] {
					t.Errorf("%s %s: the verifier never printed instruction %s", ex.name, prog.Name, in)
				}
			}
		}
		coll.Close()
	}
}

// TestNotationOfRareForms loads one program with instruction forms the
// examples do not produce (32-bit ALU and jumps, signed division, sign
// extension, byte swaps, atomics, sign-extending loads, immediate stores,
// 64-bit constants) and checks the dump against the verifier's log as
// TestNotationMatchesVerifier does.
func TestNotationOfRareForms(t *testing.T) {
	needBPF(t)
	insns := asm.Instructions{
		asm.Mov.Reg(asm.R6, asm.R1),
		asm.Mov.Imm(asm.R1, 100),
		asm.Mov.Imm(asm.R2, -7),
		asm.Mov.Imm(asm.R0, 0),
		asm.StoreMem(asm.RFP, -8, asm.R1, asm.DWord),
		asm.StoreImm(asm.RFP, -16, -5, asm.Word),
		asm.StoreImm(asm.RFP, -12, 3, asm.Half),
		asm.StoreImm(asm.RFP, -10, 1, asm.Byte),
		asm.LoadMem(asm.R3, asm.RFP, -16, asm.Word),
		asm.LoadMemSX(asm.R4, asm.RFP, -16, asm.Word),
		asm.LoadMemSX(asm.R4, asm.RFP, -12, asm.Half),
		asm.Add.Imm32(asm.R3, 3),
		asm.Sub.Reg32(asm.R3, asm.R1),
		asm.Mul.Imm32(asm.R3, 7),
		asm.Div.Imm32(asm.R3, 3),
		asm.Mod.Imm32(asm.R3, 5),
		asm.Or.Imm32(asm.R3, 1),
		asm.And.Imm32(asm.R3, 0xff),
		asm.Xor.Reg32(asm.R3, asm.R1),
		asm.LSh.Imm32(asm.R3, 2),
		asm.RSh.Imm32(asm.R3, 1),
		asm.ArSh.Imm32(asm.R3, 1),
		asm.Neg.Imm32(asm.R3, 0),
		asm.Neg.Imm(asm.R2, 0),
		asm.Mov.Reg32(asm.R5, asm.R3),
		asm.SDiv.Imm(asm.R2, 3),
		asm.SMod.Reg(asm.R2, asm.R1),
		asm.MovSX8.Reg(asm.R4, asm.R2),
		asm.MovSX16.Reg32(asm.R4, asm.R2),
		asm.HostTo(asm.BE, asm.R5, asm.Half),
		asm.HostTo(asm.LE, asm.R5, asm.Word),
		asm.BSwap(asm.R5, asm.DWord),
		// The atomic operation is the immediate of the raw instruction.
		atomic(asm.RFP, asm.R1, asm.DWord, -8, 0x00), // add
		atomic(asm.RFP, asm.R1, asm.Word, -16, 0x40), // or
		atomic(asm.RFP, asm.R1, asm.DWord, -8, 0x01), // fetch add
		atomic(asm.RFP, asm.R1, asm.Word, -16, 0xa1), // fetch xor
		atomic(asm.RFP, asm.R1, asm.DWord, -8, 0xe1), // xchg
		asm.Mov.Imm(asm.R0, 0),
		atomic(asm.RFP, asm.R1, asm.DWord, -8, 0xf1), // cmpxchg
		asm.LoadImm(asm.R1, 0x123456789, asm.DWord),
		asm.LoadImm(asm.R2, -2, asm.DWord),
		asm.JGT.Imm32(asm.R3, 3, "a"),
		asm.Mov.Imm(asm.R3, 1).WithSymbol("a"),
		asm.JSLT.Reg(asm.R1, asm.R2, "b"),
		asm.Mov.Imm(asm.R3, 2).WithSymbol("b"),
		asm.JSet.Imm(asm.R1, 1, "c"),
		asm.JNE.Reg32(asm.R1, asm.R2, "c"),
		asm.JLE.Imm(asm.R1, -1, "c"),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("c"),
		asm.Return(),
	}
	ours, err := dump.Disassemble(insns)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := ebpf.NewProgramWithOptions(&ebpf.ProgramSpec{
		Name: "dt_forms", Type: ebpf.Kprobe, License: "GPL", Instructions: insns,
	}, ebpf.ProgramOptions{LogLevel: ebpf.LogLevelInstruction})
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("verifier rejected the program: %+v", ve)
		}
		t.Fatalf("loading: %v", err)
	}
	defer prog.Close()
	byPC := map[int]dump.Insn{}
	for _, in := range ours {
		byPC[in.PC] = in
	}
	seen := map[int]bool{}
	for _, line := range strings.Split(prog.VerifierLog, "\n") {
		m := logInsn.FindStringSubmatch(line)
		if m == nil {
			if m = liveInsn.FindStringSubmatch(line); m == nil {
				continue
			}
		}
		pc, _ := strconv.Atoi(m[1])
		seen[pc] = true
		if got, want := byPC[pc].String(), m[1]+": ("+m[2]+") "+m[3]; got != want {
			t.Errorf("\n verifier: %s\n     dump: %s", want, got)
		}
	}
	if !strings.Contains(prog.VerifierLog, "Live regs before insn:") {
		return // older kernels print only the paths the verifier walks
	}
	for _, in := range ours {
		if !seen[in.PC] {
			t.Errorf("the verifier never printed %s", in)
		}
	}
}

// atomic is an atomic memory operation with its raw immediate.
func atomic(dst, src asm.Register, size asm.Size, off int16, imm int64) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreXAddOp(size), Dst: dst, Src: src, Offset: off, Constant: imm}
}
