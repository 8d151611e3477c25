package runtime

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime/symbolize"
)

// symbols prints ustack and usym values: stacks come from the program's
// stack trace maps, names from the processes' mapped ELF files.
type symbols struct {
	sym    *symbolize.Symbolizer
	stacks []*ebpf.Map // by index in compiler.Output.StackMaps
	depths []int
}

// Indents of stack frames: bpftrace prints map keys with 4 spaces, and
// stacks everywhere else (printf, print, map values) with 8.
const (
	keyIndent   = "    "
	valueIndent = "        "
)

// newSymbols finds the stack maps of a loaded collection.
func newSymbols(out *compiler.Output, maps map[string]*ebpf.Map) *symbols {
	s := &symbols{sym: symbolize.New()}
	for _, sm := range out.StackMaps {
		s.stacks = append(s.stacks, maps[sm.SpecName])
		s.depths = append(s.depths, sm.Depth)
	}
	return s
}

// usesSymbols reports whether a program prints stacks or symbols, so that
// the traced process's mappings are worth keeping.
func usesSymbols(out *compiler.Output) bool {
	if len(out.StackMaps) > 0 {
		return true
	}
	for _, pf := range out.Printfs {
		for _, f := range pf.Fields {
			if f.Type.Kind == lang.TUsym {
				return true
			}
		}
	}
	for _, m := range out.Maps {
		if m.Decl.Value.Kind == lang.TUsym {
			return true
		}
		for _, k := range m.Keys {
			if k.Type.Kind == lang.TUsym {
				return true
			}
		}
	}
	return false
}

// keepMappings re-reads pid's mappings every interval until stop closes,
// so that its stacks still print after it has exited (bpftrace 0.17 prints
// bare addresses then).
func (s *symbols) keepMappings(pid int, interval time.Duration, stop <-chan struct{}) {
	_ = s.sym.Cache(pid)
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if s.sym.Cache(pid) != nil {
					return // gone: the last read stays cached
				}
			}
		}
	}()
}

// ustack formats a packed ustack value as bpftrace does: a newline, then
// one line per frame, "sym+off" (or the address in hex) after indent; in
// perf mode "\taddr sym+off (file)" (unresolved: "\taddr 0xaddr ([unknown])").
func (s *symbols) ustack(v uint64, indent string) string {
	st := compiler.UnpackStack(v)
	var b strings.Builder
	b.WriteByte('\n')
	if s == nil || st.ID == compiler.StackNoID || st.Map >= len(s.stacks) || s.stacks[st.Map] == nil || s.depths[st.Map] == 0 {
		return b.String()
	}
	raw, err := s.stacks[st.Map].LookupBytes(st.ID)
	if err != nil || raw == nil {
		return b.String()
	}
	for i := 0; i+8 <= len(raw); i += 8 {
		addr := binary.LittleEndian.Uint64(raw[i:])
		if addr == 0 {
			break
		}
		sym, ok := s.sym.Resolve(int(st.Pid), addr)
		if st.Perf {
			b.WriteByte('\t')
			b.WriteString(strconv.FormatUint(addr, 16))
			if ok {
				fmt.Fprintf(&b, " %s+%d (%s)\n", sym.Name, sym.Offset, sym.Path)
			} else {
				fmt.Fprintf(&b, " 0x%x ([unknown])\n", addr)
			}
			continue
		}
		b.WriteString(indent)
		if ok {
			fmt.Fprintf(&b, "%s+%d\n", sym.Name, sym.Offset)
		} else {
			fmt.Fprintf(&b, "0x%x\n", addr)
		}
	}
	return b.String()
}

// usym formats a usym value ([addr, pid], 16 bytes): the name of the
// symbol containing addr, or the address in hex.
func (s *symbols) usym(b []byte) string {
	if len(b) < 16 {
		return ""
	}
	addr, pid := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
	if s != nil {
		if sym, ok := s.sym.Resolve(int(pid), addr); ok {
			return sym.Name
		}
	}
	return "0x" + strconv.FormatUint(addr, 16)
}
