package lang

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Parse parses a script. file names it in errors ("stdin" for -e). On
// failure the error is an ErrorList of bpftrace-style diagnostics in
// source order: lexical errors, then at most one syntax error, or errors in
// probe specs.
func Parse(file, src string) (*Program, error) { return ParseParams(file, src, nil) }

// ParseParams is Parse for a script run with positional parameters: as in
// bpftrace, $N in a probe spec stands for the text of parameter N (empty
// when not given), so that `uprobe:$1:main` takes the binary from the
// command line.
func ParseParams(file, src string, params []string) (*Program, error) {
	p := &Program{File: file, Src: src}
	sc := scan(p)
	if sc.fatal {
		return nil, sc.errs
	}
	errs := sc.errs
	g, err := parseTokens(sc)
	if err != nil {
		errs = append(errs, sc.syntaxError(err))
		return nil, sortErrors(errs)
	}
	c := &converter{p: p, sc: sc, params: params}
	c.program(g)
	if c.syntax != nil {
		// bpftrace's parser stops at its first syntax error, before
		// anything else about the probes is checked.
		errs = append(errs, c.syntax)
	} else {
		errs = append(errs, c.errs...)
	}
	if len(errs) > 0 {
		return nil, sortErrors(errs)
	}
	return p, nil
}

func parseTokens(sc *scanned) (*gProgram, error) {
	pl, err := lexer.Upgrade(&tokenList{tokens: sc.tokens})
	if err != nil {
		return nil, err
	}
	return grammar.ParseFromLexer(pl)
}

// sortErrors orders diagnostics by position, keeping the order of errors
// at the same place.
func sortErrors(errs ErrorList) ErrorList {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i].Span.Start, errs[j].Span.Start
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	return errs
}

// converter turns the participle parse tree into the AST.
type converter struct {
	p      *Program
	sc     *scanned
	errs   ErrorList
	params []string // positional parameters, substituted in probe specs
	// syntax is the first syntax error the grammar let through (++ on a
	// literal, assignment to an expression); it replaces errs.
	syntax *Error
}

// span is the text of a grammar rule from its Pos to its EndPos.
func (c *converter) span(pos, end lexer.Position) Span { return Span{posOf(pos), c.endOf(end)} }

// endOf is where a rule's text ends, given its EndPos: participle's
// position of the token after the rule. Participle sees no whitespace or
// comments (see tokenList), so that is the next significant token; the
// text ends where the raw token after the rule's last token starts.
func (c *converter) endOf(next lexer.Position) Pos {
	sc := c.sc
	return posOf(sc.tokens[sc.prevToken(sc.rawIndex(next.Offset))+1].Pos)
}

// tokenSpan is the span of a single token of n bytes starting at pos.
func tokenSpan(pos lexer.Position, n int) Span {
	s := posOf(pos)
	e := s
	e.Col += n
	return Span{s, e}
}

func (c *converter) program(g *gProgram) {
	for _, gp := range g.Probes {
		c.p.Probes = append(c.p.Probes, c.probe(gp))
	}
}

func (c *converter) probe(g *gProbe) *Probe {
	pr := &Probe{Span: c.span(g.Pos, g.EndPos)}
	for _, gs := range g.Specs {
		if ps := c.spec(gs, c.span(gs.Pos, gs.EndPos)); ps != nil {
			pr.Specs = append(pr.Specs, ps)
		}
	}
	if len(g.Specs) == 0 {
		at := posOf(g.Pos)
		c.errs = append(c.errs, c.p.errorAt(Span{at, at}, "No attach points for probe"))
	}
	if g.Pred != nil {
		pr.Pred = c.expr(g.Pred.X)
		pr.PredSpan = c.span(g.Pred.Pos, g.Pred.EndPos)
	}
	pr.Body = c.block(g.Block)
	return pr
}

