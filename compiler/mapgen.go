package compiler

import (
	"encoding/binary"
	"sort"

	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// ZeroesMap is a one-element array of zero bytes: the initial value of a
// new aggregation entry, too large (hist) for the stack.
const ZeroesMap = "zeroes"

const (
	bpfAny     = 0 // map update flags
	bpfNoExist = 1

	bpfNoPrealloc = 1 // BPF_F_NO_PREALLOC, a map creation flag
)

// layoutStack places the probe's scratch variables and the map key buffer
// below the fixed slots; expression spill slots come after them.
func (g *gen) layoutStack(pr *lang.Probe) {
	used := -slotLocals - 8 // bytes taken by the fixed slots
	names := make([]string, 0, len(pr.Vars))
	for name := range pr.Vars {
		names = append(names, name)
	}
	sort.Strings(names)
	g.vars, g.varSize = map[string]int16{}, map[string]int{}
	for _, name := range names {
		size := lang.FieldSize(pr.Vars[name])
		used += size
		g.vars[name], g.varSize[name] = int16(-used), size
	}
	keyMax := 0
	for _, m := range g.c.out.Maps {
		keyMax = max(keyMax, align8(m.KeySize)) // a Slot map's key is 4 bytes
	}
	used += keyMax
	g.keyBuf = int16(-used)
	valMax := 0
	for _, m := range g.c.out.Maps {
		if k := m.Decl.Value.Kind; k == lang.TString || k == lang.TTuple || k == lang.TUsym {
			valMax = max(valMax, m.ValueSize)
		}
	}
	used += valMax
	g.valBuf = int16(-used)
	if g.strBufSize = stringCompareSize(pr); g.strBufSize > 0 {
		used += g.strBufSize
		g.strBufA = int16(-used)
		used += g.strBufSize
		g.strBufB = int16(-used)
	}
	if hasLoops(pr) {
		used += 8
		g.loopBudget = int16(-used)
	}
	if g.recSize = stackRecordSize(pr); g.recSize > 0 {
		used += g.recSize
		g.recBuf = int16(-used)
	}
	g.spillBase = int16(-used - 8)
	if used > stackBudget {
		g.fail(pr.Span, "variables, map keys and strings need %d bytes of stack, more than the kernel's %d", used, stackBudget)
	}
}

// zeroVars clears every scratch variable (and the loop budget) so no path
// reads stack garbage.
func (g *gen) zeroVars() {
	if len(g.vars) == 0 && g.loopBudget == 0 {
		return
	}
	g.emit(asm.Mov.Imm(asm.R1, 0))
	if g.loopBudget != 0 {
		g.emit(asm.StoreMem(asm.RFP, g.loopBudget, asm.R1, asm.DWord))
	}
	// In name order: the same script must always give the same code.
	names := make([]string, 0, len(g.vars))
	for name := range g.vars {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for i := 0; i < g.varSize[name]; i += 8 {
			g.emit(asm.StoreMem(asm.RFP, g.vars[name]+int16(i), asm.R1, asm.DWord))
		}
	}
}

// buildKey writes the key of m made of keys into the key buffer. Integer
// key expressions are evaluated first (into slots from d), as they may call
// helpers or read other maps, which reuse the buffer.
func (g *gen) buildKey(m *Map, keys []lang.Expr, d int) {
	if len(m.Keys) == 0 {
		g.emit(storeImm64(asm.RFP, g.keyBuf, 0))
		return
	}
	slot := map[int]int{}
	for i, k := range keys {
		if kind := k.Type().Kind; kind == lang.TInt || kind == lang.TProbe || kind == lang.TUstack {
			g.expr(k, d+len(slot))
			slot[i] = d + len(slot)
		}
	}
	// Integer fields are stored whole and string writers pad their field
	// with NULs; only the alignment bytes after a string need zeroing.
	for _, f := range m.Keys {
		for off := f.Offset + fieldSize(f.Type); off < f.Offset+align8(fieldSize(f.Type)); off++ {
			g.emit(asm.StoreImm(asm.RFP, g.keyBuf+int16(off), 0, asm.Byte))
		}
	}
	for i, k := range keys {
		off := g.keyBuf + int16(m.Keys[i].Offset)
		if s, ok := slot[i]; ok {
			r := g.load(s, asm.R0)
			g.emit(asm.StoreMem(asm.RFP, off, r, asm.DWord))
			continue
		}
		g.stringAt(k, off, m.Keys[i].Type.Size, d+len(slot))
	}
}

// stringAt writes a string expression to the stack at off (at most size
// bytes, NUL-padded), using value slots from d.
func (g *gen) stringAt(e lang.Expr, off int16, size, d int) {
	if c, ok := e.(*lang.Call); ok && c.Name == "str" && e.Type().Kind == lang.TString && size%8 == 0 {
		if v, ok := c.Args[0].(*lang.Var); !ok || v.Param == nil {
			// As writeString does, but the zeroes are stored straight to
			// the stack, one instruction each.
			for i := 0; i < size; i += 8 {
				g.emit(storeImm64(asm.RFP, off+int16(i), 0))
			}
			g.readString(c, size, d, func() { g.stackPtr(asm.R1, off) })
			return
		}
	}
	g.writeString(e, size, d, func(r asm.Register) { g.stackPtr(r, off) })
}

// writeString writes a string expression, NUL-padded to size bytes, to
// the address dst puts in a register (the stack, or a ring buffer record,
// which is not zeroed). Value slots from d are free to use.
func (g *gen) writeString(e lang.Expr, size, d int, dst func(asm.Register)) {
	if e.Type().Kind == lang.TUsym {
		g.writeUsym(e, d, dst)
		return
	}
	switch e := e.(type) {
	case *lang.StrLit:
		b := make([]byte, align8(size))
		copy(b[:size-1], e.Value)
		dst(asm.R1)
		// Whole 8-byte words are stored with one 8-byte store each: the
		// verifier counts only those as overwriting a stack slot, so it
		// can forget what the slot held before (a literal in one arm of
		// a ternary and comm in the other otherwise leave states it
		// cannot merge, and it walks all the code after twice).
		i := 0
		for ; i+8 <= size; i += 8 {
			v := int64(binary.LittleEndian.Uint64(b[i:]))
			if v == int64(int32(v)) {
				g.emit(storeImm64(asm.R1, int16(i), int32(v)))
				continue
			}
			g.emit(asm.LoadImm(asm.R2, v, asm.DWord), asm.StoreMem(asm.R1, int16(i), asm.R2, asm.DWord))
		}
		for ; i < size; i += 4 {
			v := int32(uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24)
			n := min(4, size-i)
			if n == 4 {
				g.emit(asm.StoreImm(asm.R1, int16(i), int64(v), asm.Word))
				continue
			}
			for j := 0; j < n; j++ {
				g.emit(asm.StoreImm(asm.R1, int16(i+j), int64(b[i+j]), asm.Byte))
			}
		}
		return
	case *lang.Builtin:
		if e.Name == "comm" {
			dst(asm.R1)
			g.emit(asm.Mov.Imm(asm.R2, int32(min(size, 16))), asm.FnGetCurrentComm.Call())
			if size > 16 {
				g.zeroAt(dst, 16, size)
			}
			return
		}
	case *lang.Ternary:
		g.ternaryInto(e, d, func(arm lang.Expr) { g.writeString(arm, size, d, dst) })
		return
	case *lang.Field:
		if g.fieldString(e, size, d, dst) {
			return
		}
	case *lang.Call:
		if v, ok := strOfParam(e); ok {
			text := v.Param.Text
			if len(e.Args) > 1 {
				if n, ok := lang.IntLiteral(e.Args[1]); ok && n >= 0 && int64(len(text)) > n {
					text = text[:n]
				}
			}
			if len(text) > size-1 {
				text = text[:size-1]
			}
			g.writeString(&lang.StrLit{Span: e.Span, Value: text}, size, d, dst)
			return
		}
		if e.Name == "str" {
			// The helper stops at the NUL; zero the rest first so keys and
			// comparisons see padded strings.
			g.zeroAt(dst, 0, size)
			g.readString(e, size, d, func() { dst(asm.R1) })
			return
		}
	case *lang.Var:
		if off, ok := g.vars[e.Name]; ok && e.Type().Kind == lang.TString {
			g.copyString(dst, func() { g.stackPtr(asm.R3, off) }, min(size, g.varSize[e.Name]), size)
			return
		}
	case *lang.MapRef:
		if m := g.mapOf(e); m != nil && m.Decl.Value.Kind == lang.TString {
			g.buildKey(m, e.Keys, d)
			miss, end := g.newLabel("nostr"), g.newLabel("gotstr")
			g.keyArgs(m)
			g.emit(asm.FnMapLookupElem.Call(), asm.JEq.Imm(asm.R0, 0, miss))
			g.copyString(dst, func() { g.emit(asm.Mov.Reg(asm.R3, asm.R0)) }, min(size, m.ValueSize), size)
			g.emit(asm.Ja.Label(end))
			g.setLabel(miss)
			g.zeroAt(dst, 0, size)
			g.setLabel(end)
			return
		}
	}
	g.fail(e.Range(), "this string expression is not supported by the compiler yet")
}

// writeText writes a string that is only printed, a printf field:
// userspace stops at its first NUL, so str() needs no zeroed padding (the
// helper writes a NUL within the size it is given, at least 1 byte here,
// and zeroes the buffer when the read fails). A run-time length may be 0,
// so that read is padded as usual.
func (g *gen) writeText(e lang.Expr, size, d int, dst func(asm.Register)) {
	if c, ok := e.(*lang.Call); ok && c.Name == "str" {
		_, param := strOfParam(c)
		_, literal := lang.IntLiteral(c.Args[len(c.Args)-1])
		if !param && (len(c.Args) == 1 || literal) {
			g.readString(c, size, d, func() { dst(asm.R1) })
			return
		}
	}
	g.writeString(e, size, d, dst)
}

// strOfParam returns the positional parameter of str($N), whose text is
// known when compiling.
func strOfParam(c *lang.Call) (*lang.Var, bool) {
	v, ok := c.Args[0].(*lang.Var)
	return v, ok && c.Name == "str" && v.Param != nil
}

// copyString copies n bytes from the address src puts in R3 to dst, then
// zeroes up to size.
func (g *gen) copyString(dst func(asm.Register), src func(), n, size int) {
	src()
	dst(asm.R1)
	i := 0
	for ; i+8 <= n; i += 8 {
		g.emit(asm.LoadMem(asm.R2, asm.R3, int16(i), asm.DWord), asm.StoreMem(asm.R1, int16(i), asm.R2, asm.DWord))
	}
	for ; i < n; i++ {
		g.emit(asm.LoadMem(asm.R2, asm.R3, int16(i), asm.Byte), asm.StoreMem(asm.R1, int16(i), asm.R2, asm.Byte))
	}
	if n < size {
		g.zeroAt(dst, n, size)
	}
}

// zeroAt zeroes bytes [from, to) at the address dst puts in R1.
func (g *gen) zeroAt(dst func(asm.Register), from, to int) {
	dst(asm.R1)
	g.emit(asm.Mov.Imm(asm.R2, 0))
	for i := from; i < to; {
		switch {
		case i%8 == 0 && i+8 <= to:
			g.emit(asm.StoreMem(asm.R1, int16(i), asm.R2, asm.DWord))
			i += 8
		default:
			g.emit(asm.StoreMem(asm.R1, int16(i), asm.R2, asm.Byte))
			i++
		}
	}
}

// mapOf is the layout of a referenced map. The checker declares every map
// it accepts; a missing one is a checker bug, reported at the source.
func (g *gen) mapOf(ref *lang.MapRef) *Map {
	m := g.c.maps[ref.Name]
	if m == nil {
		g.fail(ref.Range(), "internal error: map %s has no type (please report this script)", ref.Name)
	}
	return m
}

// keyArgs sets R1 = map, R2 = key buffer.
func (g *gen) keyArgs(m *Map) {
	g.mapPtr(asm.R1, m.SpecName)
	g.stackPtr(asm.R2, g.keyBuf)
}

// mapAssign emits `@m[k] = v` and `@m[k] OP= v`.
func (g *gen) mapAssign(st *lang.MapAssign) {
	m := g.mapOf(st.Map)
	if m == nil {
		return
	}
	kind := m.Decl.Value.Kind
	switch {
	case st.Op != "":
		if kind != lang.TInt {
			g.fail(st.Range(), "compound assignment to a %s map is not supported by the compiler yet", m.Decl.Value)
			return
		}
		g.expr(&lang.Binary{Span: st.Span, Op: st.Op, X: st.Map, Y: st.Value}, 0)
		g.mapWrite(m, st.Map.Keys, 0)
	case kind == lang.TInt || kind == lang.TUstack:
		g.expr(st.Value, 0)
		g.mapWrite(m, st.Map.Keys, 0)
	case kind == lang.TString || kind == lang.TTuple || kind == lang.TUsym:
		if kind == lang.TTuple {
			g.writeTuple(st.Value, m.Decl.Value, 0, func(r asm.Register) { g.stackPtr(r, g.valBuf) })
		} else {
			g.stringAt(st.Value, g.valBuf, m.ValueSize, 0)
		}
		g.buildKey(m, st.Map.Keys, 0)
		g.keyArgs(m)
		g.stackPtr(asm.R3, g.valBuf)
		g.emit(asm.Mov.Imm(asm.R4, bpfAny), asm.FnMapUpdateElem.Call())
		g.countDropped()
	case m.PerCPU:
		call, ok := st.Value.(*lang.Call)
		if !ok {
			g.fail(st.Value.Range(), "expected an aggregation function")
			return
		}
		g.aggregate(m, st.Map.Keys, call)
	default:
		g.fail(st.Range(), "maps of %s values are not supported by the compiler yet", m.Decl.Value)
	}
}

// mapWrite stores value slot d under the key.
func (g *gen) mapWrite(m *Map, keys []lang.Expr, d int) {
	g.buildKey(m, keys, d+1)
	r := g.load(d, asm.R0)
	g.emit(asm.StoreMem(asm.RFP, slotValue, r, asm.DWord))
	g.keyArgs(m)
	g.stackPtr(asm.R3, slotValue)
	g.emit(asm.Mov.Imm(asm.R4, bpfAny), asm.FnMapUpdateElem.Call())
	g.countDropped()
}

// incrementDropped adds one to the count of updates a full map refused.
func (g *gen) incrementDropped() {
	g.noteNext("these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates")
	g.incrementCounter(DroppedMap)
}

// countDropped counts a failed map update (R0 != 0): the map is full.
func (g *gen) countDropped() {
	stored := g.newLabel("stored")
	g.emit(asm.JEq.Imm(asm.R0, 0, stored))
	g.incrementDropped()
	g.setLabel(stored)
}

// mapRead loads an integer map's value into slot d; a missing key reads 0.
func (g *gen) mapRead(ref *lang.MapRef, d int) {
	m := g.mapOf(ref)
	if m == nil {
		return
	}
	if kind := m.Decl.Value.Kind; kind != lang.TInt && kind != lang.TUstack {
		g.fail(ref.Range(), "reading a map of %s values is not supported by the compiler yet", m.Decl.Value)
		return
	}
	g.buildKey(m, ref.Keys, d)
	miss, end := g.newLabel("miss"), g.newLabel("read")
	g.keyArgs(m)
	g.emit(asm.FnMapLookupElem.Call(), asm.JEq.Imm(asm.R0, 0, miss))
	g.emit(asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord), asm.Ja.Label(end))
	g.setLabel(miss)
	g.emit(asm.Mov.Imm(asm.R0, 0))
	g.setLabel(end)
	g.store(d, asm.R0)
}

