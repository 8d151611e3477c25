package lang

import "fmt"

// TypeKind is the kind of a value.
type TypeKind int

const (
	TNone   TypeKind = iota // statements, exit(), printf()
	TInt                    // integers, always held in 64 bits
	TString                 // fixed-size NUL-padded string
	TCount                  // the value of count(): only assignable to a map
)

// Type is the static type of an expression.
type Type struct {
	Kind   TypeKind
	Size   int  // bytes: 8 for ints, buffer size for strings
	Signed bool // ints only
}

var (
	Int64  = Type{Kind: TInt, Size: 8, Signed: true}
	Uint64 = Type{Kind: TInt, Size: 8}
	None   = Type{Kind: TNone}
	Count  = Type{Kind: TCount, Size: 8} // count(): only a map can hold it
)

// String returns the type as bpftrace names it in errors: int64, uint64,
// string[16], count.
func (t Type) String() string {
	switch t.Kind {
	case TInt:
		if t.Signed {
			return fmt.Sprintf("int%d", t.Size*8)
		}
		return fmt.Sprintf("uint%d", t.Size*8)
	case TString:
		return fmt.Sprintf("string[%d]", t.Size)
	case TCount:
		return "count"
	}
	return "none"
}

// StringType is a string of n bytes including the terminating NUL.
func StringType(n int) Type { return Type{Kind: TString, Size: n} }
