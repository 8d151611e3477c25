package lang

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types of the tinytrace lexer. Negative like text/scanner's so they
// never collide with participle's own values.
const (
	tokSpace     lexer.TokenType = -(iota + 2) // whitespace, elided
	tokComment                                 // comments and the #! line, elided
	tokAttach                                  // a probe spec such as usdt:./x:p:n
	tokStartPred                               // the '/' opening a predicate
	tokEndPred                                 // the '/' closing a predicate (followed by '{')
	tokInt                                     // integer literal
	tokString                                  // string literal, Value still quoted
	tokIdent                                   // identifier or builtin
	tokCall                                    // identifier naming a bpftrace function
	tokMap                                     // @name or @
	tokVar                                     // $name or $1
	tokPunct                                   // operators and punctuation
	tokDirective                               // # to end of line (preprocessor)
	tokCast                                    // (int8), (foo): a parenthesised type name
	// Operators have types of their own (rather than being Punct matched
	// by value) so that the grammar matches a class of them with one
	// token reference: a disjunction of literals costs participle an
	// allocated branch per alternative tried, at every operand.
	tokBinOp  // binary operators, '-' included
	tokIncDec // ++ and --
	tokPrefix // ! and ~
	tokAssign // = and the compound assignments
)

// tokenTypes names the token types for the grammar's struct tags.
var tokenTypes = map[string]lexer.TokenType{
	"EOF":       lexer.EOF,
	"Space":     tokSpace,
	"Comment":   tokComment,
	"Attach":    tokAttach,
	"StartPred": tokStartPred,
	"EndPred":   tokEndPred,
	"Int":       tokInt,
	"String":    tokString,
	"Ident":     tokIdent,
	"Call":      tokCall,
	"Map":       tokMap,
	"Var":       tokVar,
	"Punct":     tokPunct,
	"Directive": tokDirective,
	"Cast":      tokCast,
	"BinOp":     tokBinOp,
	"IncDec":    tokIncDec,
	"Prefix":    tokPrefix,
	"Assign":    tokAssign,
}

// punctType is the token type of operator or punctuation text.
func punctType(v string) lexer.TokenType {
	switch v {
	case "||", "&&", "|", "^", "&", "==", "!=", "<=", ">=", "<<", ">>", "<", ">", "+", "-", "*", "/", "%":
		return tokBinOp
	case "++", "--":
		return tokIncDec
	case "!", "~":
		return tokPrefix
	case "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=":
		return tokAssign
	}
	return tokPunct
}

// maxNesting bounds parentheses, map-key brackets and unary-operator chains so a hostile
// script cannot recurse the parser or checker into a stack overflow.
const maxNesting = 256

// operators are the multi-character operators, longest first so the
// scanner takes the longest match. Compound assignments and ++/-- are
// lexed whole (bpftrace has them) so errors name them properly.
var operators = []string{
	"<<=", ">>=",
	"||", "&&", "==", "!=", "<=", ">=", "<<", ">>", "++", "--", "->",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
}

// singles are the one-character punctuation tokens.
const singles = "(){}[],;=+-*/%<>!~&|^?:."

// scanMode is where the scanner is: between probes, inside a predicate or
// inside an action block. Probe specs and the predicate slashes are lexed
// differently from the expression language, as in bpftrace.
type scanMode int

const (
	modeTop scanMode = iota
	modePred
	modeBlock
)

// scanned is the output of the scanner: every raw token (including
// whitespace and comments) plus what participle's Token cannot carry.
type scanned struct {
	tokens []lexer.Token
	ends   []Pos          // exclusive end of tokens[i]
	strs   map[int]string // decoded string literals by token offset
	ints   map[int]uint64 // integer literal values by token offset
	errs   ErrorList      // lexical errors, in source order
	eof    Pos            // position just past the input
	prog   *Program       // for error rendering
	fatal  bool           // input too deeply nested: do not parse it
	// eofAt is where bpftrace places "unexpected end of file" when the
	// input ends inside a string or comment: on it. Nil otherwise.
	eofAt *Span
}

