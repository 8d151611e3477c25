package lang

import (
	"strconv"
	"strings"
)

// Checking of control flow (if, while, unroll, jumps), the ternary
// operator, casts, tuples, positional parameters and the string functions.

// maxUnroll is bpftrace's limit on unroll counts.
const maxUnroll = 100

// flowStmt checks the compound and jump statements.
func (c *checker) flowStmt(st Stmt) {
	switch st := st.(type) {
	case *If:
		c.condition(st.Cond, "if()")
		c.block(st.Then)
		c.block(st.Else)
	case *While:
		c.condition(st.Cond, "while()")
		c.loops++
		c.block(st.Body)
		c.loops--
	case *Unroll:
		c.unroll(st)
		// break and continue do not apply to unroll, as in bpftrace.
		outer := c.loops
		c.loops = 0
		c.block(st.Body)
		c.loops = outer
	case *Jump:
		if st.Kind != "return" && c.loops == 0 {
			c.errorf(st.Span, "%s used outside of a loop", st.Kind)
		}
	}
}

func (c *checker) block(body []Stmt) {
	for _, st := range body {
		c.stmt(st)
	}
}

// condition checks the condition of an if or while: an integer.
func (c *checker) condition(e Expr, what string) {
	if t, ok := c.expr(e); ok && t.Kind != TInt {
		c.errorf(e.Range(), "Invalid condition in %s: %s", what, kindName(t, true))
	}
}

// unroll checks unroll's count: an integer literal or a positional
// parameter, from 1 to 100.
func (c *checker) unroll(st *Unroll) {
	head := Span{st.Span.Start, st.Count.Range().End}
	head.End.Col++ // the closing parenthesis
	var n int64
	switch x := st.Count.(type) {
	case *Var:
		if !IsPositional(x.Name) {
			c.errorf(x.Span, "unroll() needs an integer literal or a positional parameter, not the variable %s", x.Name)
			return
		}
		if _, ok := c.param(x, true); !ok {
			return
		}
		n = x.Param.Int
	default:
		v, ok := IntLiteral(st.Count)
		if !ok {
			c.errorf(st.Count.Range(), "unroll() needs an integer literal or a positional parameter")
			return
		}
		c.expr(st.Count)
		n = v
	}
	switch {
	case n < 1:
		c.errorf(head, "unroll minimum value is 1")
	case n > maxUnroll:
		c.errorf(head, "unroll maximum value is %d", maxUnroll)
	default:
		st.N = int(n)
	}
}

// ternary types c ? a : b: an integer condition and two arms of the same
// kind.
func (c *checker) ternary(e *Ternary) (Type, bool) {
	ct, cok := c.expr(e.Cond)
	xt, xok := c.expr(e.X)
	yt, yok := c.expr(e.Y)
	if !cok || !xok || !yok {
		return None, false
	}
	if ct.Kind != TInt {
		c.errorf(e.Span, "Invalid condition in ternary: %s", kindName(ct, true))
		return None, false
	}
	if !xt.Same(yt) {
		if xt.Kind == TTuple && yt.Kind == TTuple {
			c.errorf(e.Span, "Tuple type mismatch: %s != %s.", xt, yt)
			return None, false
		}
		c.errorf(e.Span, "Ternary operator must return the same type: have '%s' and '%s'", kindName(xt, true), kindName(yt, true))
		return None, false
	}
	switch xt.Kind {
	case TInt:
		return Type{Kind: TInt, Size: 8, Signed: xt.Signed && yt.Signed}, true
	case TString, TTuple:
		return xt.Widen(yt), true
	case TProbe:
		return xt, true
	}
	c.errorf(e.Span, "Ternary operator can not return values of type '%s'", xt)
	return None, false
}

// castTypes are the integer types a cast can name.
var castTypes = map[string]Type{
	"int8": {Kind: TInt, Size: 1, Signed: true}, "int16": {Kind: TInt, Size: 2, Signed: true},
	"int32": {Kind: TInt, Size: 4, Signed: true}, "int64": {Kind: TInt, Size: 8, Signed: true},
	"uint8": {Kind: TInt, Size: 1}, "uint16": {Kind: TInt, Size: 2},
	"uint32": {Kind: TInt, Size: 4}, "uint64": {Kind: TInt, Size: 8},
}

func (c *checker) cast(e *Cast) (Type, bool) {
	t, ok := c.expr(e.X)
	to, known := castTypes[e.Name]
	if !known {
		c.errorf(e.NameSpan, "Unknown struct/union: '%s'", e.Name)
		return None, false
	}
	if !ok {
		return None, false
	}
	if t.Kind != TInt {
		c.errorf(e.NameSpan, "Casts are not supported for type: \"%s\"", t)
		return None, false
	}
	return to, true
}

