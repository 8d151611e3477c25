package lang

// Checks of the stack and symbol builtins: func, ustack, usym(), reg()
// and uaddr(). Messages are bpftrace 0.17's.

// Registers are the names reg() accepts on x86-64 (bpftrace's list: the
// fields of struct pt_regs without their r/e prefix), in pt_regs order, so
// a name's index times 8 is its offset in pt_regs.
var Registers = []string{
	"r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10", "r9", "r8",
	"ax", "cx", "dx", "si", "di", "orig_ax", "ip", "cs", "flags", "sp", "ss",
}

// RegisterIndex returns the pt_regs slot of a reg() name.
func RegisterIndex(name string) (int, bool) {
	for i, r := range Registers {
		if r == name {
			return i, true
		}
	}
	return 0, false
}

// MaxStackLimit is the largest ustack(N) bpftrace accepts.
const MaxStackLimit = 1024

// Stack modes of ustack(mode[, limit]).
const (
	StackBpftrace = "bpftrace"
	StackPerf     = "perf"
)

// StackArgs returns the mode and frame limit of a checked ustack or
// ustack(...) expression; limit 0 means no limit given.
func StackArgs(e Expr) (mode string, limit int, hasLimit bool) {
	mode = StackBpftrace
	call, ok := e.(*Call)
	if !ok {
		return mode, 0, false
	}
	for _, a := range call.Args {
		if b, isMode := a.(*Builtin); isMode && isStackMode(b.Name) {
			mode = b.Name
			continue
		}
		if n, isLit := IntLiteral(a); isLit {
			limit, hasLimit = int(n), true
		}
	}
	return mode, limit, hasLimit
}

func isStackMode(name string) bool { return name == StackBpftrace || name == StackPerf }

// funcBuiltin types func: the traced function, as usym(ip) in uprobes and
// uretprobes (in a uretprobe, ip is the return address: bpftrace 0.17 names
// the caller).
func (c *checker) funcBuiltin(b *Builtin) (Type, bool) {
	for _, sp := range c.cur.Specs {
		if sp.Kind != KindUprobe && sp.Kind != KindUretprobe {
			c.errorf(b.Span, "The func builtin can not be used with '%s' probes", sp.Kind)
			return None, false
		}
	}
	return Usym, true
}

// ustack checks ustack(), ustack(limit), ustack(mode) and ustack(mode,
// limit), where mode is the identifier perf or bpftrace.
func (c *checker) ustack(call *Call) (Type, bool) {
	if len(call.Args) > 2 {
		c.errorf(call.Span, "ustack() takes up to 2 arguments (%d provided)", len(call.Args))
		return None, false
	}
	ok := true
	// argKind names an argument as bpftrace's messages do, checking it.
	argKind := func(a Expr) string {
		if b, isMode := a.(*Builtin); isMode && isStackMode(b.Name) {
			b.setType(None)
			return "stack mode"
		}
		t, tok := c.expr(a)
		if !tok {
			ok = false
			return "none"
		}
		return kindName(t, true)
	}
	kinds := make([]string, len(call.Args))
	for i, a := range call.Args {
		kinds[i] = argKind(a)
	}
	limitArg := -1
	switch len(call.Args) {
	case 1:
		if kinds[0] != "stack mode" {
			limitArg = 0
		}
	case 2:
		if kinds[0] != "stack mode" {
			c.errorf(call.Span, "ustack() expects a stack mode literal (%s provided)", kinds[0])
			ok = false
		}
		limitArg = 1
	}
	if limitArg >= 0 {
		n, lit := IntLiteral(call.Args[limitArg])
		switch {
		case !lit:
			c.errorf(call.Span, "ustack() expects a integer literal (%s provided)", kinds[limitArg])
			ok = false
		case uint64(n) > MaxStackLimit:
			c.errorf(call.Span, "ustack([int limit]): limit shouldn't exceed %d, %d given", MaxStackLimit, uint64(n))
			ok = false
		}
	}
	if !ok {
		return None, false
	}
	return Ustack, true
}

// usym checks usym(addr).
func (c *checker) usym(call *Call) (Type, bool) {
	if len(call.Args) != 1 {
		c.errorf(call.Span, "usym() requires one argument (%d provided)", len(call.Args))
		return None, false
	}
	t, ok := c.expr(call.Args[0])
	if !ok {
		return None, false
	}
	if t.Kind != TInt {
		c.errorf(call.Span, "usym() expects an integer or pointer argument")
		return None, false
	}
	return Usym, true
}

// regUaddr checks reg("name") and uaddr("symbol"): one string literal, in
// probes that have registers (uaddr's symbol is resolved in the probe's
// binary when the probe is resolved, so not in interval probes).
func (c *checker) regUaddr(call *Call) (Type, bool) {
	if len(call.Args) != 1 {
		c.errorf(call.Span, "%s() requires one argument (%d provided)", call.Name, len(call.Args))
		return None, false
	}
	for _, sp := range c.cur.Specs {
		switch {
		case sp.Kind == KindUprobe, sp.Kind == KindUretprobe, sp.Kind == KindUSDT:
		case sp.Kind == KindInterval && call.Name == "reg":
			// The registers of the interrupted context.
		default:
			c.errorf(call.Span, "%s can not be used with \"%s\" probes", call.Name, sp.Kind)
			return None, false
		}
	}
	t, ok := c.expr(call.Args[0])
	if !ok {
		return None, false
	}
	lit, isLit := call.Args[0].(*StrLit)
	if !isLit {
		c.errorf(call.Span, "%s() expects a string literal (%s provided)", call.Name, kindName(t, true))
		return None, false
	}
	if call.Name == "reg" {
		if _, known := RegisterIndex(lit.Value); !known {
			c.errorf(call.Span, "'%s' is not a valid register on this architecture (x86_64)", lit.Value)
			return None, false
		}
	}
	return Uint64, true
}

// tupleElem reports (and refuses) stack and symbol values in tuples:
// tuples hold integers and strings only.
func (c *checker) tupleElem(e Expr, t Type) bool {
	if t.Kind == TUstack || t.Kind == TUsym {
		c.errorf(e.Range(), "a %s value cannot be part of a tuple in tinytrace yet (use it directly, or as a map key or value)", t)
		return false
	}
	return true
}
