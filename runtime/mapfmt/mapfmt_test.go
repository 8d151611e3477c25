package mapfmt

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"testing"
)

func TestHistBucket(t *testing.T) {
	for _, c := range []struct {
		v     int64
		i     int
		label string
	}{
		{math.MinInt64, 0, "(..., 0)"},
		{-1, 0, "(..., 0)"},
		{0, 1, "[0]"},
		{1, 2, "[1]"},
		{2, 3, "[2, 4)"},
		{3, 3, "[2, 4)"},
		{4, 4, "[4, 8)"},
		{1023, 11, "[512, 1K)"},
		{1024, 12, "[1K, 2K)"},
		{1<<20 - 1, 21, "[512K, 1M)"},
		{1 << 31, 33, "[2G, 4G)"},
		{1<<32 - 1, 33, "[2G, 4G)"},
		{1 << 32, 34, "[4G, 8G)"},
		{1 << 40, 42, "[1T, 2T)"},
		{1 << 50, 52, "[1P, 2P)"},
		{1 << 60, 62, "[1E, 2E)"},
		{math.MaxInt64, 64, "[4E, 8E)"},
	} {
		i := HistBucket(c.v)
		if i != c.i || HistLabel(i) != c.label {
			t.Errorf("HistBucket(%d) = %d %q, want %d %q", c.v, i, HistLabel(i), c.i, c.label)
		}
		if i >= HistBuckets {
			t.Errorf("HistBucket(%d) = %d, out of range", c.v, i)
		}
		if lo, hi, ok := HistBounds(i); ok && (c.v < lo || c.v > hi) {
			t.Errorf("HistBounds(%d) = [%d, %d], does not hold %d", i, lo, hi, c.v)
		}
	}
}

func TestLhistBucket(t *testing.T) {
	for _, c := range []struct {
		v, min, max, step int64
		i                 int
		label             string
	}{
		{-1, 0, 100, 10, 0, "(..., 0)"},
		{math.MinInt64, 0, 100, 10, 0, "(..., 0)"},
		{0, 0, 100, 10, 1, "[0, 10)"},
		{9, 0, 100, 10, 1, "[0, 10)"},
		{10, 0, 100, 10, 2, "[10, 20)"},
		{99, 0, 100, 10, 10, "[90, 100)"},
		{100, 0, 100, 10, 11, "[100, ...)"},
		{math.MaxInt64, 0, 100, 10, 11, "[100, ...)"},
		{104, 0, 105, 10, 11, "[105, ...)"}, // past the last whole step
		{2047, 2048, 10240, 1024, 0, "(..., 2K)"},
		{1536, 0, 30720, 1536, 2, "[1536, 3K)"},
		{10000, 0, 100000, 10000, 2, "[10000, 20000)"},
		{20480, 0, 100000, 10240, 3, "[20K, 30K)"},
		{1 << 30, 1 << 30, 1 << 31, 1 << 29, 1, "[1024M, 1536M)"},
		{-5, -10, 10, 5, 2, "[-5, 0)"},
		{math.MinInt64 + 1, math.MinInt64, math.MaxInt64, 1 << 62, 1, "[-8796093022208M, -4398046511104M)"},
	} {
		i := LhistBucket(c.v, c.min, c.max, c.step)
		label := LhistLabel(i, c.min, c.max, c.step)
		if i != c.i || label != c.label {
			t.Errorf("LhistBucket(%d, %d, %d, %d) = %d %q, want %d %q", c.v, c.min, c.max, c.step, i, label, c.i, c.label)
		}
	}
}

func TestMerge(t *testing.T) {
	for _, c := range []struct {
		name     string
		kind     Kind
		unsigned bool
		perCPU   [][]int64
		want     Entry
	}{
		{"count", Count, false, [][]int64{{1}, {0}, {5}}, Entry{Int: 6}},
		{"sum", Sum, false, [][]int64{{-10}, {3}}, Entry{Int: -7}},
		{"max negative", Max, false, [][]int64{{0, 0}, {-5, 1}, {-3, 1}}, Entry{Int: -3}},
		{"min skips unseen", Min, false, [][]int64{{0, 0}, {7, 1}, {9, 1}}, Entry{Int: 7}},
		{"min unsigned", Min, true, [][]int64{{-1, 1}, {9, 1}}, Entry{Int: 9}},
		{"max none seen", Max, false, [][]int64{{0, 0}, {0, 0}}, Entry{Int: 0}},
		{"avg", Avg, false, [][]int64{{2, -7}, {1, 1}}, Entry{Count: 3, Total: -6}},
		{"hist", Hist, false, [][]int64{{1, 0, 2}, {0, 3, 4}}, Entry{Buckets: []uint64{1, 3, 6}}},
	} {
		if got := Merge(c.kind, c.unsigned, c.perCPU); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Merge = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestAverageTruncates(t *testing.T) {
	m := &Map{Name: "@a", Kind: Avg}
	m.Add(nil, [][]int64{{2, -7}})
	if got := string(AppendText(nil, m, 0, 0)); got != "@a: -3\n\n" {
		t.Errorf("got %q", got)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("boom") }

func TestPrintError(t *testing.T) {
	m := &Map{Name: "@c", Kind: Count, Entries: []Entry{{Int: 1}}}
	if err := Print(failWriter{}, m, 0, 0); err == nil {
		t.Error("Print: no error from a failing writer")
	}
	if err := PrintJSON(failWriter{}, m, 0, 0); err == nil {
		t.Error("PrintJSON: no error from a failing writer")
	}
}

// Printing must not reorder the caller's entries.
func TestPrintKeepsEntries(t *testing.T) {
	m := &Map{Name: "@c", Kind: Count, Entries: []Entry{
		{Key: []Value{I(1)}, Int: 5}, {Key: []Value{I(2)}, Int: 1},
	}}
	var b bytes.Buffer
	Print(&b, m, 0, 0)
	if b.String() != "@c[2]: 1\n@c[1]: 5\n" || m.Entries[0].Int != 5 {
		t.Errorf("got %q, entries %+v", b.String(), m.Entries)
	}
}

func benchMap() *Map {
	m := &Map{Name: "@calls", Kind: Count}
	for i := range 4096 {
		m.Add([]Value{I(int64(i * 7919 % 4096)), S("comm")}, [][]int64{{int64(i*31) % 1000}, {1}})
	}
	return m
}

func BenchmarkPrintCount4096(b *testing.B) {
	m := benchMap()
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendText(buf[:0], m, 0, 0)
	}
	b.SetBytes(int64(len(buf)))
}

func BenchmarkPrintJSONCount4096(b *testing.B) {
	m := benchMap()
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendJSON(buf[:0], m, 0, 0)
	}
	b.SetBytes(int64(len(buf)))
}
