package lang

// Calls returns every call named name in a probe's predicate and body,
// nested statements included, in source order (the runtime resolves
// uaddr() symbols with it).
func Calls(pr *Probe, name string) []*Call {
	var calls []*Call
	note := func(e Expr) {
		if c, ok := e.(*Call); ok && c.Name == name {
			calls = append(calls, c)
		}
	}
	inspect(pr.Pred, note)
	WalkStmts(pr.Body, func(st Stmt) {
		switch st := st.(type) {
		case *MapAssign:
			inspect(st.Map, note)
			inspect(st.Value, note)
		case *AssignVar:
			inspect(st.Value, note)
		case *ExprStmt:
			inspect(st.X, note)
		case *If:
			inspect(st.Cond, note)
		case *While:
			inspect(st.Cond, note)
		}
	})
	return calls
}