// mapDelete emits delete(@m[k]).
func (g *gen) mapDelete(call *lang.Call) {
	ref, ok := call.Args[0].(*lang.MapRef)
	if !ok {
		g.fail(call.Range(), "delete() expects a map element")
		return
	}
	m := g.mapOf(ref)
	if m == nil {
		return
	}
	g.buildKey(m, ref.Keys, 0)
	g.keyArgs(m)
	g.emit(asm.FnMapDeleteElem.Call())
}

// varAssign emits `$x = v` and `$x OP= v` for integer variables.
func (g *gen) varAssign(st *lang.AssignVar) {
	off, ok := g.vars[st.Var.Name]
	if ok && st.Op == "" && st.Var.Type().Kind == lang.TString {
		g.stringAt(st.Value, off, g.varSize[st.Var.Name], 0)
		return
	}
	if ok && st.Op == "" && st.Var.Type().Kind == lang.TUsym {
		g.writeUsym(st.Value, 0, func(r asm.Register) { g.stackPtr(r, off) })
		return
	}
	if ok && st.Op == "" && st.Var.Type().Kind == lang.TTuple {
		g.writeTuple(st.Value, st.Var.Type(), 0, func(r asm.Register) { g.stackPtr(r, off) })
		return
	}
	if !ok || (st.Var.Type().Kind != lang.TInt && st.Var.Type().Kind != lang.TUstack) {
		g.fail(st.Range(), "variable %s of type %s is not supported by the compiler yet", st.Var.Name, st.Var.Type())
		return
	}
	value := st.Value
	if st.Op != "" {
		value = &lang.Binary{Span: st.Span, Op: st.Op, X: st.Var, Y: st.Value}
	}
	g.expr(value, 0)
	g.emit(asm.StoreMem(asm.RFP, off, g.load(0, asm.R0), asm.DWord))
}

