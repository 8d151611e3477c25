package lang

// ErrorAt builds an Error for a range of p; later stages (the compiler, the
// runtime's probe resolution) use it to report problems at the source.
func (p *Program) ErrorAt(s Span, format string, args ...any) *Error {
	return p.errorAt(s, format, args...)
}
