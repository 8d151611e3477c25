package mapfmt

import (
	"cmp"
	"io"
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

// Print writes m as bpftrace's text output does, at exit or for print(@m,
// top, div): top > 0 keeps the top largest entries (after sorting), div > 1
// divides the values. 0.17 quirks kept on purpose: stats maps ignore top and
// div; lhist maps ignore div; a hist divides its count column but draws the
// bars and picks the rows from the undivided counts. A map with no entries
// prints a blank line (two for avg and stats), as 0.17 does.
func Print(w io.Writer, m *Map, top, div int) error {
	_, err := w.Write(AppendText(nil, m, top, div))
	return err
}

// AppendText appends what Print writes to b.
func AppendText(b []byte, m *Map, top, div int) []byte {
	es := sorted(m, top)
	if m.Kind == Stats || m.Kind == Lhist || div <= 1 {
		div = 1
	}
	for _, e := range es {
		b = appendName(b, m, e)
		switch m.Kind {
		case Count, Sum, Min, Max, Int:
			b = appendScalar(b, m.unsignedValue(), e.Int, div)
		case Avg:
			b = appendScalar(b, m.Unsigned, m.average(e), div)
		case Stats:
			b = append(b, "count "...)
			b = strconv.AppendUint(b, e.Count, 10)
			b = append(b, ", average "...)
			b = appendScalar(b, m.Unsigned, m.average(e), 1)
			b = append(b, ", total "...)
			b = appendScalar(b, m.Unsigned, e.Total, 1)
		case Hist, Lhist:
			b = append(b, '\n')
			b = appendRows(b, m, e, uint64(div))
		case String, Tuple:
			b = appendText(b, divide(e.Val, div))
		}
		b = append(b, '\n')
	}
	switch {
	case len(es) == 0 && (m.Kind == Avg || m.Kind == Stats):
		b = append(b, "\n\n"...)
	case len(es) == 0, m.Kind == Avg, m.Kind == Stats:
		b = append(b, '\n')
	}
	return b
}

// appendName writes "@m: " or "@m[k1, k2]: ".
func appendName(b []byte, m *Map, e *Entry) []byte {
	b = append(b, m.Name...)
	if len(e.Key) > 0 {
		b = append(b, '[')
		for i, k := range e.Key {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendText(b, k)
		}
		b = append(b, ']')
	}
	return append(b, ':', ' ')
}

func appendScalar(b []byte, unsigned bool, v int64, div int) []byte {
	if unsigned {
		return strconv.AppendUint(b, uint64(v)/uint64(div), 10)
	}
	return strconv.AppendInt(b, v/int64(div), 10)
}

// appendText writes a value as text: strings unquoted, tuples "(1, a, -2)".
func appendText(b []byte, v Value) []byte {
	switch v.Kind {
	case VInt:
		return strconv.AppendInt(b, v.Int, 10)
	case VUint:
		return strconv.AppendUint(b, v.uint(), 10)
	case VString:
		return append(b, v.Str...)
	}
	b = append(b, '(')
	for i, x := range v.Tuple {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendText(b, x)
	}
	return append(b, ')')
}

// divide divides the integers of a tuple (print(@t, 0, div) does).
func divide(v Value, div int) Value {
	if div <= 1 {
		return v
	}
	switch v.Kind {
	case VInt:
		v.Int /= int64(div)
	case VUint:
		v.Int = int64(v.uint() / uint64(div))
	case VTuple:
		t := make([]Value, len(v.Tuple))
		for i, x := range v.Tuple {
			t[i] = divide(x, div)
		}
		v.Tuple = t
	}
	return v
}

const (
	barWidth = 52
	bars     = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@"
)

// appendRows writes the rows of one hist or lhist entry, from its first to
// its last non-empty bucket (none for a zeroed entry).
func appendRows(b []byte, m *Map, e *Entry, div uint64) []byte {
	first, last := span(e.Buckets)
	var top uint64
	for _, c := range e.Buckets {
		top = max(top, c)
	}
	for i := first; i <= last; i++ {
		c := e.Buckets[i]
		n := len(b)
		b = append(b, bucketLabel(m, i)...)
		b = pad(b, 16-(len(b)-n))
		var num [20]byte
		d := strconv.AppendUint(num[:0], c/div, 10)
		b = pad(b, 8-len(d))
		b = append(b, d...)
		b = append(b, " |"...)
		bar := barLen(c, top)
		b = append(b, bars[:bar]...)
		b = pad(b, barWidth-bar)
		b = append(b, "|\n"...)
	}
	return b
}

// span is the range of non-empty buckets; first > last when all are empty.
func span(bs []uint64) (first, last int) {
	first, last = 0, -1
	for i, c := range bs {
		if c != 0 {
			if last < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// barLen is floor(c/top*52) without overflow.
func barLen(c, top uint64) int {
	if top == 0 {
		return 0
	}
	hi, lo := bits.Mul64(c, barWidth)
	q, _ := bits.Div64(hi, lo, top) // hi < top since c <= top
	return int(q)
}

func pad(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

func bucketLabel(m *Map, i int) string {
	if m.Kind == Lhist {
		return LhistLabel(i, m.LhistMin, m.LhistMax, m.LhistStep)
	}
	return HistLabel(i)
}

// sorted orders m's entries as bpftrace prints them and keeps the top
// largest. Ties (which 0.17 leaves in hash order) are broken by key.
func sorted(m *Map, top int) []*Entry {
	type item struct {
		v uint64 // sort value, mapped so that unsigned order is right
		e *Entry
	}
	items := make([]item, len(m.Entries))
	for i := range m.Entries {
		items[i] = item{m.sortValue(&m.Entries[i]), &m.Entries[i]}
	}
	slices.SortFunc(items, func(a, b item) int {
		if c := cmp.Compare(a.v, b.v); c != 0 {
			return c
		}
		return cmpKey(a.e.Key, b.e.Key)
	})
	if top > 0 && top < len(items) && m.Kind != Stats {
		items = items[len(items)-top:]
	}
	es := make([]*Entry, len(items))
	for i, it := range items {
		es[i] = it.e
	}
	return es
}

// sortValue is what bpftrace sorts on: the value for count/sum/min/max/int,
// the average for avg/stats, the total count for hist/lhist; strings and
// tuples sort by key only. Signed values get their sign bit flipped so they
// compare as unsigned.
func (m *Map) sortValue(e *Entry) uint64 {
	var v int64
	switch m.Kind {
	case Count, Sum, Min, Max, Int:
		v = e.Int
	case Avg, Stats:
		v = m.average(e)
	case Hist, Lhist:
		return total(e.Buckets)
	default:
		return 0
	}
	if m.unsignedValue() {
		return uint64(v)
	}
	return uint64(v) ^ 1<<63
}

func total(bs []uint64) uint64 {
	var t uint64
	for _, c := range bs {
		t += c
	}
	return t
}

// cmpKey orders keys field by field; 0.17 compares integer fields as
// unsigned (so -1 sorts after 1000) and strings bytewise.
func cmpKey(a, b []Value) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := cmpField(a[i], b[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

func cmpField(a, b Value) int {
	switch a.Kind {
	case VInt, VUint:
		return cmp.Compare(a.uint(), b.uint())
	case VString:
		return strings.Compare(a.Str, b.Str)
	}
	return cmpKey(a.Tuple, b.Tuple)
}