// incDec emits $x++, ++$x, @m[k]++ and friends; slot d gets the old value
// (postfix) or the new one (prefix).
func (g *gen) incDec(e *lang.IncDec, d int) {
	delta := int32(1)
	if e.Op == "--" {
		delta = -1
	}
	switch x := e.X.(type) {
	case *lang.Var:
		off, ok := g.vars[x.Name]
		if !ok {
			g.fail(x.Range(), "variable %s is not supported by the compiler yet", x.Name)
			return
		}
		g.emit(asm.LoadMem(asm.R0, asm.RFP, off, asm.DWord))
		if e.Post {
			g.store(d, asm.R0)
		}
		g.emit(asm.Add.Imm(asm.R0, delta), asm.StoreMem(asm.RFP, off, asm.R0, asm.DWord))
		if !e.Post {
			g.store(d, asm.R0)
		}
	case *lang.MapRef:
		g.mapRead(x, d)
		r := g.load(d, asm.R0)
		g.emit(asm.Mov.Reg(asm.R1, r), asm.Add.Imm(asm.R1, delta))
		g.store(d+1, asm.R1)
		if m := g.mapOf(x); m != nil {
			g.mapWrite(m, x.Keys, d+1)
		}
		if !e.Post {
			g.store(d, g.load(d+1, asm.R0))
		}
	default:
		g.fail(e.Range(), "++/-- needs a variable or a map element")
	}
}

