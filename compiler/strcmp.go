package compiler

import (
	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// hasLoops reports whether pr has a while loop.
func hasLoops(pr *lang.Probe) bool {
	found := false
	lang.WalkStmts(pr.Body, func(st lang.Stmt) {
		if _, ok := st.(*lang.While); ok {
			found = true
		}
	})
	return found
}

// isStringCompare reports whether e is == or != between two strings.
func isStringCompare(e lang.Expr) (*lang.Binary, bool) {
	b, ok := e.(*lang.Binary)
	return b, ok && (b.Op == "==" || b.Op == "!=") && b.X.Type().Kind == lang.TString && b.Y.Type().Kind == lang.TString
}

// stringCompareSize is the buffer size each side of the probe's string
// comparisons needs: the longest operand, rounded up to 8.
func stringCompareSize(pr *lang.Probe) int {
	size := 0
	lang.WalkExprs(pr, func(e lang.Expr) {
		if b, ok := isStringCompare(e); ok {
			size = max(size, align8(b.X.Type().Size), align8(b.Y.Type().Size))
		}
		if c, ok := e.(*lang.Call); ok && (c.Name == "strncmp" || c.Name == "strcontains") {
			size = max(size, align8(c.Args[0].Type().Size), align8(c.Args[1].Type().Size))
		}
	})
	return size
}

// stringCompare evaluates a == b or a != b on strings into slot d: both
// sides are written NUL-padded into two stack buffers of equal size, then
// compared eight bytes at a time.
func (g *gen) stringCompare(e *lang.Binary, d int) {
	n := g.strBufSize
	for _, buf := range []int16{g.strBufA, g.strBufB} {
		g.emit(asm.Mov.Imm(asm.R1, 0))
		for off := 0; off < n; off += 8 {
			g.emit(asm.StoreMem(asm.RFP, buf+int16(off), asm.R1, asm.DWord))
		}
	}
	g.stringAt(e.X, g.strBufA, n, d)
	g.stringAt(e.Y, g.strBufB, n, d)
	differ, end := g.newLabel("strne"), g.newLabel("strcmp")
	for off := 0; off < n; off += 8 {
		g.emit(asm.LoadMem(asm.R1, asm.RFP, g.strBufA+int16(off), asm.DWord))
		g.emit(asm.LoadMem(asm.R2, asm.RFP, g.strBufB+int16(off), asm.DWord))
		g.emit(asm.JNE.Reg(asm.R1, asm.R2, differ))
	}
	equal := int32(1)
	if e.Op == "!=" {
		equal = 0
	}
	g.emit(asm.Mov.Imm(asm.R0, equal), asm.Ja.Label(end))
	g.setLabel(differ)
	g.emit(asm.Mov.Imm(asm.R0, 1-equal))
	g.setLabel(end)
	g.store(d, asm.R0)
}