// tuple types (a, b, ...): integers are held in 64 bits.
func (c *checker) tuple(e *Tuple) (Type, bool) {
	elems := make([]Type, len(e.Elems))
	ok := true
	for i, x := range e.Elems {
		t, xok := c.value(x, false)
		if !xok {
			ok = false
			continue
		}
		switch t.Kind {
		case TInt, TString, TTuple:
		case TNone:
			c.errorf(x.Range(), "a tuple cannot hold a value of type none")
			ok = false
			continue
		default:
			c.errorf(x.Range(), "%s values in tuples are not supported by tinytrace yet", t)
			ok = false
			continue
		}
		if !c.tupleElem(x, t) {
			ok = false
			continue
		}
		if t.Kind == TInt {
			t.Size = 8
		}
		elems[i] = t
	}
	if !ok {
		return None, false
	}
	return TupleType(elems), true
}

// field types t.N.
func (c *checker) field(e *Field) (Type, bool) {
	t, ok := c.expr(e.X)
	if !ok {
		return None, false
	}
	if t.Kind != TTuple {
		c.errorf(e.Span, "Can not access index %d on expression of type '%s'", e.Index, t)
		return None, false
	}
	if e.Index >= len(t.Elems()) {
		c.errorf(e.Span, "Invalid tuple index: %d. Found %d elements in tuple.", e.Index, len(t.Elems()))
		return None, false
	}
	return t.Elems()[e.Index], true
}

// param resolves a positional parameter: $# is the number of parameters,
// $N the N-th (0 and "" when missing). numeric says the value is used as
// an integer, which a non-numeric argument cannot be.
func (c *checker) param(v *Var, numeric bool) (Type, bool) {
	params := c.opts.Params
	if v.Name == "$#" {
		v.Param = &Param{Int: int64(len(params)), Text: strconv.Itoa(len(params))}
		return Int64, true
	}
	n, err := strconv.Atoi(v.Name[1:])
	if err != nil || n < 1 {
		c.errorf(v.Span, "param %s is out of integer range [1, 9223372036854775807]", v.Name)
		return None, false
	}
	p := &Param{}
	if n <= len(params) {
		p.Text = params[n-1]
		if numeric && p.Text != "" {
			x, ok := ParseParam(p.Text)
			if !ok {
				c.errorf(v.Span, "%s used numerically but given \"%s\". Try using str(%s).", v.Name, p.Text, v.Name)
				return None, false
			}
			p.Int = x
		}
	}
	v.Param = p
	return Int64, true
}

// ParseParam reads a numeric positional parameter as bpftrace does (C's
// strtoll with base 0): leading blanks, an optional sign, then decimal,
// 0x hexadecimal or 0 octal digits and nothing after them.
func ParseParam(s string) (int64, bool) {
	s = strings.TrimLeft(s, " \t\n\r\f\v")
	body := strings.TrimLeft(s, "+-")
	if len(s)-len(body) > 1 || strings.Contains(body, "_") {
		return 0, false
	}
	if len(body) > 1 && body[0] == '0' && strings.IndexByte("bBoO", body[1]) >= 0 {
		return 0, false // Go's prefixes, not C's
	}
	v, err := strconv.ParseInt(s, 0, 64)
	return v, err == nil
}

// strFunc checks strncmp(a, b, n) and strcontains(haystack, needle): both
// yield an unsigned integer (strncmp: 0 when the first n characters are
// equal; strcontains: 1 when needle occurs in haystack).
func (c *checker) strFunc(call *Call) (Type, bool) {
	want := 2
	if call.Name == "strncmp" {
		want = 3
	}
	if len(call.Args) != want {
		c.errorf(call.Span, "%s() requires %d arguments (%d provided)", call.Name, want, len(call.Args))
		return None, false
	}
	if !c.exprs(call.Args) {
		return None, false
	}
	for _, a := range call.Args[:2] {
		if t := a.Type(); t.Kind != TString {
			c.errorf(call.Span, "%s() only supports string arguments (%s provided)", call.Name, kindName(t, true))
			return None, false
		}
	}
	if want == 3 {
		n, ok := IntLiteral(call.Args[2])
		if !ok {
			c.errorf(call.Span, "strncmp() expects a integer literal (%s provided)", kindName(call.Args[2].Type(), true))
			return None, false
		}
		if n < 0 {
			c.errorf(call.Span, "Builtin strncmp requires a non-negative size")
			return None, false
		}
	}
	return Uint64, true
}
