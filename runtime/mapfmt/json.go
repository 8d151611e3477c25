package mapfmt

import (
	"io"
	"strconv"
)

// PrintJSON writes m as one line of bpftrace's -f json output:
//
//	{"type": "map", "data": {"@c": 1}}
//	{"type": "map", "data": {"@k": {"1,a": 2, "2,b": 3}}}
//	{"type": "stats", "data": {"@a": 3}}                       avg maps too
//	{"type": "stats", "data": {"@st": {"count": 1, "average": 3, "total": 3}}}
//	{"type": "hist", "data": {"@h": [{"max": -1, "count": 1}, {"min": 0, "max": 0, "count": 2}]}}
//
// Entries are sorted, cut to top and divided as in Print. A map with no
// entries writes nothing.
func PrintJSON(w io.Writer, m *Map, top, div int) error {
	b := AppendJSON(nil, m, top, div)
	if len(b) == 0 {
		return nil
	}
	_, err := w.Write(b)
	return err
}

// AppendJSON appends what PrintJSON writes to b.
func AppendJSON(b []byte, m *Map, top, div int) []byte {
	es := sorted(m, top)
	if len(es) == 0 {
		return b
	}
	if m.Kind == Stats || m.Kind == Lhist || div <= 1 {
		div = 1
	}
	typ := "map"
	switch m.Kind {
	case Avg, Stats:
		typ = "stats"
	case Hist, Lhist:
		typ = "hist"
	}
	b = append(b, `{"type": "`...)
	b = append(b, typ...)
	b = append(b, `", "data": {`...)
	b = AppendJSONString(b, m.Name)
	b = append(b, ": "...)
	keyed := len(es[0].Key) > 0
	var key []byte // scratch for the joined key, reused
	if keyed {
		b = append(b, '{')
	}
	for i, e := range es {
		if keyed {
			if i > 0 {
				b = append(b, ", "...)
			}
			key = appendJSONKey(key[:0], e.Key)
			b = AppendJSONString(b, key)
			b = append(b, ": "...)
		}
		b = appendJSONValue(b, m, e, div)
	}
	if keyed {
		b = append(b, '}')
	}
	return append(b, "}}\n"...)
}

// appendJSONKey joins key fields with "," (no space); the caller quotes it.
func appendJSONKey(b []byte, key []Value) []byte {
	for i, k := range key {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendText(b, k)
	}
	return b
}

func appendJSONValue(b []byte, m *Map, e *Entry, div int) []byte {
	switch m.Kind {
	case Count, Sum, Min, Max, Int:
		return appendScalar(b, m.unsignedValue(), e.Int, div)
	case Avg:
		return appendScalar(b, m.Unsigned, m.average(e), div)
	case Stats:
		b = append(b, `{"count": `...)
		b = strconv.AppendUint(b, e.Count, 10)
		b = append(b, `, "average": `...)
		b = appendScalar(b, m.Unsigned, m.average(e), 1)
		b = append(b, `, "total": `...)
		b = appendScalar(b, m.Unsigned, e.Total, 1)
		return append(b, '}')
	case Hist, Lhist:
		return appendJSONBuckets(b, m, e, uint64(div))
	}
	return appendJSONTuple(b, divide(e.Val, div))
}

// AppendJSONValue writes one value as -f json does: integers as numbers,
// strings quoted, tuples as arrays ([1,"a",[2,"b"]]).
func AppendJSONValue(b []byte, v Value) []byte { return appendJSONTuple(b, v) }

// appendJSONTuple writes strings quoted, tuples as arrays without spaces:
// [1,"a",[2,"b"]], as 0.17 does.
func appendJSONTuple(b []byte, v Value) []byte {
	switch v.Kind {
	case VString:
		return AppendJSONString(b, v.Str)
	case VTuple:
		b = append(b, '[')
		for i, x := range v.Tuple {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONTuple(b, x)
		}
		return append(b, ']')
	}
	return appendText(b, v)
}

// appendJSONBuckets writes the rows Print would show (first to last
// non-empty bucket) as {"min", "max", "count"} objects; open-ended buckets
// omit a bound.
func appendJSONBuckets(b []byte, m *Map, e *Entry, div uint64) []byte {
	b = append(b, '[')
	first, last := span(e.Buckets)
	for i := first; i <= last; i++ {
		if i > first {
			b = append(b, ", "...)
		}
		var lo, hi int64
		hasMin, hasMax := true, true
		if m.Kind == Lhist {
			lo, hi, hasMin, hasMax = LhistBounds(i, m.LhistMin, m.LhistMax, m.LhistStep)
		} else {
			lo, hi, hasMin = HistBounds(i)
		}
		b = append(b, '{')
		if hasMin {
			b = append(b, `"min": `...)
			b = strconv.AppendInt(b, lo, 10)
			b = append(b, ", "...)
		}
		if hasMax {
			b = append(b, `"max": `...)
			b = strconv.AppendInt(b, hi, 10)
			b = append(b, ", "...)
		}
		b = append(b, `"count": `...)
		b = strconv.AppendUint(b, e.Buckets[i]/div, 10)
		b = append(b, '}')
	}
	return append(b, ']')
}

// AppendJSONString appends s quoted as a JSON string with 0.17's escapes:
// \" \\ \n \t \r, \u00XX for other control bytes. Bytes >= 0x80 pass through unchanged (0.17
// sign-extends them into invalid escapes such as \uffffffc3).
func AppendJSONString[T string | []byte](b []byte, s T) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
