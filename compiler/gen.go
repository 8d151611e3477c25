package compiler

import (
	"fmt"

	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// Stack layout of every program (offsets from R10). Fixed slots first, then
// spill slots for expression values deeper than the callee-saved registers.
const (
	slotKey     = -8  // map key, and the buffer bpf_probe_read_user fills
	slotValue   = -16 // map value for update
	slotRecord  = -24 // the reserved ring buffer record, kept across helper calls
	slotLocals  = -32 // scratch variables, then the key buffer, then spill slots grow downwards
	stackBudget = 512 // the kernel's limit per program
)

// valueRegs hold expression values; they survive helper calls (R6 holds ctx).
var valueRegs = [...]asm.Register{asm.R7, asm.R8, asm.R9}

// gen emits the instructions of one program.
type gen struct {
	c     *collection
	site  *Site
	insns asm.Instructions
	span  lang.Span // source of the instructions being emitted
	label string    // symbol for the next instruction
	note  string    // remark for the next instruction (NoteOf)
	// notedUnlink: the first "|= 0" after a variable's load has said why.
	notedUnlink bool
	alias       map[string]string
	labels      int
	err         error

	vars    map[string]int16 // scratch variable → stack offset
	varSize map[string]int   // scratch variable → bytes on the stack
	keyBuf  int16            // stack offset of the map key buffer
	valBuf  int16            // stack offset of the string map value buffer
	// Two buffers of strBufSize bytes for the sides of string comparisons.
	strBufA, strBufB int16
	strBufSize       int
	spillBase        int16 // stack offset of the first spill slot
	// loopBudget is the stack slot counting the iterations every while
	// loop of the action ran (see flow.go); loops are the labels of the
	// enclosing loops, innermost last; loopInfos the loops compiled so far.
	loopBudget int16
	loops      []loopLabels
	loopInfos  []loopInfo
	innerWalks []innerWalk // strcontains loops, for sizing the loop budget
	// recBuf is a stack buffer of recSize bytes for records small enough
	// and simple enough (no strings) to build there and copy into the ring
	// buffer with one call; recAt says where the record being built is.
	recBuf  int16
	recSize int
	recAt   recordAt
}

// recordAt is where the record being built is addressed from.
type recordAt int

const (
	recordInR0    recordAt = iota // a reservation, still in R0
	recordInSlot                  // a reservation, its address in slotRecord
	recordOnStack                 // the recBuf stack buffer
)

func (c *collection) compileProgram(pr *lang.Probe, site *Site) (asm.Instructions, error) {
	g := &gen{c: c, site: site, alias: map[string]string{}}
	g.span = pr.Span
	g.layoutStack(pr)
	g.emit(asm.Mov.Reg(asm.R6, asm.R1))
	g.exitedCheck()
	g.zeroVars()
	if pr.Pred != nil {
		g.span = pr.Pred.Range()
		g.expr(pr.Pred, 0)
		r := g.load(0, asm.R0)
		g.emit(asm.JEq.Imm(r, 0, "exit"))
	}
	g.block(pr.Body)
	g.span = pr.Span
	g.setLabel("exit")
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	if g.err != nil {
		return nil, g.err
	}
	// The verifier walks every instruction at least once, and each
	// strcontains() loop once per start: past its limit, no merging of
	// paths can help (unroll (30) { strcontains(str(a), str(b)) }).
	if n := g.tailFrom(0); len(g.innerWalks) > 0 && n > MaxInsns {
		specs := lang.Span{Start: pr.Specs[0].Span.Start, End: pr.Specs[len(pr.Specs)-1].Span.End}
		return nil, g.c.prog.ErrorAt(specs, "this probe's strcontains() searches take the kernel verifier about %d instructions to check, more than its limit of %d", n, MaxInsns)
	}
	g.sizeLoopBudget()
	g.resolveAliases()
	promoteRecordSlot(g.insns)
	return dropCtxSave(dropCopies(g.insns)), nil
}

// emit appends instructions tagged with the current source range and the
// pending label.
func (g *gen) emit(insns ...asm.Instruction) {
	for _, ins := range insns {
		if g.label != "" {
			ins = ins.WithSymbol(g.label)
			g.label = ""
		}
		ins.Metadata.Set(sourceKey{}, g.span)
		if g.note != "" {
			ins.Metadata.Set(noteKey{}, g.note)
			g.note = ""
		}
		g.insns = append(g.insns, ins)
	}
}

// newLabel returns a fresh label name.
func (g *gen) newLabel(hint string) string {
	g.labels++
	return fmt.Sprintf("%s_%d", hint, g.labels)
}

// setLabel marks the next emitted instruction. Two labels on one
// instruction are merged by aliasing the second to the first.
func (g *gen) setLabel(name string) {
	if g.label != "" {
		g.alias[name] = g.label
		return
	}
	g.label = name
}

func (g *gen) resolveAliases() {
	for i := range g.insns {
		ref := g.insns[i].Reference()
		if to, ok := g.alias[ref]; ok {
			g.insns[i] = g.insns[i].WithReference(to)
		}
	}
}

func (g *gen) fail(s lang.Span, format string, args ...any) {
	if g.err == nil {
		g.err = g.c.prog.ErrorAt(s, format, args...)
	}
}

// Value slots: slot d is valueRegs[d] or, deeper, a stack spill slot.

func (g *gen) spillOffset(d int) int16 { return g.spillBase - int16(8*(d-len(valueRegs))) }

// load returns a register holding slot d, loading a spilled slot into tmp.
func (g *gen) load(d int, tmp asm.Register) asm.Register {
	if d < len(valueRegs) {
		return valueRegs[d]
	}
	g.emit(asm.LoadMem(tmp, asm.RFP, g.spillOffset(d), asm.DWord))
	return tmp
}

// store puts r into slot d.
func (g *gen) store(d int, r asm.Register) {
	if d < len(valueRegs) {
		if valueRegs[d] != r {
			g.emit(asm.Mov.Reg(valueRegs[d], r))
		}
		return
	}
	if -int(g.spillOffset(d)) > stackBudget {
		g.fail(g.span, "expression is too deeply nested for the BPF stack (512 bytes)")
		return
	}
	g.emit(asm.StoreMem(asm.RFP, g.spillOffset(d), r, asm.DWord))
}

// loadImm puts a 64-bit constant in r using the shortest encoding.
func (g *gen) loadImm(r asm.Register, v int64) {
	if v >= -1<<31 && v < 1<<31 {
		g.emit(asm.Mov.Imm(r, int32(v)))
		return
	}
	g.emit(asm.LoadImm(r, v, asm.DWord))
}

// mapPtr loads the address of a map into r.
func (g *gen) mapPtr(r asm.Register, name string) {
	g.emit(asm.LoadMapPtr(r, 0).WithReference(name))
}

// stackPtr sets r = R10 + off.
func (g *gen) stackPtr(r asm.Register, off int16) {
	g.emit(asm.Mov.Reg(r, asm.RFP), asm.Add.Imm(r, int32(off)))
}

// stmt emits one statement and reports whether it ends the action.
func (g *gen) stmt(st lang.Stmt) bool {
	switch st := st.(type) {
	case *lang.ExprStmt:
		call, ok := st.X.(*lang.Call)
		if !ok {
			g.expr(st.X, 0) // evaluated for its effects, like bpftrace
			return false
		}
		switch call.Name {
		case "printf":
			g.printf(call)
		case "exit":
			g.exit()
			return true
		case "delete":
			g.mapDelete(call)
		case "print", "clear", "zero":
			g.mapOp(call)
		case "time":
			g.timeRecord(call)
		default:
			g.expr(call, 0)
		}
	case *lang.MapAssign:
		g.mapAssign(st)
	case *lang.AssignVar:
		g.varAssign(st)
	case *lang.If, *lang.While, *lang.Unroll, *lang.Jump:
		return g.flowStmt(st)
	default:
		g.fail(st.Range(), "statement not supported by the compiler")
	}
	return false
}

// exit raises the exited flag, so that no other action runs from now on,
// and sends an exit record; userspace stops tracing when it reads it.
func (g *gen) exit() {
	g.emit(asm.LoadMapValue(asm.R1, 0, 0).WithReference(ExitedMap), asm.Mov.Imm(asm.R2, 1))
	g.emit(asm.StoreMem(asm.R1, 0, asm.R2, asm.DWord))
	g.constRecord([]int64{int64(TagExit)})
	g.emit(asm.Ja.Label("exit"))
}

// exitedCheck, in scripts that call exit(), leaves the action at once when
// exit() has run: userspace needs a while to read the exit record and
// detach, and bpftrace 0.17 runs no action in between either. END runs
// after exit() by design. The flag is read straight from the map's value
// (no helper call).
func (g *gen) exitedCheck() {
	if !g.c.usesExit || g.site.Spec.Kind == lang.KindEnd {
		return
	}
	// Returns right here: a jump to the end could exceed BPF's 16-bit
	// offsets in a large action.
	run := g.newLabel("running")
	g.emit(asm.LoadMapValue(asm.R1, 0, 0).WithReference(ExitedMap))
	g.emit(asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord), asm.JEq.Imm(asm.R1, 0, run))
	g.emit(asm.Mov.Imm(asm.R0, 0), asm.Return())
	g.setLabel(run)
}

