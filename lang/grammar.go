package lang

import (
	"io"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The participle grammar. It is deliberately flat where the language has
// layers: binary expressions are parsed as an operand list (gExpr) and
// folded by precedence in parse.go, which keeps the grammar to one rule
// instead of ten and gives every operator its own position.
//
// The grammar is LL(1) and built without lookahead, so a rule that has
// consumed a token commits: the parser then reports the token that really
// broke the rule ("1 + ;" fails at ";", like bpftrace) instead of
// backtracking to an earlier, misleading position.
//
// Every rule records Pos (first token) and EndPos (the raw token after its
// last token: since whitespace and comments are real, elided tokens, that
// is exactly the exclusive end of the rule's text).

type gProgram struct {
	Probes []*gProbe `parser:"@@+"`
}

type gProbe struct {
	Pos lexer.Position
	// "BEGIN, {" is accepted, as by bpftrace.
	Specs  []*gSpec `parser:"( @@ ( ',' @@? )* )?"`
	Pred   *gPred   `parser:"@@?"`
	Block  *gBlock  `parser:"@@"`
	EndPos lexer.Position
}

type gSpec struct {
	Pos    lexer.Position
	Text   string `parser:"@Attach"`
	EndPos lexer.Position
}

type gPred struct {
	Pos    lexer.Position
	X      *gExpr `parser:"StartPred @@ EndPred"`
	EndPos lexer.Position
}

type gBlock struct {
	Pos    lexer.Position
	Stmts  []*gStmt `parser:"'{' @@? ( ';' @@? )* '}'"`
	EndPos lexer.Position
}

// gStmt is a compound statement (if, while, unroll), a jump (return,
// break, continue), or an expression, which is an assignment when Assign
// is set. Parsing the target as an expression keeps the grammar LL(1);
// parse.go checks that it is a map or a variable. Keywords are identifiers
// matched by value, tried before expressions.
//
// A compound statement needs no ';' after its block: the statement after
// it, if any, is its Next.
type gStmt struct {
	Pos    lexer.Position
	If     *gIf     `parser:"  @@"`
	While  *gWhile  `parser:"| @@"`
	Unroll *gUnroll `parser:"| @@"`
	Jump   string   `parser:"| @( 'return' | 'break' | 'continue' )"`
	X      *gExpr   `parser:"| @@"`
	Assign *gAssign `parser:"  @@?"`
	EndPos lexer.Position
}

// gIf is if (cond) { } with an optional else block or else-if.
type gIf struct {
	Pos    lexer.Position
	Cond   *gExpr  `parser:"'if' '(' @@ ')'"`
	Then   *gBlock `parser:"@@"`
	ElseIf *gIf    `parser:"( 'else' ( @@"`
	Else   *gBlock `parser:"         | @@ ) )?"`
	Next   *gStmt  `parser:"@@?"`
}

type gWhile struct {
	Pos  lexer.Position
	Cond *gExpr  `parser:"'while' '(' @@ ')'"`
	Body *gBlock `parser:"@@"`
	Next *gStmt  `parser:"@@?"`
}

type gUnroll struct {
	Pos   lexer.Position
	Count *gExpr  `parser:"'unroll' '(' @@ ')'"`
	Body  *gBlock `parser:"@@"`
	Next  *gStmt  `parser:"@@?"`
}

type gAssign struct {
	Pos    lexer.Position // of the "=" or "OP="
	Op     string         `parser:"@( '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' )"`
	Value  *gExpr         `parser:"@@"`
	EndPos lexer.Position
}

// gExpr is an operand followed by any number of (operator, operand).
// A ternary `c ? a : b` follows the whole operator chain (it binds
// loosest) and nests to the right through its last arm.
type gExpr struct {
	Pos    lexer.Position
	X      *gUnary  `parser:"@@"`
	Tail   []*gTail `parser:"@@*"`
	Then   *gExpr   `parser:"( '?' @@"`
	Else   *gExpr   `parser:"  ':' @@ )?"`
	EndPos lexer.Position
}

type gTail struct {
	Pos lexer.Position
	// "/" is qualified: the predicate's closing slash has the same text.
	Op     string  `parser:"@( '||' | '&&' | '|' | '^' | '&' | '==' | '!=' | '<=' | '>=' | '<<' | '>>' | '<' | '>' | '+' | '-' | '*' | '/':Punct | '%' )"`
	Y      *gUnary `parser:"@@"`
	EndPos lexer.Position
}

// gUnary is a prefix operator or a cast and its operand, or a primary
// with tuple field accesses (.0) and an optional postfix ++/--. parse.go
// checks that ++ and -- apply to a map, a variable or a name (the checker
// rejects names with bpftrace's error).
type gUnary struct {
	Pos    lexer.Position
	Op     string    `parser:"(  ( @( '!' | '-' | '~' | '++' | '--' )"`
	Cast   string    `parser:"   | @Cast )"`
	X      *gUnary   `parser:"   @@"`
	Prim   *gPrimary `parser:"| @@"`
	Fields []*gField `parser:"  @@*"`
	Post   *gPost    `parser:"  @@? )"`
	EndPos lexer.Position
}

// gField is a tuple field access: .N
type gField struct {
	Pos    lexer.Position
	Index  string `parser:"'.' @Int"`
	EndPos lexer.Position
}

type gPost struct {
	Pos lexer.Position
	Op  string `parser:"@( '++' | '--' )"`
}

type gPrimary struct {
	Pos    lexer.Position
	Call   *gCall   `parser:"  @@"`
	Name   *gName   `parser:"| @@"`
	Int    *string  `parser:"| @Int"`
	Str    *string  `parser:"| @String"`
	Map    *gMap    `parser:"| @@"`
	Var    *string  `parser:"| @Var"`
	Paren  []*gExpr `parser:"| '(' @@ ( ',' @@ )* ')'"` // a tuple when more than one
	EndPos lexer.Position
}

// gMap is @name, optionally indexed: @name[k1, k2].
type gMap struct {
	Pos    lexer.Position
	Name   string   `parser:"@Map"`
	Keys   []*gExpr `parser:"( '[' @@ ( ',' @@ )* ']' )?"`
	EndPos lexer.Position
}

// gCall calls one of bpftrace's function names (a Call token).
type gCall struct {
	Pos    lexer.Position
	Name   string   `parser:"@Call '('"`
	Args   []*gExpr `parser:"( @@ ( ',' @@ )* )? ')'"`
	EndPos lexer.Position
}

// gName is an identifier, or a call of an unknown function when followed
// by parentheses (the checker reports it).
type gName struct {
	Pos    lexer.Position
	Name   string   `parser:"@Ident"`
	Call   bool     `parser:"( @'('"`
	Args   []*gExpr `parser:"  ( @@ ( ',' @@ )* )? ')' )?"`
	EndPos lexer.Position
}

// lexDef gives participle the token type names. Parsing never calls Lex:
// Parse runs the scanner itself (it needs the scanner's side tables) and
// hands participle the tokens through ParseFromLexer.
type lexDef struct {
	symbols map[string]lexer.TokenType
}

func (d lexDef) Symbols() map[string]lexer.TokenType { return d.symbols }

func (lexDef) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	s := scan(&Program{File: filename, Src: string(src)})
	return &tokenList{tokens: s.tokens}, nil
}

// tokenList replays scanned tokens to participle.
type tokenList struct {
	tokens []lexer.Token
	i      int
}

func (l *tokenList) Next() (lexer.Token, error) {
	if l.i >= len(l.tokens) {
		return l.tokens[len(l.tokens)-1], nil // EOF, repeated
	}
	t := l.tokens[l.i]
	l.i++
	return t, nil
}

// grammar is built once; a participle parser holds no per-parse state.
var grammar = participle.MustBuild[gProgram](
	participle.Lexer(lexDef{symbols: tokenTypes}), // names the map so Go initialises it first
	participle.Elide("Space", "Comment"),
	participle.UseLookahead(0),
)
