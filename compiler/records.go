package compiler

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
)

// mapOp sends print(@m[, top[, div]]), clear(@m) or zero(@m) to userspace.
func (g *gen) mapOp(call *lang.Call) {
	ref, ok := call.Args[0].(*lang.MapRef)
	if !ok || len(ref.Keys) > 0 {
		g.printValue(call)
		return
	}
	op := map[string]MapOp{"print": MapPrint, "clear": MapClear, "zero": MapZero}[call.Name]
	index := 0
	for i, m := range g.c.out.Maps {
		if m.Name == ref.Name {
			index = i
		}
	}
	fields := []int64{int64(TagMapOp), int64(op), int64(index), 0, 0}
	for i, a := range call.Args[1:] {
		v, _ := lang.IntLiteral(a) // the checker requires literals
		fields[3+i] = v
	}
	g.constRecord(fields)
}

// printValue emits print(value) as the printf that prints it the same way:
// the value and a newline.
func (g *gen) printValue(call *lang.Call) {
	pf, ok := g.c.printValues[call]
	if !ok {
		v := call.Args[0]
		verb := "%d\n"
		switch {
		case v.Type().Kind == lang.TTuple:
			verb = tupleFormat(v.Type()) + "\n"
		case v.Type().PrintsAsText():
			verb = "%s\n"
		case !v.Type().Signed:
			verb = "%u\n"
		}
		format, err := printf.Parse(verb)
		if err != nil {
			g.fail(call.Range(), "print: %v", err)
			return
		}
		pf = &lang.Call{Span: call.Span, Name: "printf", Args: []lang.Expr{&lang.StrLit{Value: verb}, v}, Format: format}
		g.c.printValues[call] = pf
		_, schema := g.c.printfSchema(pf)
		t := v.Type()
		schema.Value = &t
	}
	g.printf(pf)
}

// timeRecord sends time(fmt): userspace formats the wall clock.
func (g *gen) timeRecord(call *lang.Call) {
	format := "%H:%M:%S\n"
	if len(call.Args) > 0 {
		if lit, ok := call.Args[0].(*lang.StrLit); ok {
			format = lit.Value
		}
	}
	g.c.out.TimeFormats = append(g.c.out.TimeFormats, format)
	g.constRecord([]int64{int64(TagTime), int64(len(g.c.out.TimeFormats) - 1)})
}

// constRecord sends a record of constant u64 fields.
func (g *gen) constRecord(fields []int64) {
	g.emitRecord(8*len(fields), true, func() {
		for i, v := range fields {
			if v == int64(int32(v)) {
				g.recordStoreImm(8*i, int32(v))
				continue
			}
			g.loadImm(asm.R1, v)
			g.recordStore(8*i, asm.R1)
		}
	}, nil)
}

// elapsed loads nanoseconds since tinytrace started into R0.
func (g *gen) elapsed() {
	g.c.out.Spec.Maps[ElapsedMap] = &ebpf.MapSpec{Name: ElapsedMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	none := g.newLabel("nobase")
	g.emit(asm.Mov.Imm(asm.R1, 0), asm.StoreMem(asm.RFP, slotValue, asm.R1, asm.Word))
	g.mapPtr(asm.R1, ElapsedMap)
	g.stackPtr(asm.R2, slotValue)
	g.emit(asm.FnMapLookupElem.Call(), asm.Mov.Imm(asm.R1, 0), asm.JEq.Imm(asm.R0, 0, none))
	g.emit(asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord))
	g.setLabel(none)
	g.emit(asm.StoreMem(asm.RFP, slotValue, asm.R1, asm.DWord), asm.FnKtimeGetNs.Call())
	g.emit(asm.LoadMem(asm.R1, asm.RFP, slotValue, asm.DWord), asm.Sub.Reg(asm.R0, asm.R1))
}

// probeID returns the index of a probe name in Output.ProbeNames.
func (c *collection) probeID(name string) int {
	for i, n := range c.out.ProbeNames {
		if n == name {
			return i
		}
	}
	c.out.ProbeNames = append(c.out.ProbeNames, name)
	return len(c.out.ProbeNames) - 1
}

// readString reads str(ptr[, len]) with bpf_probe_read_user_str into the
// buffer dst() puts in R1 (at most limit bytes and the call's type size,
// NUL included), using value slots d and d+1.
func (g *gen) readString(call *lang.Call, limit, d int, dst func()) {
	size := int64(min(call.Type().Size, limit))
	g.expr(call.Args[0], d)
	if len(call.Args) > 1 {
		if n, ok := lang.IntLiteral(call.Args[1]); ok {
			size = max(1, min(size, n+1))
		} else {
			// A run-time length: bounded so the verifier can check it.
			g.expr(call.Args[1], d+1)
			ok := g.newLabel("strlen")
			r := g.load(d+1, asm.R2)
			g.emit(asm.Mov.Reg(asm.R2, r), asm.Add.Imm(asm.R2, 1))
			if g.loopBudget != 0 {
				g.opaque(asm.R2, asm.R3)
			}
			// The verifier walks the fall-through first, with R2 in
			// 0..size, then the clamped R2 == size, which that walk's
			// state at ok covers. The other way round (JLE ok; R2 =
			// size) the constant comes first, the range is not within
			// it, and all the code after is walked twice per str().
			long := g.newLabel("strlong")
			g.emit(asm.JGT.Imm(asm.R2, int32(size), long), asm.Ja.Label(ok))
			g.setLabel(long)
			g.emit(asm.Mov.Imm(asm.R2, int32(size)))
			g.setLabel(ok)
			g.store(d+1, asm.R2)
			dst()
			g.emit(asm.Mov.Reg(asm.R2, g.load(d+1, asm.R2)))
			g.emit(asm.Mov.Reg(asm.R3, g.load(d, asm.R3)), asm.FnProbeReadUserStr.Call())
			return
		}
	}
	dst()
	g.emit(asm.Mov.Imm(asm.R2, int32(size)))
	g.emit(asm.Mov.Reg(asm.R3, g.load(d, asm.R3)), asm.FnProbeReadUserStr.Call())
}
