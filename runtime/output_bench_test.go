package runtime

import (
	"bufio"
	"encoding/binary"
	"io"
	"testing"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
)

// BenchmarkDecodePrintf formats printf records as the reader loop does,
// into a buffered writer; it reports events per second and must not
// allocate per event.
func BenchmarkDecodePrintf(b *testing.B) {
	cases := []struct {
		name    string
		format  string
		fields  []compiler.Field
		format2 Format
	}{
		{"int", "%d\n", []compiler.Field{{Offset: 8, Type: lang.Int64}}, FormatText},
		{"int-str-hex", "%d %s %x\n", []compiler.Field{{Offset: 8, Type: lang.Int64}, {Offset: 16, Type: lang.StringType(64)}, {Offset: 80, Type: lang.Uint64}}, FormatText},
		{"int-json", "%d\n", []compiler.Field{{Offset: 8, Type: lang.Int64}}, FormatJSON},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			f, err := printf.Parse(c.format)
			if err != nil {
				b.Fatal(err)
			}
			size := 8
			for _, fl := range c.fields {
				size = max(size, fl.Offset+8*((fieldBytes(fl)+7)/8))
			}
			out := &compiler.Output{Printfs: []*compiler.Printf{{Format: f, Fields: c.fields, Size: size}}}
			rec := make([]byte, size)
			for _, fl := range c.fields {
				if fl.Type.Kind == lang.TString {
					copy(rec[fl.Offset:], "a string argument\x00")
				}
			}
			d := newDecoder(out, c.format2)
			w := bufio.NewWriterSize(io.Discard, 64<<10)
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				binary.LittleEndian.PutUint64(rec[8:], uint64(n))
				if _, err := d.decode(rec, w); err != nil {
					b.Fatal(err)
				}
				n++
			}
			w.Flush()
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

func fieldBytes(f compiler.Field) int {
	if f.Type.Kind == lang.TString {
		return f.Type.Size
	}
	return 8
}

// TestDecodeDoesNotAllocate holds the formatter to its promise.
func TestDecodeDoesNotAllocate(t *testing.T) {
	f, err := printf.Parse("%d %s\n")
	if err != nil {
		t.Fatal(err)
	}
	out := &compiler.Output{Printfs: []*compiler.Printf{{Format: f, Fields: []compiler.Field{{Offset: 8, Type: lang.Int64}, {Offset: 16, Type: lang.StringType(16)}}, Size: 32}}}
	rec := make([]byte, 32)
	copy(rec[16:], "hello")
	d := newDecoder(out, FormatText)
	w := bufio.NewWriterSize(io.Discard, 64<<10)
	d.decode(rec, w) // first call sizes the buffers
	if n := testing.AllocsPerRun(100, func() {
		if _, err := d.decode(rec, w); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("decode allocates %v times per event, want 0", n)
	}
}
