package compiler

import (
	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// Tuples are laid out as lang.Type describes (FieldOffset, FieldSize):
// 8-byte integers and NUL-padded strings, each at an 8-byte boundary.

// writeTuple writes a tuple expression laid out as type tt (which may
// hold longer strings than e's own type) to the address dst puts in a
// register, using value slots from d.
func (g *gen) writeTuple(e lang.Expr, tt lang.Type, d int, dst func(asm.Register)) {
	at := func(off int) func(asm.Register) {
		return func(r asm.Register) {
			dst(r)
			if off != 0 {
				g.emit(asm.Add.Imm(r, int32(off)))
			}
		}
	}
	switch e := e.(type) {
	case *lang.Tuple:
		g.zeroAt(dst, 0, align8(tt.Size))
		for i, x := range e.Elems {
			et, off := tt.Elems()[i], tt.FieldOffset(i)
			switch et.Kind {
			case lang.TString:
				g.writeString(x, et.Size, d, at(off))
			case lang.TTuple:
				g.writeTuple(x, et, d, at(off))
			default:
				g.expr(x, d)
				r := g.load(d, asm.R0)
				dst(asm.R1)
				g.emit(asm.StoreMem(asm.R1, int16(off), r, asm.DWord))
			}
		}
		return
	case *lang.Var:
		if off, ok := g.vars[e.Name]; ok {
			g.copyTuple(tt, e.Type(), func() { g.stackPtr(asm.R3, off) }, dst)
			return
		}
	case *lang.MapRef:
		if m := g.mapOf(e); m != nil && m.Decl.Value.Kind == lang.TTuple {
			g.buildKey(m, e.Keys, d)
			miss, end := g.newLabel("notuple"), g.newLabel("gottuple")
			g.keyArgs(m)
			g.emit(asm.FnMapLookupElem.Call(), asm.JEq.Imm(asm.R0, 0, miss))
			g.copyTuple(tt, m.Decl.Value, func() { g.emit(asm.Mov.Reg(asm.R3, asm.R0)) }, dst)
			g.emit(asm.Ja.Label(end))
			g.setLabel(miss)
			g.zeroAt(dst, 0, align8(tt.Size))
			g.setLabel(end)
			return
		}
	case *lang.Ternary:
		g.ternaryInto(e, d, func(arm lang.Expr) { g.writeTuple(arm, tt, d, dst) })
		return
	}
	g.fail(e.Range(), "this tuple expression is not supported by the compiler yet")
}

// copyTuple copies a tuple of type from at the address src puts in R3 to
// dst, converting to type to's layout element by element. R3 must survive:
// only R1 and R2 are used besides it.
func (g *gen) copyTuple(to, from lang.Type, src func(), dst func(asm.Register)) {
	src()
	g.zeroAt(dst, 0, align8(to.Size))
	g.copyElems(to, from, 0, 0, dst)
}

func (g *gen) copyElems(to, from lang.Type, dstOff, srcOff int, dst func(asm.Register)) {
	for i, et := range to.Elems() {
		ft := from.Elems()[i]
		d, s := dstOff+to.FieldOffset(i), srcOff+from.FieldOffset(i)
		switch et.Kind {
		case lang.TTuple:
			g.copyElems(et, ft, d, s, dst)
			continue
		case lang.TString:
			n := min(et.Size, ft.Size)
			dst(asm.R1)
			k := 0
			for ; k+8 <= n; k += 8 {
				g.emit(asm.LoadMem(asm.R2, asm.R3, int16(s+k), asm.DWord), asm.StoreMem(asm.R1, int16(d+k), asm.R2, asm.DWord))
			}
			for ; k < n; k++ {
				g.emit(asm.LoadMem(asm.R2, asm.R3, int16(s+k), asm.Byte), asm.StoreMem(asm.R1, int16(d+k), asm.R2, asm.Byte))
			}
			if ft.Size > et.Size {
				// Cut: keep the destination NUL-terminated. (A shorter
				// source brings its NUL; the rest was zeroed.)
				g.emit(asm.Mov.Imm(asm.R2, 0), asm.StoreMem(asm.R1, int16(d+et.Size-1), asm.R2, asm.Byte))
			}
		default:
			dst(asm.R1)
			g.emit(asm.LoadMem(asm.R2, asm.R3, int16(s), asm.DWord), asm.StoreMem(asm.R1, int16(d), asm.R2, asm.DWord))
		}
	}
}

// tupleSource puts the address of a tuple variable or map value in R3;
// ok is false (after reporting) when e is neither. For a map, a missing
// key jumps to miss, and missable says so.
func (g *gen) tupleSource(e lang.Expr, d int, miss string) (ok, missable bool) {
	switch e := e.(type) {
	case *lang.Var:
		if off, ok := g.vars[e.Name]; ok {
			g.stackPtr(asm.R3, off)
			return true, false
		}
	case *lang.MapRef:
		if m := g.mapOf(e); m != nil && m.Decl.Value.Kind == lang.TTuple {
			g.buildKey(m, e.Keys, d)
			g.keyArgs(m)
			g.emit(asm.FnMapLookupElem.Call(), asm.JEq.Imm(asm.R0, 0, miss))
			g.emit(asm.Mov.Reg(asm.R3, asm.R0))
			return true, true
		}
	}
	g.fail(e.Range(), "reading a field of this tuple expression is not supported by the compiler yet")
	return false, false
}

// fieldRead evaluates an integer tuple field t.N into slot d (0 when the
// tuple is a missing map key).
func (g *gen) fieldRead(e *lang.Field, d int) {
	if t, ok := e.X.(*lang.Tuple); ok {
		g.expr(t.Elems[e.Index], d)
		return
	}
	miss, end := g.newLabel("nofield"), g.newLabel("field")
	ok, missable := g.tupleSource(e.X, d, miss)
	if !ok {
		return
	}
	g.emit(asm.LoadMem(asm.R0, asm.R3, int16(e.X.Type().FieldOffset(e.Index)), asm.DWord))
	if missable {
		g.emit(asm.Ja.Label(end))
		g.setLabel(miss)
		g.emit(asm.Mov.Imm(asm.R0, 0))
		g.setLabel(end)
	}
	g.store(d, asm.R0)
}

// fieldString writes a string tuple field t.N like writeString does.
func (g *gen) fieldString(e *lang.Field, size, d int, dst func(asm.Register)) bool {
	if t, ok := e.X.(*lang.Tuple); ok {
		g.writeString(t.Elems[e.Index], size, d, dst)
		return true
	}
	miss, end := g.newLabel("nofield"), g.newLabel("field")
	ok, missable := g.tupleSource(e.X, d, miss)
	if !ok {
		return true
	}
	off := e.X.Type().FieldOffset(e.Index)
	g.emit(asm.Add.Imm(asm.R3, int32(off)))
	g.copyString(dst, func() {}, min(size, e.Type().Size), size)
	if missable {
		g.emit(asm.Ja.Label(end))
		g.setLabel(miss)
		g.zeroAt(dst, 0, size)
		g.setLabel(end)
	}
	return true
}

// tupleLeaves lists the integer and string elements of a tuple type,
// depth first, with their offsets: how a tuple printf argument is decoded.
func tupleLeaves(t lang.Type, base int, out []Field) []Field {
	for i, et := range t.Elems() {
		off := base + t.FieldOffset(i)
		if et.Kind == lang.TTuple {
			out = tupleLeaves(et, off, out)
			continue
		}
		out = append(out, Field{Offset: off, Type: et})
	}
	return out
}

// tupleFormat is the printf format that prints a tuple as bpftrace's
// print() does: (1, abc, -2), nested tuples in parentheses.
func tupleFormat(t lang.Type) string {
	s := "("
	for i, et := range t.Elems() {
		if i > 0 {
			s += ", "
		}
		switch {
		case et.Kind == lang.TTuple:
			s += tupleFormat(et)
		case et.Kind == lang.TString:
			s += "%s"
		case et.Signed:
			s += "%d"
		default:
			s += "%u"
		}
	}
	return s + ")"
}