// spec splits a probe spec into kind and fields, checking the number of
// fields for the kind with bpftrace's messages.
func (c *converter) spec(g *gSpec, sp Span) *ProbeSpec {
	ps := &ProbeSpec{Span: sp}
	fail := func(format string, a ...any) *ProbeSpec {
		c.errs = append(c.errs, c.p.errorAt(ps.Span, format, a...))
		return nil
	}
	text, msg := substParams(g.Text, c.params)
	if msg != "" {
		return fail("%s", msg)
	}
	parts := strings.Split(text, ":")
	kind, args := parts[0], parts[1:]
	switch kind {
	case "BEGIN", "END":
		ps.Kind = KindBegin
		if kind == "END" {
			ps.Kind = KindEnd
		}
		if len(args) != 0 {
			return fail("%s probe type requires 0 arguments", kind)
		}
	case "usdt", "U":
		ps.Kind = KindUSDT
		switch len(args) {
		case 2:
			ps.Path, ps.Name = args[0], args[1]
		case 3:
			ps.Path, ps.Provider, ps.Name = args[0], args[1], args[2]
		default:
			return fail("usdt probe type requires 2 or 3 arguments")
		}
		if ps.Name == "" {
			return fail("usdt probe must have a target function or wildcard")
		}
	case "uprobe", "u", "uretprobe", "ur":
		ps.Kind = KindUprobe
		if kind == "uretprobe" || kind == "ur" {
			ps.Kind = KindUretprobe
		}
		if len(args) != 2 {
			return fail("%s probe type requires 2 arguments", ps.Kind)
		}
		ps.Path = args[0]
		if args[1] == "" {
			return fail("%s should be attached to a function and/or address", ps.Kind)
		}
		if msg := uprobeTarget(ps, args[1]); msg != "" {
			return fail("%s", msg)
		}
	case "interval", "i":
		ps.Kind = KindInterval
		if len(args) != 2 {
			return fail("interval probe type requires 2 arguments")
		}
		if !intervalUnits[args[0]] {
			return fail("%s is not an accepted unit of time", args[0])
		}
		n, msg := intervalPeriod(args[1])
		if msg != "" {
			return fail("%s", msg)
		}
		ps.Unit, ps.Period = args[0], n
	default:
		if bpftraceProbeTypes[kind] {
			return fail("%s probes are not supported by tinytrace (supported: %s)", kind, supportedProbes)
		}
		return fail("Invalid probe type: %s (supported: %s)", kind, supportedProbes)
	}
	return ps
}

// uprobeTarget parses a uprobe's SYMBOL, SYMBOL+OFFSET or 0xADDRESS into
// ps, with bpftrace's messages for what it refuses.
func uprobeTarget(ps *ProbeSpec, text string) string {
	if hex, ok := strings.CutPrefix(text, "0x"); ok {
		if a, err := strconv.ParseUint(hex, 16, 64); err == nil {
			ps.Address = a
			return ""
		}
		// Not a number: a symbol that happens to start with 0x.
	}
	sym, off, hasOff := strings.Cut(text, "+")
	ps.Name = sym
	if !hasOff {
		return ""
	}
	if off == "" {
		return "Invalid offset"
	}
	n, err := parseInt(off)
	if err != nil || !isDigit(off[0]) {
		return fmt.Sprintf("Invalid offset: %q is not a non-negative integer", off)
	}
	if n != 0 && ps.Kind == KindUretprobe {
		return "Offset not allowed"
	}
	ps.Offset = n
	return ""
}

const supportedProbes = "BEGIN, END, usdt, uprobe, uretprobe, interval"

// intervalUnits are the units of time bpftrace 0.17 accepts in interval
// probes.
var intervalUnits = map[string]bool{"s": true, "ms": true, "us": true, "hz": true}

// intervalPeriod parses an interval probe's count, an integer literal as
// in scripts (1e3 and 0x10 work, as in bpftrace). It returns an error
// message when the count is not a positive integer.
func intervalPeriod(text string) (uint64, string) {
	if text == "" || !isDigit(text[0]) {
		// bpftrace 0.17 says "stoull"; a negative count fails only when
		// attaching.
		return 0, fmt.Sprintf("interval probe count must be a positive integer (%q provided)", text)
	}
	v, err := parseInt(text)
	if err != nil {
		if strings.Contains(err.Error(), "out of range") {
			return 0, err.Error()
		}
		return 0, "Found trailing non-numeric characters"
	}
	if v == 0 {
		// bpftrace 0.17 fails when attaching.
		return 0, fmt.Sprintf("interval probe count must be a positive integer (%q provided)", text)
	}
	return v, ""
}

