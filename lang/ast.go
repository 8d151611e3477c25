// Package lang holds the tinytrace language: grammar, AST, type checker and
// bpftrace-style error rendering. It knows nothing about BPF.
package lang

import (
	"strconv"
	"strings"
	"time"

	"github.com/tinytrace/tinytrace/lang/printf"
)

// Pos is a 1-based line and column in the source.
type Pos struct {
	Line, Col int
}

// Span is a source range; End is exclusive (the column just after the last
// character), matching bpftrace's "LINE:COL-ENDCOL" notation.
type Span struct {
	Start, End Pos
}

// Range returns the span itself; embedding Span gives every node Range().
func (s Span) Range() Span { return s }

// Node is anything with a source range.
type Node interface {
	Range() Span
}

// Program is a parsed (and, after Check, typed) script.
type Program struct {
	File   string // "stdin" for -e programs
	Src    string
	Probes []*Probe
	// Maps is the value type of every map the program assigns, keyed by
	// name ("@x", "@"); set by Check. Integer maps take the type of their
	// first assignment, string maps the longest string assigned.
	Maps map[string]Type
	// MapInfo describes every map the program assigns, keyed by name as
	// Maps: key types, value type and lhist bounds; set by Check. It is
	// what a compiler needs to lay each map out.
	MapInfo map[string]*MapDecl

	lines   []string // Src split into lines, for error excerpts
	linesOf string   // the Src lines was split from
}

// Probe is one action block with the probe specs that share it.
type Probe struct {
	Span
	Specs    []*ProbeSpec
	Pred     Expr // nil when there is no predicate
	PredSpan Span // the predicate with its slashes; zero when Pred is nil
	Body     []Stmt
	// Vars are the probe's scratch variables with their types, set by
	// Check (strings: the longest string assigned).
	Vars map[string]Type
}

// ProbeKind says what a probe spec attaches to.
type ProbeKind int

const (
	KindBegin ProbeKind = iota
	KindEnd
	KindUSDT
	KindUprobe
	KindUretprobe
	KindInterval // interval:UNIT:N (alias i:UNIT:N); Unit and Period say how often
)

func (k ProbeKind) String() string {
	switch k {
	case KindBegin:
		return "BEGIN"
	case KindEnd:
		return "END"
	case KindUSDT:
		return "usdt"
	case KindUprobe:
		return "uprobe"
	case KindUretprobe:
		return "uretprobe"
	case KindInterval:
		return "interval"
	}
	return "?"
}

// ProbeSpec is one probe as written: usdt:PATH[:PROVIDER]:NAME,
// uprobe:PATH:SYMBOL, uretprobe:PATH:SYMBOL, interval:UNIT:N, BEGIN or END.
type ProbeSpec struct {
	Span
	Kind     ProbeKind
	Path     string // as written (may be relative)
	Provider string // USDT only; "" when omitted
	Name     string // USDT probe name or uprobe symbol; "" for a uprobe at an address
	// Uprobes only: Offset is the N of SYMBOL+N; Address the A of 0xA
	// (then Name is "").
	Offset  uint64
	Address uint64
	// Parent is set on the concrete specs the runtime expands a spec into
	// (wildcards, library names, -p objects): it is the spec as written,
	// the one in Probe.Specs. Expanded specs keep its Span for errors.
	Parent *ProbeSpec
	// Interval probes only: Unit is "s", "ms", "us" or "hz" (bpftrace
	// 0.17's units) and Period the number written after it (>= 1). With
	// "hz" the probe fires Period times a second; Every gives the period
	// as a duration for every unit.
	Unit   string
	Period uint64
}

// Every is how often an interval probe fires (0 for other kinds).
func (p *ProbeSpec) Every() time.Duration {
	if p.Kind != KindInterval || p.Period == 0 {
		return 0
	}
	switch p.Unit {
	case "s":
		return time.Duration(p.Period) * time.Second
	case "ms":
		return time.Duration(p.Period) * time.Millisecond
	case "us":
		return time.Duration(p.Period) * time.Microsecond
	case "hz":
		return time.Second / time.Duration(p.Period)
	}
	return 0
}

// String renders the spec the way bpftrace prints it (the `probe` builtin).
func (p *ProbeSpec) String() string {
	switch p.Kind {
	case KindBegin, KindEnd:
		return p.Kind.String()
	case KindUSDT:
		if p.Provider == "" {
			return "usdt:" + p.Path + ":" + p.Name
		}
		return "usdt:" + p.Path + ":" + p.Provider + ":" + p.Name
	case KindInterval:
		return "interval:" + p.Unit + ":" + strconv.FormatUint(p.Period, 10)
	}
	name := p.Name
	switch {
	case p.Name == "":
		name = strconv.FormatUint(p.Address, 10) // bpftrace 0.17 prints addresses in decimal
	case p.Offset != 0:
		name += "+" + strconv.FormatUint(p.Offset, 10)
	}
	return p.Kind.String() + ":" + p.Path + ":" + name
}

