package runtime

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"os"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/lang/printf"
	"github.com/tinytrace/tinytrace/runtime/mapfmt"
)

// needMaps fails under CI=true (where these tests must run) and skips
// elsewhere when this process cannot create BPF maps.
func needMaps(t *testing.T) {
	t.Helper()
	if os.Geteuid() == 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("map printing tests need root to create BPF maps")
	}
	t.Skip("map printing tests need root")
}

// mapFixture is a set of real kernel maps laid out by the compiler from
// hand-written declarations, as a script declaring them would get.
type mapFixture struct {
	t      *testing.T
	out    *compiler.Output
	maps   map[string]*ebpf.Map
	byName map[string]*compiler.Map
	ncpu   int
}

func newMapFixture(t *testing.T, decls ...*lang.MapDecl) *mapFixture {
	t.Helper()
	needMaps(t)
	p := &lang.Program{MapInfo: map[string]*lang.MapDecl{}}
	for _, d := range decls {
		p.MapInfo[d.Name] = d
	}
	out, err := compiler.Compile(p, nil, compiler.Options{MapKeysMax: 64, RingBufSize: 4096})
	if err != nil {
		t.Fatal(err)
	}
	ncpu, err := ebpf.PossibleCPU()
	if err != nil {
		t.Fatal(err)
	}
	f := &mapFixture{t: t, out: out, maps: map[string]*ebpf.Map{}, byName: map[string]*compiler.Map{}, ncpu: ncpu}
	for _, m := range out.Maps {
		bm, err := ebpf.NewMap(out.Spec.Maps[m.SpecName])
		if err != nil {
			t.Fatalf("creating map %s: %v", m.SpecName, err)
		}
		t.Cleanup(func() { bm.Close() })
		f.maps[m.SpecName] = bm
		f.byName[m.Name] = m
	}
	return f
}

// key encodes key fields (int64 or string) as the map's layout says.
func (f *mapFixture) key(m *compiler.Map, fields ...any) []byte {
	b := make([]byte, m.KeySize)
	for i, v := range fields {
		off := m.Keys[i].Offset
		switch v := v.(type) {
		case int64:
			binary.LittleEndian.PutUint64(b[off:], uint64(v))
		case int:
			binary.LittleEndian.PutUint64(b[off:], uint64(v))
		case string:
			copy(b[off:off+m.Keys[i].Type.Size], v)
		default:
			f.t.Fatalf("bad key field %T", v)
		}
	}
	return b
}

// perCPU stores one slot row per CPU (CPUs past the rows given get zeros),
// as BPF programs running on different CPUs would have left them.
func (f *mapFixture) perCPU(name string, key []any, rows ...[]int64) {
	f.t.Helper()
	m := f.byName[name]
	if len(rows) > f.ncpu {
		if os.Getenv("CI") == "true" {
			f.t.Fatalf("needs %d CPUs, have %d", len(rows), f.ncpu)
		}
		f.t.Skipf("needs %d CPUs, have %d", len(rows), f.ncpu)
	}
	vals := make([][]byte, f.ncpu)
	for cpu := range vals {
		vals[cpu] = make([]byte, m.ValueSize)
		if cpu < len(rows) {
			for i, v := range rows[cpu] {
				binary.LittleEndian.PutUint64(vals[cpu][8*i:], uint64(v))
			}
			if off := m.TouchedOffset(); off >= 0 { // as the program's update does
				binary.LittleEndian.PutUint64(vals[cpu][off:], 1)
			}
		}
	}
	if err := f.maps[m.SpecName].Update(f.key(m, key...), vals, ebpf.UpdateAny); err != nil {
		f.t.Fatalf("updating %s: %v", name, err)
	}
}

// plain stores the value of a plain (not per-CPU) map: an int64 or raw bytes.
func (f *mapFixture) plain(name string, key []any, v any) {
	f.t.Helper()
	m := f.byName[name]
	b := make([]byte, m.ValueSize)
	switch v := v.(type) {
	case int64:
		binary.LittleEndian.PutUint64(b, uint64(v))
	case uint64:
		binary.LittleEndian.PutUint64(b, v)
	case string:
		copy(b, v)
	}
	if err := f.maps[m.SpecName].Update(f.key(m, key...), b, ebpf.UpdateAny); err != nil {
		f.t.Fatalf("updating %s: %v", name, err)
	}
}