// aggregate updates this CPU's value of an aggregation map entry, creating
// it from the zeroes map first.
func (g *gen) aggregate(m *Map, keys []lang.Expr, call *lang.Call) {
	if len(call.Args) > 0 {
		g.expr(call.Args[0], 0) // the value, in R7 (slot 0) throughout
		if k := m.Decl.Value.Kind; g.loopBudget != 0 && k != lang.TSum && k != lang.TAvg && k != lang.TStats {
			g.opaque(valueRegs[0], asm.R1)
		}
	}
	g.buildKey(m, keys, 1)
	have, done := g.newLabel("have"), g.newLabel("aggregated")
	g.keyArgs(m)
	if m.Slot {
		// Slot 0 always exists; the check is for the verifier.
		g.emit(asm.FnMapLookupElem.Call(), asm.JEq.Imm(asm.R0, 0, done))
		if off := m.TouchedOffset(); off >= 0 {
			g.emit(storeImm64(asm.R0, int16(off), 1))
		}
		g.aggregateAt(m, valueRegs[0], done)
		return
	}
	g.emit(asm.FnMapLookupElem.Call(), asm.JNE.Imm(asm.R0, 0, have))
	if k := m.Decl.Value.Kind; m.ValueSize == 8 && (k == lang.TCount || k == lang.TSum) {
		// First value for this key on this CPU: insert it whole. An update
		// of a per-CPU entry another CPU has just inserted sets only this
		// CPU's value, which was zero, so this adds to it. A full map
		// refuses the insert, and the value is dropped.
		if k == lang.TCount {
			g.emit(storeImm64(asm.RFP, slotValue, 1))
		} else {
			g.emit(asm.StoreMem(asm.RFP, slotValue, valueRegs[0], asm.DWord))
		}
		g.keyArgs(m)
		g.stackPtr(asm.R3, slotValue)
		g.emit(asm.Mov.Imm(asm.R4, bpfAny), asm.FnMapUpdateElem.Call(), asm.JEq.Imm(asm.R0, 0, done))
		g.incrementDropped()
		g.emit(asm.Ja.Label(done))
		g.setLabel(have)
		g.aggregateAt(m, valueRegs[0], done)
		return
	}
	// First value for this key on this CPU: insert zeroes (from the
	// stack when they fit a slot). A full map refuses the insert, and the
	// value is dropped.
	if m.ValueSize <= 8 {
		g.emit(storeImm64(asm.RFP, slotValue, 0))
		g.stackPtr(asm.R3, slotValue)
	} else {
		g.emit(asm.Mov.Imm(asm.R1, 0), asm.StoreMem(asm.RFP, slotValue, asm.R1, asm.Word))
		g.mapPtr(asm.R1, ZeroesMap)
		g.stackPtr(asm.R2, slotValue)
		g.emit(asm.FnMapLookupElem.Call(), asm.JEq.Imm(asm.R0, 0, done))
		g.emit(asm.Mov.Reg(asm.R3, asm.R0))
	}
	g.keyArgs(m)
	g.emit(asm.Mov.Imm(asm.R4, bpfNoExist), asm.FnMapUpdateElem.Call())
	g.keyArgs(m)
	g.emit(asm.FnMapLookupElem.Call(), asm.JNE.Imm(asm.R0, 0, have))
	g.incrementDropped() // the map is full
	g.emit(asm.Ja.Label(done))
	g.setLabel(have)
	g.aggregateAt(m, valueRegs[0], done)
}