// AsWritten returns the spec in the program's source that p was expanded
// from, or p itself.
func (p *ProbeSpec) AsWritten() *ProbeSpec {
	for p.Parent != nil {
		p = p.Parent
	}
	return p
}

// HasWildcard reports whether a USDT or uprobe spec has a '*' in its path,
// provider or name, so it stands for every probe that matches.
func (p *ProbeSpec) HasWildcard() bool {
	switch p.Kind {
	case KindUSDT, KindUprobe, KindUretprobe:
		return strings.Contains(p.Path+p.Provider+p.Name, "*")
	}
	return false
}

// Stmt is a statement in an action block.
type Stmt interface {
	Node
	stmtNode()
}

// ExprStmt is an expression used as a statement: printf(...), exit(),
// print(@m), clear(@m), zero(@m), delete(@m[k]), time(), @x++ (an
// *IncDec), or any other expression (evaluated for its effects).
type ExprStmt struct {
	Span
	X Expr
}

// MapAssign is `@name = value`, `@name[k1, k2] = value`, or a compound
// assignment `@name[...] OP= value`.
//
// Value is the right-hand side as written. For aggregations it is a *Call
// to count, sum, avg, min, max, stats, hist or lhist (only allowed with
// Op == "").
//
// Keys is Map.Keys (the same slice): the key expressions, nil for an
// unkeyed map. A compiler that only handles unkeyed maps must reject
// len(Keys) > 0.
//
// Op is "" for plain `=`; for a compound assignment it is the binary
// operator without the "=": one of + - * / % & | ^ << >> (`@x += v` has
// Op "+" and means @x = @x + v, where a missing key reads as 0). A
// compiler that does not implement compound assignment must reject
// Op != "".
type MapAssign struct {
	Span
	Map    *MapRef
	Value  Expr
	Keys   []Expr
	Op     string
	OpSpan Span // the "=" or "OP=" token
}

// AssignVar is `$name = value` or a compound `$name OP= value` (Op as in
// MapAssign). A scratch variable is local to one probe's action and
// takes the type of its first assignment (strings: the longest assigned).
type AssignVar struct {
	Span
	Var    *Var
	Value  Expr
	Op     string
	OpSpan Span // the "=" or "OP=" token (bpftrace reports type mismatches there)
}

// If is `if (Cond) { Then } else { Else }`; `else if` is an Else holding
// one *If. Else is nil without an else branch.
type If struct {
	Span
	Cond Expr
	Then []Stmt
	Else []Stmt
}

// While is `while (Cond) { Body }`. Compiled loops also stop when their
// action's iteration budget is spent (see compiler/flow.go), so that the
// kernel verifier can prove they end.
type While struct {
	Span
	Cond Expr
	Body []Stmt
}

// Unroll is `unroll (Count) { Body }`: Body repeated N times (1..100),
// where Count is an integer literal or a positional parameter; Check sets N.
type Unroll struct {
	Span
	Count Expr
	N     int
	Body  []Stmt
}

// Jump is `return` (ends the action), `break` or `continue` (innermost
// while loop).
type Jump struct {
	Span
	Kind string // "return", "break" or "continue"
}

func (*ExprStmt) stmtNode()  {}
func (*MapAssign) stmtNode() {}
func (*AssignVar) stmtNode() {}
func (*If) stmtNode()        {}
func (*While) stmtNode()     {}
func (*Unroll) stmtNode()    {}
func (*Jump) stmtNode()      {}

// Expr is an expression; after Check, Type() is set.
type Expr interface {
	Node
	Type() Type
	setType(Type)
}

// typed is embedded by every expression node.
type typed struct{ T Type }

func (t *typed) Type() Type     { return t.T }
func (t *typed) setType(x Type) { t.T = x }

// IntLit is an integer literal (decimal or hex).
type IntLit struct {
	Span
	typed
	Value uint64
}

// StrLit is a string literal with escapes already decoded.
type StrLit struct {
	Span
	typed
	Value string
}

// Builtin is a builtin variable: arg0..arg11, retval, pid, tid, nsecs,
// comm, elapsed, cpu, uid, gid (unsigned ints) and probe (ProbeType).
type Builtin struct {
	Span
	typed
	Name string
}

