package dump

import (
	"fmt"
	"io"
	"strings"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/compiler"
)

// corePurpose says what each of the compiler's own maps is for.
var corePurpose = map[string]string{
	compiler.EventsMap:  "printf, exit, print/clear/zero and time records, read by tinytrace as they come",
	compiler.LostMap:    "records the ring buffer had no room for (reported at exit)",
	compiler.DroppedMap: "map updates refused at BPFTRACE_MAP_KEYS_MAX keys (reported at exit)",
	compiler.LoopsMap:   "while loops ended early by their action's loop budget (reported at exit)",
	compiler.ExitedMap:  "set by exit(); from then on every action but END returns at once",
	compiler.ElapsedMap: "the start time, for the elapsed builtin",
	compiler.ZeroesMap:  "zeroed bytes that new aggregation entries are copied from",
}

// kernelTypes are map types as the kernel names them (BPF_MAP_TYPE_*).
var kernelTypes = map[ebpf.MapType]string{
	ebpf.Hash: "hash", ebpf.Array: "array", ebpf.PerCPUHash: "percpu_hash",
	ebpf.PerCPUArray: "percpu_array", ebpf.RingBuf: "ringbuf", ebpf.StackTrace: "stack_trace",
}

// Maps writes every map of out with its kernel type, sizes and purpose,
// then the layout of each record the events ring buffer carries.
func Maps(w io.Writer, out *compiler.Output) error {
	var b strings.Builder
	user := map[string]*compiler.Map{}
	for _, m := range out.Maps {
		user[m.SpecName] = m
	}
	stacks := map[string]int{}
	for _, sm := range out.StackMaps {
		stacks[sm.SpecName] = sm.Depth
	}
	for _, name := range sortedKeys(out.Spec.Maps) {
		ms := out.Spec.Maps[name]
		typ, ok := kernelTypes[ms.Type]
		if !ok {
			typ = strings.ToLower(ms.Type.String())
		}
		fmt.Fprintf(&b, "%-15s %-12s key %3d  value %4d  max %7d  ", name, typ, ms.KeySize, ms.ValueSize, ms.MaxEntries)
		switch m, ok := user[name]; {
		case ok:
			b.WriteString(userPurpose(m))
		case stacks[name] > 0:
			fmt.Fprintf(&b, "user stacks of up to %d frames, by id (bpf_get_stackid); tinytrace symbolizes them when printing", stacks[name])
		case corePurpose[name] != "":
			b.WriteString(corePurpose[name])
		default:
			b.WriteString("internal")
		}
		b.WriteByte('\n')
	}
	for i, pf := range out.Printfs {
		if i == 0 {
			b.WriteString("\nprintf records in " + compiler.EventsMap + " (8-byte tag = the format's number, then the arguments):\n")
		}
		fields := []string{"+0 tag u64"}
		for _, f := range pf.Fields {
			if f.Const != nil {
				continue // string literals stay in userspace
			}
			fields = append(fields, fmt.Sprintf("+%d %s", f.Offset, f.Type))
		}
		fmt.Fprintf(&b, "  %d: %q %d bytes: %s\n", i, pf.Format.Source, pf.Size, strings.Join(fields, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// userPurpose describes a script map: its name, key and value.
func userPurpose(m *compiler.Map) string {
	keys := make([]string, len(m.Keys))
	for i, k := range m.Keys {
		keys[i] = k.Type.String()
	}
	s := m.Name
	if len(keys) > 0 {
		s += "[" + strings.Join(keys, ", ") + "]"
	}
	s += ": " + m.Decl.Value.String()
	if m.PerCPU {
		s += ", one value per CPU, merged when printed"
	}
	return s
}
