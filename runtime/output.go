package runtime

import (
	"bufio"
	"encoding/binary"
	"fmt"

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
			a.Str = cstring(rec[f.Offset : f.Offset+f.Type.Size])
		default:
			a.Int = binary.LittleEndian.Uint64(rec[f.Offset:])
		}
		d.args = append(d.args, a)
	}
	d.buf = pf.Format.Append(d.buf[:0], d.args)
	out := d.buf
	if d.format == FormatJSON {
		d.jbuf = appendJSONPrintf(d.jbuf[:0], d.buf)
		out = d.jbuf
	}
	_, err := w.Write(out)
	return recordPrintf, err
}

// appendJSONPrintf wraps printf output as 0.17's -f json does:
// {"type": "printf", "data": "hello 5\n"}, one line per printf call.
func appendJSONPrintf(b, text []byte) []byte {
	b = append(b, `{"type": "printf", "data": `...)
	b = mapfmt.AppendJSONString(b, text)
	return append(b, "}\n"...)
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