// MapRef names a global map, "@name" (or "@" for the bare map), with its
// key expressions when indexed: `@m[k1, k2]`. Span covers the keys.
//
// As an expression it reads the value at Keys (0 or "" when the key is
// missing); its type is the map's value type. As MapAssign.Map it is the
// target, and as the argument of print, clear, zero or delete it names
// the map (delete's Keys say which element).
type MapRef struct {
	Span
	typed
	Name string
	Keys []Expr // nil when not indexed
}

// Call is a function call. For printf, Check fills Format.
//
// Names the checker accepts: printf, exit, print, clear, zero, delete,
// time (statements only, type None), str (type string[StrLen]), and the
// aggregations count, sum, avg, min, max, stats, hist, lhist (only as the
// whole Value of a plain MapAssign). Literal arguments (lhist's bounds,
// print's top and div) can be read with IntLiteral.
type Call struct {
	Span
	typed
	Name   string
	Args   []Expr
	Format *printf.Format // printf only, set by Check
}

// Binary is `X Op Y` with Op one of + - * / % & | ^ << >> == != < <= > >=
// && ||.
type Binary struct {
	Span
	typed
	Op     string
	X, Y   Expr
	OpSpan Span // the operator itself (some errors underline only it)
}

// Var is a scratch variable ($x) or a positional parameter ($1, $#). As
// an expression it reads the variable; as AssignVar.Var it is the target.
// For a positional parameter Check sets Param: its integer value (the
// count for $#), and Text, the argument as given ("" when missing), which
// str($N) yields.
type Var struct {
	Span
	typed
	Name  string // with the '$'
	Param *Param
}

// Param is a positional parameter's value.
type Param struct {
	Int  int64
	Text string
}

// IsPositional reports whether a variable name is a positional parameter.
func IsPositional(name string) bool {
	return len(name) > 1 && (isDigit(name[1]) || name[1] == '#')
}

// Unary is `Op X` with Op one of ! - ~.
type Unary struct {
	Span
	typed
	Op string
	X  Expr
}

// Ternary is `Cond ? X : Y`; X and Y are both integers or both strings
// (the type is the longer string), or both tuples.
type Ternary struct {
	Span
	typed
	Cond, X, Y Expr
}

// Cast is `(Name)X`: an integer converted to int8..int64 or uint8..uint64.
// The value is X truncated to the smaller of the two sizes, then extended
// by the target's signedness, as bpftrace does. NameSpan is the
// parenthesised type, where errors point.
type Cast struct {
	Span
	typed
	Name     string
	NameSpan Span
	X        Expr
}

// Tuple is `(a, b, ...)`, two or more values.
type Tuple struct {
	Span
	typed
	Elems []Expr
}

// Field is `X.N`, element N of a tuple.
type Field struct {
	Span
	typed
	X     Expr
	Index int
}

// IncDec is `X++`, `X--` (Post) or `++X`, `--X` where X is a *MapRef
// (possibly keyed) or a *Var. It adds or subtracts one and yields the
// value before (Post) or after the change. It is an expression in bpftrace
// (`$a = @x++` is legal); as a statement it is an ExprStmt's X. A map
// that is only ever incremented holds an int64 (missing keys start at 0).
type IncDec struct {
	Span
	typed
	Op   string // "++" or "--"
	Post bool
	X    Expr
}

// MapDecl is what Check learned about one map.
type MapDecl struct {
	Name string // "@name" or "@"
	// Keys are the key types in order; nil for an unkeyed map. Integer
	// keys are Int64 (bpftrace prints keys signed), string keys the
	// longest string used for that key (strings of any length mix), probe
	// keys Probe.
	Keys []Type
	// Value is the value type. Its Kind says how the map is laid out:
	// TInt (first assignment's signedness), TString (longest string
	// assigned), TProbe, TCount, TSum, TMin, TMax, TAvg, TStats, THist or
	// TLhist (Signed: the aggregated values are signed).
	Value Type
	Lhist *LhistParams // TLhist maps only

	keysSet, valueSet bool // while checking: whether Keys / Value are known
}

// LhistParams are the literal bounds of an lhist map.
type LhistParams struct {
	Min, Max, Step int64
}

// IntLiteral returns the value of an integer literal, or of a negated one
// (`-1`); ok is false for any other expression.
func IntLiteral(e Expr) (v int64, ok bool) {
	switch e := e.(type) {
	case *IntLit:
		return int64(e.Value), true
	case *Unary:
		if lit, isLit := e.X.(*IntLit); isLit && e.Op == "-" {
			return -int64(lit.Value), true
		}
	}
	return 0, false
}
