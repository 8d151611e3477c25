package lang

import "fmt"

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
)

// Type is the static type of an expression.
type Type struct {
	Kind   TypeKind
	Size   int  // bytes: 8 for ints, aggregations and probe, buffer size for strings
	Signed bool // ints, and aggregations of signed values
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
	}
	if name, ok := aggregationNames[t.Kind]; ok {
		return name
	}
	return "none"
}

// StringType is a string of n bytes including the terminating NUL.
func StringType(n int) Type { return Type{Kind: TString, Size: n} }
