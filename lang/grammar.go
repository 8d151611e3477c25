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
// A rule records Pos (first token) and EndPos (the token after its last
// one, from which converter.endOf finds the exclusive end of its text)
// when the converter cannot work them out from the tokens.

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
//
// Participle allocates a struct (and its Pos) before it knows whether the
// struct matches, so alternatives and optional parts that are usually
// absent start with their keyword or operator here, outside the struct,
// and positions the converter can find from the tokens are not recorded.
type gStmt struct {
	Pos    lexer.Position
	If     *gIf   `parser:"  'if' @@"`
	While  *gLoop `parser:"| 'while' @@"`
	Unroll *gLoop `parser:"| 'unroll' @@"`
	Jump   string `parser:"| @( 'return' | 'break' | 'continue' )"`
	X      *gExpr `parser:"| @@"`
	Assign string `parser:"  ( @Assign"`
	Value  *gExpr `parser:"    @@ )?"`
	EndPos lexer.Position
}

// gIf is if (cond) { } after the 'if', with an optional else block or
// else-if. Pos is the '(': the 'if' is the token before it.
type gIf struct {
	Pos    lexer.Position
	Cond   *gExpr  `parser:"'(' @@ ')'"`
	Then   *gBlock `parser:"@@"`
	ElseIf *gIf    `parser:"( 'else' ( 'if' @@"`
	Else   *gBlock `parser:"              | @@ ) )?"`
	Next   *gStmt  `parser:"@@?"`
}

// gLoop is a while or unroll statement after its keyword.
type gLoop struct {
	Cond *gExpr  `parser:"'(' @@ ')'"`
	Body *gBlock `parser:"@@"`
	Next *gStmt  `parser:"@@?"`
}

// gExpr is an operand followed by any number of (operator, operand); the
// operators are the tokens before the operands after the first. A ternary
// `c ? a : b` follows the whole operator chain (it binds loosest) and
// nests to the right through its last arm. Its span runs from the first
// operand to the end of the last operand or arm.
type gExpr struct {
	Operands []*gUnary `parser:"@@ ( BinOp @@ )*"`
	Then     *gExpr    `parser:"( '?' @@"`
	Else     *gExpr    `parser:"  ':' @@ )?"`
}

// gUnary is a primary with tuple field accesses (.0) and an optional
// postfix ++/--, or a prefix operator or a cast and its operand. parse.go
// checks that ++ and -- apply to a map, a variable or a name (the checker
// rejects names with bpftrace's error).
//
// The primary's alternatives are inline, commonest first (builtins such
// as arg0 and calls, then maps and variables: each one tried costs a
// branch), so an operand is one struct, and uncaptured: the token at Pos
// says which one matched and holds its text (a capture costs participle
// several allocations).
// Args are a map's keys, a call's arguments or the parenthesised
// expressions (a tuple when more than one). An identifier followed by
// parentheses calls an unknown function (the checker reports it); a Call
// token is one of bpftrace's.
type gUnary struct {
	Pos    lexer.Position
	Args   []*gExpr `parser:"( ( Ident ( '(' ( @@ ( ',' @@ )* )? ')' )? | Call '(' ( @@ ( ',' @@ )* )? ')' | Map ( '[' @@ ( ',' @@ )* ']' )? | Var | Int | String | '(' @@ ( ',' @@ )* ')' )"`
	Fields []string `parser:"  ( '.' @Int )*"`
	Post   string   `parser:"  @IncDec? )"`
	X      *gUnary  `parser:"| ( Prefix | IncDec | '-':BinOp | Cast ) @@"`
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

// tokenList replays scanned tokens to participle, without whitespace and
// comments: participle copies every token it is given and steps over
// elided ones at every peek, and the converter finds where a rule's text
// ends from the scanner's tokens (converter.endOf).
type tokenList struct {
	tokens []lexer.Token
	i      int
}

func (l *tokenList) Next() (lexer.Token, error) {
	for l.i < len(l.tokens) && elided(l.tokens[l.i].Type) {
		l.i++
	}
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
