package lang

import (
	"fmt"
	"strings"
)

// TypeKind is the kind of a value.
type TypeKind int

const (
	TNone   TypeKind = iota // statements, exit(), printf()
	TInt                    // integers, always held in 64 bits
	TString                 // fixed-size NUL-padded string
	TCount                  // the value of count(): only a map can hold it

	// The values of the other aggregations. Like count(), they only exist
	// as the value of a map (one map holds one kind); reading such a map
	// yields the aggregation's type, which bpftrace 0.17 does not let
	// arithmetic, printf or comparisons use.
	TSum   // sum(x)
	TMin   // min(x)
	TMax   // max(x)
	TAvg   // avg(x)
	TStats // stats(x): count, average and total
	THist  // hist(x): power-of-two histogram
	TLhist // lhist(x, min, max, step): linear histogram (bounds in MapDecl.Lhist)

	// TProbe is the type of the probe builtin: the name of the probe that
	// fired. bpftrace keeps it apart from strings (it is a probe id that
	// userspace turns into the name): printf's %s and print() accept it,
	// it can be a map key or value, but it does not compare with strings.
	TProbe

	// TUstack is a user stack (ustack): the stack id in the program's
	// stack map plus the process id, symbolised in userspace. Like TProbe
	// it prints as text but is not a string.
	TUstack
	// TUsym is a user address with its process id (usym(), func),
	// printed as the symbol containing it.
	TUsym

	// TTuple is a tuple of values (Elems), laid out like a C struct of
	// 8-byte integers and strings padded to 8 bytes: Size is the total.
	TTuple
)

// Type is the static type of an expression.
type Type struct {
	Kind   TypeKind
	Size   int  // bytes: 8 for ints, aggregations and probe, buffer size for strings
	Signed bool // ints, and aggregations of signed values
	// Tuple holds a tuple's element types (a pointer keeps Type
	// comparable with ==; nil for every other kind).
	Tuple *TupleElems
}

// TupleElems are the element types of a tuple.
type TupleElems struct{ Types []Type }

// Elems returns a tuple's element types (nil for other kinds).
func (t Type) Elems() []Type {
	if t.Tuple == nil {
		return nil
	}
	return t.Tuple.Types
}

var (
	Int64     = Type{Kind: TInt, Size: 8, Signed: true}
	Uint64    = Type{Kind: TInt, Size: 8}
	None      = Type{Kind: TNone}
	Count     = Type{Kind: TCount, Size: 8}  // count(): only a map can hold it
	ProbeType = Type{Kind: TProbe, Size: 8}  // the probe builtin
	Ustack    = Type{Kind: TUstack, Size: 8} // ustack: see compiler.PackStack
	Usym      = Type{Kind: TUsym, Size: 16}  // usym(addr), func: [addr, pid]
)

// PrintsAsText reports whether printf's %s, print() and map output show t
// as text: strings, and the values userspace turns into names (probe,
// ustack, usym).
func (t Type) PrintsAsText() bool {
	switch t.Kind {
	case TString, TProbe, TUstack, TUsym:
		return true
	}
	return false
}

// aggregationNames are the names bpftrace gives the aggregation types in
// its messages (also the function that makes them).
var aggregationNames = map[TypeKind]string{
	TCount: "count", TSum: "sum", TMin: "min", TMax: "max", TAvg: "avg",
	TStats: "stats", THist: "hist", TLhist: "lhist",
}

// IsAggregation reports whether t is the value of an aggregation function
// (count, sum, min, max, avg, stats, hist, lhist).
func (t Type) IsAggregation() bool {
	_, ok := aggregationNames[t.Kind]
	return ok
}

// String returns the type as bpftrace names it in errors: int64,
// unsigned int64, string[16], count, hist, probe.
func (t Type) String() string {
	switch t.Kind {
	case TInt:
		if t.Signed {
			return fmt.Sprintf("int%d", t.Size*8)
		}
		return fmt.Sprintf("unsigned int%d", t.Size*8)
	case TString:
		return fmt.Sprintf("string[%d]", t.Size)
	case TProbe:
		return "probe"
	case TUstack:
		return "ustack"
	case TUsym:
		return "usym"
	case TTuple:
		names := make([]string, len(t.Elems()))
		for i, e := range t.Elems() {
			names[i] = e.String()
		}
		return "(" + strings.Join(names, ",") + ")"
	}
	if name, ok := aggregationNames[t.Kind]; ok {
		return name
	}
	return "none"
}

// StringType is a string of n bytes including the terminating NUL.
func StringType(n int) Type { return Type{Kind: TString, Size: n} }

// TupleType lays out a tuple of the given element types.
func TupleType(elems []Type) Type {
	size := 0
	for _, e := range elems {
		size += FieldSize(e)
	}
	return Type{Kind: TTuple, Size: size, Tuple: &TupleElems{Types: elems}}
}

// FieldSize is the bytes a value of type t takes as a tuple element, a
// record field or a map key: strings padded to 8 bytes, tuples their size,
// everything else 8.
func FieldSize(t Type) int {
	switch t.Kind {
	case TString, TTuple, TUsym:
		return (t.Size + 7) &^ 7
	}
	return 8
}

// FieldOffset is the byte offset of element i of a tuple type.
func (t Type) FieldOffset(i int) int {
	off := 0
	for _, e := range t.Elems()[:i] {
		off += FieldSize(e)
	}
	return off
}

// Same reports whether two types are the same, strings of any size being
// the same (as bpftrace lets them mix), and integers of any size.
func (t Type) Same(u Type) bool {
	if t.Kind != u.Kind {
		return false
	}
	if t.Kind != TTuple {
		return true
	}
	if len(t.Elems()) != len(u.Elems()) {
		return false
	}
	for i := range t.Elems() {
		if !t.Elems()[i].Same(u.Elems()[i]) {
			return false
		}
	}
	return true
}

// Widen is the type that holds values of both t and u (which are Same):
// the longer string, the wider integer (signed when t is), tuples element
// by element.
func (t Type) Widen(u Type) Type {
	switch t.Kind {
	case TString:
		if u.Size > t.Size {
			return u
		}
	case TInt:
		if u.Size > t.Size {
			return Type{Kind: TInt, Size: u.Size, Signed: t.Signed}
		}
	case TTuple:
		elems := make([]Type, len(t.Elems()))
		for i := range t.Elems() {
			elems[i] = t.Elems()[i].Widen(u.Elems()[i])
		}
		return TupleType(elems)
	}
	return t
}
