// Package compiler turns a checked tinytrace program and its resolved probe
// sites into eBPF: a CollectionSpec with one program per distinct site
// layout, plus the schema userspace needs to decode events and maps.
//
// The package is pure: it makes no syscalls, so it runs without root and on
// any OS.
package compiler

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
)

// Names of the maps every collection has.
const (
	EventsMap = "events" // BPF_MAP_TYPE_RINGBUF carrying printf and exit records
	LostMap   = "lost"   // count of records the ring buffer had no room for
	// DroppedMap counts map updates refused because a map had MapKeysMax
	// keys already.
	DroppedMap = "dropped"
	// LoopsMap counts while loops ended early because their action's loop
	// budget was spent (flow.go).
	LoopsMap = "loops"
	// ExitedMap is a one-element array, set to 1 by exit(): in scripts that
	// call exit(), every action but END checks it first.
	ExitedMap = "exited"
)

// Record tags: the first 8 bytes of every ring buffer record. Printf records
// use the index of their format in Output.Printfs.
const (
	TagExit uint64 = 0xffff_ffff
	// TagMapOp records are [tag, op, map index in Output.Maps, top, div]:
	// print(@m), clear(@m) and zero(@m) happen in userspace, in order with
	// the events around them.
	TagMapOp uint64 = 0xffff_fffe
	// TagTime records are [tag, index in Output.TimeFormats]: time(fmt)
	// prints the wall clock when userspace reads the record.
	TagTime uint64 = 0xffff_fffd
)

// MapOp is what a TagMapOp record asks for.
type MapOp uint64

const (
	MapPrint MapOp = iota + 1
	MapClear
	MapZero
)

// ElapsedMap is a one-element array the runtime fills with the
// CLOCK_MONOTONIC time (bpf_ktime_get_ns's clock) at start: elapsed is
// nsecs minus it.
const ElapsedMap = "elapsed"

// MaxInsns is the most instructions the kernel loads in one program for a
// privileged user (BPF_COMPLEXITY_LIMIT_INSNS); longer ones fail with E2BIG.
const MaxInsns = 1_000_000

// Options tune code generation.
type Options struct {
	MapKeysMax  int // max entries of each user map (BPFTRACE_MAP_KEYS_MAX)
	RingBufSize int // bytes; a power-of-two multiple of the page size
}

// DefaultOptions are bpftrace's defaults.
func DefaultOptions() Options {
	return Options{MapKeysMax: 4096, RingBufSize: 1 << 20}
}

// Program is one BPF program and the sites it attaches to.
type Program struct {
	Name  string // key in Output.Spec.Programs
	Probe *lang.Probe
	Sites []*Site
	Insns asm.Instructions
}

// Field is one value in a printf record.
type Field struct {
	Offset int       // byte offset in the record (after the tag)
	Type   lang.Type // TInt: 8 bytes little-endian; TString: Type.Size bytes
	// Const is set for string literals: they are not sent, userspace has them.
	Const *string
}

// Printf is how to decode and format one printf record.
type Printf struct {
	Format *printf.Format
	Fields []Field
	Size   int // record size including the tag
	// Value is the type of the value when the record stands for
	// print(value) (nil for printf): -f json prints it as a value.
	Value *lang.Type
}

// Map describes a user map (@name) and how its keys and values are laid
// out in BPF memory; see maps.go.
type Map struct {
	Name     string // as written: "@calls", "@" for the bare map
	SpecName string // key in Output.Spec.Maps
	Decl     *lang.MapDecl
	Keys     []Field // key fields in order; a keyless map has one u64 key, 0
	KeySize  int
	// PerCPU maps (every aggregation) keep one value per CPU; userspace
	// merges them at print time.
	PerCPU    bool
	ValueSize int // bytes of one (per-CPU) value
	// Slot maps (keyless aggregations but sum) are a one-slot per-CPU
	// array: no hashing, no insertion, and the kernel inlines the lookup.
	// Their value ends with a touched word (TouchedOffset) that every
	// update sets and only clear() resets, so a never-updated or cleared
	// map prints as absent and a zero()ed one as present, as in bpftrace.
	// A count needs none: 0.17 prints a keyless count that never fired as 0.
	Slot bool
}

// Output is everything the runtime needs to load, attach and decode.
type Output struct {
	Spec     *ebpf.CollectionSpec
	Programs []*Program
	Printfs  []*Printf
	Maps     []*Map // sorted by Name
	// ProbeNames are the values of the probe builtin: a TProbe value is an
	// index into it.
	ProbeNames []string
	// TimeFormats are the strftime formats of time() calls.
	TimeFormats []string
	// StackMaps are the stack trace maps ustack values point into.
	StackMaps []StackMap
}

// sourceKey tags each instruction with the lang.Span that produced it.
type sourceKey struct{}

// SourceOf returns the source range an instruction was generated from.
func SourceOf(ins *asm.Instruction) (lang.Span, bool) {
	s, ok := ins.Metadata.Get(sourceKey{}).(lang.Span)
	return s, ok
}

