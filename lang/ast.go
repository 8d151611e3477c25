// Package lang holds the tinytrace language: grammar, AST, type checker and
// bpftrace-style error rendering. It knows nothing about BPF.
package lang

import "github.com/tinytrace/tinytrace/lang/printf"

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
}

// ProbeKind says what a probe spec attaches to.
type ProbeKind int

const (
	KindBegin ProbeKind = iota
	KindEnd
	KindUSDT
	KindUprobe
	KindUretprobe
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
	}
	return "?"
}

// ProbeSpec is one probe as written: usdt:PATH[:PROVIDER]:NAME,
// uprobe:PATH:SYMBOL, uretprobe:PATH:SYMBOL, BEGIN or END.
type ProbeSpec struct {
	Span
	Kind     ProbeKind
	Path     string // as written (may be relative)
	Provider string // USDT only; "" when omitted
	Name     string // USDT probe name or uprobe symbol
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
	}
	return p.Kind.String() + ":" + p.Path + ":" + p.Name
}

// Stmt is a statement in an action block.
type Stmt interface {
	Node
	stmtNode()
}

// ExprStmt is a call used as a statement: printf(...), exit().
type ExprStmt struct {
	Span
	X Expr
}

// MapAssign is `@name = value`. Value is a *Call to count() for aggregations.
type MapAssign struct {
	Span
	Map   *MapRef
	Value Expr
}

func (*ExprStmt) stmtNode()  {}
func (*MapAssign) stmtNode() {}

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

// Builtin is a builtin variable: arg0..arg11, retval, pid, tid, nsecs, comm.
type Builtin struct {
	Span
	typed
	Name string
}

// MapRef names a global map, "@name" (or "@" for the bare map).
type MapRef struct {
	Span
	typed
	Name string
}

// Call is a function call. For printf, Check fills Format.
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

// Var is a scratch variable ($x) or positional parameter ($1). The
// checker rejects both for now; they are parsed so that the error is
// bpftrace's.
type Var struct {
	Span
	typed
	Name string // with the '$'
}

// Unary is `Op X` with Op one of ! - ~.
type Unary struct {
	Span
	typed
	Op string
	X  Expr
}