// block converts the statements of a block.
func (c *converter) block(g *gBlock) []Stmt {
	var out []Stmt
	for _, st := range g.Stmts {
		for st != nil {
			var next *gStmt
			var s Stmt
			s, next = c.stmt(st)
			out = append(out, s)
			st = next
		}
	}
	return out
}

// stmt converts one statement; next is the statement that followed a
// compound statement without a ';'.
func (c *converter) stmt(g *gStmt) (s Stmt, next *gStmt) {
	switch {
	case g.If != nil:
		return c.ifStmt(g.If, g.Pos)
	case g.While != nil:
		w := g.While
		return &While{Span: c.span(g.Pos, w.Body.EndPos), Cond: c.expr(w.Cond), Body: c.block(w.Body)}, w.Next
	case g.Unroll != nil:
		u := g.Unroll
		return &Unroll{Span: c.span(g.Pos, u.Body.EndPos), Count: c.expr(u.Cond), Body: c.block(u.Body)}, u.Next
	case g.Jump != "":
		return &Jump{Span: tokenSpan(g.Pos, len(g.Jump)), Kind: g.Jump}, nil
	}
	return c.simpleStmt(g), nil
}

// ifStmt converts an if (its keyword at pos) with its else-if chain; the
// statement after the chain's last block is the next one.
func (c *converter) ifStmt(g *gIf, pos lexer.Position) (*If, *gStmt) {
	s := &If{Cond: c.expr(g.Cond), Then: c.block(g.Then)}
	end, next := g.Then.EndPos, g.Next
	switch {
	case g.ElseIf != nil:
		var inner *If
		inner, next = c.ifStmt(g.ElseIf, c.sc.tokenBefore(g.ElseIf.Pos).Pos)
		s.Else = []Stmt{inner}
		s.Span.End = inner.Span.End
	case g.Else != nil:
		s.Else = c.block(g.Else)
		end = g.Else.EndPos
		s.Span.End = c.endOf(end)
	default:
		s.Span.End = c.endOf(end)
	}
	s.Span.Start = posOf(pos)
	return s, next
}

func (c *converter) simpleStmt(g *gStmt) Stmt {
	sp := c.span(g.Pos, g.EndPos)
	x := c.expr(g.X)
	if g.Assign == "" {
		return &ExprStmt{Span: sp, X: x}
	}
	// Only a bare map or variable is a target, not (@map) or @map++.
	whole := c.span(g.X.Operands[0].Pos, g.X.end())
	op := strings.TrimSuffix(g.Assign, "=")
	opSpan := tokenSpan(c.sc.tokenBefore(g.Value.Operands[0].Pos).Pos, len(g.Assign))
	switch t := x.(type) {
	case *MapRef:
		if t.Span == whole {
			return &MapAssign{Span: sp, Map: t, Keys: t.Keys, Value: c.expr(g.Value), Op: op, OpSpan: opSpan}
		}
	case *Var:
		if t.Span == whole && !isDigit(t.Name[1]) {
			return &AssignVar{Span: sp, Var: t, Value: c.expr(g.Value), Op: op, OpSpan: opSpan}
		}
	}
	if _, ok := x.(*Field); ok {
		c.errs = append(c.errs, c.p.errorAt(sp, "Tuples are immutable once created. Consider creating a new tuple and assigning it instead."))
		return &ExprStmt{Span: sp, X: x}
	}
	c.syntaxErrorAt(func() *Error { return c.p.errorAt(opSpan, "syntax error, unexpected %s, expecting }", g.Assign) })
	return &ExprStmt{Span: sp, X: x}
}

// end is where an expression's text ends: after its last operand, or
// after the last arm of its ternary.
func (g *gExpr) end() lexer.Position {
	for g.Else != nil {
		g = g.Else
	}
	return g.Operands[len(g.Operands)-1].EndPos
}

// tokenBefore is the significant token before the one at pos (a raw
// token's position): an operator before its right operand, a keyword
// before its '('.
func (sc *scanned) tokenBefore(pos lexer.Position) *lexer.Token {
	return &sc.tokens[sc.prevToken(sc.rawIndex(pos.Offset))]
}

// rawIndex is the index of the raw token starting at offset off.
func (sc *scanned) rawIndex(off int) int {
	return sort.Search(len(sc.tokens), func(i int) bool { return sc.tokens[i].Pos.Offset >= off })
}

