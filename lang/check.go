package lang

import (
	"fmt"

	"github.com/tinytrace/tinytrace/lang/printf"
)

// mapReadsSupported gates reading a map's value in an expression (@y = @x,
// @x + 1). The checker could type such reads, but the compiler cannot emit
// them yet, so they are rejected with a clear message until it can.
const mapReadsSupported = false

// Check type-checks a parsed program: it sets the type of every expression,
// fills Call.Format for printf calls and records map value types in
// p.Maps. Errors use bpftrace's messages; all of them are returned, in
// source order, as an ErrorList. An error inside an expression is not
// repeated by the expressions around it (bpftrace does the same).
func Check(p *Program) error {
	if p == nil {
		return nil
	}
	c := &checker{p: p, assigned: assignedMaps(p)}
	p.Maps = map[string]Type{}
	c.uniqueBeginEnd()
	for _, pr := range p.Probes {
		c.probe(pr)
	}
	// String maps grow to their longest string: give every assignment's
	// map node the final type.
	for _, m := range c.targets {
		if t, ok := p.Maps[m.Name]; ok {
			m.setType(t)
		}
	}
	if len(c.errs) > 0 {
		return sortErrors(c.errs)
	}
	return nil
}

type checker struct {
	p        *Program
	errs     ErrorList
	cur      *Probe          // probe being checked
	assigned map[string]bool // maps assigned anywhere in the program
	targets  []*MapRef       // map nodes of assignments
}

func (c *checker) errorf(s Span, format string, args ...any) {
	c.errs = append(c.errs, c.p.errorAt(s, format, args...))
}

// assignedMaps lists the maps the program assigns. bpftrace lets a probe
// read a map that only a later probe assigns, so this is a separate pass.
func assignedMaps(p *Program) map[string]bool {
	m := map[string]bool{}
	for _, pr := range p.Probes {
		for _, st := range pr.Body {
			if as, ok := st.(*MapAssign); ok {
				m[as.Map.Name] = true
			}
		}
	}
	return m
}

// uniqueBeginEnd rejects a second BEGIN or END probe.
func (c *checker) uniqueBeginEnd() {
	seen := map[ProbeKind]bool{}
	for _, pr := range c.p.Probes {
		for _, sp := range pr.Specs {
			if sp.Kind != KindBegin && sp.Kind != KindEnd {
				continue
			}
			if seen[sp.Kind] {
				c.errorf(sp.Span, "More than one %s probe defined", sp.Kind)
			}
			seen[sp.Kind] = true
		}
	}
}

func (c *checker) probe(pr *Probe) {
	c.cur = pr
	if pr.Pred != nil {
		if t, ok := c.expr(pr.Pred); ok && t.Kind != TInt {
			c.errorf(pr.PredSpan, "Invalid type for predicate: %s", kindName(t, false))
		}
	}
	for _, st := range pr.Body {
		c.stmt(st)
	}
}

func (c *checker) stmt(st Stmt) {
	switch st := st.(type) {
	case *ExprStmt:
		c.expr(st.X)
	case *MapAssign:
		c.targets = append(c.targets, st.Map)
		if t, ok := c.value(st.Value); ok {
			c.assignMap(st.Map, t)
		}
	}
}

// value checks the right-hand side of a map assignment, the one place
// where count() is allowed and printf()/exit() get a dedicated message.
func (c *checker) value(e Expr) (Type, bool) {
	call, isCall := e.(*Call)
	if isCall && call.Name == "count" {
		t, ok := c.count(call)
		call.setType(t)
		return t, ok
	}
	if isCall && aggregations[call.Name] {
		c.errorf(nameSpan(call), "%s() is not supported by tinytrace yet", call.Name)
		call.setType(None)
		return None, false
	}
	t, ok := c.expr(e)
	if ok && isCall && (call.Name == "printf" || call.Name == "exit") {
		c.errorf(call.Span, "%s() should not be used in an assignment or as a map key", call.Name)
		return None, false
	}
	return t, ok
}

// assignMap records the map's value type, or reports a mismatch with the
// type it already holds. Integers of either sign mix (bpftrace allows
// @x = 1; @x = pid), strings of any length mix and the map keeps the
// longest.
func (c *checker) assignMap(m *MapRef, t Type) {
	old, seen := c.p.Maps[m.Name]
	switch {
	case !seen:
		c.p.Maps[m.Name] = t
	case old.Kind != t.Kind:
		// bpftrace 0.17 forgets the closing quote after the old type.
		c.errorf(m.Span, "Type mismatch for %s: trying to assign value of type '%s' when map already contains a value of type '%s'", m.Name, t, old)
	case t.Kind == TString && t.Size > old.Size:
		c.p.Maps[m.Name] = t
	}
}

