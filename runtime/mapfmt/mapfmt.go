// Package mapfmt formats tinytrace maps exactly as bpftrace 0.17 prints them,
// as text (the default) and as JSON lines (-f json).
//
// It is pure: it knows nothing about BPF map layouts. The runtime decodes each
// BPF entry into a key ([]Value) and per-CPU value slots ([][]int64), and
// Map.Add merges the CPUs:
//
//	m := &mapfmt.Map{Name: "@lat", Kind: mapfmt.Hist}
//	for each BPF entry { m.Add(key, perCPU) }
//	mapfmt.Print(w, m, 0, 0)
//
// Per-CPU slot layout (one []int64 per CPU, 64-bit slots, as in BPF):
//
//	Count, Sum, Int   [value]
//	Min, Max          [value, seen]   seen != 0 once the CPU stored a value
//	Avg, Stats        [count, total]
//	Hist              HistBuckets slots, indexed by HistBucket
//	Lhist             LhistBuckets(min, max, step) slots, indexed by LhistBucket
//
// String and Tuple maps are not per-CPU: set Entry.Val directly.
//
// Key fields: 0.17 prints every 8-byte integer key field signed, even u64
// ones such as arg0 ((uint64)-1 prints -1); decode them with I to match, and
// use U only for narrower unsigned fields ((uint32)-1 prints 4294967295).
package mapfmt

import "math"

// Kind is how a map's values are aggregated and printed.
type Kind uint8

const (
	Count Kind = iota
	Sum
	Min
	Max
	Avg
	Stats
	Hist
	Lhist
	Int    // plain integer assignment: @x = 5
	String // @x = "str"
	Tuple  // @x = (1, "a")
)

// ValueKind is the type of a key field or tuple element.
type ValueKind uint8

const (
	VInt    ValueKind = iota // signed 64-bit
	VUint                    // unsigned 64-bit, bits in Value.Int
	VString                  // Value.Str, without the trailing NUL
	VTuple                   // Value.Tuple
)

// Value is a key field, a tuple element, or the value of a String or Tuple map.
type Value struct {
	Kind  ValueKind
	Int   int64
	Str   string
	Tuple []Value
}

// I, U, S and T build Values.
func I(v int64) Value        { return Value{Kind: VInt, Int: v} }
func U(v uint64) Value       { return Value{Kind: VUint, Int: int64(v)} }
func S(s string) Value       { return Value{Kind: VString, Str: s} }
func T(vs ...Value) Value    { return Value{Kind: VTuple, Tuple: vs} }
func (v Value) uint() uint64 { return uint64(v.Int) }

// Entry is one merged key of a map.
type Entry struct {
	Key     []Value  // one per key field; empty for a keyless map
	Int     int64    // Count, Sum, Min, Max, Int (uint64 bits for Count and Unsigned maps)
	Count   uint64   // Avg, Stats: number of samples
	Total   int64    // Avg, Stats: sum of samples (uint64 bits when Unsigned)
	Buckets []uint64 // Hist, Lhist: counts indexed by HistBucket / LhistBucket
	Val     Value    // String, Tuple
}

// Map is a user map ready to print.
type Map struct {
	Name string // "@x", or "@" for the bare map
	Kind Kind
	// Unsigned makes Sum, Min, Max, Int, Avg and Stats values uint64 (for
	// printing, sorting and division), e.g. sum(arg0). Count is always unsigned.
	Unsigned bool
	// Lhist range; only for Kind == Lhist.
	LhistMin, LhistMax, LhistStep int64
	Entries                       []Entry
}

// Add merges one BPF entry's per-CPU slots (see the package comment) and
// appends it under key.
func (m *Map) Add(key []Value, perCPU [][]int64) {
	e := Merge(m.Kind, m.Unsigned, perCPU)
	e.Key = key
	m.Entries = append(m.Entries, e)
}

// Merge combines per-CPU slots into one Entry (without a key). Count, Sum,
// Int and bucket counts add up; Min and Max take the extreme over the CPUs
// that have seen a value, so max() over only negative values is right (0.17
// prints nothing) and a key no CPU has seen (after zero()) prints 0; Avg and
// Stats add counts and totals, and the average is taken at print time.
func Merge(kind Kind, unsigned bool, perCPU [][]int64) Entry {
	var e Entry
	switch kind {
	case Count, Sum, Int:
		for _, s := range perCPU {
			e.Int += s[0]
		}
	case Min, Max:
		seen := false
		for _, s := range perCPU {
			if s[1] == 0 {
				continue
			}
			if !seen || better(kind, unsigned, s[0], e.Int) {
				e.Int = s[0]
			}
			seen = true
		}
	case Avg, Stats:
		for _, s := range perCPU {
			e.Count += uint64(s[0])
			e.Total += s[1]
		}
	case Hist, Lhist:
		n := 0
		for _, s := range perCPU {
			n = max(n, len(s))
		}
		e.Buckets = make([]uint64, n)
		for _, s := range perCPU {
			for i, c := range s {
				e.Buckets[i] += uint64(c)
			}
		}
	}
	return e
}

// better reports whether v should replace cur as the min (or max).
func better(kind Kind, unsigned bool, v, cur int64) bool {
	less := v < cur
	if unsigned {
		less = uint64(v) < uint64(cur)
	}
	if kind == Min {
		return less
	}
	return v != cur && !less
}

// average is total/count truncated toward zero, as bpftrace computes it; 0
// for a zeroed entry.
func (m *Map) average(e *Entry) int64 {
	if e.Count == 0 {
		return 0
	}
	if m.Unsigned {
		return int64(uint64(e.Total) / e.Count)
	}
	if e.Count > math.MaxInt64 {
		return 0
	}
	return e.Total / int64(e.Count)
}

// unsignedValue reports whether Entry.Int (or the average) prints as uint64.
func (m *Map) unsignedValue() bool { return m.Kind == Count || m.Unsigned }