// storeImm64 is *(u64 *)(dst + off) = imm (asm.StoreImm refuses DWord;
// the kernel sign-extends the imm32).
func storeImm64(dst asm.Register, off int16, imm int32) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreImmOp(asm.DWord), Dst: dst, Offset: off, Constant: int64(imm)}
}

// aggregateAt updates the aggregation value at R0 with the value in v,
// then falls through to (or jumps to) done, which it places.
func (g *gen) aggregateAt(m *Map, v asm.Register, done string) {
	// R0 points at this CPU's value: no other CPU writes it, so plain
	// loads and stores suffice.
	signed := m.Decl.Value.Signed
	switch m.Decl.Value.Kind {
	case lang.TCount:
		g.addAt(0, 1)
	case lang.TSum:
		g.addAtReg(0, v)
	case lang.TAvg, lang.TStats:
		g.addAt(0, 1)
		g.addAtReg(8, v)
	case lang.TMin, lang.TMax:
		signed = true // bpftrace compares min/max signed, whatever the operand
		set := g.newLabel("set")
		jump := pick([2]asm.JumpOp{asm.JLT, asm.JSLT}, signed)
		if m.Decl.Value.Kind == lang.TMax {
			jump = pick([2]asm.JumpOp{asm.JGT, asm.JSGT}, signed)
		}
		g.emit(asm.LoadMem(asm.R1, asm.R0, 8, asm.DWord), asm.JEq.Imm(asm.R1, 0, set))
		g.emit(asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord), jump.Reg(v, asm.R1, set), asm.Ja.Label(done))
		g.setLabel(set)
		g.emit(asm.StoreMem(asm.R0, 0, v, asm.DWord), asm.Mov.Imm(asm.R1, 1), asm.StoreMem(asm.R0, 8, asm.R1, asm.DWord))
	case lang.THist:
		g.histBucket(v)
		g.bumpBucket(HistBuckets - 1)
	case lang.TLhist:
		n := LhistBuckets(m.Decl.Lhist) - 1
		g.lhistBucket(v, m.Decl.Lhist, n)
		g.bumpBucket(n)
	}
	g.setLabel(done)
}

