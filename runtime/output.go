package runtime

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
	"github.com/tinytrace/tinytrace/runtime/mapfmt"
)

// Format is the output format (-f).
type Format int

const (
	FormatText Format = iota // bpftrace's default text output
	FormatJSON               // -f json: one JSON object per line
)

// decoder turns ring buffer records into text. It reuses its buffers, so
// formatting an event does not allocate.
type decoder struct {
	out    *compiler.Output
	format Format
	consts [][][]byte // per printf, per field: the bytes of string literals
	args   []printf.Arg
	buf    []byte
	jbuf   []byte // the JSON line wrapping buf

	probeNames [][]byte // values of the probe builtin, by id
	syms       *symbols // prints ustack and usym values
	op         mapOp    // the last map operation decoded
}

func newDecoder(out *compiler.Output, format Format) *decoder {
	d := &decoder{out: out, format: format, buf: make([]byte, 0, 256)}
	for _, pf := range out.Printfs {
		cs := make([][]byte, len(pf.Fields))
		for i, f := range pf.Fields {
			if f.Const != nil {
				cs[i] = []byte(*f.Const)
			}
		}
		d.consts = append(d.consts, cs)
	}
	for _, name := range out.ProbeNames {
		d.probeNames = append(d.probeNames, []byte(name))
	}
	return d
}

// recordKind says what a ring buffer record was.
type recordKind int

const (
	recordPrintf recordKind = iota
	recordExit
	recordMapOp // print/clear/zero: the session acts on d.op
)

// decode formats one record into w.
func (d *decoder) decode(rec []byte, w *bufio.Writer) (recordKind, error) {
	if len(rec) < 8 {
		return 0, fmt.Errorf("short event record (%d bytes)", len(rec))
	}
	tag := binary.LittleEndian.Uint64(rec)
	switch tag {
	case compiler.TagExit:
		return recordExit, nil
	case compiler.TagMapOp:
		if len(rec) < 40 {
			return 0, fmt.Errorf("short map operation record (%d bytes)", len(rec))
		}
		u := func(i int) uint64 { return binary.LittleEndian.Uint64(rec[8*i:]) }
		d.op = mapOp{op: compiler.MapOp(u(1)), index: int(u(2)), top: int(u(3)), div: int(u(4))}
		if d.op.index >= len(d.out.Maps) {
			return 0, fmt.Errorf("map operation on unknown map %d", d.op.index)
		}
		return recordMapOp, nil
	case compiler.TagTime:
		if len(rec) < 16 || binary.LittleEndian.Uint64(rec[8:]) >= uint64(len(d.out.TimeFormats)) {
			return 0, fmt.Errorf("malformed time record")
		}
		d.buf = appendStrftime(d.buf[:0], d.out.TimeFormats[binary.LittleEndian.Uint64(rec[8:])], time.Now())
		return recordPrintf, d.write(w)
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
			a.Str = cstring(rec[f.Offset : f.Offset+f.Type.Size])
		case f.Type.Kind == lang.TProbe:
			id := binary.LittleEndian.Uint64(rec[f.Offset:])
			if id >= uint64(len(d.probeNames)) {
				return 0, fmt.Errorf("unknown probe id %d", id)
			}
			a.Str = d.probeNames[id]
		case f.Type.Kind == lang.TUstack:
			a.Str = []byte(d.syms.ustack(binary.LittleEndian.Uint64(rec[f.Offset:]), valueIndent))
		case f.Type.Kind == lang.TUsym:
			a.Str = []byte(d.syms.usym(rec[f.Offset : f.Offset+16]))
		default:
			a.Int = binary.LittleEndian.Uint64(rec[f.Offset:])
		}
		d.args = append(d.args, a)
	}
	d.buf = pf.Format.Append(d.buf[:0], d.args)
	if pf.Value != nil && d.format == FormatJSON {
		return recordPrintf, d.writeValue(w, pf, rec)
	}
	return recordPrintf, d.write(w)
}

// writeValue outputs print(value) in -f json as 0.17 does:
// {"type": "value", "data": 5}, a JSON string for text values (strings,
// probe names, stacks, symbols), an array for tuples ([1,"a",[2,"b"]]).
func (d *decoder) writeValue(w *bufio.Writer, pf *compiler.Printf, rec []byte) error {
	d.jbuf = append(d.jbuf[:0], `{"type": "value", "data": `...)
	switch t := *pf.Value; {
	case t.Kind == lang.TTuple:
		v, err := tupleValue(t, rec[pf.Fields[0].Offset:])
		if err != nil {
			return err
		}
		d.jbuf = mapfmt.AppendJSONValue(d.jbuf, v)
	case t.PrintsAsText():
		d.jbuf = mapfmt.AppendJSONString(d.jbuf, bytes.TrimSuffix(d.buf, []byte("\n")))
	default:
		d.jbuf = append(d.jbuf, bytes.TrimSuffix(d.buf, []byte("\n"))...)
	}
	d.jbuf = append(d.jbuf, "}\n"...)
	_, err := w.Write(d.jbuf)
	return err
}

// write outputs d.buf, wrapped as a JSON printf object in -f json.
func (d *decoder) write(w *bufio.Writer) error {
	out := d.buf
	if d.format == FormatJSON {
		d.jbuf = appendJSONPrintf(d.jbuf[:0], d.buf)
		out = d.jbuf
	}
	_, err := w.Write(out)
	return err
}

// mapOp is a print(), clear() or zero() read from the ring buffer.
type mapOp struct {
	op       compiler.MapOp
	index    int
	top, div int
}

// appendJSONPrintf wraps printf output as 0.17's -f json does:
// {"type": "printf", "data": "hello 5\n"}, one line per printf call.
func appendJSONPrintf(b, text []byte) []byte {
	b = append(b, `{"type": "printf", "data": `...)
	b = mapfmt.AppendJSONString(b, text)
	return append(b, "}\n"...)
}

// sumCounter reads a one-element counter array (compiler.LostMap,
// compiler.DroppedMap).
func sumCounter(coll *ebpf.Collection, name string) (uint64, error) {
	var n uint64
	if err := coll.Maps[name].Lookup(uint32(0), &n); err != nil {
		return 0, fmt.Errorf("reading counter %s: %w", name, err)
	}
	return n, nil
}