// expr checks e and sets its type. ok is false when an error was reported
// in e; the type is then None.
func (c *checker) expr(e Expr) (Type, bool) {
	t, ok := c.exprType(e)
	if !ok {
		t = None
	}
	e.setType(t)
	return t, ok
}

func (c *checker) exprType(e Expr) (Type, bool) {
	switch e := e.(type) {
	case *IntLit:
		return Int64, true
	case *StrLit:
		return StringType(len(e.Value) + 1), true
	case *Builtin:
		return c.builtin(e)
	case *Var:
		return c.variable(e)
	case *MapRef:
		return c.mapRead(e)
	case *Call:
		return c.call(e)
	case *Unary:
		return c.unary(e)
	case *Binary:
		return c.binary(e)
	}
	return None, false
}

func (c *checker) builtin(b *Builtin) (Type, bool) {
	if _, ok := argIndex(b.Name); ok {
		if !c.probesAre(KindUSDT, KindUprobe) {
			c.errorf(b.Span, "The %s builtin can only be used with 'kprobes', 'uprobes' and 'usdt' probes", b.Name)
			return None, false
		}
		return Uint64, true
	}
	switch b.Name {
	case "retval":
		if !c.probesAre(KindUretprobe) {
			c.errorf(b.Span, "The retval builtin can only be used with 'kretprobe' and 'uretprobe' and 'kfunc' probes")
			return None, false
		}
		return Uint64, true
	case "pid", "tid", "nsecs":
		return Uint64, true
	case "comm":
		return StringType(16), true
	}
	if bpftraceBuiltins[b.Name] || isSarg(b.Name) {
		c.errorf(b.Span, "The %s builtin is not supported by tinytrace yet", b.Name)
		return None, false
	}
	c.errorf(b.Span, "Unknown identifier: '%s'", b.Name)
	return None, false
}

// isSarg matches bpftrace's stack-argument builtins sarg0..sarg9.
func isSarg(name string) bool {
	return len(name) == 5 && name[:4] == "sarg" && isDigit(name[4])
}

// probesAre reports whether every spec of the current probe is one of kinds.
func (c *checker) probesAre(kinds ...ProbeKind) bool {
	for _, sp := range c.cur.Specs {
		found := false
		for _, k := range kinds {
			found = found || sp.Kind == k
		}
		if !found {
			return false
		}
	}
	return true
}

func (c *checker) variable(v *Var) (Type, bool) {
	if isDigit(v.Name[1]) {
		c.errorf(v.Span, "Positional parameters such as %s are not supported by tinytrace yet", v.Name)
		return None, false
	}
	c.errorf(v.Span, "Undefined or undeclared variable: %s", v.Name)
	return None, false
}

func (c *checker) mapRead(m *MapRef) (Type, bool) {
	if !c.assigned[m.Name] {
		c.errorf(m.Span, "Undefined map: %s", m.Name)
		return None, false
	}
	if !mapReadsSupported {
		c.errorf(m.Span, "%s used as a value is not supported yet (maps can only be assigned)", m.Name)
		return None, false
	}
	// TODO: when reads are enabled, type them from p.Maps (which needs the
	// value types of all assignments first, as bpftrace's repeated passes).
	t, ok := c.p.Maps[m.Name]
	return t, ok
}

// nameSpan is the span of a call's function name.
func nameSpan(call *Call) Span {
	end := call.Span.Start
	end.Col += len(call.Name)
	return Span{call.Span.Start, end}
}

func (c *checker) call(call *Call) (Type, bool) {
	switch call.Name {
	case "printf":
		return c.printf(call)
	case "exit":
		if len(call.Args) > 0 {
			c.errorf(call.Span, "exit() requires no arguments (%d provided)", len(call.Args))
			return None, false
		}
		return None, true
	}
	if aggregations[call.Name] {
		c.errorf(call.Span, "%s() should be directly assigned to a map", call.Name)
		if call.Name == "count" {
			c.count(call) // bpftrace also reports its arguments
		}
		return None, false
	}
	if bpftraceFunctions[call.Name] || bpftraceBuiltins[call.Name] {
		c.errorf(nameSpan(call), "%s() is not supported by tinytrace yet", call.Name)
		return None, false
	}
	c.errorf(nameSpan(call), "Unknown function: %s", call.Name)
	return None, false
}

