package runtime

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"os"
	"testing"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
	"github.com/tinytrace/tinytrace/runtime/symbolize"
	"github.com/tinytrace/tinytrace/runtime/symtab"
	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// TestDecodeSymbols decodes printf records with usym and ustack fields: a
// usym names the function holding the address in the process's mapped
// file (in hex when nothing does); a stack the kernel could not collect
// prints as an empty stack.
func TestDecodeSymbols(t *testing.T) {
	bin := testtarget.Build(t, "cxxtarget")
	sym, err := symtab.Lookup(bin, "_ZN6shapes7Counter4stepEi")
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(bin)
	if err != nil {
		t.Fatal(err)
	}
	const pid, base = 4242, 0x555555554000
	syms := &symbols{sym: symbolize.New()}
	syms.sym.Add(pid, []symbolize.Mapping{{Start: base, End: base + uint64(st.Size()), Path: bin}})

	f, err := printf.Parse("%s|%s|[%s]\n")
	if err != nil {
		t.Fatal(err)
	}
	out := &compiler.Output{Printfs: []*compiler.Printf{{
		Format: f,
		Fields: []compiler.Field{{Offset: 8, Type: lang.Usym}, {Offset: 24, Type: lang.Usym}, {Offset: 40, Type: lang.Ustack}},
		Size:   48,
	}}}
	rec := make([]byte, 48)
	binary.LittleEndian.PutUint64(rec[8:], base+sym.Offset+4)
	binary.LittleEndian.PutUint64(rec[16:], pid)
	binary.LittleEndian.PutUint64(rec[24:], 0x10)
	binary.LittleEndian.PutUint64(rec[32:], pid)
	binary.LittleEndian.PutUint64(rec[40:], compiler.StackNoID|pid<<32)

	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	d := newDecoder(out, FormatText)
	d.syms = syms
	if _, err := d.decode(rec, w); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if got, want := buf.String(), "shapes::Counter::step(int)|0x10|[\n]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
