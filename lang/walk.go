package lang

// WalkExprs calls f for every expression of a probe, outermost first: the
// predicate, then each statement's expressions (nested statements
// included) in source order.
func WalkExprs(pr *Probe, f func(Expr)) {
	inspect(pr.Pred, f)
	WalkStmts(pr.Body, func(st Stmt) {
		switch st := st.(type) {
		case *MapAssign:
			inspect(st.Map, f)
			inspect(st.Value, f)
		case *AssignVar:
			inspect(st.Value, f)
		case *ExprStmt:
			inspect(st.X, f)
		case *If:
			inspect(st.Cond, f)
		case *While:
			inspect(st.Cond, f)
		}
	})
}

// Calls returns every call named name in a probe's predicate and body,
// nested statements included, in source order (the runtime resolves
// uaddr() symbols with it).
func Calls(pr *Probe, name string) []*Call {
	var calls []*Call
	WalkExprs(pr, func(e Expr) {
		if c, ok := e.(*Call); ok && c.Name == name {
			calls = append(calls, c)
		}
	})
	return calls
}
