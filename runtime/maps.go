package runtime

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime/mapfmt"
)

// printMaps prints every user map in name order, as bpftrace does at exit.
// Maps come from maps (the loaded collection's, keyed by spec name) and are
// laid out as schema says (compiler.Output.Maps, already sorted by name).
// Like 0.17, a map with no entries still prints (a blank line in text,
// nothing in JSON): mapfmt knows those rules.
func printMaps(w io.Writer, maps map[string]*ebpf.Map, out *compiler.Output, syms *symbols, format Format) error {
	for _, m := range out.Maps {
		if err := printMap(w, maps, out, syms, m, format, 0, 0); err != nil {
			return err
		}
	}
	return nil
}

// printMap prints one map now: at exit, or for print(@m, top, div).
// syms prints ustack and usym values (nil: stacks print empty, symbols as
// addresses).
func printMap(w io.Writer, maps map[string]*ebpf.Map, out *compiler.Output, syms *symbols, m *compiler.Map, format Format, top, div int) error {
	bm := maps[m.SpecName]
	if bm == nil {
		return fmt.Errorf("map %s (%s) was not loaded", m.Name, m.SpecName)
	}
	fm, err := readMap(bm, m, out.ProbeNames, syms)
	if err != nil {
		return err
	}
	if format == FormatJSON {
		return mapfmt.PrintJSON(w, fm, top, div)
	}
	return mapfmt.Print(w, fm, top, div)
}

// clearMap empties a map (clear()) or sets every value to zero (zero()).
func clearMap(bm *ebpf.Map, m *compiler.Map, zero bool) error {
	var keys [][]byte
	err := eachEntry(bm, m, func(key, _ []byte, _ [][]byte) error {
		keys = append(keys, append([]byte(nil), key...))
		return nil
	})
	if err != nil {
		return err
	}
	var zeroes any = make([]byte, m.ValueSize)
	if m.PerCPU {
		n, err := ebpf.PossibleCPU()
		if err != nil {
			return err
		}
		perCPU := make([][]byte, n)
		for i := range perCPU {
			perCPU[i] = make([]byte, m.ValueSize)
		}
		zeroes = perCPU
	}
	if off := m.TouchedOffset(); off >= 0 && zero {
		// zero() keeps the entry: it stays touched.
		for _, v := range zeroes.([][]byte) {
			binary.LittleEndian.PutUint64(v[off:], 1)
		}
	}
	for _, k := range keys {
		var err error
		if zero || m.Slot { // an array slot cannot be deleted: zeroes are its "absent"
			err = bm.Update(k, zeroes, ebpf.UpdateExist)
		} else {
			err = bm.Delete(k)
		}
		if err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return fmt.Errorf("clearing map %s: %w", m.Name, err)
		}
	}
	return nil
}