type scanner struct {
	out   *scanned
	src   string
	i     int // byte offset of the next character
	line  int
	col   int
	mode  scanMode
	depth int // brace depth inside an action block
	paren int // parenthesis depth, for maxNesting
	unary int // length of the current run of prefix operators
}

// scan tokenises p.Src. It never fails: bad input becomes lexical errors in
// the result and the offending bytes are skipped, so the parser can still
// report the first syntax error after them (bpftrace reports both).
func scan(p *Program) *scanned {
	s := &scanner{
		out:  &scanned{strs: map[int]string{}, ints: map[int]uint64{}, prog: p},
		src:  p.Src,
		line: 1,
		col:  1,
	}
	// Dense scripts have about one raw token per two bytes; sizing for
	// that avoids most of the slices' regrowth.
	s.out.tokens = make([]lexer.Token, 0, len(s.src)/2+2)
	s.out.ends = make([]Pos, 0, len(s.src)/2+2)
	if strings.HasPrefix(s.src, "#!") {
		s.emitWhile(tokComment, func(c byte) bool { return c != '\n' })
	}
	for s.i < len(s.src) {
		s.next()
	}
	s.out.eof = s.pos()
	s.out.tokens = append(s.out.tokens, lexer.Token{Type: lexer.EOF, Pos: s.lexPos()})
	s.out.ends = append(s.out.ends, s.pos())
	return s.out
}

func (s *scanner) pos() Pos { return Pos{Line: s.line, Col: s.col} }

func (s *scanner) lexPos() lexer.Position {
	return lexer.Position{Filename: s.out.prog.File, Offset: s.i, Line: s.line, Column: s.col}
}

// advance moves past n bytes, keeping line and column (in bytes) current.
func (s *scanner) advance(n int) {
	for ; n > 0 && s.i < len(s.src); n-- {
		if s.src[s.i] == '\n' {
			s.line++
			s.col = 1
		} else {
			s.col++
		}
		s.i++
	}
}

func (s *scanner) peek(k int) byte {
	if s.i+k < len(s.src) {
		return s.src[s.i+k]
	}
	return 0
}

// emit records the token covering the next n bytes.
func (s *scanner) emit(t lexer.TokenType, n int) lexer.Token {
	start := s.lexPos()
	tok := lexer.Token{Type: t, Value: s.src[s.i : s.i+n], Pos: start}
	s.advance(n)
	s.out.tokens = append(s.out.tokens, tok)
	s.out.ends = append(s.out.ends, s.pos())
	if t != tokSpace && t != tokComment {
		s.trackNesting(tok)
	}
	return tok
}

// emitWhile emits one token of the bytes for which ok holds.
func (s *scanner) emitWhile(t lexer.TokenType, ok func(byte) bool) lexer.Token {
	n := 0
	for s.i+n < len(s.src) && ok(s.src[s.i+n]) {
		n++
	}
	return s.emit(t, n)
}

// errorf records a lexical error for [start, current position).
func (s *scanner) errorf(start Pos, format string, args ...any) {
	s.out.errs = append(s.out.errs, s.out.prog.errorAt(Span{start, s.pos()}, format, args...))
}

// next lexes one token (or skips one bad character).
func (s *scanner) next() {
	c := s.src[s.i]
	switch {
	case isSpace(c):
		s.emitWhile(tokSpace, isSpace)
	case c == '/' && s.peek(1) == '/':
		s.emitWhile(tokComment, func(c byte) bool { return c != '\n' })
	case c == '/' && s.peek(1) == '*':
		s.blockComment()
	case s.mode == modeTop:
		s.top()
	default:
		s.expr()
	}
}