// Compile generates the BPF collection for p (which must have passed
// lang.Check) and its sites. Every probe spec of p must have at least one
// site; sites of BEGIN and END have no Path.
func Compile(p *lang.Program, sites []*Site, opts Options) (*Output, error) {
	if opts.MapKeysMax <= 0 || opts.RingBufSize <= 0 {
		return nil, fmt.Errorf("compiler: invalid options %+v", opts)
	}
	c := &collection{
		prog:        p,
		opts:        opts,
		printfs:     map[*lang.Call]int{},
		printValues: map[*lang.Call]*lang.Call{},
		maps:        map[string]*Map{},
		out: &Output{Spec: &ebpf.CollectionSpec{
			Maps:     map[string]*ebpf.MapSpec{},
			Programs: map[string]*ebpf.ProgramSpec{},
		}},
	}
	c.addCoreMaps()
	c.collectMaps()
	c.addZeroesMap()

	probeOf := map[*lang.ProbeSpec]int{}
	for i, pr := range p.Probes {
		for _, s := range pr.Specs {
			probeOf[s] = i
		}
	}
	// One program per probe and distinct argument layout: sites that would
	// produce identical code share it.
	byLayout := map[string]*Program{}
	for _, s := range sites {
		pi, ok := probeOf[s.Spec.AsWritten()] // expanded specs belong to the spec written
		if !ok {
			return nil, fmt.Errorf("compiler: site %s does not belong to the program", s.Name())
		}
		// Each spec gets its own program (the probe builtin names it).
		key := fmt.Sprintf("%d|%p|%s", pi, s.Spec, layoutKey(s))
		if prog := byLayout[key]; prog != nil {
			prog.Sites = append(prog.Sites, s)
			continue
		}
		prog := &Program{Name: fmt.Sprintf("tt_p%d_%d", pi, len(c.out.Programs)), Probe: p.Probes[pi], Sites: []*Site{s}}
		insns, err := c.compileProgram(p.Probes[pi], s)
		if err != nil {
			return nil, err
		}
		pr := p.Probes[pi]
		specs := lang.Span{Start: pr.Specs[0].Span.Start, End: pr.Specs[len(pr.Specs)-1].Span.End}
		if n := insns.Size() / asm.InstructionSize; n > MaxInsns {
			return nil, p.ErrorAt(specs, "this probe compiles to %d BPF instructions, more than the kernel's limit of %d", n, MaxInsns)
		}
		if n := longestJump(insns); n > math.MaxInt16 {
			return nil, p.ErrorAt(specs, "this probe is too large for BPF: a jump in it spans %d instructions, more than %d", n, math.MaxInt16)
		}
		prog.Insns = insns
		byLayout[key] = prog
		c.out.Programs = append(c.out.Programs, prog)
		c.out.Spec.Programs[prog.Name] = &ebpf.ProgramSpec{
			Name:         prog.Name,
			Type:         programType(s.Spec.Kind),
			AttachType:   attachType(s.Spec.Kind),
			License:      "GPL", // bpf_probe_read_user is GPL-only
			Instructions: insns,
		}
	}
	return c.out, nil
}

// longestJump is the distance of the longest jump to a label in insns.
// BPF jump offsets are 16 bits, and cilium/ebpf truncates longer ones
// silently, so they must be caught here.
func longestJump(insns asm.Instructions) int {
	offsets := map[string]int{}
	raw := 0
	for _, ins := range insns {
		if sym := ins.Symbol(); sym != "" {
			offsets[sym] = raw
		}
		raw += int(ins.Size() / asm.InstructionSize)
	}
	longest := 0
	raw = 0
	for _, ins := range insns {
		if ins.OpCode.Class().IsJump() && ins.Reference() != "" {
			if to, ok := offsets[ins.Reference()]; ok {
				longest = max(longest, to-raw-1, raw+1-to)
			}
		}
		raw += int(ins.Size() / asm.InstructionSize)
	}
	return longest
}

// programType is the BPF program type for a probe kind: interval probes
// run from a perf event timer, everything else from a uprobe.
func programType(k lang.ProbeKind) ebpf.ProgramType {
	if k == lang.KindInterval {
		return ebpf.PerfEvent
	}
	return ebpf.Kprobe
}

// attachType is set at load: a uprobe program (BEGIN and END are uprobes
// too) is attached with one uprobe_multi link for all its sites in a file,
// which skips the perf event each site otherwise costs. The runtime clears
// it on kernels before 6.6, which attach through perf events instead.
func attachType(k lang.ProbeKind) ebpf.AttachType {
	if k == lang.KindInterval {
		return ebpf.AttachNone
	}
	return ebpf.AttachTraceUprobeMulti
}

