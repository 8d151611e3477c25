package dump

import (
	"fmt"
	"io"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
)

// Asm writes every program of out: a header naming the probe and the
// sites it attaches to, then its instructions in the verifier's notation,
// each group under a "; LINE: source" comment for the code it came from.
// USDT argument reads say which spec they implement and how.
func Asm(w io.Writer, p *lang.Program, out *compiler.Output) error {
	var b strings.Builder
	for i, prog := range out.Programs {
		if i > 0 {
			b.WriteByte('\n')
		}
		if err := program(&b, p, out, prog); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func program(b *strings.Builder, p *lang.Program, out *compiler.Output, prog *compiler.Program) error {
	insns, err := Disassemble(prog.Insns)
	if err != nil {
		return fmt.Errorf("program %s: %w", prog.Name, err)
	}
	slots := 0
	if n := len(insns); n > 0 {
		slots = insns[n-1].PC + int(prog.Insns[n-1].Size()/8)
	}
	kind := "kprobe"
	if ps := out.Spec.Programs[prog.Name]; ps != nil && ps.Type == ebpf.PerfEvent {
		kind = "perf_event"
	}
	fmt.Fprintf(b, "program %s: %s (%s, %d instructions)\n", prog.Name, prog.Sites[0].Name(), kind, slots)
	for _, s := range prog.Sites {
		b.WriteString("; ")
		b.WriteString(siteLine(s))
		b.WriteByte('\n')
	}
	last := lang.Span{}
	for _, in := range insns {
		ins := &prog.Insns[in.Index]
		if a, ok := compiler.ArgOf(ins); ok {
			sp, _ := compiler.SourceOf(ins)
			name := SpanText(p.Src, sp)
			if name == a.Spec {
				fmt.Fprintf(b, "; %d: %s: %s\n", sp.Start.Line, name, a.Describe())
			} else {
				fmt.Fprintf(b, "; %d: %s = %s: %s\n", sp.Start.Line, name, a.Spec, a.Describe())
			}
			last = sp
		} else if reg, ok := compiler.RegArgOf(ins); ok {
			sp, _ := compiler.SourceOf(ins)
			fmt.Fprintf(b, "; %d: %s = %s\n", sp.Start.Line, SpanText(p.Src, sp), reg)
			last = sp
		} else if sp, ok := compiler.SourceOf(ins); ok && sp != last {
			fmt.Fprintf(b, "; %d: %s\n", sp.Start.Line, SpanText(p.Src, sp))
			last = sp
		}
		if note, ok := compiler.NoteOf(ins); ok {
			fmt.Fprintf(b, "; note: %s\n", note)
		}
		line := fmt.Sprintf("%4d: (%02x) %s", in.PC, in.Op, in.Text)
		if note := insnNote(ins, in, kind == "kprobe"); note != "" {
			line = fmt.Sprintf("%-40s ; %s", line, note)
		}
		b.WriteString(line + "\n")
	}
	return nil
}

// insnNote is a comment for an instruction whose meaning the notation
// hides: the pt_regs field a load from the context reads, and where a jump
// lands.
func insnNote(ins *asm.Instruction, in Insn, ptRegs bool) string {
	op := ins.OpCode
	switch {
	case ptRegs && compiler.ReadsContext(ins) && ins.Offset >= 0 && ins.Offset%8 == 0:
		if r := compiler.Reg(ins.Offset / 8); r.String() != "none" {
			return "pt_regs." + r.String()
		}
	case op.Class().IsJump() && op.JumpOp() != asm.Call && op.JumpOp() != asm.Exit:
		if _, after, ok := strings.Cut(in.Text, "goto pc"); ok {
			var off int
			if _, err := fmt.Sscanf(after, "%d", &off); err == nil {
				return fmt.Sprintf("to %d", in.PC+1+off)
			}
		}
	}
	return ""
}

// siteLine says where a site attaches: the file as the script wrote it
// (never the absolute path, so dumps do not depend on where a binary was
// built) and the file offset of the instruction the uprobe replaces.
func siteLine(s *compiler.Site) string {
	switch s.Spec.Kind {
	case lang.KindBegin, lang.KindEnd:
		return "runs once, from tinytrace itself"
	case lang.KindInterval:
		return fmt.Sprintf("runs every %v on one CPU (perf event timer)", s.Spec.Every())
	}
	kind := "uprobe"
	if s.Spec.Kind == lang.KindUretprobe {
		kind = "uretprobe"
	}
	line := fmt.Sprintf("%s at %s file offset %#x", kind, s.Spec.Path, s.Offset)
	if s.Spec.Kind == lang.KindUSDT {
		line = fmt.Sprintf("%s (USDT %s:%s at address %#x)", line, s.Provider, s.Spec.Name, s.Vaddr)
		if s.RefCtrOffset != 0 {
			line += fmt.Sprintf(", semaphore at file offset %#x", s.RefCtrOffset)
		}
		if len(s.Args) > 0 {
			specs := make([]string, len(s.Args))
			for i, a := range s.Args {
				specs[i] = a.Spec
			}
			line += ", args " + strings.Join(specs, " ")
		}
	}
	return line
}

// SpanText is the source a span covers; for a span over several lines,
// its first line and an ellipsis.
func SpanText(src string, sp lang.Span) string {
	lines := strings.Split(src, "\n")
	if sp.Start.Line < 1 || sp.Start.Line > len(lines) {
		return "?"
	}
	line := lines[sp.Start.Line-1]
	start := min(max(sp.Start.Col-1, 0), len(line))
	if sp.End.Line != sp.Start.Line {
		return strings.TrimSpace(line[start:]) + " ..."
	}
	end := min(max(sp.End.Col-1, start), len(line))
	return line[start:end]
}
