package compiler

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cilium/ebpf/asm"
)

func TestDropCopies(t *testing.T) {
	ctx := func(dst asm.Register, off int16) asm.Instruction { return asm.LoadMem(dst, asm.R6, off, asm.DWord) }
	exit := asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}
	seq := func(insns ...asm.Instruction) asm.Instructions { return append(insns, exit...) }
	tests := []struct {
		name     string
		in, want asm.Instructions
	}{
		{
			name: "load into the copy's register",
			in:   seq(ctx(asm.R0, 40), asm.Mov.Reg(asm.R7, asm.R0), asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
			want: seq(ctx(asm.R7, 40), asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
		},
		{
			name: "in-place operations follow the rename",
			in: seq(ctx(asm.R0, 40), asm.LSh.Imm(asm.R0, 32), asm.ArSh.Imm(asm.R0, 32), asm.Mov.Reg(asm.R7, asm.R0),
				asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
			want: seq(ctx(asm.R7, 40), asm.LSh.Imm(asm.R7, 32), asm.ArSh.Imm(asm.R7, 32),
				asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
		},
		{
			name: "two copies in a row collapse",
			in: seq(ctx(asm.R0, 80), asm.Mov.Reg(asm.R8, asm.R0), asm.Mov.Reg(asm.R1, asm.RFP), asm.Add.Imm(asm.R1, -8),
				asm.Mov.Imm(asm.R2, 64), asm.Mov.Reg(asm.R3, asm.R8), asm.FnProbeReadUserStr.Call()),
			want: seq(ctx(asm.R3, 80), asm.Mov.Reg(asm.R1, asm.RFP), asm.Add.Imm(asm.R1, -8),
				asm.Mov.Imm(asm.R2, 64), asm.FnProbeReadUserStr.Call()),
		},
		{
			name: "a helper's result is read where the copy was",
			in:   seq(asm.FnKtimeGetNs.Call(), asm.Mov.Reg(asm.R7, asm.R0), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
			want: seq(asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R0, asm.DWord)),
		},
		{
			name: "only reads of the copy: they read the source",
			in: seq(ctx(asm.R0, 40), asm.Mov.Reg(asm.R7, asm.R0), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord),
				asm.StoreMem(asm.RFP, -16, asm.R0, asm.DWord), asm.StoreMem(asm.RFP, -24, asm.R7, asm.DWord)),
			want: seq(ctx(asm.R0, 40), asm.StoreMem(asm.RFP, -8, asm.R0, asm.DWord),
				asm.StoreMem(asm.RFP, -16, asm.R0, asm.DWord), asm.StoreMem(asm.RFP, -24, asm.R0, asm.DWord)),
		},
		{
			name: "source changes while the copy is live",
			in: seq(ctx(asm.R0, 40), asm.Mov.Reg(asm.R7, asm.R0), asm.Add.Imm(asm.R0, 1),
				asm.StoreMem(asm.RFP, -16, asm.R0, asm.DWord), asm.StoreMem(asm.RFP, -24, asm.R7, asm.DWord)),
		},
		{
			name: "copy read by a helper call",
			in: seq(asm.Mov.Imm(asm.R1, 1), asm.FnKtimeGetNs.Call(), asm.Mov.Reg(asm.R3, asm.R0), asm.Mov.Reg(asm.R1, asm.RFP),
				asm.Mov.Imm(asm.R2, 8), asm.FnProbeReadUser.Call()),
		},
		{
			name: "destination read before the copy",
			in: seq(asm.Mov.Imm(asm.R7, 5), ctx(asm.R0, 40), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord),
				asm.Mov.Reg(asm.R7, asm.R0), asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -16, asm.R7, asm.DWord)),
		},
		{
			name: "a jump target between definition and copy",
			in: seq(ctx(asm.R0, 40), asm.JEq.Imm(asm.R1, 0, "l"), ctx(asm.R0, 48), asm.Mov.Imm(asm.R2, 1).WithSymbol("l"),
				asm.Mov.Reg(asm.R7, asm.R0), asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
		},
		{
			name: "a definition at a jump target",
			in: seq(ctx(asm.R0, 40), asm.JEq.Imm(asm.R0, 0, "l"), ctx(asm.R1, 48), asm.Mov.Reg(asm.R0, asm.R1).WithSymbol("l"),
				asm.Mov.Reg(asm.R7, asm.R0), asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
			want: seq(ctx(asm.R0, 40), asm.JEq.Imm(asm.R0, 0, "l"), ctx(asm.R1, 48), asm.Mov.Reg(asm.R7, asm.R1).WithSymbol("l"),
				asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
		},
		{
			name: "copy live on both sides of a branch",
			in: seq(asm.FnKtimeGetNs.Call(), asm.Mov.Reg(asm.R7, asm.R0), asm.JEq.Imm(asm.R7, 0, "l"),
				asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord).WithSymbol("l")),
		},
		{
			name: "an operation reading the copy's register",
			in: seq(ctx(asm.R0, 40), asm.Mov.Imm(asm.R7, 3), asm.Add.Reg(asm.R0, asm.R7), asm.Mov.Reg(asm.R7, asm.R0),
				asm.FnKtimeGetNs.Call(), asm.StoreMem(asm.RFP, -8, asm.R7, asm.DWord)),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = tt.in
			}
			got := dropCopies(append(asm.Instructions(nil), tt.in...))
			if g, w := listing(got), listing(want); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}

func listing(insns asm.Instructions) string {
	var b strings.Builder
	for _, ins := range insns {
		if sym := ins.Symbol(); sym != "" {
			fmt.Fprintf(&b, "%s:\n", sym)
		}
		fmt.Fprintf(&b, "\t%v\n", ins)
	}
	return b.String()
}

func TestPromoteRecordSlot(t *testing.T) {
	store := recordSlot(asm.StoreMem(asm.RFP, slotRecord, asm.R0, asm.DWord))
	load := recordSlot(asm.LoadMem(asm.R1, asm.RFP, slotRecord, asm.DWord))
	submit := asm.Instructions{load, asm.Mov.Imm(asm.R2, 0), asm.FnRingbufSubmit.Call()}
	tests := []struct {
		name     string
		in, want asm.Instructions
	}{
		{
			name: "the highest free callee-saved register",
			in:   append(asm.Instructions{store, asm.Mov.Imm(asm.R7, 1)}, submit...),
			want: asm.Instructions{asm.Mov.Reg(asm.R9, asm.R0), asm.Mov.Imm(asm.R7, 1), asm.Mov.Reg(asm.R1, asm.R9), asm.Mov.Imm(asm.R2, 0), asm.FnRingbufSubmit.Call()},
		},
		{
			name: "R9 used elsewhere",
			in:   append(asm.Instructions{store, asm.Mov.Imm(asm.R9, 1)}, submit...),
			want: asm.Instructions{asm.Mov.Reg(asm.R8, asm.R0), asm.Mov.Imm(asm.R9, 1), asm.Mov.Reg(asm.R1, asm.R8), asm.Mov.Imm(asm.R2, 0), asm.FnRingbufSubmit.Call()},
		},
		{
			name: "no register free: the slot stays",
			in:   append(asm.Instructions{store, asm.Mov.Imm(asm.R7, 1), asm.Mov.Imm(asm.R8, 1), asm.Mov.Reg(asm.R9, asm.R8)}, submit...),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = tt.in
			}
			got := append(asm.Instructions(nil), tt.in...)
			promoteRecordSlot(got)
			if g, w := listing(got), listing(want); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}