// layoutKey is what distinguishes the code of two sites of one probe: their
// argument specs, and for rip-relative globals the site address too.
func layoutKey(s *Site) string {
	var b strings.Builder
	for _, a := range s.Args {
		b.WriteString(a.Spec)
		if a.Kind == ArgGlobal {
			fmt.Fprintf(&b, "@%x/%x", s.Vaddr, a.SymbolAddr)
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// collection holds state shared by all programs of one Compile call.
type collection struct {
	prog    *lang.Program
	opts    Options
	out     *Output
	printfs map[*lang.Call]int // printf call → index in out.Printfs
	// printValues are the printf calls standing in for print(value).
	printValues map[*lang.Call]*lang.Call
	maps        map[string]*Map
	usesExit    bool // some action calls exit()
}

func (c *collection) addCoreMaps() {
	c.out.Spec.Maps[EventsMap] = &ebpf.MapSpec{Name: EventsMap, Type: ebpf.RingBuf, MaxEntries: uint32(c.opts.RingBufSize)}
	// The counters are shared by all CPUs: programs address them directly
	// and add atomically, which is cheaper than a lookup on a path this rare.
	c.out.Spec.Maps[LostMap] = &ebpf.MapSpec{Name: LostMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	c.out.Spec.Maps[DroppedMap] = &ebpf.MapSpec{Name: DroppedMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	if c.usesExit = c.callsExit(); c.usesExit {
		c.out.Spec.Maps[ExitedMap] = &ebpf.MapSpec{Name: ExitedMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	}
	if c.hasLoops() {
		c.out.Spec.Maps[LoopsMap] = &ebpf.MapSpec{Name: LoopsMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
	}
}

// addZeroesMap adds the source of initial aggregation values, sized for
// the largest one.
func (c *collection) addZeroesMap() {
	size := 0
	for _, m := range c.out.Maps {
		if m.PerCPU && !m.Slot && m.ValueSize > 8 { // smaller zeroes come from the stack
			size = max(size, m.ValueSize)
		}
	}
	if size > 0 {
		c.out.Spec.Maps[ZeroesMap] = &ebpf.MapSpec{Name: ZeroesMap, Type: ebpf.Array, KeySize: 4, ValueSize: uint32(size), MaxEntries: 1}
	}
}

// collectMaps lays out every @map the checker declared, in name order.
func (c *collection) collectMaps() {
	names := make([]string, 0, len(c.prog.MapInfo))
	for name := range c.prog.MapInfo {
		names = append(names, name)
	}
	sort.Strings(names)
	deleted := deletedMaps(c.prog)
	for i, name := range names {
		m := newMap(i, c.prog.MapInfo[name], deleted[name])
		c.maps[name] = m
		c.out.Maps = append(c.out.Maps, m)
		c.out.Spec.Maps[m.SpecName] = m.spec(c.opts.MapKeysMax)
	}
}

// mapSpecName makes a kernel-legal, unique map name (at most 15 characters
// of [A-Za-z0-9_]) that still hints at the script's name.
func mapSpecName(i int, name string) string {
	clean := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' {
			return r
		}
		return -1
	}, strings.TrimPrefix(name, "@"))
	s := fmt.Sprintf("m%d_%s", i, clean)
	if len(s) > 15 {
		s = s[:15]
	}
	return s
}

// printfSchema returns (creating it on first use) the record layout of a
// printf call. All sites share it, so the index doubles as the record tag.
func (c *collection) printfSchema(call *lang.Call) (int, *Printf) {
	if i, ok := c.printfs[call]; ok {
		return i, c.out.Printfs[i]
	}
	pf := printfLayout(call)
	c.printfs[call] = len(c.out.Printfs)
	c.out.Printfs = append(c.out.Printfs, pf)
	return len(c.out.Printfs) - 1, pf
}

// printfLayout is the record of a printf call: its fields and size.
func printfLayout(call *lang.Call) *Printf {
	pf := &Printf{Format: call.Format}
	off := 8 // after the tag
	for _, a := range call.Args[1:] {
		f := Field{Type: a.Type()}
		if a.Type().Kind == lang.TTuple {
			// A tuple (print(tuple)) is sent whole and decoded as its
			// elements, one verb each.
			pf.Fields = tupleLeaves(a.Type(), off, pf.Fields)
			off += align8(a.Type().Size)
			continue
		}
		if lit, ok := a.(*lang.StrLit); ok {
			v := lit.Value
			f.Const = &v
		} else {
			f.Offset = off
			off += align8(fieldSize(a.Type()))
		}
		pf.Fields = append(pf.Fields, f)
	}
	pf.Size = off
	return pf
}

func fieldSize(t lang.Type) int {
	if t.Kind == lang.TString || t.Kind == lang.TUsym {
		return t.Size
	}
	return 8
}

func align8(n int) int { return (n + 7) &^ 7 }

// hasLoops reports whether any action has a while loop.
func (c *collection) hasLoops() bool {
	for _, pr := range c.prog.Probes {
		if hasLoops(pr) {
			return true
		}
	}
	return false
}

// callsExit reports whether any action calls exit().
func (c *collection) callsExit() bool {
	found := false
	for _, pr := range c.prog.Probes {
		lang.WalkStmts(pr.Body, func(st lang.Stmt) {
			if es, ok := st.(*lang.ExprStmt); ok {
				if call, ok := es.X.(*lang.Call); ok && call.Name == "exit" {
					found = true
				}
			}
		})
	}
	return found
}