func (s *scanner) blockComment() {
	start := s.pos()
	end := strings.Index(s.src[s.i+2:], "*/")
	if end >= 0 {
		s.emit(tokComment, end+4)
		return
	}
	// Underline only to the end of the comment's first line.
	nl := strings.IndexByte(s.src[s.i:], '\n')
	if nl < 0 {
		nl = len(s.src) - s.i
	}
	first := s.pos()
	first.Col += nl
	s.out.errs = append(s.out.errs, s.out.prog.errorAt(Span{start, first}, "end of file during comment"))
	s.out.eofAt = &Span{start, first}
	s.emit(tokComment, len(s.src)-s.i)
}

// top lexes between probes: probe specs, predicate slashes and the braces.
func (s *scanner) top() {
	switch c := s.src[s.i]; c {
	case '{':
		s.emit(tokPunct, 1)
		s.mode, s.depth = modeBlock, 1
	case '/':
		if s.predicateEnds() {
			s.emit(tokEndPred, 1)
			return
		}
		s.emit(tokStartPred, 1)
		s.mode = modePred
	case ',', '}', ')', '(', ';', '[', ']':
		s.emit(tokPunct, 1)
	case '"':
		s.str()
	case '#':
		s.emitWhile(tokDirective, func(c byte) bool { return c != '\n' })
	case '@':
		// bpftrace lexes maps and variables everywhere, so "@x {" is
		// "unexpected map", not a bad probe type.
		s.emit(tokMap, 1+identLen(s.src[s.i+1:], true))
	case '$':
		s.variable()
	default:
		s.attach()
	}
}

// positionalAt reports whether a positional parameter ($N or $#) starts
// at offset i.
func (s *scanner) positionalAt(i int) bool {
	return i+1 < len(s.src) && (isDigit(s.src[i+1]) || s.src[i+1] == '#')
}

// attach lexes one probe spec. A '/' ends the spec unless a ':' came
// before it (then it is part of a path): "BEGIN/1/" has a predicate,
// "uprobe:/bin/sh:f" does not. A '@' or '$' starts a map or variable
// token, as in bpftrace ("a@b" is a spec and a map), except that a
// positional parameter ($1, $#) stays in the spec, which substitutes it.
func (s *scanner) attach() {
	colon := false
	n := 0
	for ; s.i+n < len(s.src); n++ {
		c := s.src[s.i+n]
		if isSpace(c) || strings.IndexByte("{}(),;\"@", c) >= 0 || c == '/' && !colon {
			break
		}
		if c == '$' && !s.positionalAt(s.i+n) {
			break
		}
		colon = colon || c == ':'
	}
	s.emit(tokAttach, n)
}

// predicateEnds reports whether the '/' at s.i closes a predicate: it does
// when the next thing after it (past blanks and comments) is the '{' of the
// action block. Any other '/' inside a predicate is division.
func (s *scanner) predicateEnds() bool {
	rest := s.src[s.i+1:]
	for {
		rest = strings.TrimLeft(rest, " \t\r\n\f\v")
		switch {
		case strings.HasPrefix(rest, "//"):
			nl := strings.IndexByte(rest, '\n')
			if nl < 0 {
				return false
			}
			rest = rest[nl:]
		case strings.HasPrefix(rest, "/*"):
			end := strings.Index(rest[2:], "*/")
			if end < 0 {
				return false
			}
			rest = rest[end+4:]
		default:
			return strings.HasPrefix(rest, "{")
		}
	}
}

// expr lexes one token of the expression language (predicates and blocks).
func (s *scanner) expr() {
	c := s.src[s.i]
	switch {
	case isDigit(c):
		s.number()
	case isIdentStart(c):
		s.ident()
	case c == '@':
		s.emit(tokMap, 1+identLen(s.src[s.i+1:], true))
	case c == '$':
		s.variable()
	case c == '"':
		s.str()
	case c == '\'':
		s.char()
	case c == '#':
		s.emitWhile(tokDirective, func(c byte) bool { return c != '\n' })
	case c == '(' && s.castLen() > 0:
		s.emit(tokCast, s.castLen())
	default:
		s.punct()
	}
}

