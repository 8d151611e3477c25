package compiler

import (
	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// Control flow: if/else, while, unroll, return, break and continue, and
// the ternary operator.
//
// Loops: the kernel verifier walks a loop once per iteration until it can
// prove that it ends, which it cannot for `while (1) { if (...) { break; } }`
// or a bound read from a map. Every loop therefore also counts its
// iterations in one budget shared by all loops of the action: a loop whose
// budget is spent ends as if its condition were false, and adds one to the
// LoopsMap counter, which the runtime reports at exit, so that a cut-short
// loop is never silent. Sharing the budget bounds the paths the verifier
// walks however loops nest. The budget is sized per action from its loops
// once their code is known (loopBudget): the verifier's walk grows with the
// budget times the instructions and branches of a loop body.

// Loop budget sizing, measured on kernel 6.18 with compiler/flow_load_test.go
// shapes. Without helper calls in a loop the verifier's walk grows linearly,
// by one to four instructions per body instruction and iteration, up to
// the million it gives up at: the budget is budgetWork over twice the body's
// instructions (12,500 iterations for `while ($i < N) { $i++; }`), and a
// nested loop's weight is multiplied by its enclosing loops'. A helper call
// in a loop (map updates, str(), printf) makes the walk grow with the
// square of the budget (the paths of the call's outcomes are walked through
// every later iteration): such actions keep minBudget.
const (
	budgetWork = 400_000
	minBudget  = 100 // what every shape of TestControlFlowLoad loads with
	maxBudget  = 1 << 16
)

// loopInfo is what sizing the budget needs of one compiled loop.
type loopInfo struct {
	check      int // index of the budget comparison, whose immediate is patched
	start, end int // instruction range of the loop
	spent      int // index of the code counting a spent budget
	depth      int // 0 for an outermost loop
}

// loopLabels are where break and continue jump in a loop.
type loopLabels struct{ top, end string }

// block emits statements and reports whether the block ends in a jump
// (exit, return, break, continue): the statements after it would be dead
// code, which the verifier rejects.
func (g *gen) block(body []lang.Stmt) bool {
	outer := g.span
	defer func() { g.span = outer }()
	for _, st := range body {
		g.span = st.Range()
		if g.stmt(st) {
			return true
		}
	}
	return false
}

func (g *gen) flowStmt(st lang.Stmt) bool {
	switch st := st.(type) {
	case *lang.If:
		return g.ifStmt(st)
	case *lang.While:
		g.while(st)
	case *lang.Unroll:
		for i := 0; i < st.N; i++ {
			if g.block(st.Body) {
				return true
			}
		}
	case *lang.Jump:
		switch {
		case st.Kind == "return":
			g.emit(asm.Ja.Label("exit"))
		case len(g.loops) == 0:
			g.fail(st.Range(), "%s used outside of a loop", st.Kind)
		case st.Kind == "break":
			g.emit(asm.Ja.Label(g.loops[len(g.loops)-1].end))
		default:
			g.emit(asm.Ja.Label(g.loops[len(g.loops)-1].top))
		}
		return true
	}
	return false
}

// ifStmt emits if/else; it ends the block when both branches do.
func (g *gen) ifStmt(st *lang.If) bool {
	elseLabel, end := g.newLabel("else"), g.newLabel("endif")
	g.span = st.Cond.Range()
	g.expr(st.Cond, 0)
	g.emit(asm.JEq.Imm(g.load(0, asm.R0), 0, elseLabel))
	g.span = st.Range()
	thenJumps := g.block(st.Then)
	if !thenJumps && len(st.Else) > 0 {
		g.emit(asm.Ja.Label(end))
	}
	g.setLabel(elseLabel)
	elseJumps := g.block(st.Else)
	g.setLabel(end)
	return thenJumps && elseJumps && len(st.Else) > 0
}

// while emits a loop: condition, budget check, body, jump back. The
// condition comes first so that only an iteration that would really run is
// counted, and a spent budget is only reported when it cut a loop short.
func (g *gen) while(st *lang.While) {
	top, end, spent := g.newLabel("loop"), g.newLabel("endloop"), g.newLabel("spent")
	info := loopInfo{start: len(g.insns), depth: len(g.loops)}
	g.setLabel(top)
	g.span = st.Cond.Range()
	g.expr(st.Cond, 0)
	g.emit(asm.JEq.Imm(g.load(0, asm.R0), 0, end))
	g.span = st.Range()
	g.emit(asm.LoadMem(asm.R1, asm.RFP, g.loopBudget, asm.DWord))
	info.check = len(g.insns)
	g.emit(asm.JGE.Imm(asm.R1, minBudget, spent)) // the immediate is patched by sizeLoopBudget
	g.emit(asm.Add.Imm(asm.R1, 1), asm.StoreMem(asm.RFP, g.loopBudget, asm.R1, asm.DWord))
	g.loops = append(g.loops, loopLabels{top: top, end: end})
	if !g.block(st.Body) {
		g.emit(asm.Ja.Label(top))
	}
	g.loops = g.loops[:len(g.loops)-1]
	g.setLabel(spent)
	info.spent = len(g.insns)
	g.incrementCounter(LoopsMap)
	g.setLabel(end)
	info.end = len(g.insns)
	g.loopInfos = append(g.loopInfos, info)
}

// sizeLoopBudget sets the action's loop budget in every loop's budget
// check (see budgetWork).
func (g *gen) sizeLoopBudget() {
	if len(g.loopInfos) == 0 {
		return
	}
	budget := maxBudget
	for _, l := range g.loopInfos {
		w := g.loopWeight(l)
		for _, o := range g.loopInfos {
			if o.start < l.start && l.end <= o.end {
				w *= g.loopWeight(o)
			}
		}
		budget = min(budget, max(minBudget, budgetWork/max(w, 1)))
	}
	for _, l := range g.loopInfos {
		g.insns[l.check].Constant = int64(budget)
	}
}

// loopWeight is the verifier's estimated work per iteration of l: twice
// its instructions, or everything when it calls a helper. The code
// counting a spent budget (its own and its inner loops') runs once, so it
// does not count.
func (g *gen) loopWeight(l loopInfo) int {
	n := 0
	for i := l.start; i < l.spent; i++ {
		if inner := g.spentStubAt(i); inner != nil && inner.start > l.start {
			i = inner.end - 1
			continue
		}
		if g.insns[i].IsBuiltinCall() {
			return budgetWork
		}
		n++
	}
	return 2 * n
}

// spentStubAt returns the loop whose spent-budget code starts at i.
func (g *gen) spentStubAt(i int) *loopInfo {
	for k := range g.loopInfos {
		if g.loopInfos[k].spent == i {
			return &g.loopInfos[k]
		}
	}
	return nil
}

// ternary evaluates an integer c ? a : b into slot d.
func (g *gen) ternary(e *lang.Ternary, d int) {
	elseLabel, end := g.newLabel("else"), g.newLabel("endtern")
	g.expr(e.Cond, d)
	g.emit(asm.JEq.Imm(g.load(d, asm.R0), 0, elseLabel))
	g.expr(e.X, d)
	g.emit(asm.Ja.Label(end))
	g.setLabel(elseLabel)
	g.expr(e.Y, d)
	g.setLabel(end)
}

// cast evaluates (T)x into slot d: x truncated to the smaller of the two
// sizes, then sign- or zero-extended by T's signedness (bpftrace's rule).
func (g *gen) cast(e *lang.Cast, d int) {
	g.expr(e.X, d)
	to := e.Type()
	n := min(to.Size, e.X.Type().Size)
	if n >= 8 {
		return
	}
	r := g.load(d, asm.R0)
	switch {
	case to.Signed:
		shift := int32(64 - 8*n)
		g.emit(asm.LSh.Imm(r, shift), asm.ArSh.Imm(r, shift))
	case n == 4:
		g.emit(asm.Mov.Reg32(r, r))
	default:
		g.emit(asm.And.Imm(r, int32(1)<<(8*n)-1))
	}
	g.store(d, r)
}

// strFunc evaluates strncmp(a, b, n) (0 when the first n characters are
// equal, else 1) and strcontains(haystack, needle) (1 when found, else 0)
// into slot d. Both strings are written NUL-padded into the comparison
// buffers; the comparison is unrolled, so it is bounded by the buffers'
// size.
func (g *gen) strFunc(call *lang.Call, d int) {
	n := g.strBufSize
	for _, buf := range []int16{g.strBufA, g.strBufB} {
		g.emit(asm.Mov.Imm(asm.R1, 0))
		for off := 0; off < n; off += 8 {
			g.emit(asm.StoreMem(asm.RFP, buf+int16(off), asm.R1, asm.DWord))
		}
	}
	a, b := call.Args[0], call.Args[1]
	g.stringAt(a, g.strBufA, min(n, a.Type().Size), d)
	g.stringAt(b, g.strBufB, min(n, b.Type().Size), d)
	yes, no, end := g.newLabel("streq"), g.newLabel("strne"), g.newLabel("strfn")
	if call.Name == "strncmp" {
		limit, _ := lang.IntLiteral(call.Args[2])
		count := min(int(limit), a.Type().Size, b.Type().Size)
		if count <= 0 {
			// Nothing to compare: equal. (The branches below would be
			// unreachable code, which the verifier rejects.)
			g.emit(asm.Mov.Imm(asm.R0, 0))
			g.store(d, asm.R0)
			return
		}
		for i := 0; i < count; i++ {
			g.emit(asm.LoadMem(asm.R1, asm.RFP, g.strBufA+int16(i), asm.Byte))
			g.emit(asm.LoadMem(asm.R2, asm.RFP, g.strBufB+int16(i), asm.Byte))
			g.emit(asm.JNE.Reg(asm.R1, asm.R2, no), asm.JEq.Imm(asm.R1, 0, yes))
		}
		// Equal: 0; different: 1.
		g.setLabel(yes)
		g.emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
		g.setLabel(no)
		g.emit(asm.Mov.Imm(asm.R0, 1))
		g.setLabel(end)
		g.store(d, asm.R0)
		return
	}
	// strcontains: try every start in the haystack; at each, compare until
	// the needle's NUL (found) or a mismatch (next start). The haystack's
	// NUL never matches a needle byte, so starts past its end fail.
	hay, needle := a.Type().Size-1, b.Type().Size-1
	if needle == 0 {
		// The needle is "": found everywhere.
		g.emit(asm.Mov.Imm(asm.R0, 1))
		g.store(d, asm.R0)
		return
	}
	g.emit(asm.LoadMem(asm.R2, asm.RFP, g.strBufB, asm.Byte), asm.JEq.Imm(asm.R2, 0, yes))
	for i := 0; i < hay; i++ {
		next := g.newLabel("start")
		for j := 0; j < needle && i+j < hay; j++ {
			if j > 0 {
				g.emit(asm.LoadMem(asm.R2, asm.RFP, g.strBufB+int16(j), asm.Byte), asm.JEq.Imm(asm.R2, 0, yes))
			} else {
				g.emit(asm.LoadMem(asm.R2, asm.RFP, g.strBufB, asm.Byte))
			}
			g.emit(asm.LoadMem(asm.R1, asm.RFP, g.strBufA+int16(i+j), asm.Byte), asm.JNE.Reg(asm.R1, asm.R2, next))
		}
		// The needle matched up to the haystack's end or its own size:
		// found if the needle ends here.
		if i+needle < hay {
			g.emit(asm.Ja.Label(yes))
		} else {
			k := hay - i
			g.emit(asm.LoadMem(asm.R2, asm.RFP, g.strBufB+int16(k), asm.Byte), asm.JEq.Imm(asm.R2, 0, yes))
		}
		g.setLabel(next)
	}
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Ja.Label(end))
	g.setLabel(yes)
	g.emit(asm.Mov.Imm(asm.R0, 1))
	g.setLabel(end)
	g.store(d, asm.R0)
}

// opaque makes the verifier forget what it knows of r's value (an atomic
// add of 0 on the stack slot r went through turns the slot into unknown
// bytes). In programs with loops, str() lengths and the values hist, lhist,
// min and max branch on pass through it: the code that uses them clamps
// or tests them anyway, and the verifier no longer needs the loop
// variables they came from to be exact, so it can merge the states of
// different iterations instead of walking every combination.
func (g *gen) opaque(r, scratch asm.Register) {
	g.emit(asm.StoreMem(asm.RFP, slotValue, r, asm.DWord), asm.Mov.Imm(scratch, 0))
	g.emit(asm.AddAtomic.Mem(asm.RFP, scratch, asm.DWord, slotValue))
	g.emit(asm.LoadMem(r, asm.RFP, slotValue, asm.DWord))
}