// emitRecord sends a record of size bytes: header stores the fields that
// need no helper calls, fill (which may call helpers) the others, both
// through recordStore and recordPtr. If the record can be built in recBuf
// (onStack: only whole 8-byte fields, which leave no byte unwritten), it is
// copied into the ring buffer with one bpf_ringbuf_output; otherwise it is
// reserved in the ring buffer, filled in place and submitted. A record the
// ring buffer has no room for bumps the lost counter.
//
// Records never wake the reader: a wake-up per record costs the traced
// program microseconds, so the reader polls on a short timer instead, and
// faster while records are coming fast (runtime pollInterval).
func (g *gen) emitRecord(size int, onStack bool, header func(), fill func()) {
	lost, done := g.newLabel("lost"), g.newLabel("sent")
	if onStack && size <= g.recSize {
		g.recAt = recordOnStack
		header()
		if fill != nil {
			fill()
		}
		g.mapPtr(asm.R1, EventsMap)
		g.stackPtr(asm.R2, g.recBuf)
		g.emit(asm.Mov.Imm(asm.R3, int32(size)), asm.Mov.Imm(asm.R4, bpfRbNoWakeup), asm.FnRingbufOutput.Call())
		g.emit(asm.JEq.Imm(asm.R0, 0, done))
	} else {
		g.mapPtr(asm.R1, EventsMap)
		g.emit(asm.Mov.Imm(asm.R2, int32(size)), asm.Mov.Imm(asm.R3, 0), asm.FnRingbufReserve.Call())
		g.emit(asm.JEq.Imm(asm.R0, 0, lost))
		g.recAt = recordInR0
		header()
		g.emit(recordSlot(asm.StoreMem(asm.RFP, slotRecord, asm.R0, asm.DWord)))
		g.recAt = recordInSlot
		if fill != nil {
			fill()
		}
		g.emit(recordSlot(asm.LoadMem(asm.R1, asm.RFP, slotRecord, asm.DWord)), asm.Mov.Imm(asm.R2, bpfRbNoWakeup))
		g.emit(asm.FnRingbufSubmit.Call(), asm.Ja.Label(done))
	}
	g.setLabel(lost)
	g.incrementLost()
	g.setLabel(done)
}

