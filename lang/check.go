package lang

import (
	"fmt"
	"strings"

	"github.com/tinytrace/tinytrace/lang/printf"
)

// mapReadsSupported gates reading a map's value in an expression (@y = @x,
// @x + 1, @start[tid]).
const mapReadsSupported = true

// DefaultStrLen is bpftrace's default BPFTRACE_STRLEN: the size of str()'s
// result, NUL included.
const DefaultStrLen = 64

// CheckOptions are the settings that change how a script is typed.
type CheckOptions struct {
	// StrLen is the size in bytes of str()'s result, NUL included
	// (BPFTRACE_STRLEN). 0 means DefaultStrLen.
	StrLen int
	// Params are the positional parameters $1..$N (the command line's
	// arguments after the program).
	Params []string
}

// Check type-checks a parsed program with the default options; see
// CheckWith.
func Check(p *Program) error { return CheckWith(p, CheckOptions{}) }

// CheckWith type-checks a parsed program: it sets the type of every
// expression, fills Call.Format for printf calls, records map value types
// in p.Maps, map layouts in p.MapInfo and each probe's scratch variables
// in Probe.Vars. Errors use bpftrace's messages; all of them are returned,
// in source order, as an ErrorList. An error inside an expression is not
// repeated by the expressions around it (bpftrace does the same).
func CheckWith(p *Program, opts CheckOptions) error {
	if p == nil {
		return nil
	}
	if opts.StrLen <= 0 {
		opts.StrLen = DefaultStrLen
	}
	c := &checker{p: p, opts: opts, defined: definedMaps(p), maps: map[string]*MapDecl{}, lhists: map[*Call]*LhistParams{}}
	// bpftrace checks a script in passes until types settle, so that a
	// probe can read a map only a later probe assigns. Two passes do it
	// here: the first learns map keys and values, the second reports.
	c.pass()
	c.errs, c.targets = nil, nil
	c.final = true
	c.pass()
	p.Maps = map[string]Type{}
	p.MapInfo = map[string]*MapDecl{}
	for name, d := range c.maps {
		if !d.valueSet {
			continue
		}
		if len(d.Keys) == 0 {
			d.Keys = nil
		}
		p.Maps[name] = d.Value
		p.MapInfo[name] = d
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
	final   bool // the second pass: what is still unknown defaults
	p       *Program
	opts    CheckOptions
	errs    ErrorList
	cur     *Probe                 // probe being checked
	defined map[string]bool        // maps assigned anywhere in the program
	maps    map[string]*MapDecl    // what is known of each map so far
	lhists  map[*Call]*LhistParams // bounds of valid lhist() calls
	vars    map[string]Type        // the current probe's variables
	varRefs []*Var                 // the current probe's variable nodes
	targets []*MapRef              // map nodes of assignments
	loops   int                    // while loops around the statement being checked
}

func (c *checker) errorf(s Span, format string, args ...any) {
	c.errs = append(c.errs, c.p.errorAt(s, format, args...))
}

func (c *checker) pass() {
	c.uniqueBeginEnd()
	for _, pr := range c.p.Probes {
		c.probe(pr)
	}
}

// definedMaps lists the maps the program assigns or increments. bpftrace
// lets a probe read a map that only a later probe assigns, so this is a
// separate pass.
func definedMaps(p *Program) map[string]bool {
	m := map[string]bool{}
	note := func(e Expr) {
		if x, ok := e.(*IncDec); ok {
			if mr, ok := x.X.(*MapRef); ok {
				m[mr.Name] = true
			}
		}
	}
	for _, pr := range p.Probes {
		WalkExprs(pr, note)
		WalkStmts(pr.Body, func(st Stmt) {
			if st, ok := st.(*MapAssign); ok {
				m[st.Map.Name] = true
			}
		})
	}
	return m
}

// WalkStmts calls f for every statement of body, nested ones included,
// each before the statements inside it.
func WalkStmts(body []Stmt, f func(Stmt)) {
	for _, st := range body {
		f(st)
		switch st := st.(type) {
		case *If:
			WalkStmts(st.Then, f)
			WalkStmts(st.Else, f)
		case *While:
			WalkStmts(st.Body, f)
		case *Unroll:
			WalkStmts(st.Body, f)
		}
	}
}

// inspect calls f for e and every expression inside it.
func inspect(e Expr, f func(Expr)) {
	if e == nil {
		return
	}
	f(e)
	switch e := e.(type) {
	case *Call:
		for _, a := range e.Args {
			inspect(a, f)
		}
	case *MapRef:
		for _, k := range e.Keys {
			inspect(k, f)
		}
	case *Unary:
		inspect(e.X, f)
	case *Binary:
		inspect(e.X, f)
		inspect(e.Y, f)
	case *IncDec:
		inspect(e.X, f)
	case *Ternary:
		inspect(e.Cond, f)
		inspect(e.X, f)
		inspect(e.Y, f)
	case *Cast:
		inspect(e.X, f)
	case *Tuple:
		for _, x := range e.Elems {
			inspect(x, f)
		}
	case *Field:
		inspect(e.X, f)
	}
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
	c.vars, c.varRefs = map[string]Type{}, nil
	if pr.Pred != nil {
		if t, ok := c.expr(pr.Pred); ok && t.Kind != TInt {
			c.errorf(pr.PredSpan, "Invalid type for predicate: %s", kindName(t, false))
		}
	}
	for _, st := range pr.Body {
		c.stmt(st)
	}
	// String variables grow to their longest string, as string maps do.
	for _, v := range c.varRefs {
		if t, ok := c.vars[v.Name]; ok {
			v.setType(t)
		}
	}
	pr.Vars = c.vars
}

func (c *checker) stmt(st Stmt) {
	switch st := st.(type) {
	case *ExprStmt:
		c.expr(st.X)
	case *MapAssign:
		c.mapAssign(st)
	case *AssignVar:
		c.assignVar(st)
	default:
		c.flowStmt(st)
	}
}

func (c *checker) mapAssign(st *MapAssign) {
	m := st.Map
	c.targets = append(c.targets, m)
	keysOK := c.mapKeys(m, m.Span)
	if st.Op == "" {
		if t, ok := c.value(st.Value, true); ok && keysOK {
			c.assignMap(m, t, st.Value, st.OpSpan)
		}
		return
	}
	d := c.maps[m.Name]
	known := d != nil && d.valueSet
	var old Type
	if known {
		old = d.Value
	}
	if t, ok := c.compound(st.Op, old, known, st.Value, st.Span); ok && keysOK {
		c.assignMap(m, t, st.Value, st.OpSpan)
	}
}

func (c *checker) assignVar(st *AssignVar) {
	v := st.Var
	c.varRefs = append(c.varRefs, v)
	if st.Op == "" {
		if t, ok := c.value(st.Value, false); ok {
			c.setVar(v, t, st.OpSpan)
		}
		return
	}
	old, ok := c.variable(v)
	if !ok {
		return
	}
	if t, ok := c.compound(st.Op, old, true, st.Value, st.Span); ok {
		c.setVar(v, t, st.Span)
	}
}

// setVar records a variable's type, or reports a mismatch with the type it
// already holds (errSpan: where bpftrace reports it).
func (c *checker) setVar(v *Var, t Type, errSpan Span) {
	old, seen := c.vars[v.Name]
	switch {
	case t.Kind == TNone:
		return
	case !seen:
		c.vars[v.Name] = t
	case old.Kind == TTuple && t.Kind == TTuple && !old.Same(t):
		c.errorf(errSpan, "Tuple type mismatch: %s != %s.", old, t)
		return
	case old.Kind != t.Kind:
		c.errorf(errSpan, "Type mismatch for %s: trying to assign value of type '%s' when variable already contains a value of type '%s'", v.Name, t, old)
		return
	default:
		// Strings grow to the longest, integers to the widest, tuples
		// element by element.
		c.vars[v.Name] = old.Widen(t)
	}
	v.setType(c.vars[v.Name])
}

// compound types `target OP= rhs` where the target holds old (known is
// false for a map no assignment has typed yet). It returns the type
// assigned; like bpftrace, an operation that cannot be typed yields an
// integer, so that assigning it to a string target reports the assignment.
func (c *checker) compound(op string, old Type, known bool, rhs Expr, stmt Span) (Type, bool) {
	rt, ok := c.value(rhs, false)
	if !ok {
		return None, false
	}
	if !known {
		return Type{Kind: TInt, Size: 8, Signed: false}, true
	}
	if t, msg := binaryType(op, old, rt); msg == "" {
		return t, true
	}
	if old.Kind == TInt {
		c.errorf(stmt, "Type mismatch for '%s': comparing '%s' with '%s'", op, old, rt)
		return None, false
	}
	return Type{Kind: TInt, Size: 8, Signed: signedValue(old) && signedValue(rt)}, true
}

// signedValue is whether bpftrace considers a value signed when it mixes
// it in arithmetic (counts are).
func signedValue(t Type) bool {
	return t.Signed || t.Kind == TCount
}

// statementOnly are the functions that return nothing: they cannot be a
// value or a map key.
var statementOnly = map[string]bool{
	"printf": true, "exit": true, "print": true, "clear": true, "zero": true, "delete": true, "time": true,
}

// value checks a value that is stored: the right-hand side of an
// assignment or a map key. Only a plain map assignment (aggregation true)
// may hold an aggregation; functions that return nothing get a dedicated
// message.
func (c *checker) value(e Expr, aggregation bool) (Type, bool) {
	call, isCall := e.(*Call)
	if isCall && aggregation && aggregations[call.Name] {
		t, ok := c.aggregation(call)
		if !ok {
			t = None
		}
		call.setType(t)
		return t, ok
	}
	t, ok := c.expr(e)
	if ok && isCall && statementOnly[call.Name] {
		c.errorf(call.Span, "%s() should not be used in an assignment or as a map key", call.Name)
		return None, false
	}
	if ok && t.IsAggregation() {
		// bpftrace 0.17 copies the per-CPU aggregate; tinytrace keeps
		// aggregations in their own maps.
		what, hint := "this value", "print the map with print(@map)"
		if m, isMap := e.(*MapRef); isMap {
			what, hint = "the value of "+m.Name, "print the map with print("+m.Name+")"
		}
		c.errorf(e.Range(), "%s comes from %s(): copying it to a variable, map or key is not supported by tinytrace (%s)", what, t, hint)
		return None, false
	}
	return t, ok
}

// assignMap records the map's value type, or reports a mismatch with the
// type it already holds. Integers of either sign mix (bpftrace allows
// @x = 1; @x = pid), strings of any length mix and the map keeps the
// longest; lhist maps need the same bounds everywhere.
func (c *checker) assignMap(m *MapRef, t Type, value Expr, opSpan Span) {
	d := c.decl(m.Name)
	call, _ := value.(*Call)
	if t.Kind == TInt {
		t.Size = 8 // map values are 64-bit, as in bpftrace
	}
	switch {
	case t.Kind == TNone:
	case !d.valueSet:
		d.Value, d.valueSet = t, true
		if t.Kind == TLhist && call != nil {
			d.Lhist = c.lhists[call]
		}
	case d.Value.Kind == TTuple && t.Kind == TTuple && !d.Value.Same(t):
		c.errorf(opSpan, "Tuple type mismatch: %s != %s.", d.Value, t)
	case d.Value.Kind != t.Kind:
		// bpftrace 0.17 forgets the closing quote after the old type.
		c.errorf(m.Span, "Type mismatch for %s: trying to assign value of type '%s' when map already contains a value of type '%s'", m.Name, t, d.Value)
	case t.Kind == TString || t.Kind == TTuple:
		d.Value = d.Value.Widen(t)
	case t.Kind == TLhist && call != nil && d.Lhist != nil && c.lhists[call] != nil && *c.lhists[call] != *d.Lhist:
		c.errorf(call.Span, "Different lhist bounds in a single map unsupported")
	case t.IsAggregation() && t.Signed:
		d.Value.Signed = true
	}
}

// decl returns what is known of a map, creating the entry.
func (c *checker) decl(name string) *MapDecl {
	d := c.maps[name]
	if d == nil {
		d = &MapDecl{Name: name}
		c.maps[name] = d
	}
	return d
}

// mapKeys checks the keys of an access to m against the map's key types,
// which its first access (in source order) sets. errSpan is where a
// mismatch is reported.
func (c *checker) mapKeys(m *MapRef, errSpan Span) bool {
	types := make([]Type, len(m.Keys))
	ok := true
	for i, k := range m.Keys {
		t, kok := c.value(k, false)
		if !kok {
			ok = false
			continue
		}
		if t.Kind == TInt {
			t = Int64 // bpftrace widens integer keys to 64 bits
		}
		if t.Kind == TTuple {
			c.errorf(errSpan, "tuple cannot be used as a map key. Try a multi-key associative array instead (eg `@map[$1, $2] = ...)`.")
			ok = false
			continue
		}
		types[i] = t
	}
	if !ok {
		return false
	}
	d := c.decl(m.Name)
	if !d.keysSet {
		d.Keys, d.keysSet = types, true
		return true
	}
	if len(types) != len(d.Keys) {
		c.keyMismatch(m, types, d.Keys, errSpan)
		return false
	}
	for i, t := range types {
		if t.Kind != d.Keys[i].Kind {
			c.keyMismatch(m, types, d.Keys, errSpan)
			return false
		}
	}
	for i, t := range types {
		if t.Kind == TString && t.Size > d.Keys[i].Size {
			d.Keys[i] = t
		}
	}
	return true
}

func (c *checker) keyMismatch(m *MapRef, got, want []Type, errSpan Span) {
	c.errorf(errSpan, "Argument mismatch for %s: trying to access with arguments: [%s] when map expects arguments: [%s]",
		m.Name, keyTypes(got), keyTypes(want))
}

// keyTypes names key types as bpftrace does: integer keys are always
// "unsigned int64".
func keyTypes(ts []Type) string {
	names := make([]string, len(ts))
	for i, t := range ts {
		if t.Kind == TInt {
			t = Uint64
		}
		names[i] = t.String()
	}
	return strings.Join(names, ", ")
}

// exprs checks every expression (reporting each one's errors) and says
// whether all of them are well typed.
func (c *checker) exprs(es []Expr) bool {
	ok := true
	for _, e := range es {
		_, eok := c.expr(e)
		ok = ok && eok
	}
	return ok
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
		c.varRefs = append(c.varRefs, e)
		return c.variable(e)
	case *MapRef:
		return c.mapRead(e)
	case *Call:
		return c.call(e)
	case *Unary:
		return c.unary(e)
	case *Binary:
		return c.binary(e)
	case *IncDec:
		return c.incDec(e)
	case *Ternary:
		return c.ternary(e)
	case *Cast:
		return c.cast(e)
	case *Tuple:
		return c.tuple(e)
	case *Field:
		return c.field(e)
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
	case "pid", "tid", "nsecs", "elapsed", "cpu", "uid", "gid":
		return Uint64, true
	case "comm":
		return StringType(16), true
	case "probe":
		return ProbeType, true
	case "ustack":
		return Ustack, true
	case "func":
		return c.funcBuiltin(b)
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
	if IsPositional(v.Name) {
		return c.param(v, true)
	}
	if t, ok := c.vars[v.Name]; ok {
		v.setType(t)
		return t, true
	}
	c.errorf(v.Span, "Undefined or undeclared variable: %s", v.Name)
	return None, false
}

// mapRead types a map read in an expression: its value at the keys.
func (c *checker) mapRead(m *MapRef) (Type, bool) {
	if !c.defined[m.Name] {
		c.errorf(m.Span, "Undefined map: %s", m.Name)
		return None, false
	}
	if !c.mapKeys(m, m.Span) {
		return None, false
	}
	if !mapReadsSupported {
		c.errorf(m.Span, "%s used as a value is not supported yet (maps can only be assigned)", m.Name)
		return None, false
	}
	d := c.maps[m.Name]
	if d != nil && !d.valueSet && c.final {
		// Only assignments that read the map itself (@n = @n + 1): like
		// bpftrace, the map holds an int64.
		d.Value, d.valueSet = Int64, true
	}
	if d == nil || !d.valueSet {
		// Only in the first pass (or when every assignment failed, which
		// was reported): nothing to say.
		return None, false
	}
	return d.Value, true
}

// incDec types ++ and --: on a variable, or on a map (which holds an
// int64 unless an assignment says otherwise).
func (c *checker) incDec(e *IncDec) (Type, bool) {
	errSpan := e.Span
	if !e.Post {
		errSpan = Span{e.Span.Start, Pos{e.Span.Start.Line, e.Span.Start.Col + len(e.Op)}}
	}
	var t Type
	switch x := e.X.(type) {
	case *Var:
		var ok bool
		if t, ok = c.expr(x); !ok {
			return None, false
		}
	case *MapRef:
		c.targets = append(c.targets, x)
		if !c.mapKeys(x, x.Span) {
			return None, false
		}
		d := c.decl(x.Name)
		if !d.valueSet {
			d.Value, d.valueSet = Int64, true
		}
		t = d.Value
		x.setType(t)
	default:
		if e.Post {
			errSpan = e.X.Range()
		}
		c.errorf(errSpan, "The %s operator must be applied to a map or variable", e.Op)
		return None, false
	}
	if t.Kind != TInt {
		c.errorf(errSpan, "The %s operator can not be used on expressions of type '%s'", e.Op, t)
		return None, false
	}
	return t, true
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
	case "print":
		return c.print(call)
	case "clear", "zero":
		return c.clearZero(call)
	case "delete":
		return c.delete(call)
	case "time":
		return c.time(call)
	case "str":
		return c.str(call)
	case "strncmp", "strcontains":
		return c.strFunc(call)
	case "ustack":
		return c.ustack(call)
	case "usym":
		return c.usym(call)
	case "reg", "uaddr":
		return c.regUaddr(call)
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

// aggregations are bpftrace's functions whose value only a map can hold,
// with the type of that value.
var aggregations = map[string]bool{
	"count": true, "sum": true, "avg": true, "min": true, "max": true, "stats": true, "hist": true, "lhist": true,
}

var aggregationKinds = map[string]TypeKind{
	"count": TCount, "sum": TSum, "avg": TAvg, "min": TMin, "max": TMax, "stats": TStats, "hist": THist, "lhist": TLhist,
}

// count checks count()'s arguments; the caller decides if it may appear.
func (c *checker) count(call *Call) (Type, bool) {
	if len(call.Args) > 0 {
		c.errorf(call.Span, "count() requires no arguments (%d provided)", len(call.Args))
		return None, false
	}
	return Count, true
}

// aggregation checks an aggregation assigned to a map.
func (c *checker) aggregation(call *Call) (Type, bool) {
	switch {
	case call.Name == "count":
		return c.count(call)
	case call.Name == "lhist" && len(call.Args) != 4:
		c.errorf(call.Span, "lhist() requires 4 arguments (%d provided)", len(call.Args))
		return None, false
	case call.Name != "lhist" && len(call.Args) != 1:
		c.errorf(call.Span, "%s() requires one argument (%d provided)", call.Name, len(call.Args))
		return None, false
	}
	if !c.exprs(call.Args) {
		return None, false
	}
	t := call.Args[0].Type()
	if t.Kind != TInt {
		c.errorf(call.Span, "%s() only supports integer arguments (%s provided)", call.Name, kindName(t, true))
		return None, false
	}
	if call.Name == "lhist" && !c.lhist(call) {
		return None, false
	}
	return Type{Kind: aggregationKinds[call.Name], Size: 8, Signed: t.Signed}, true
}

// lhist checks lhist()'s bounds: integer literals describing at most
// 1000 buckets.
func (c *checker) lhist(call *Call) bool {
	var v [3]int64
	for i, a := range call.Args[1:] {
		n, ok := IntLiteral(a)
		if !ok {
			c.errorf(call.Span, "lhist() expects a integer literal (%s provided)", kindName(a.Type(), true))
			return false
		}
		v[i] = n
	}
	lo, hi, step := v[0], v[1], v[2]
	ok := true
	if lo < 0 {
		c.errorf(call.Span, "lhist() min must be non-negative (provided min %d)", lo)
		ok = false
	}
	if lo > hi {
		c.errorf(call.Span, "lhist() min must be less than max (provided min %d and max %d)", lo, hi)
		ok = false
	}
	switch {
	case step < 1:
		c.errorf(call.Span, "lhist() step must be >= 1 (%d provided)", step)
		ok = false
	case step > hi-lo:
		c.errorf(call.Span, "lhist() step is too large for the given range (provided step %d for range %d)", step, hi-lo)
		ok = false
	case (hi-lo)/step > 1000:
		c.errorf(call.Span, "lhist() too many buckets, must be <= 1000 (would need %d)", (hi-lo)/step)
		ok = false
	}
	if ok {
		c.lhists[call] = &LhistParams{Min: lo, Max: hi, Step: step}
	}
	return ok
}

// mapArg is the map a map function names, nil (and reported) when it is
// not a map or the map is never assigned. bpftrace reports problems with
// the map at the call.
func (c *checker) mapArg(call *Call, keyed bool) *MapRef {
	m, ok := call.Args[0].(*MapRef)
	if !ok {
		c.errorf(call.Span, "%s() expects a map to be provided", call.Name)
		return nil
	}
	if !keyed && len(m.Keys) > 0 {
		c.errorf(call.Span, "The map passed to %s() should not be indexed by a key", call.Name)
		return nil
	}
	if !c.defined[m.Name] {
		c.errorf(mapArgSpan(call, m), "Undefined map: %s", m.Name)
		return nil
	}
	if d := c.maps[m.Name]; d != nil && d.valueSet {
		m.setType(d.Value)
	}
	return m
}

// mapArgSpan is where bpftrace reports a problem with a map function's
// map: from the call's name to the end of the map.
func mapArgSpan(call *Call, m *MapRef) Span {
	return Span{call.Span.Start, m.Span.End}
}

// print checks print(@map[, top[, div]]) and print(value).
func (c *checker) print(call *Call) (Type, bool) {
	if len(call.Args) == 0 {
		c.errorf(call.Span, "print() requires at least one argument (0 provided)")
		return None, false
	}
	if _, isMap := call.Args[0].(*MapRef); !isMap {
		if len(call.Args) > 1 {
			c.errorf(call.Span, "Non-map print() only takes 1 argument, %d found", len(call.Args))
			return None, false
		}
		_, ok := c.expr(call.Args[0])
		return None, ok
	}
	if len(call.Args) > 3 {
		c.errorf(call.Span, "print() takes up to 3 arguments (%d provided)", len(call.Args))
		return None, false
	}
	if c.mapArg(call, false) == nil {
		return None, false
	}
	for _, a := range call.Args[1:] {
		t, ok := c.expr(a)
		if !ok {
			return None, false
		}
		if _, lit := IntLiteral(a); !lit {
			c.errorf(call.Span, "print() expects a integer literal (%s provided)", kindName(t, true))
			return None, false
		}
	}
	return None, true
}

// clearZero checks clear(@map) and zero(@map).
func (c *checker) clearZero(call *Call) (Type, bool) {
	if len(call.Args) != 1 {
		c.errorf(call.Span, "%s() requires one argument (%d provided)", call.Name, len(call.Args))
		return None, false
	}
	return None, c.mapArg(call, false) != nil
}

// delete checks delete(@map[keys]) (or delete(@map) for an unkeyed map).
func (c *checker) delete(call *Call) (Type, bool) {
	if len(call.Args) != 1 {
		c.errorf(call.Span, "delete() requires one argument (%d provided)", len(call.Args))
		return None, false
	}
	m := c.mapArg(call, true)
	if m == nil || !c.mapKeys(m, mapArgSpan(call, m)) {
		return None, false
	}
	return None, true
}

// time checks time() and time("format"), which print the local time
// formatted by strftime (bpftrace's default format is "%H:%M:%S\n").
func (c *checker) time(call *Call) (Type, bool) {
	if len(call.Args) > 1 {
		c.errorf(call.Span, "time() takes up to one argument (%d provided)", len(call.Args))
		return None, false
	}
	if len(call.Args) == 1 {
		t, ok := c.expr(call.Args[0])
		if !ok {
			return None, false
		}
		if _, lit := call.Args[0].(*StrLit); !lit {
			c.errorf(call.Span, "time() expects a string literal (%s provided)", kindName(t, true))
			return None, false
		}
	}
	return None, true
}

// str checks str(ptr) and str(ptr, len): a string read from user memory,
// string[StrLen] whatever len is (bpftrace stops at len characters).
func (c *checker) str(call *Call) (Type, bool) {
	switch n := len(call.Args); {
	case n == 0:
		c.errorf(call.Span, "str() requires at least one argument (0 provided)")
		return None, false
	case n > 2:
		c.errorf(call.Span, "str() takes up to 2 arguments (%d provided)", n)
		return None, false
	}
	if v, ok := call.Args[0].(*Var); ok && IsPositional(v.Name) {
		// str($1) is the parameter's text, numeric or not.
		if _, ok := c.param(v, false); !ok {
			return None, false
		}
		v.setType(StringType(c.opts.StrLen))
		if len(call.Args) == 1 {
			return StringType(c.opts.StrLen), true
		}
		if _, ok := c.expr(call.Args[1]); !ok {
			return None, false
		}
		if _, lit := IntLiteral(call.Args[1]); !lit {
			c.errorf(call.Span, "str() expects a integer literal length with a positional parameter (%s provided)", kindName(call.Args[1].Type(), true))
			return None, false
		}
		return StringType(c.opts.StrLen), true
	}
	if !c.exprs(call.Args) {
		return None, false
	}
	if t := call.Args[0].Type(); t.Kind != TInt {
		c.errorf(call.Span, "str() expects an integer or a pointer type as first argument (%s provided)", t)
		return None, false
	}
	if len(call.Args) == 2 && call.Args[1].Type().Kind != TInt {
		c.errorf(call.Span, "str() only supports integer arguments (%s provided)", kindName(call.Args[1].Type(), true))
		return None, false
	}
	return StringType(c.opts.StrLen), true
}

func (c *checker) printf(call *Call) (Type, bool) {
	if len(call.Args) == 0 {
		c.errorf(call.Span, "printf() requires at least one argument (0 provided)")
		return None, false
	}
	if !c.exprs(call.Args) {
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
		if t.Kind != want && !(want == TString && t.PrintsAsText()) || t.Kind == TTuple {
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
	case TProbe, TUstack, TUsym:
		if generic {
			return "string"
		}
	case TTuple:
		return "tuple"
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
	return Type{Kind: TInt, Size: 8, Signed: t.Signed}, true
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
	t, msg := binaryType(b.Op, xt, yt)
	switch msg {
	case "":
		return t, true
	case "mismatch":
		c.errorf(b.Span, "Type mismatch for '%s': comparing '%s' with '%s'", b.Op, xt, yt)
	default:
		c.errorf(b.OpSpan, "The %s operator can not be used on expressions of types %s, %s", b.Op, xt, yt)
	}
	return None, false
}

// binaryType is the type of `x op y`, or which error bpftrace reports:
// "mismatch" for operands of different kinds, "operator" when the operator
// does not apply to them.
func binaryType(op string, xt, yt Type) (Type, string) {
	switch {
	case xt.Kind == TInt && yt.Kind == TInt:
		if boolOps[op] {
			return Int64, ""
		}
		// Unsigned wins, as in C for 64-bit operands.
		return Type{Kind: TInt, Size: 8, Signed: xt.Signed && yt.Signed}, ""
	case xt.Kind != yt.Kind:
		return None, "mismatch"
	case xt.Kind == TString && (op == "==" || op == "!="):
		// bpftrace compares strings up to the shorter buffer's NUL.
		return Int64, ""
	}
	return None, "operator"
}
