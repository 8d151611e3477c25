package compiler

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
)

// User stacks and symbols.
//
// A ustack value is one u64 that userspace decodes with UnpackStack: the
// id bpf_get_stackid returned in one of Output.StackMaps, the process id
// (whose mappings symbolise the addresses), which stack map, and the print
// mode. Packing it into 8 bytes lets a stack be a map key or value, a
// printf argument or a variable like any integer.
//
// A usym value (usym(addr), func) is 16 bytes: the address, then the
// process id.

// Bits of a packed ustack value.
const (
	stackIDBits   = 32 // bpf_get_stackid's id; all ones on error
	stackPidShift = 32 // 22 bits: PID_MAX_LIMIT is 2^22 on 64-bit
	stackMapShift = 54 // 8 bits: index in Output.StackMaps
	stackPerfBit  = 62 // perf mode (ustack(perf))
	// StackNoID is the id of a stack the kernel could not collect.
	StackNoID = 1<<stackIDBits - 1
)

// MaxStackDepth is the deepest stack the kernel collects
// (perf_event_max_stack's default); deeper limits are capped to it.
const MaxStackDepth = 127

// bpfFUserStack is BPF_F_USER_STACK for bpf_get_stackid.
const bpfFUserStack = 1 << 8

// StackMap is one BPF_MAP_TYPE_STACK_TRACE map: stacks of up to Depth
// frames. ustack(N) uses the map of depth min(N, MaxStackDepth).
type StackMap struct {
	SpecName string
	Depth    int
}

// Stack is a decoded ustack value.
type Stack struct {
	ID   uint32 // StackNoID when the kernel could not collect it
	Pid  uint32
	Map  int // index in Output.StackMaps
	Perf bool
}

// UnpackStack decodes a ustack value.
func UnpackStack(v uint64) Stack {
	return Stack{
		ID:   uint32(v),
		Pid:  uint32(v>>stackPidShift) & (1<<22 - 1),
		Map:  int(v>>stackMapShift) & 0xff,
		Perf: v>>stackPerfBit&1 == 1,
	}
}

// stackMap returns the index of the stack map of the given depth,
// creating it.
func (c *collection) stackMap(depth int) int {
	for i, m := range c.out.StackMaps {
		if m.Depth == depth {
			return i
		}
	}
	name := fmt.Sprintf("ustack%d", depth)
	c.out.StackMaps = append(c.out.StackMaps, StackMap{SpecName: name, Depth: depth})
	c.out.Spec.Maps[name] = &ebpf.MapSpec{
		Name: name, Type: ebpf.StackTrace, KeySize: 4, ValueSize: uint32(8 * depth),
		MaxEntries: uint32(c.opts.MapKeysMax),
	}
	return len(c.out.StackMaps) - 1
}

// ustack loads the packed ustack value of e (the builtin or a
// ustack(...) call) into R0.
func (g *gen) ustack(e lang.Expr) {
	mode, limit, hasLimit := lang.StackArgs(e)
	depth := MaxStackDepth
	if hasLimit {
		// ustack(0) collects one frame and prints none (Output keeps the
		// limit only through the map's depth, so 0 gets its own map).
		depth = min(max(limit, 1), MaxStackDepth)
		if limit == 0 {
			depth = 0
		}
	}
	index := g.c.stackMap(max(depth, 1))
	if depth == 0 {
		index = g.c.emptyStackMap()
	}
	ok := g.newLabel("stackid")
	g.emit(asm.Mov.Reg(asm.R1, asm.R6))
	g.mapPtr(asm.R2, g.c.out.StackMaps[index].SpecName)
	g.emit(asm.Mov.Imm(asm.R3, bpfFUserStack), asm.FnGetStackid.Call())
	g.emit(asm.JSGE.Imm(asm.R0, 0, ok), asm.Mov.Imm(asm.R0, -1))
	g.setLabel(ok)
	g.emit(asm.Mov.Reg32(asm.R0, asm.R0), asm.StoreMem(asm.RFP, slotKey, asm.R0, asm.DWord))
	g.emit(asm.FnGetCurrentPidTgid.Call(), asm.RSh.Imm(asm.R0, 32), asm.LSh.Imm(asm.R0, stackPidShift))
	g.emit(asm.LoadMem(asm.R1, asm.RFP, slotKey, asm.DWord), asm.Or.Reg(asm.R0, asm.R1))
	tag := int64(index) << stackMapShift
	if mode == lang.StackPerf {
		tag |= 1 << stackPerfBit
	}
	if tag != 0 {
		g.loadImm(asm.R1, tag)
		g.emit(asm.Or.Reg(asm.R0, asm.R1))
	}
}