// addAt adds the constant c to the u64 at R0+off.
func (g *gen) addAt(off int16, c int32) {
	g.emit(asm.LoadMem(asm.R1, asm.R0, off, asm.DWord), asm.Add.Imm(asm.R1, c), asm.StoreMem(asm.R0, off, asm.R1, asm.DWord))
}

// addAtReg adds register r to the u64 at R0+off.
func (g *gen) addAtReg(off int16, r asm.Register) {
	g.emit(asm.LoadMem(asm.R1, asm.R0, off, asm.DWord), asm.Add.Reg(asm.R1, r), asm.StoreMem(asm.R0, off, asm.R1, asm.DWord))
}

// histBucket computes hist()'s bucket of v into R1 (R2 scratch; R3, R4 too
// in programs with loops), shifting v (the statement's last use of it): 0
// for negative values, 1 for 0, else bit length + 1, by binary search.
func (g *gen) histBucket(v asm.Register) {
	end := g.newLabel("bucket")
	g.emit(asm.Mov.Imm(asm.R1, 0), asm.JSLT.Imm(v, 0, end))
	g.emit(asm.Mov.Imm(asm.R1, 1), asm.JEq.Imm(v, 0, end))
	if g.loopBudget != 0 {
		// In programs with loops, without branches: a value the verifier
		// does not know then gives one state, not one per bucket.
		g.emit(asm.Mov.Reg(asm.R2, v), asm.Mov.Imm(asm.R1, 2))
		for _, shift := range []int32{32, 16, 8, 4, 2, 1} {
			// R4 = shift if R2 >> shift != 0, else 0.
			g.emit(asm.Mov.Reg(asm.R3, asm.R2), asm.RSh.Imm(asm.R3, shift))
			g.emit(asm.Mov.Reg(asm.R4, asm.R3), asm.Neg.Imm(asm.R4, 0), asm.Or.Reg(asm.R4, asm.R3), asm.RSh.Imm(asm.R4, 63))
			g.emit(asm.Mul.Imm(asm.R4, shift), asm.RSh.Reg(asm.R2, asm.R4), asm.Add.Reg(asm.R1, asm.R4))
		}
		g.setLabel(end)
		return
	}
	skip := g.newLabel("bit")
	g.emit(asm.Mov.Imm(asm.R1, 2))
	// 1<<32 does not fit an immediate: test the high half instead.
	g.emit(asm.Mov.Reg(asm.R2, v), asm.RSh.Imm(asm.R2, 32), asm.JEq.Imm(asm.R2, 0, skip))
	g.emit(asm.Mov.Reg(v, asm.R2), asm.Add.Imm(asm.R1, 32))
	g.setLabel(skip)
	for _, shift := range []int32{16, 8, 4, 2, 1} {
		skip := g.newLabel("bit")
		g.emit(asm.JLT.Imm(v, 1<<shift, skip), asm.RSh.Imm(v, shift), asm.Add.Imm(asm.R1, shift))
		g.setLabel(skip)
	}
	g.setLabel(end)
}