// precedence of the binary operators, C's order; higher binds tighter.
var precedence = map[string]int{
	"||": 1, "&&": 2, "|": 3, "^": 4, "&": 5,
	"==": 6, "!=": 6,
	"<": 7, "<=": 7, ">": 7, ">=": 7,
	"<<": 8, ">>": 8,
	"+": 9, "-": 9,
	"*": 10, "/": 10, "%": 10,
}

// operand is an expression with the span of its source text, which for a
// parenthesised expression includes the parentheses.
type operand struct {
	x     Expr
	outer Span
}

// expr folds the flat operand/operator list into a tree, left-associative
// within one precedence level (operator-precedence parsing).
func (c *converter) expr(g *gExpr) Expr {
	vals := []operand{c.operand(g.Operands[0])}
	var ops []*lexer.Token
	reduce := func() {
		t := ops[len(ops)-1]
		x, y := vals[len(vals)-2], vals[len(vals)-1]
		b := &Binary{
			Span:   Span{x.outer.Start, y.outer.End},
			Op:     t.Value,
			X:      x.x,
			Y:      y.x,
			OpSpan: tokenSpan(t.Pos, len(t.Value)),
		}
		ops = ops[:len(ops)-1]
		vals = append(vals[:len(vals)-2], operand{b, b.Span})
	}
	for _, y := range g.Operands[1:] {
		t := c.sc.tokenBefore(y.Pos)
		for len(ops) > 0 && precedence[ops[len(ops)-1].Value] >= precedence[t.Value] {
			reduce()
		}
		ops = append(ops, t)
		vals = append(vals, c.operand(y))
	}
	for len(ops) > 0 {
		reduce()
	}
	if g.Then == nil {
		return vals[0].x
	}
	return &Ternary{Span: c.span(g.Operands[0].Pos, g.end()), Cond: vals[0].x, X: c.expr(g.Then), Y: c.expr(g.Else)}
}

func (c *converter) operand(g *gUnary) operand {
	return operand{c.unary(g), c.span(g.Pos, g.EndPos)}
}

// suffixes finds what the grammar does not record for a primary with
// field accesses or a postfix ++/--: where the primary ends, where each
// field access ends, and the postfix operator's token. Without them the
// primary ends where the operand does.
func (c *converter) suffixes(g *gUnary) (primEnd Pos, fieldEnds []lexer.Position, post *lexer.Token) {
	if len(g.Fields) == 0 && g.Post == "" {
		return c.endOf(g.EndPos), nil, nil
	}
	sc := c.sc
	k := sc.prevToken(sc.rawIndex(g.EndPos.Offset)) // the operand's last token
	if g.Post != "" {
		post = &sc.tokens[k]
		k = sc.prevToken(k)
	}
	fieldEnds = make([]lexer.Position, len(g.Fields))
	for i := len(g.Fields) - 1; i >= 0; i-- {
		fieldEnds[i] = sc.tokens[k+1].Pos // k is the field's number
		k = sc.prevToken(sc.prevToken(k))
	}
	return posOf(sc.tokens[k+1].Pos), fieldEnds, post
}

func (c *converter) unary(g *gUnary) Expr {
	sp := c.span(g.Pos, g.EndPos)
	tok := c.sc.tokenAt(g.Pos.Offset) // the primary, or the prefix operator
	if g.X == nil {
		primEnd, fieldEnds, post := c.suffixes(g)
		x := c.primary(g, tok, Span{posOf(g.Pos), primEnd})
		for i, f := range g.Fields {
			x = &Field{Span: Span{posOf(g.Pos), posOf(fieldEnds[i])}, X: x, Index: fieldIndex(f)}
		}
		if post == nil {
			return x
		}
		if !c.incDecOperand(tok) {
			c.syntaxError(post.Pos)
			return x
		}
		return &IncDec{Span: sp, Op: g.Post, Post: true, X: x}
	}
	op := c.sc.tokens[tok]
	switch {
	case op.Type == tokIncDec:
		xtok := c.sc.tokenAt(g.X.Pos.Offset)
		switch {
		case g.X.Post != "":
			_, _, post := c.suffixes(g.X)
			c.syntaxError(post.Pos) // ++$x++
		case g.X.X != nil || !c.incDecOperand(xtok):
			c.syntaxError(g.X.Pos)
		default:
			primEnd, _, _ := c.suffixes(g.X)
			return &IncDec{Span: sp, Op: op.Value, X: c.primary(g.X, xtok, Span{posOf(g.X.Pos), primEnd})}
		}
		return c.unary(g.X)
	case op.Type == tokCast:
		name := strings.Trim(op.Value, "() \t")
		return &Cast{Span: sp, Name: name, NameSpan: tokenSpan(g.Pos, len(op.Value)), X: c.unary(g.X)}
	}
	return &Unary{Span: sp, Op: op.Value, X: c.unary(g.X)}
}