// aggregations are bpftrace's functions whose value only a map can hold.
var aggregations = map[string]bool{
	"count": true, "sum": true, "avg": true, "min": true, "max": true, "stats": true, "hist": true, "lhist": true,
}

// count checks count()'s arguments; the caller decides if it may appear.
func (c *checker) count(call *Call) (Type, bool) {
	if len(call.Args) > 0 {
		c.errorf(call.Span, "count() requires no arguments (%d provided)", len(call.Args))
		return None, false
	}
	return Count, true
}

func (c *checker) printf(call *Call) (Type, bool) {
	if len(call.Args) == 0 {
		c.errorf(call.Span, "printf() requires at least one argument (0 provided)")
		return None, false
	}
	ok := true
	for _, a := range call.Args {
		_, aok := c.expr(a)
		ok = ok && aok
	}
	if !ok {
		return None, false
	}
	lit, isLit := call.Args[0].(*StrLit)
	if !isLit {
		c.errorf(call.Span, "printf() expects a string literal (%s provided)", kindName(call.Args[0].Type(), true))
		return None, false
	}
	f, err := printf.Parse(lit.Value)
	if err != nil {
		c.errorf(call.Span, "printf: %v", err)
		return None, false
	}
	if msg := printfArgs(f.Verbs(), call.Args[1:]); msg != "" {
		c.errorf(call.Span, "printf: %s", msg)
		return None, false
	}
	call.Format = f
	return None, true
}

// printfArgs matches arguments to verbs, in bpftrace's words; "" if they
// match. Only the first mismatching argument is reported, as by bpftrace.
func printfArgs(verbs []*printf.Verb, args []Expr) string {
	if len(args) < len(verbs) {
		return fmt.Sprintf("Not enough arguments for format string (%d supplied, %d expected)", len(args), len(verbs))
	}
	if len(args) > len(verbs) {
		return fmt.Sprintf("Too many arguments for format string (%d supplied, %d expected)", len(args), len(verbs))
	}
	for i, v := range verbs {
		t := args[i].Type()
		want := TInt
		if v.IsString() {
			want = TString
		}
		if t.Kind != want {
			return fmt.Sprintf("%%%s%c specifier expects a value of type %s (%s supplied)",
				v.Length, v.Conv, kindName(Type{Kind: want}, true), kindName(t, true))
		}
	}
	return ""
}

// kindName names a type without its size, as bpftrace's messages do:
// "integer" (or the int's own name when !generic), "string", "none",
// "count".
func kindName(t Type, generic bool) string {
	switch t.Kind {
	case TInt:
		if generic {
			return "integer"
		}
	case TString:
		return "string"
	}
	return t.String()
}

func (c *checker) unary(u *Unary) (Type, bool) {
	t, ok := c.expr(u.X)
	if !ok {
		return None, false
	}
	if t.Kind != TInt {
		op := Span{u.Span.Start, Pos{u.Span.Start.Line, u.Span.Start.Col + len(u.Op)}}
		c.errorf(op, "The %s operator can not be used on expressions of type '%s'", u.Op, t)
		return None, false
	}
	if u.Op == "!" {
		return Int64, true
	}
	return t, true
}

// boolOps yield 0 or 1.
var boolOps = map[string]bool{
	"==": true, "!=": true, "<": true, "<=": true, ">": true, ">=": true, "&&": true, "||": true,
}

func (c *checker) binary(b *Binary) (Type, bool) {
	xt, xok := c.expr(b.X)
	yt, yok := c.expr(b.Y)
	if !xok || !yok {
		return None, false
	}
	switch {
	case xt.Kind == TInt && yt.Kind == TInt:
		if boolOps[b.Op] {
			return Int64, true
		}
		// Unsigned wins, as in C for 64-bit operands.
		return Type{Kind: TInt, Size: 8, Signed: xt.Signed && yt.Signed}, true
	case xt.Kind != yt.Kind:
		c.errorf(b.Span, "Type mismatch for '%s': comparing '%s' with '%s'", b.Op, xt, yt)
		return None, false
	case xt.Kind == TString && (b.Op == "==" || b.Op == "!="):
		// bpftrace compares strings up to the shorter buffer's NUL.
		return Int64, true
	}
	c.errorf(b.OpSpan, "The %s operator can not be used on expressions of types %s, %s", b.Op, xt, yt)
	return None, false
}