func (f *mapFixture) print(format Format) string {
	f.t.Helper()
	var buf bytes.Buffer
	if err := printMaps(&buf, f.maps, f.out, nil, format); err != nil {
		f.t.Fatal(err)
	}
	return buf.String()
}

// bucket returns a hist/lhist slot row with counts at the given indexes.
func bucket(n int, counts map[int]int64) []int64 {
	row := make([]int64, n)
	for i, c := range counts {
		row[i] = c
	}
	return row
}

func keys(k ...any) []any { return k }

var (
	signed   = lang.Int64
	str8     = lang.StringType(8)
	str3     = lang.StringType(3)
	lhistDec = &lang.LhistParams{Min: 0, Max: 100, Step: 10}
)

func TestPrintMapsAggregations(t *testing.T) {
	f := newMapFixture(t,
		&lang.MapDecl{Name: "@k", Keys: []lang.Type{signed, str3}, Value: lang.Count},
		&lang.MapDecl{Name: "@c", Value: lang.Count},
		&lang.MapDecl{Name: "@s", Value: lang.Type{Kind: lang.TSum, Size: 8, Signed: true}},
		&lang.MapDecl{Name: "@su", Keys: []lang.Type{signed}, Value: lang.Type{Kind: lang.TSum, Size: 8}},
		&lang.MapDecl{Name: "@mn", Keys: []lang.Type{signed}, Value: lang.Type{Kind: lang.TMin, Size: 8, Signed: true}},
		&lang.MapDecl{Name: "@mx", Value: lang.Type{Kind: lang.TMax, Size: 8, Signed: true}},
		&lang.MapDecl{Name: "@a", Value: lang.Type{Kind: lang.TAvg, Size: 8, Signed: true}},
		&lang.MapDecl{Name: "@st", Keys: []lang.Type{str8}, Value: lang.Type{Kind: lang.TStats, Size: 8, Signed: true}},
		&lang.MapDecl{Name: "@h", Value: lang.Type{Kind: lang.THist, Size: 8, Signed: true}},
		&lang.MapDecl{Name: "@l", Keys: []lang.Type{signed}, Value: lang.Type{Kind: lang.TLhist, Size: 8, Signed: true}, Lhist: lhistDec},
	)
	// @h is keyless: a Slot map, its buckets then the touched word.
	if f.byName["@h"].ValueSize != 8*mapfmt.HistBuckets+8 {
		t.Fatalf("compiler and mapfmt disagree on hist buckets: %d bytes", f.byName["@h"].ValueSize)
	}
	// @k[1, "ab"]: 2 on CPU 0 and 3 on CPU 1. The string key field is 8
	// bytes: garbage after the NUL must not show.
	f.perCPU("@k", keys(1, "ab\x00z"), []int64{2}, []int64{3})
	f.perCPU("@k", keys(-1, "bbb"), []int64{1})
	f.perCPU("@k", keys(1000, "a"), []int64{0}, []int64{7})
	// @c never fired: 0, as bpftrace prints it.
	f.perCPU("@s", nil, []int64{-5}, []int64{2})
	f.perCPU("@su", keys(1), []int64{-1}, []int64{0}) // sum(arg0) of 2^64-1
	// [value, seen]: a CPU that never saw a value must not win.
	f.perCPU("@mn", keys(1), []int64{-5, 1}, []int64{3, 1})
	f.perCPU("@mn", keys(2), []int64{0, 0}, []int64{7, 1})
	f.perCPU("@mx", nil, []int64{-9, 1}, []int64{0, 0})
	// [count, total]: avg(3), avg(4) on CPU 0, avg(5) on CPU 1.
	f.perCPU("@a", nil, []int64{2, 7}, []int64{1, 5})
	f.perCPU("@st", keys("x"), []int64{2, 7}, []int64{1, 5})
	f.perCPU("@st", keys("y"), []int64{1, -20})
	// hist(0), hist(1) on CPU 0; hist(5), hist(6) on CPU 1.
	f.perCPU("@h", nil, bucket(65, map[int]int64{1: 1, 2: 1}), bucket(65, map[int]int64{4: 2}))
	// lhist(x, 0, 100, 10): 15 on CPU 0, 150 and -1 on CPU 1.
	f.perCPU("@l", keys(7), bucket(12, map[int]int64{2: 1}), bucket(12, map[int]int64{11: 1, 0: 1}))

	const text = `@a: 4

@c: 0
@h: 
[0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[2, 4)                 0 |                                                    |
[4, 8)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@k[-1, bbb]: 1
@k[1, ab]: 5
@k[1000, a]: 7
@l[7]: 
(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[0, 10)                0 |                                                    |
[10, 20)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[20, 30)               0 |                                                    |
[30, 40)               0 |                                                    |
[40, 50)               0 |                                                    |
[50, 60)               0 |                                                    |
[60, 70)               0 |                                                    |
[70, 80)               0 |                                                    |
[80, 90)               0 |                                                    |
[90, 100)              0 |                                                    |
[100, ...)             1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@mn[1]: -5
@mn[2]: 7
@mx: -9
@s: -3
@st[y]: count 1, average -20, total -20
@st[x]: count 3, average 4, total 12

@su[1]: 18446744073709551615
`
	if got := f.print(FormatText); got != text {
		t.Errorf("text:\n%s\nwant:\n%s", got, text)
	}
	const json = `{"type": "stats", "data": {"@a": 4}}
{"type": "map", "data": {"@c": 0}}
{"type": "hist", "data": {"@h": [{"min": 0, "max": 0, "count": 1}, {"min": 1, "max": 1, "count": 1}, {"min": 2, "max": 3, "count": 0}, {"min": 4, "max": 7, "count": 2}]}}
{"type": "map", "data": {"@k": {"-1,bbb": 1, "1,ab": 5, "1000,a": 7}}}
{"type": "hist", "data": {"@l": {"7": [{"max": -1, "count": 1}, {"min": 0, "max": 9, "count": 0}, {"min": 10, "max": 19, "count": 1}, {"min": 20, "max": 29, "count": 0}, {"min": 30, "max": 39, "count": 0}, {"min": 40, "max": 49, "count": 0}, {"min": 50, "max": 59, "count": 0}, {"min": 60, "max": 69, "count": 0}, {"min": 70, "max": 79, "count": 0}, {"min": 80, "max": 89, "count": 0}, {"min": 90, "max": 99, "count": 0}, {"min": 100, "count": 1}]}}}
{"type": "map", "data": {"@mn": {"1": -5, "2": 7}}}
{"type": "map", "data": {"@mx": -9}}
{"type": "map", "data": {"@s": -3}}
{"type": "stats", "data": {"@st": {"y": {"count": 1, "average": -20, "total": -20}, "x": {"count": 3, "average": 4, "total": 12}}}}
{"type": "map", "data": {"@su": {"1": 18446744073709551615}}}
`
	if got := f.print(FormatJSON); got != json {
		t.Errorf("json:\n%s\nwant:\n%s", got, json)
	}
}