// fieldIndex is the index of a tuple field access; a huge one is left to
// the checker as out of range.
func fieldIndex(index string) int {
	v, err := parseInt(index)
	if err != nil || v > 1<<20 {
		v = 1 << 20
	}
	return int(v)
}

// incDecOperand reports whether ++ and -- may apply to the primary at
// token k: a map, a variable, or a name (which the checker rejects with
// bpftrace's message).
func (c *converter) incDecOperand(k int) bool {
	switch c.sc.tokens[k].Type {
	case tokMap, tokVar:
		return true
	case tokIdent:
		return !c.sc.calls(k)
	}
	return false
}

// calls reports whether the identifier at token k is called: the grammar
// takes a '(' after it as the start of its arguments.
func (sc *scanned) calls(k int) bool {
	for k++; elided(sc.tokens[k].Type); k++ {
	}
	return sc.tokens[k].Value == "("
}

// syntaxError reports a syntax error at the token at pos, for constructs
// the grammar accepts but bpftrace's does not.
func (c *converter) syntaxError(pos lexer.Position) {
	c.syntaxErrorAt(func() *Error { return c.sc.syntaxErrorAt(c.sc.tokenAt(pos.Offset)) })
}

// syntaxErrorAt keeps the first syntax error. The conversion visits the
// source in order; later ones are not even built, since working out each
// one's context scans the tokens before it.
func (c *converter) syntaxErrorAt(build func() *Error) {
	if c.syntax == nil {
		c.syntax = build()
	}
}

// primary converts g's primary, which starts at token k and whose text
// is sp.
func (c *converter) primary(g *gUnary, k int, sp Span) Expr {
	switch tok := &c.sc.tokens[k]; tok.Type {
	case tokVar:
		return &Var{Span: sp, Name: tok.Value}
	case tokMap:
		m := &MapRef{Span: sp, Name: tok.Value}
		for _, k := range g.Args {
			m.Keys = append(m.Keys, c.expr(k))
		}
		return m
	case tokIdent:
		if c.sc.calls(k) {
			return c.call(sp, tok.Value, g.Args)
		}
		return &Builtin{Span: sp, Name: tok.Value}
	case tokInt:
		return &IntLit{Span: sp, Value: c.sc.ints[g.Pos.Offset]}
	case tokCall:
		return c.call(sp, tok.Value, g.Args)
	case tokString:
		return &StrLit{Span: sp, Value: c.sc.strs[g.Pos.Offset]}
	}
	if len(g.Args) == 1 {
		return c.expr(g.Args[0])
	}
	t := &Tuple{Span: sp}
	for _, e := range g.Args {
		t.Elems = append(t.Elems, c.expr(e))
	}
	return t
}

func (c *converter) call(sp Span, name string, args []*gExpr) *Call {
	call := &Call{Span: sp, Name: name}
	for _, a := range args {
		call.Args = append(call.Args, c.expr(a))
	}
	return call
}

// syntaxError turns participle's error into bpftrace's wording:
// "syntax error, unexpected X[, expecting Y]". Only the failing token's
// position is taken from participle; the rest is worked out from the
// tokens, approximating what bpftrace's bison parser says in the same
// place.
func (sc *scanned) syntaxError(err error) *Error {
	k := len(sc.tokens) - 1 // EOF unless participle says otherwise
	var perr participle.Error
	if errors.As(err, &perr) {
		k = sc.tokenAt(perr.Position().Offset)
	}
	return sc.syntaxErrorAt(k)
}