// emptyStackMap is the map ustack(0) uses: depth-1 stacks that userspace
// prints with no frames (Depth 0 in Output.StackMaps).
func (c *collection) emptyStackMap() int {
	for i, m := range c.out.StackMaps {
		if m.Depth == 0 {
			return i
		}
	}
	name := "ustack0"
	c.out.StackMaps = append(c.out.StackMaps, StackMap{SpecName: name, Depth: 0})
	c.out.Spec.Maps[name] = &ebpf.MapSpec{Name: name, Type: ebpf.StackTrace, KeySize: 4, ValueSize: 8, MaxEntries: uint32(c.opts.MapKeysMax)}
	return len(c.out.StackMaps) - 1
}

// reg loads reg("name") from pt_regs into R0.
func (g *gen) reg(call *lang.Call) {
	lit, ok := call.Args[0].(*lang.StrLit)
	i, known := 0, false
	if ok {
		i, known = lang.RegisterIndex(lit.Value)
	}
	if !known {
		g.fail(call.Range(), "reg() needs a register name") // the checker guarantees one
		return
	}
	g.emit(asm.LoadMem(asm.R0, asm.R6, int16(8*i), asm.DWord))
}

// uaddr loads the run-time address of uaddr("symbol") into R0: its
// link-time address plus the load bias, found as ip - the site's link-time
// address at a uprobe or USDT site (so it is right for PIE executables and
// libraries in every process). In a uretprobe ip is a return address, so
// only files loaded at their link-time address (ET_EXEC) are supported.
func (g *gen) uaddr(call *lang.Call) {
	lit, _ := call.Args[0].(*lang.StrLit)
	if lit == nil {
		g.fail(call.Range(), "uaddr() expects a string literal")
		return
	}
	addr, ok := g.site.Uaddr[lit.Value]
	if !ok {
		g.fail(call.Range(), "Could not resolve symbol: %s:%s", g.site.Path, lit.Value)
		return
	}
	switch {
	case g.site.Spec.Kind == lang.KindUretprobe && g.site.Relocatable:
		g.fail(call.Range(), "uaddr() in a uretprobe of %s is not supported by tinytrace: the file is position-independent and a uretprobe does not know where it is loaded (use a uprobe)", g.site.Path)
	case g.site.Relocatable:
		g.emit(asm.LoadMem(asm.R0, asm.R6, RIP.PtRegsOffset(), asm.DWord))
		g.addImm(asm.R0, int64(addr)-int64(g.site.Vaddr))
	default:
		g.loadImm(asm.R0, int64(addr))
	}
}

// callExpr evaluates the integer-valued calls of this file into R0.
func (g *gen) callExpr(call *lang.Call) bool {
	switch call.Name {
	case "ustack":
		g.ustack(call)
	case "reg":
		g.reg(call)
	case "uaddr":
		g.uaddr(call)
	default:
		return false
	}
	return true
}

// writeUsym writes a usym value [addr, pid] (usym(x) or func) to the
// address dst puts in a register, using value slots from d.
func (g *gen) writeUsym(e lang.Expr, d int, dst func(asm.Register)) {
	switch e := e.(type) {
	case *lang.Call:
		if e.Name != "usym" {
			g.fail(e.Range(), "%s() is not a usym value", e.Name)
			return
		}
		g.expr(e.Args[0], d)
	case *lang.Var:
		off, ok := g.vars[e.Name]
		if !ok {
			g.fail(e.Range(), "variable %s is not supported by the compiler yet", e.Name)
			return
		}
		g.copyString(dst, func() { g.stackPtr(asm.R3, off) }, 16, 16)
		return
	case *lang.MapRef:
		// A map of usym values: copy the entry, or zeroes when missing.
		m := g.mapOf(e)
		if m == nil {
			return
		}
		g.buildKey(m, e.Keys, d)
		miss, end := g.newLabel("nosym"), g.newLabel("gotsym")
		g.keyArgs(m)
		g.emit(asm.FnMapLookupElem.Call(), asm.JEq.Imm(asm.R0, 0, miss))
		g.copyString(dst, func() { g.emit(asm.Mov.Reg(asm.R3, asm.R0)) }, 16, 16)
		g.emit(asm.Ja.Label(end))
		g.setLabel(miss)
		g.zeroAt(dst, 0, 16)
		g.setLabel(end)
		return
	case *lang.Builtin:
		// func: the instruction pointer (the function's entry in a uprobe,
		// the return address in a uretprobe).
		g.emit(asm.LoadMem(asm.R0, asm.R6, RIP.PtRegsOffset(), asm.DWord))
		g.store(d, asm.R0)
	default:
		g.fail(e.Range(), "this usym expression is not supported by the compiler yet")
		return
	}
	g.emit(asm.FnGetCurrentPidTgid.Call(), asm.RSh.Imm(asm.R0, 32), asm.Mov.Reg(asm.R2, asm.R0))
	dst(asm.R1)
	r := g.load(d, asm.R3)
	g.emit(asm.StoreMem(asm.R1, 0, r, asm.DWord), asm.StoreMem(asm.R1, 8, asm.R2, asm.DWord))
}