// castLen is the length of a cast such as "(int8)" or "( foo )" at s.i, or
// 0. Like bpftrace, any parenthesised identifier that is not a builtin,
// function or keyword is a type name: "(foo)1" is a cast to an unknown
// type, "(pid)" a parenthesised builtin.
func (s *scanner) castLen() int {
	// The parentheses after a function name (or ustack) hold its
	// arguments: str(foo) is a call with an unknown identifier, not str
	// followed by a cast.
	for i := len(s.out.tokens) - 1; i >= 0; i-- {
		if t := s.out.tokens[i].Type; t != tokSpace && t != tokComment {
			if v := s.out.tokens[i].Value; t == tokCall || t == tokIdent && (v == "ustack" || v == "kstack") {
				return 0
			}
			break
		}
	}
	rest := s.src[s.i+1:]
	n := 1
	skip := func() {
		for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
			rest, n = rest[1:], n+1
		}
	}
	skip()
	id := identLen(rest, false)
	name := rest[:id]
	// perf and bpftrace are stack modes (ustack(perf)), not types.
	if id == 0 || bpftraceFunctions[name] || bpftraceBuiltins[name] || keywords[name] || isStackMode(name) {
		return 0
	}
	if _, ok := argIndex(name); ok || isSarg(name) {
		return 0
	}
	rest, n = rest[id:], n+id
	skip()
	if len(rest) == 0 || rest[0] != ')' {
		return 0
	}
	return n + 1
}

// keywords are the statement keywords; they are lexed as identifiers and
// matched by value in the grammar.
var keywords = map[string]bool{
	"if": true, "else": true, "while": true, "unroll": true, "return": true, "break": true, "continue": true,
}

// char lexes a character literal such as 'A' or '\n' as an integer (its
// byte value). bpftrace 0.17 has no character literals.
func (s *scanner) char() {
	start, startLex := s.pos(), s.lexPos()
	rest := s.src[s.i:]
	n, v, msg := 0, byte(0), ""
	switch {
	case len(rest) >= 2 && rest[1] == '\\':
		var m int
		m, v, msg = decodeEscape(rest[1:])
		n = 1 + m
	case len(rest) >= 2 && rest[1] != '\'' && rest[1] != '\n' && rest[1] < 0x80:
		n, v = 2, rest[1]
	default:
		msg = "invalid character literal"
		n = 1
	}
	if msg == "" && (n >= len(rest) || rest[n] != '\'') {
		msg = "invalid character literal (one character between single quotes)"
	}
	if msg != "" {
		s.advance(n)
		s.errorf(start, "%s", msg)
		return
	}
	s.emit(tokInt, n+1)
	s.out.ints[startLex.Offset] = uint64(v)
}

func (s *scanner) ident() {
	n := identLen(s.src[s.i:], false)
	t := tokIdent
	if bpftraceFunctions[s.src[s.i:s.i+n]] {
		t = tokCall // bpftrace lexes function names as their own token
	}
	s.emit(t, n)
}

// variable lexes $name or a positional parameter $N.
func (s *scanner) variable() {
	rest := s.src[s.i+1:]
	n := identLen(rest, false)
	if n == 0 {
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
	}
	if n == 0 && len(rest) > 0 && rest[0] == '#' {
		n = 1 // $#, the number of positional parameters
	}
	if n == 0 {
		s.invalid()
		return
	}
	s.emit(tokVar, n+1)
}

