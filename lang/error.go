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
	// Like bpftrace, print each tab as four spaces, and underline the range
	// where it then appears. The underline stops at the end of the line (a
	// range may take in the newline, as bpftrace's unterminated strings do).
	from := min(max(0, s.Col-1), len(e.Line))
	to := max(from, min(endCol-1, len(e.Line)))
	b.WriteByte('\n')
	b.WriteString(expandTabs(e.Line))
	b.WriteByte('\n')
	b.WriteString(strings.Repeat(" ", len(expandTabs(e.Line[:from]))+max(0, s.Col-1-from)))
	b.WriteString(strings.Repeat("~", len(expandTabs(e.Line[from:to]))))
	return b.String()
}

func expandTabs(s string) string { return strings.ReplaceAll(s, "\t", "    ") }

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