// syntaxErrorAt is the syntax error for an unexpected token k.
func (sc *scanned) syntaxErrorAt(k int) *Error {
	prev := sc.prevToken(k)
	tok := sc.tokens[k]
	ctx := sc.contextAt(k)
	if tok.EOF() && ctx == ctxTop {
		return sc.prog.errorAt(sc.specsBefore(k), "unexpected end of file, expected {")
	}
	msg := "syntax error, unexpected " + describe(tok) + expecting(ctx, sc.tokenOrNil(prev), sc.endsOperand(prev))
	return sc.prog.errorAt(sc.tokenSpanAt(k), "%s", msg)
}

// tokenAt is the index of the significant token at offset, or of the first
// one after it.
func (sc *scanned) tokenAt(off int) int {
	i := sort.Search(len(sc.tokens), func(i int) bool { return sc.tokens[i].Pos.Offset >= off })
	for i < len(sc.tokens)-1 && elided(sc.tokens[i].Type) {
		i++
	}
	if i >= len(sc.tokens) {
		i = len(sc.tokens) - 1
	}
	return i
}

func elided(t lexer.TokenType) bool { return t == tokSpace || t == tokComment }

// prevToken is the index of the significant token before k, or -1.
func (sc *scanned) prevToken(k int) int {
	for k--; k >= 0 && elided(sc.tokens[k].Type); k-- {
	}
	return k
}

func (sc *scanned) tokenOrNil(i int) *lexer.Token {
	if i < 0 {
		return nil
	}
	return &sc.tokens[i]
}

// tokenSpanAt is token k's span. For end of file it is the last token when
// the input ends right after it (bpftrace points there), else the empty
// range at the end.
func (sc *scanned) tokenSpanAt(k int) Span {
	if !sc.tokens[k].EOF() {
		return Span{sc.runStart(k), sc.ends[k]}
	}
	if sc.eofAt != nil {
		return *sc.eofAt
	}
	if k > 0 && !elided(sc.tokens[k-1].Type) {
		return Span{posOf(sc.tokens[k-1].Pos), sc.ends[k-1]}
	}
	return Span{sc.eof, sc.eof}
}

// runStart is where bpftrace 0.17 says token k starts: its lexer only
// moves a location's start past whitespace and comments, so a token glued
// to the ones before it "starts" where that run of tokens does
// (`@x[1;` reports the ";" from the "@").
func (sc *scanned) runStart(k int) Pos {
	for k > 0 && !elided(sc.tokens[k-1].Type) && sc.ends[k-1] == posOf(sc.tokens[k].Pos) {
		k--
	}
	return posOf(sc.tokens[k].Pos)
}

// specsBefore is where bpftrace reports a probe without an action block:
// from the end of the token before its specs (or the start of the file)
// to the end of the file, whitespace included.
func (sc *scanned) specsBefore(k int) Span {
	first := k
	for i := sc.prevToken(k); i >= 0 && (sc.tokens[i].Type == tokAttach || sc.tokens[i].Value == ","); i = sc.prevToken(i) {
		first = i
	}
	start := Pos{Line: 1, Col: 1}
	if before := sc.prevToken(first); before >= 0 {
		start = sc.ends[before]
	}
	return Span{start, sc.eof}
}

// parseContext is the innermost construct a token is in.
type parseContext int

const (
	ctxTop parseContext = iota
	ctxPred
	ctxBlock
	ctxParen
	ctxBracket // a map's keys
)

// contextAt finds the innermost open construct before token k.
func (sc *scanned) contextAt(k int) parseContext {
	var stack []parseContext
	pop := func(want parseContext) {
		if n := len(stack); n > 0 && stack[n-1] == want {
			stack = stack[:n-1]
		}
	}
	for _, t := range sc.tokens[:k] {
		switch {
		case t.Type == tokStartPred:
			stack = append(stack, ctxPred)
		case t.Type == tokEndPred:
			pop(ctxPred)
		case t.Type != tokPunct:
		case t.Value == "{":
			stack = append(stack, ctxBlock)
		case t.Value == "}":
			pop(ctxBlock)
		case t.Value == "(":
			stack = append(stack, ctxParen)
		case t.Value == ")":
			pop(ctxParen)
		case t.Value == "[":
			stack = append(stack, ctxBracket)
		case t.Value == "]":
			pop(ctxBracket)
		}
	}
	if len(stack) == 0 {
		return ctxTop
	}
	return stack[len(stack)-1]
}

