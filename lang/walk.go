package lang

// Calls returns every call named name in a probe's predicate and body, in
// source order (the runtime resolves uaddr() symbols with it).
func Calls(pr *Probe, name string) []*Call {
	var calls []*Call
	note := func(e Expr) {
		if c, ok := e.(*Call); ok && c.Name == name {
			calls = append(calls, c)
		}
	}
	inspect(pr.Pred, note)
	for _, st := range pr.Body {
		switch st := st.(type) {
		case *MapAssign:
			inspect(st.Map, note)
			inspect(st.Value, note)
		case *AssignVar:
			inspect(st.Value, note)
		case *ExprStmt:
			inspect(st.X, note)
		}
	}
	return calls
}