// recordStore stores the 8 bytes in r at offset off of the record being
// built; it may use R1.
func (g *gen) recordStore(off int, r asm.Register) {
	switch g.recAt {
	case recordOnStack:
		g.emit(asm.StoreMem(asm.RFP, g.recBuf+int16(off), r, asm.DWord))
	case recordInR0:
		g.emit(asm.StoreMem(asm.R0, int16(off), r, asm.DWord))
	default:
		g.emit(recordSlot(asm.LoadMem(asm.R1, asm.RFP, slotRecord, asm.DWord)), asm.StoreMem(asm.R1, int16(off), r, asm.DWord))
	}
}

// recordStoreImm stores v, sign-extended to 8 bytes, at offset off of the
// record being built.
func (g *gen) recordStoreImm(off int, v int32) {
	switch g.recAt {
	case recordOnStack:
		g.emit(storeImm64(asm.RFP, g.recBuf+int16(off), v))
	case recordInR0:
		g.emit(storeImm64(asm.R0, int16(off), v))
	default:
		g.emit(recordSlot(asm.LoadMem(asm.R1, asm.RFP, slotRecord, asm.DWord)), storeImm64(asm.R1, int16(off), v))
	}
}

// recordPtr loads the address of offset off of the record being built
// into r (not during header).
func (g *gen) recordPtr(r asm.Register, off int) {
	if g.recAt == recordOnStack {
		g.stackPtr(r, g.recBuf+int16(off))
		return
	}
	g.emit(recordSlot(asm.LoadMem(r, asm.RFP, slotRecord, asm.DWord)), asm.Add.Imm(r, int32(off)))
}