// describe names a token the way bpftrace's syntax errors do.
func describe(t lexer.Token) string {
	switch t.Type {
	case lexer.EOF:
		return "end of file"
	case tokInt:
		return "integer"
	case tokString:
		return "string"
	case tokIdent:
		if _, ok := argIndex(t.Value); ok || bpftraceBuiltins[t.Value] {
			if t.Value == "kstack" || t.Value == "ustack" {
				return "call_builtin"
			}
			return "builtin"
		}
		return "identifier"
	case tokCall:
		return "call"
	case tokMap:
		return "map"
	case tokVar:
		return "variable"
	case tokDirective:
		return "preprocessor directive"
	case tokCast:
		return "cast"
	case tokEndPred:
		return "end predicate"
	case tokAttach:
		return "attach point " + t.Value
	}
	if t.Value == "," {
		return `","`
	}
	return t.Value
}

// expecting says what bpftrace's parser typically expects after prev in
// context ctx ("" when it would list nothing, as after an operator).
// operandEnd says whether an expression can end with prev.
func expecting(ctx parseContext, prev *lexer.Token, operandEnd bool) string {
	if prev != nil && prev.Type == tokCall {
		return ", expecting ("
	}
	switch ctx {
	case ctxTop:
		return ", expecting {"
	case ctxBlock:
		if operandEnd || prev != nil && (prev.Value == "{" || prev.Value == ";") {
			return ", expecting }"
		}
	case ctxParen:
		if operandEnd {
			return `, expecting ) or ","`
		}
	case ctxBracket:
		if operandEnd {
			return `, expecting ] or ","`
		}
	case ctxPred:
		if operandEnd {
			return ", expecting end predicate"
		}
	}
	return ""
}

// endsOperand reports whether an expression can end with token i: a
// literal, name, map or variable, a closing parenthesis or bracket, or a
// postfix ++/-- after a map or variable.
func (sc *scanned) endsOperand(i int) bool {
	if i < 0 {
		return false
	}
	t := sc.tokens[i]
	switch t.Type {
	case tokInt, tokString, tokIdent, tokMap, tokVar:
		return true
	case tokPunct:
		return t.Value == ")" || t.Value == "]"
	case tokIncDec:
		j := sc.prevToken(i)
		return j >= 0 && (sc.tokens[j].Type == tokMap || sc.tokens[j].Type == tokVar || sc.tokens[j].Type == tokIdent ||
			sc.tokens[j].Type == tokPunct && sc.tokens[j].Value == "]")
	}
	return false
}

// substParams replaces each $N of a probe spec's text by positional
// parameter N ("" when there are fewer). As in bpftrace 0.17, the number
// must end the field it is in, and $# is refused.
func substParams(text string, params []string) (string, string) {
	if !strings.Contains(text, "$") {
		return text, ""
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] != '$' {
			b.WriteByte(text[i])
			continue
		}
		j := i + 1
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j == i+1 {
			if j < len(text) && text[j] == '#' {
				return "", "Not a positional parameter"
			}
			b.WriteByte('$')
			continue
		}
		if j < len(text) && text[j] != ':' {
			trailing, _, _ := strings.Cut(text[j:], ":")
			return "", fmt.Sprintf("Found trailing text '%s' in positional parameter index. Try quoting the trailing text.", trailing)
		}
		n, err := strconv.Atoi(text[i+1 : j])
		if err == nil && n >= 1 && n <= len(params) {
			b.WriteString(params[n-1])
		}
		i = j - 1
	}
	return b.String(), ""
}

// ParseSpec parses a probe spec given on its own, as `-l PATTERN` is. The
// Program returned holds the text for error messages (and no probes).
func ParseSpec(file, text string) (*ProbeSpec, *Program, error) {
	p := &Program{File: file, Src: text}
	c := &converter{p: p}
	ps := c.spec(&gSpec{Text: text}, Span{Pos{Line: 1, Col: 1}, Pos{Line: 1, Col: len(text) + 1}})
	if len(c.errs) > 0 {
		return nil, p, c.errs
	}
	return ps, p, nil
}