// readMap reads every entry of the BPF map bm, laid out as m says (see
// compiler/maps.go), into mapfmt's form, merging per-CPU values.
func readMap(bm *ebpf.Map, m *compiler.Map, probeNames []string, syms *symbols) (*mapfmt.Map, error) {
	d := m.Decl
	fm := &mapfmt.Map{Name: m.Name}
	slots := 1 // 64-bit slots per CPU
	switch d.Value.Kind {
	case lang.TInt:
		fm.Kind = mapfmt.Int
	case lang.TString, lang.TUstack, lang.TUsym:
		fm.Kind = mapfmt.String
	case lang.TTuple:
		fm.Kind = mapfmt.Tuple
	case lang.TCount:
		fm.Kind = mapfmt.Count
	case lang.TSum:
		fm.Kind = mapfmt.Sum
	case lang.TMin:
		fm.Kind, slots = mapfmt.Min, 2
	case lang.TMax:
		fm.Kind, slots = mapfmt.Max, 2
	case lang.TAvg:
		fm.Kind, slots = mapfmt.Avg, 2
	case lang.TStats:
		fm.Kind, slots = mapfmt.Stats, 2
	case lang.THist:
		fm.Kind, slots = mapfmt.Hist, compiler.HistBuckets
	case lang.TLhist:
		if d.Lhist == nil {
			return nil, fmt.Errorf("map %s: lhist without bounds", m.Name)
		}
		fm.Kind, slots = mapfmt.Lhist, compiler.LhistBuckets(d.Lhist)
		fm.LhistMin, fm.LhistMax, fm.LhistStep = d.Lhist.Min, d.Lhist.Max, d.Lhist.Step
	default:
		return nil, fmt.Errorf("map %s: printing values of type %s is not supported yet", m.Name, d.Value)
	}
	switch fm.Kind {
	case mapfmt.Sum, mapfmt.Avg, mapfmt.Stats, mapfmt.Int:
		fm.Unsigned = !d.Value.Signed
	}
	// min and max are always signed in bpftrace, whatever their operand.
	// A layout that disagrees with the compiler's would print garbage:
	// refuse it instead.
	want := 8 * slots
	touched := m.TouchedOffset()
	if touched >= 0 {
		want += 8
	}
	if m.PerCPU && m.ValueSize != want || !m.PerCPU && fm.Kind == mapfmt.Int && m.ValueSize != 8 {
		return nil, fmt.Errorf("map %s: %d-byte values, want %d", m.Name, m.ValueSize, want)
	}

	err := eachEntry(bm, m, func(key, val []byte, perCPU [][]byte) error {
		k, err := decodeKey(m, key, probeNames, syms)
		if err != nil {
			return err
		}
		if touched >= 0 && !anyTouched(perCPU, touched) {
			return nil // a Slot map never updated (or cleared): no entry
		}
		switch {
		case m.PerCPU:
			rows := make([][]int64, len(perCPU))
			for i, b := range perCPU {
				if rows[i], err = int64Slots(b, slots); err != nil {
					return fmt.Errorf("map %s: %w", m.Name, err)
				}
			}
			fm.Add(k, rows)
		case d.Value.Kind == lang.TUstack && len(val) >= 8:
			fm.Entries = append(fm.Entries, mapfmt.Entry{Key: k, Val: mapfmt.S(syms.ustack(binary.LittleEndian.Uint64(val), valueIndent))})
		case d.Value.Kind == lang.TUsym:
			fm.Entries = append(fm.Entries, mapfmt.Entry{Key: k, Val: mapfmt.S(syms.usym(val))})
		case fm.Kind == mapfmt.String:
			fm.Entries = append(fm.Entries, mapfmt.Entry{Key: k, Val: mapfmt.S(string(cstring(val)))})
		case fm.Kind == mapfmt.Tuple:
			v, err := tupleValue(d.Value, val)
			if err != nil {
				return fmt.Errorf("map %s: %w", m.Name, err)
			}
			fm.Entries = append(fm.Entries, mapfmt.Entry{Key: k, Val: v})
		default:
			row, err := int64Slots(val, 1)
			if err != nil {
				return fmt.Errorf("map %s: %w", m.Name, err)
			}
			fm.Add(k, [][]int64{row})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(fm.Entries) == 0 && len(m.Keys) == 0 && fm.Kind == mapfmt.Count {
		// bpftrace creates the zero key of a keyless count up front, so a
		// count that never fired prints 0. Other kinds print nothing (a
		// blank line), as in 0.17.
		fm.Add(nil, [][]int64{{0}})
	}
	return fm, nil
}

// eachEntry calls fn with every raw key and value of bm: val for plain
// maps, perCPU (one value per possible CPU) for per-CPU maps.
func eachEntry(bm *ebpf.Map, m *compiler.Map, fn func(key, val []byte, perCPU [][]byte) error) error {
	var key, val []byte
	var perCPU [][]byte
	it := bm.Iterate()
	for {
		var ok bool
		if m.PerCPU {
			ok = it.Next(&key, &perCPU)
		} else {
			ok = it.Next(&key, &val)
		}
		if !ok {
			break
		}
		if err := fn(key, val, perCPU); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading map %s: %w", m.Name, err)
	}
	return nil
}

// anyTouched reports whether any CPU's value has its touched word set.
func anyTouched(perCPU [][]byte, off int) bool {
	for _, v := range perCPU {
		if len(v) >= off+8 && binary.LittleEndian.Uint64(v[off:]) != 0 {
			return true
		}
	}
	return false
}

// decodeKey splits a BPF map key into its fields; nil for a keyless map.
func decodeKey(m *compiler.Map, b []byte, probeNames []string, syms *symbols) ([]mapfmt.Value, error) {
	if len(m.Keys) == 0 {
		return nil, nil
	}
	k := make([]mapfmt.Value, len(m.Keys))
	for i, f := range m.Keys {
		if f.Offset+f.Type.Size > len(b) {
			return nil, fmt.Errorf("map %s: %d-byte key too short for field %d", m.Name, len(b), i)
		}
		field := b[f.Offset : f.Offset+f.Type.Size]
		switch f.Type.Kind {
		case lang.TInt:
			v, err := intField(field, f.Type)
			if err != nil {
				return nil, fmt.Errorf("map %s: key field %d: %w", m.Name, i, err)
			}
			k[i] = v
		case lang.TString:
			k[i] = mapfmt.S(string(cstring(field)))
		case lang.TProbe:
			id := binary.LittleEndian.Uint64(field)
			if id >= uint64(len(probeNames)) {
				return nil, fmt.Errorf("map %s: unknown probe id %d", m.Name, id)
			}
			k[i] = mapfmt.S(probeNames[id])
		case lang.TUstack:
			k[i] = mapfmt.S(syms.ustack(binary.LittleEndian.Uint64(field), keyIndent))
		case lang.TUsym:
			k[i] = mapfmt.S(syms.usym(field))
		default:
			return nil, fmt.Errorf("map %s: printing keys of type %s is not supported yet", m.Name, f.Type)
		}
	}
	return k, nil
}

// intField decodes a little-endian integer key field. 0.17 prints 8-byte
// fields signed whatever their type (mapfmt.I) and narrower ones by their
// signedness.
func intField(b []byte, t lang.Type) (mapfmt.Value, error) {
	le := binary.LittleEndian
	switch len(b) {
	case 8:
		return mapfmt.I(int64(le.Uint64(b))), nil
	case 4:
		if t.Signed {
			return mapfmt.I(int64(int32(le.Uint32(b)))), nil
		}
		return mapfmt.U(uint64(le.Uint32(b))), nil
	case 2:
		if t.Signed {
			return mapfmt.I(int64(int16(le.Uint16(b)))), nil
		}
		return mapfmt.U(uint64(le.Uint16(b))), nil
	case 1:
		if t.Signed {
			return mapfmt.I(int64(int8(b[0]))), nil
		}
		return mapfmt.U(uint64(b[0])), nil
	}
	return mapfmt.Value{}, fmt.Errorf("%d-byte integer", len(b))
}

// int64Slots splits one CPU's value into its first n little-endian 64-bit
// slots.
func int64Slots(b []byte, n int) ([]int64, error) {
	if len(b) < 8*n {
		return nil, fmt.Errorf("%d-byte value, want %d", len(b), 8*n)
	}
	s := make([]int64, n)
	for i := range s {
		s[i] = int64(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return s, nil
}

// cstring cuts b at its first NUL.
func cstring(b []byte) []byte {
	if n := bytes.IndexByte(b, 0); n >= 0 {
		return b[:n]
	}
	return b
}

// tupleValue decodes a tuple laid out as lang.Type describes.
func tupleValue(t lang.Type, b []byte) (mapfmt.Value, error) {
	if len(b) < t.Size {
		return mapfmt.Value{}, fmt.Errorf("%d-byte tuple, want %d", len(b), t.Size)
	}
	elems := make([]mapfmt.Value, len(t.Elems()))
	for i, et := range t.Elems() {
		field := b[t.FieldOffset(i):]
		switch et.Kind {
		case lang.TTuple:
			v, err := tupleValue(et, field)
			if err != nil {
				return v, err
			}
			elems[i] = v
		case lang.TString:
			elems[i] = mapfmt.S(string(cstring(field[:et.Size])))
		default:
			v := binary.LittleEndian.Uint64(field)
			if et.Signed {
				elems[i] = mapfmt.I(int64(v))
			} else {
				elems[i] = mapfmt.U(v)
			}
		}
	}
	return mapfmt.T(elems...), nil
}