// lhistBucket computes lhist()'s bucket of v into R1 (R2, R3 scratch).
func (g *gen) lhistBucket(v asm.Register, p *lang.LhistParams, n int) {
	end := g.newLabel("lbucket")
	g.loadImm(asm.R3, p.Min)
	g.emit(asm.Mov.Imm(asm.R1, 0), asm.JSLT.Reg(v, asm.R3, end))
	g.loadImm(asm.R2, p.Max)
	g.emit(asm.Mov.Imm(asm.R1, int32(n)), asm.JSGE.Reg(v, asm.R2, end))
	g.emit(asm.Mov.Reg(asm.R1, v), asm.Sub.Reg(asm.R1, asm.R3))
	g.loadImm(asm.R2, p.Step)
	g.emit(asm.Div.Reg(asm.R1, asm.R2), asm.Add.Imm(asm.R1, 1))
	g.setLabel(end)
}

// bumpBucket adds one to counter R1 (clamped to last, which also proves the
// bound to the verifier) of the value at R0.
func (g *gen) bumpBucket(last int) {
	ok := g.newLabel("inrange")
	g.emit(asm.JLE.Imm(asm.R1, int32(last), ok), asm.Mov.Imm(asm.R1, int32(last)))
	g.setLabel(ok)
	g.emit(asm.LSh.Imm(asm.R1, 3), asm.Add.Reg(asm.R0, asm.R1))
	g.addAt(0, 1)
}

// ternaryInto evaluates the condition of a ternary whose arms are written
// to memory (strings, tuples) and writes the chosen arm with write.
func (g *gen) ternaryInto(e *lang.Ternary, d int, write func(arm lang.Expr)) {
	elseLabel, end := g.newLabel("else"), g.newLabel("endtern")
	g.expr(e.Cond, d)
	g.emit(asm.JEq.Imm(g.load(d, asm.R0), 0, elseLabel))
	write(e.X)
	g.emit(asm.Ja.Label(end))
	g.setLabel(elseLabel)
	write(e.Y)
	g.setLabel(end)
}
