package lang

import (
	"fmt"
	"strings"
)

// Error is a diagnostic for a source range, rendered as bpftrace does:
//
//	FILE:LINE:COL-ENDCOL: ERROR: message
//	the source line
//	~~~~ under the range
//
// Like bpftrace, a range spanning lines renders as FILE:LINE-ENDLINE with
// no source excerpt, an empty range underlines nothing, and a range past
// the last line (end of file after a final newline) has no excerpt.
type Error struct {
	File string
	Line string // the source line the range starts on
	Span Span
	Msg  string
}

func (e *Error) Error() string {
	s, end := e.Span.Start, e.Span.End
	if end.Line > s.Line {
		return fmt.Sprintf("%s:%d-%d: ERROR: %s", e.File, s.Line, end.Line, e.Msg)
	}
	endCol := max(end.Col, s.Col)
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d-%d: ERROR: %s", e.File, s.Line, s.Col, endCol, e.Msg)
	if e.Line == "" {
		return b.String()
	}
	b.WriteByte('\n')
	b.WriteString(e.Line)
	b.WriteByte('\n')
	b.WriteString(strings.Repeat(" ", max(0, s.Col-1)))
	// The underline stops at the end of the line (a range may take in the
	// newline, as bpftrace's unterminated strings do).
	b.WriteString(strings.Repeat("~", max(0, min(endCol, len(e.Line)+1)-s.Col)))
	return b.String()
}

// ErrorList is every diagnostic of one check, in source order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// errorAt builds an Error for a node of p.
func (p *Program) errorAt(s Span, format string, args ...any) *Error {
	return &Error{File: p.File, Line: p.line(s.Start.Line), Span: s, Msg: fmt.Sprintf(format, args...)}
}

func (p *Program) line(n int) string {
	if p.lines == nil || p.linesOf != p.Src {
		// Split once per source: scripts with many errors stay linear.
		p.lines, p.linesOf = strings.Split(p.Src, "\n"), p.Src
	}
	if n < 1 || n > len(p.lines) {
		return ""
	}
	return strings.TrimRight(p.lines[n-1], "\r")
}