// bpfRbNoWakeup is bpf_ringbuf_submit's flag for not waking the reader.
const bpfRbNoWakeup = 1

// incrementLost adds one to the count of records the ring buffer refused.
func (g *gen) incrementLost() {
	g.noteNext("these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records")
	g.incrementCounter(LostMap)
}

// incrementCounter adds one to a one-element counter array, addressed
// directly (no lookup) and atomically (all CPUs share it).
func (g *gen) incrementCounter(counter string) {
	g.emit(asm.LoadMapValue(asm.R1, 0, 0).WithReference(counter), asm.Mov.Imm(asm.R2, 1))
	g.emit(asm.StoreXAdd(asm.R1, asm.R2, asm.DWord))
}

// printf sends one record: the tag, then each non-constant argument.
func (g *gen) printf(call *lang.Call) {
	tag, pf := g.c.printfSchema(call)
	args := call.Args[1:]
	g.emitRecord(pf.Size, scalarRecord(call, pf), func() {
		g.recordStoreImm(0, int32(tag))
	}, func() {
		i := 0 // the field of the argument
		for _, a := range args {
			f := pf.Fields[i]
			i++
			if a.Type().Kind == lang.TTuple {
				i += len(tupleLeaves(a.Type(), 0, nil)) - 1
				g.span = a.Range()
				g.writeTuple(a, a.Type(), 0, func(r asm.Register) { g.recordPtr(r, f.Offset) })
				continue
			}
			if f.Const != nil {
				continue
			}
			g.span = a.Range()
			if f.Type.Kind == lang.TString || f.Type.Kind == lang.TUsym {
				g.writeText(a, f.Type.Size, 0, func(r asm.Register) { g.recordPtr(r, f.Offset) })
				continue
			}
			g.expr(a, 0)
			g.recordStore(f.Offset, g.load(0, asm.R2))
		}
		g.span = call.Range()
	})
}

// scalarRecord reports whether every field of pf, the record of call, is
// a whole 8-byte value: a record that can be built on the stack.
func scalarRecord(call *lang.Call, pf *Printf) bool {
	for _, a := range call.Args[1:] {
		if a.Type().Kind == lang.TTuple {
			return false
		}
	}
	for _, f := range pf.Fields {
		if f.Const != nil {
			continue
		}
		switch f.Type.Kind {
		case lang.TString, lang.TUsym, lang.TTuple:
			return false
		}
		if align8(fieldSize(f.Type)) != 8 {
			return false
		}
	}
	return true
}

// maxStackRecord caps the stack buffer for records; larger ones are built
// in place in the ring buffer. The buffer takes stack from expressions, so
// it is only there for printfs of up to 3 values, which are the common,
// hot case; other records use it when it is there and large enough.
const maxStackRecord = 32

// stackRecordSize is the stack buffer pr's records need: the largest
// printf record emitRecord may build there, or 0.
func stackRecordSize(pr *lang.Probe) int {
	size := 0
	lang.WalkExprs(pr, func(e lang.Expr) {
		if c, ok := e.(*lang.Call); ok && c.Name == "printf" {
			if pf := printfLayout(c); scalarRecord(c, pf) && pf.Size <= maxStackRecord {
				size = max(size, pf.Size)
			}
		}
	})
	return size
}