func TestPrintMapsPlainValues(t *testing.T) {
	f := newMapFixture(t,
		&lang.MapDecl{Name: "@i", Keys: []lang.Type{str8}, Value: lang.Int64},
		&lang.MapDecl{Name: "@u", Value: lang.Uint64},
		&lang.MapDecl{Name: "@str", Value: lang.StringType(5)},
		&lang.MapDecl{Name: "@sk", Keys: []lang.Type{signed, signed}, Value: lang.StringType(16)},
		&lang.MapDecl{Name: "@", Value: lang.Int64},
	)
	f.plain("@i", keys("x"), int64(-3))
	f.plain("@i", keys("yy"), int64(2))
	f.plain("@u", nil, ^uint64(0))
	f.plain("@str", nil, "hi\x00gar")
	f.plain("@sk", keys(2, -1), "two")
	f.plain("@sk", keys(1, 5), "one")
	// @ never written: a blank line, as in 0.17.
	const text = `
@i[x]: -3
@i[yy]: 2
@sk[1, 5]: one
@sk[2, -1]: two
@str: hi
@u: 18446744073709551615
`
	if got := f.print(FormatText); got != text {
		t.Errorf("text:\n%q\nwant:\n%q", got, text)
	}
	const json = `{"type": "map", "data": {"@i": {"x": -3, "yy": 2}}}
{"type": "map", "data": {"@sk": {"1,5": "one", "2,-1": "two"}}}
{"type": "map", "data": {"@str": "hi"}}
{"type": "map", "data": {"@u": 18446744073709551615}}
`
	if got := f.print(FormatJSON); got != json {
		t.Errorf("json:\n%s\nwant:\n%s", got, json)
	}
}