func (s *scanner) punct() {
	for _, op := range operators {
		if strings.HasPrefix(s.src[s.i:], op) {
			s.emit(punctType(op), len(op))
			return
		}
	}
	c := s.src[s.i]
	if strings.IndexByte(singles, c) < 0 {
		s.invalid()
		return
	}
	switch c {
	case '{':
		if s.mode == modePred {
			// A '{' inside a predicate is a syntax error the parser will
			// report; lex the rest as the block it probably starts.
			s.mode, s.depth = modeBlock, 0
		}
		s.depth++
	case '}':
		s.depth--
		if s.depth <= 0 {
			s.mode = modeTop
		}
	case '/':
		if s.mode == modePred && s.predicateEnds() {
			s.emit(tokEndPred, 1)
			s.mode = modeTop
			return
		}
	}
	s.emit(punctType(s.src[s.i:s.i+1]), 1)
}

// invalid reports and skips one character (a whole UTF-8 sequence).
func (s *scanner) invalid() {
	start := s.pos()
	r, n := utf8.DecodeRuneInString(s.src[s.i:])
	s.advance(n)
	if r == utf8.RuneError {
		s.errorf(start, "invalid character '\\x%02x'", s.src[s.i-n])
		return
	}
	s.errorf(start, "invalid character '%c'", r)
}

// trackNesting enforces maxNesting on parentheses and prefix-operator runs.
func (s *scanner) trackNesting(tok lexer.Token) {
	switch tok.Value {
	case "(", "[":
		s.paren++
	case ")", "]":
		s.paren--
	}
	if tok.Type == tokCast || tok.Type == tokPrefix || tok.Type == tokIncDec || tok.Type == tokBinOp && tok.Value == "-" {
		s.unary++
	} else if tok.Value != "(" && tok.Value != "[" {
		s.unary = 0
	}
	if s.paren+s.unary > maxNesting {
		end := s.out.ends[len(s.out.ends)-1]
		s.out.errs = append(s.out.errs, s.out.prog.errorAt(Span{posOf(tok.Pos), end}, "expression nested too deeply (more than %d levels)", maxNesting))
		// Skip the rest: one error is enough and parsing it would recurse.
		s.out.fatal = true
		s.advance(len(s.src) - s.i)
	}
}

// number lexes an integer literal: decimal (with _ separators and an
// optional e exponent, 1e3), octal with a leading 0, or hex. Trailing
// letters are not consumed, so "12abc" is an integer then an identifier,
// as bpftrace lexes it.
func (s *scanner) number() {
	n := 0
	rest := s.src[s.i:]
	if len(rest) > 2 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'X') && isHex(rest[2]) {
		n = 2
		// As in bpftrace 0.17, hex literals have no '_' separators
		// (0x1_0 is 0x1 followed by the identifier _0)...
		for n < len(rest) && isHex(rest[n]) {
			n++
		}
	} else {
		for n < len(rest) && (isDigit(rest[n]) || rest[n] == '_') {
			n++
		}
		// ...and decimal ones do not end with one (1_ is 1, then _).
		for rest[n-1] == '_' {
			n--
		}
		if n+1 < len(rest) && rest[n] == 'e' && isDigit(rest[n+1]) {
			n++
			for n < len(rest) && isDigit(rest[n]) {
				n++
			}
		}
	}
	start := s.pos()
	tok := s.emit(tokInt, n)
	v, err := parseInt(tok.Value)
	if err != nil {
		s.errorf(start, "%v", err)
	}
	s.out.ints[tok.Pos.Offset] = v
}

// parseInt converts an integer literal's text.
func parseInt(text string) (uint64, error) {
	mant, exp, hasExp := strings.Cut(text, "e")
	if strings.HasPrefix(text, "0x") || strings.HasPrefix(text, "0X") {
		hasExp = false
		mant = text
	}
	clean := strings.ReplaceAll(mant, "_", "")
	base := 10
	switch {
	case strings.HasPrefix(clean, "0x") || strings.HasPrefix(clean, "0X"):
		base, clean = 16, clean[2:]
	case len(clean) > 1 && clean[0] == '0':
		base, clean = 8, clean[1:]
	}
	v, err := strconv.ParseUint(clean, base, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, fmt.Errorf("integer literal %s is out of range (maximum 18446744073709551615)", text)
		}
		return 0, fmt.Errorf("invalid integer literal %s", text)
	}
	if !hasExp {
		return v, nil
	}
	e, err := strconv.Atoi(exp)
	if err != nil || e > 19 {
		return 0, fmt.Errorf("integer literal %s is out of range (maximum 18446744073709551615)", text)
	}
	for ; e > 0; e-- {
		hi, lo := bits.Mul64(v, 10)
		if hi != 0 {
			return 0, fmt.Errorf("integer literal %s is out of range (maximum 18446744073709551615)", text)
		}
		v = lo
	}
	return v, nil
}

