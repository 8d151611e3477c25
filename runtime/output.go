package runtime

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
	"github.com/tinytrace/tinytrace/runtime/mapfmt"
)

// decoder turns ring buffer records into text. It reuses its buffers, so
// formatting an event does not allocate.
type decoder struct {
	out    *compiler.Output
	consts [][][]byte // per printf, per field: the bytes of string literals
	args   []printf.Arg
	buf    []byte
}

func newDecoder(out *compiler.Output) *decoder {
	d := &decoder{out: out, buf: make([]byte, 0, 256)}
	for _, pf := range out.Printfs {
		cs := make([][]byte, len(pf.Fields))
		for i, f := range pf.Fields {
			if f.Const != nil {
				cs[i] = []byte(*f.Const)
			}
		}
		d.consts = append(d.consts, cs)
	}
	return d
}

// recordKind says what a ring buffer record was.
type recordKind int

const (
	recordPrintf recordKind = iota
	recordExit
)

// decode formats one record into w.
func (d *decoder) decode(rec []byte, w *bufio.Writer) (recordKind, error) {
	if len(rec) < 8 {
		return 0, fmt.Errorf("short event record (%d bytes)", len(rec))
	}
	tag := binary.LittleEndian.Uint64(rec)
	if tag == compiler.TagExit {
		return recordExit, nil
	}
	if tag >= uint64(len(d.out.Printfs)) {
		return 0, fmt.Errorf("event record with unknown tag %d", tag)
	}
	pf := d.out.Printfs[tag]
	if len(rec) < pf.Size {
		return 0, fmt.Errorf("printf record of %d bytes, want %d", len(rec), pf.Size)
	}
	d.args = d.args[:0]
	for i, f := range pf.Fields {
		var a printf.Arg
		switch {
		case f.Const != nil:
			a.Str = d.consts[tag][i]
		case f.Type.Kind == lang.TString:
			s := rec[f.Offset : f.Offset+f.Type.Size]
			if n := bytes.IndexByte(s, 0); n >= 0 {
				s = s[:n]
			}
			a.Str = s
		default:
			a.Int = binary.LittleEndian.Uint64(rec[f.Offset:])
		}
		d.args = append(d.args, a)
	}
	d.buf = pf.Format.Append(d.buf[:0], d.args)
	_, err := w.Write(d.buf)
	return recordPrintf, err
}

// printMaps prints every non-empty map in name order, as bpftrace does at exit.
func printMaps(w *bufio.Writer, coll *ebpf.Collection, out *compiler.Output) error {
	for _, m := range out.Maps {
		if err := printMap(w, coll.Maps[m.SpecName], m); err != nil {
			return err
		}
	}
	return nil
}

// printMap reads a keyless count map (summing the CPUs) and prints it with
// mapfmt, the one place that knows bpftrace's map layout.
func printMap(w *bufio.Writer, bm *ebpf.Map, m *compiler.Map) error {
	out := &mapfmt.Map{Name: m.Name, Kind: mapfmt.Count}
	var key uint64
	var perCPU []uint64
	it := bm.Iterate()
	for it.Next(&key, &perCPU) {
		rows := make([][]int64, len(perCPU))
		for i, v := range perCPU {
			rows[i] = []int64{int64(v)}
		}
		out.Add(nil, rows)
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading map %s: %w", m.Name, err)
	}
	if len(out.Entries) == 0 {
		// bpftrace creates the zero key of a keyless map up front, so a
		// count that never fired prints 0.
		out.Add(nil, [][]int64{{0}})
	}
	return mapfmt.Print(w, out, 0, 0)
}

// lostRecords sums the per-CPU counter of records the ring buffer refused.
func lostRecords(coll *ebpf.Collection) (uint64, error) {
	var perCPU []uint64
	if err := coll.Maps[compiler.LostMap].Lookup(uint32(0), &perCPU); err != nil {
		return 0, fmt.Errorf("reading lost-event counter: %w", err)
	}
	var n uint64
	for _, v := range perCPU {
		n += v
	}
	return n, nil
}