// Maps that were never written print as 0.17 prints them: a keyless count
// as 0, everything else as a blank line (two for avg and stats) in text
// and not at all in JSON.
func TestPrintMapsNeverWritten(t *testing.T) {
	agg := func(k lang.TypeKind) lang.Type { return lang.Type{Kind: k, Size: 8, Signed: true} }
	f := newMapFixture(t,
		&lang.MapDecl{Name: "@a", Value: agg(lang.TAvg)},
		&lang.MapDecl{Name: "@c", Value: lang.Count},
		&lang.MapDecl{Name: "@h", Value: agg(lang.THist)},
		&lang.MapDecl{Name: "@i", Value: lang.Int64},
		&lang.MapDecl{Name: "@kc", Keys: []lang.Type{signed}, Value: lang.Count},
		&lang.MapDecl{Name: "@l", Value: agg(lang.TLhist), Lhist: lhistDec},
		&lang.MapDecl{Name: "@mn", Value: agg(lang.TMin)},
		&lang.MapDecl{Name: "@mx", Value: agg(lang.TMax)},
		&lang.MapDecl{Name: "@s", Value: agg(lang.TSum)},
		&lang.MapDecl{Name: "@st", Value: agg(lang.TStats)},
		&lang.MapDecl{Name: "@str", Value: lang.StringType(2)},
	)
	// What bpftrace 0.17 prints for these maps, declared in a probe that
	// never fires, after its "\n\n".
	if got, want := f.print(FormatText), "\n\n@c: 0\n"+"\n\n\n\n\n\n\n\n\n\n"; got != want {
		t.Errorf("text: %q, want %q", got, want)
	}
	if got, want := f.print(FormatJSON), `{"type": "map", "data": {"@c": 0}}`+"\n"; got != want {
		t.Errorf("json: %q, want %q", got, want)
	}
}

func TestPrintMapsMissing(t *testing.T) {
	f := newMapFixture(t, &lang.MapDecl{Name: "@c", Value: lang.Count})
	delete(f.maps, f.byName["@c"].SpecName)
	if err := printMaps(&bytes.Buffer{}, f.maps, f.out, nil, FormatText); err == nil {
		t.Error("printMaps accepted a map that was not loaded")
	}
}

func TestDecodePrintfJSON(t *testing.T) {
	f, err := printf.Parse("a \"q\" \\ \t%s\r\x01\x7f é\n")
	if err != nil {
		t.Fatal(err)
	}
	out := &compiler.Output{Printfs: []*compiler.Printf{{
		Format: f,
		Fields: []compiler.Field{{Offset: 8, Type: lang.StringType(8)}},
		Size:   16,
	}}}
	rec := make([]byte, 16)
	copy(rec[8:], "x\"y\x00zz")
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if _, err := newDecoder(out, FormatJSON).decode(rec, w); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	// 0.17 prints é as \uffffffc3\uffffffa9 (a bug); valid UTF-8 stays.
	want := `{"type": "printf", "data": "a \"q\" \\ \tx\"y\r\u0001` + "\x7f é" + `\n"}` + "\n"
	if got := buf.String(); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