// str lexes a string literal, decoding escapes as it goes. A string that
// reaches the end of its line is unterminated; lexing resumes on the next
// line, as bpftrace does.
func (s *scanner) str() {
	start, startLex := s.pos(), s.lexPos()
	var val strings.Builder
	n := 1 // bytes of the literal so far, including the opening quote
	for {
		if s.i+n >= len(s.src) || s.src[s.i+n] == '\n' {
			s.advance(n)
			end := s.pos()
			if s.i < len(s.src) {
				end.Col++ // bpftrace's range takes in the newline
			} else {
				s.out.eofAt = &Span{start, end}
			}
			s.out.errs = append(s.out.errs, s.out.prog.errorAt(Span{start, end}, "unterminated string"))
			return
		}
		c := s.src[s.i+n]
		if c == '"' {
			break
		}
		if c != '\\' {
			val.WriteByte(c)
			n++
			continue
		}
		m, b, msg := decodeEscape(s.src[s.i+n:])
		if msg != "" {
			end := start
			end.Col += n + m
			s.out.errs = append(s.out.errs, s.out.prog.errorAt(Span{start, end}, "%s", msg))
		} else {
			val.WriteByte(b)
		}
		n += m
	}
	s.emit(tokString, n+1)
	s.out.strs[startLex.Offset] = val.String()
}

// decodeEscape decodes the escape at the start of e (e[0] == '\\'). It
// returns the bytes consumed, the decoded byte, and an error message (in
// bpftrace's words) when the escape is invalid.
func decodeEscape(e string) (int, byte, string) {
	if len(e) < 2 || e[1] == '\n' {
		return 1, 0, "invalid escape character '\\'"
	}
	switch e[1] {
	case 'n':
		return 2, '\n', ""
	case 't':
		return 2, '\t', ""
	case 'r':
		return 2, '\r', ""
	case '\\':
		return 2, '\\', ""
	case '"':
		return 2, '"', ""
	case 'x':
		n := 2
		for n < len(e) && n < 4 && isHex(e[n]) {
			n++
		}
		if n == 2 {
			return 2, 0, "invalid escape character '\\x'"
		}
		v, _ := strconv.ParseUint(e[2:n], 16, 8)
		return n, byte(v), ""
	}
	if e[1] >= '0' && e[1] <= '7' {
		n := 1
		for n < len(e) && n < 4 && e[n] >= '0' && e[n] <= '7' {
			n++
		}
		v, _ := strconv.ParseUint(e[1:n], 8, 16)
		if v > 255 {
			return n, 0, fmt.Sprintf("octal escape sequence out of range '%s'", e[:n])
		}
		return n, byte(v), ""
	}
	_, size := utf8.DecodeRuneInString(e[1:])
	return 1 + size, 0, fmt.Sprintf("invalid escape character '%s'", e[:1+size])
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// identLen is the length of the identifier at the start of s; digits may
// lead when digitsFirst (map names such as @1).
func identLen(s string, digitsFirst bool) int {
	n := 0
	for n < len(s) && (isIdentStart(s[n]) || isDigit(s[n]) && (n > 0 || digitsFirst)) {
		n++
	}
	return n
}

// posOf converts a participle position.
func posOf(p lexer.Position) Pos { return Pos{Line: p.Line, Col: p.Column} }
