package runtime

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
)

func TestDecodePrintfRecord(t *testing.T) {
	f, err := printf.Parse("[%s] %d %s %x\n")
	if err != nil {
		t.Fatal(err)
	}
	lit := "const"
	out := &compiler.Output{Printfs: []*compiler.Printf{{
		Format: f,
		Fields: []compiler.Field{
			{Type: lang.StringType(3), Const: &lit},
			{Offset: 8, Type: lang.Int64},
			{Offset: 16, Type: lang.StringType(16)},
			{Offset: 32, Type: lang.Uint64},
		},
		Size: 40,
	}}}
	rec := make([]byte, 40)
	binary.LittleEndian.PutUint64(rec[0:], 0) // tag: printf 0
	binary.LittleEndian.PutUint64(rec[8:], uint64(0xfffffffffffffffb))
	copy(rec[16:], "comm\x00garbage")
	binary.LittleEndian.PutUint64(rec[32:], 0x123456789)

	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	d := newDecoder(out, FormatText)
	kind, err := d.decode(rec, w)
	w.Flush()
	if err != nil || kind != recordPrintf {
		t.Fatalf("decode: kind %v, err %v", kind, err)
	}
	if got, want := buf.String(), "[const] -5 comm 123456789\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}

	exit := make([]byte, 8)
	binary.LittleEndian.PutUint64(exit, compiler.TagExit)
	if kind, err := d.decode(exit, w); err != nil || kind != recordExit {
		t.Errorf("exit record: kind %v, err %v", kind, err)
	}
	for _, bad := range [][]byte{rec[:4], rec[:20], {7, 0, 0, 0, 0, 0, 0, 0}} {
		if _, err := d.decode(bad, w); err == nil {
			t.Errorf("decode(%x) accepted a malformed record", bad)
		}
	}
}
