// Package scriptgen writes random well-typed tinytrace scripts, to check
// that the kernel verifier accepts whatever the checker accepts.
//
// The generator keeps a model of what is in scope (probes' arguments,
// variables and their types, maps and their key and value types) so every
// script it writes should pass lang.Check; one that does not is a bug in
// the generator or the checker. Statements come from a table (stmtKinds):
// a new construct such as if/else or a loop is one more entry that emits
// its header and calls g.block for its body.
package scriptgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Target is a probe the generator may attach its probes to. The caller
// must give sites that match (for compiling) with at least Args arguments.
type Target struct {
	Spec string // e.g. "usdt:./t:tt:args12", "uprobe:./u:f", "BEGIN"
	Args int    // how many argN it has (0 for BEGIN, END, interval, uretprobe)
	Ret  bool   // retval is available (uretprobe)
}

// Gen writes scripts from one seed; the same seed gives the same scripts.
type Gen struct {
	r       *rand.Rand
	targets []Target
	kinds   []stmtKind

	// Per script.
	maps  []*mapInfo
	nMaps int
	once  map[string]bool // BEGIN and END, which a script may have once

	// Per probe.
	args  int // argN available: the minimum over the probe's specs
	ret   bool
	vars  []*varInfo
	depth int // nesting of blocks, for indentation
	refs  int // map reads being written: bounds keys that read maps
	loops int // while loops around the statement being written
	nvar  int // variables named so far: names are unique in a probe
	// inLoop: loops do not nest. The verifier explores every iteration
	// and keeps one pending state per branch on a path, at most 8192
	// (see README "Reliability"); nested loops over large bodies exceed it.
	inLoop bool
	sb     strings.Builder
}

type typ int

const (
	tInt typ = iota
	tStr
	tTuple // (int, string), the one tuple shape the generator writes
	// tCounter is a while loop's counter: read, never assigned, so the
	// verifier knows the loop's trip count. (A loop whose counter depends
	// on data runs, for the verifier, up to the compiler's iteration cap;
	// nested ones can exceed its 1M-instruction budget.)
	tCounter
)

type varInfo struct {
	name string
	t    typ // tTuple: (int, string)
}

type mapKind int

const (
	mInt mapKind = iota // @m[k] = int, compound assignments, ++
	mStr                // @m[k] = string
	mCount
	mSum
	mAvg
	mMin
	mMax
	mStats
	mHist
	mLhist
	nMapKinds
)

type mapInfo struct {
	name string
	kind mapKind
	keys []typ
	// defined once a statement assigning it is complete: the checker
	// infers the value type from the first assignment, so that one must
	// not read the map itself.
	defined bool
	// lhist's bounds, fixed per map (the checker wants one set).
	lo, hi, step int64
}

// New returns a generator drawing its probes from targets.
func New(seed uint64, targets []Target) *Gen {
	return &Gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), targets: targets, kinds: stmtKinds()}
}

// Script returns the next random script.
func (g *Gen) Script() string {
	g.maps, g.nMaps, g.once = nil, 0, map[string]bool{}
	g.sb.Reset()
	n := 1 + g.r.IntN(4)
	for range n {
		g.probe()
	}
	return g.sb.String()
}

func (g *Gen) pct(p int) bool { return g.r.IntN(100) < p }

func (g *Gen) printf(format string, a ...any) { fmt.Fprintf(&g.sb, format, a...) }

func (g *Gen) indent() { g.sb.WriteString(strings.Repeat("\t", g.depth)) }

func (g *Gen) probe() {
	// One to three specs sharing an action; builtins must suit all.
	k := 1
	if g.pct(20) {
		k += 1 + g.r.IntN(2)
	}
	g.args, g.ret = 1<<30, true
	specs := make([]string, 0, k)
	for range k {
		t := g.targets[g.r.IntN(len(g.targets))]
		if g.once[t.Spec] {
			continue
		}
		g.once[t.Spec] = true
		if t.Spec != "BEGIN" && t.Spec != "END" {
			defer delete(g.once, t.Spec) // other probes may use it again
		}
		specs = append(specs, t.Spec)
		g.args = min(g.args, t.Args)
		g.ret = g.ret && t.Ret
	}
	if len(specs) == 0 {
		specs = append(specs, "interval:s:1")
		g.args, g.ret = 0, false
	}
	g.vars, g.nvar = nil, 0
	g.printf("%s", strings.Join(specs, ", "))
	if g.pct(30) {
		g.printf(" /%s/", g.intExpr(3))
	}
	g.printf("\n{\n")
	g.depth = 1
	g.block(0, 1+g.r.IntN(8))
	g.printf("}\n")
}

// block writes n statements at the current depth. nest is how deep in
// nested blocks the statements are, to bound recursion.
func (g *Gen) block(nest, n int) {
	for range n {
		g.indent()
		g.stmt(nest)
		g.sb.WriteString("\n")
	}
}

// stmtKinds are the statements the generator writes, with weights. A
// control-flow construct is one more entry: emit its header, then
// g.depth++; g.block(nest+1, n); g.depth--, then its closing brace.
type stmtKind struct {
	weight int
	gen    func(g *Gen, nest int)
}

// stmtKinds is a function, not a table, since its entries call back into
// stmt through block.
func stmtKinds() []stmtKind {
	return []stmtKind{
		{10, (*Gen).stmtPrintf},
		{6, (*Gen).stmtVarAssign},
		{3, (*Gen).stmtVarUpdate},
		{8, (*Gen).stmtMapAssign},
		{4, (*Gen).stmtMapUpdate},
		{8, (*Gen).stmtAggregate},
		{2, (*Gen).stmtDelete},
		{2, (*Gen).stmtMapFunc},
		{2, (*Gen).stmtPrintValue},
		{1, (*Gen).stmtTime},
		{1, (*Gen).stmtExit},
		{4, (*Gen).stmtIf},
		{2, (*Gen).stmtWhile},
		{2, (*Gen).stmtUnroll},
		{2, (*Gen).stmtJump},
		{1, (*Gen).stmtTuple},
	}
}

func (g *Gen) stmt(nest int) {
	total := 0
	for _, k := range g.kinds {
		total += k.weight
	}
	n := g.r.IntN(total)
	for _, k := range g.kinds {
		if n < k.weight {
			k.gen(g, nest)
			for _, m := range g.maps {
				m.defined = true
			}
			return
		}
		n -= k.weight
	}
}

// printf verbs for integers, with flags, widths and length modifiers.
var intVerbs = []string{"%d", "%u", "%x", "%X", "%o", "%i", "%c", "%ld", "%lu", "%llx", "%5d", "%-8x", "%08u", "%hd", "%hhu", "%.3d", "%p"}

var strVerbs = []string{"%s", "%10s", "%-6s", "%.4s"}

func (g *Gen) stmtPrintf(int) {
	var format strings.Builder
	var args []string
	n := g.r.IntN(8)
	if g.pct(10) {
		n = 8 + g.r.IntN(10) // many arguments
	}
	for i := range n {
		if i > 0 {
			format.WriteString(" ")
		}
		if g.pct(30) {
			format.WriteString(pick(g, strVerbs))
			if g.pct(10) {
				args = append(args, "probe")
			} else {
				args = append(args, g.strExpr(2))
			}
		} else {
			format.WriteString(pick(g, intVerbs))
			args = append(args, g.intExpr(3))
		}
	}
	if g.pct(10) {
		format.WriteString(" 100%%")
	}
	format.WriteString(`\n`)
	g.printf(`printf("%s"`, format.String())
	for _, a := range args {
		g.printf(", %s", a)
	}
	g.printf(");")
}

func (g *Gen) stmtVarAssign(int) {
	// Reassign an existing variable (same type) or declare a new one.
	if v := g.anyVar(); v != nil && v.t != tCounter && g.pct(40) {
		switch v.t {
		case tInt:
			g.printf("%s = %s;", v.name, g.intExpr(4))
		case tStr:
			g.printf("%s = %s;", v.name, g.strExprSized(2))
		case tTuple:
			g.printf("%s = (%s, %s);", v.name, g.intExpr(2), g.strExpr(1))
		}
		return
	}
	v := &varInfo{name: g.newVar("$v")}
	if g.pct(70) {
		v.t = tInt
		g.printf("%s = %s;", v.name, g.intExpr(4))
	} else {
		v.t = tStr
		g.printf("%s = %s;", v.name, g.strExprSized(2))
	}
	g.vars = append(g.vars, v)
}

var compoundOps = []string{"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="}

func (g *Gen) stmtVarUpdate(nest int) {
	v := g.intVar()
	if v == "" {
		g.stmtVarAssign(nest)
		return
	}
	switch g.r.IntN(5) {
	case 0:
		g.printf("%s++;", v)
	case 1:
		g.printf("--%s;", v)
	default:
		g.printf("%s %s %s;", v, pick(g, compoundOps), g.intExpr(3))
	}
}

func (g *Gen) stmtMapAssign(int) {
	m := g.mapOf(mInt, mStr)
	if m.kind == mInt {
		g.printf("%s = %s;", g.mapRef(m), g.intExpr(4))
	} else {
		g.printf("%s = %s;", g.mapRef(m), g.strExprSized(2))
	}
}

func (g *Gen) stmtMapUpdate(int) {
	m := g.mapOf(mInt)
	switch g.r.IntN(4) {
	case 0:
		g.printf("%s++;", g.mapRef(m))
	case 1:
		g.printf("--%s;", g.mapRef(m))
	default:
		g.printf("%s %s %s;", g.mapRef(m), pick(g, compoundOps), g.intExpr(3))
	}
}

func (g *Gen) stmtAggregate(int) {
	m := g.mapOf(mapKind(int(mCount) + g.r.IntN(int(nMapKinds-mCount))))
	ref := g.mapRef(m)
	switch m.kind {
	case mCount:
		g.printf("%s = count();", ref)
	case mSum, mAvg, mMin, mMax, mStats, mHist:
		name := map[mapKind]string{mSum: "sum", mAvg: "avg", mMin: "min", mMax: "max", mStats: "stats", mHist: "hist"}[m.kind]
		g.printf("%s = %s(%s);", ref, name, g.intExpr(3))
	case mLhist:
		g.printf("%s = lhist(%s, %d, %d, %d);", ref, g.intExpr(3), m.lo, m.hi, m.step)
	}
}

func (g *Gen) stmtDelete(nest int) {
	m := g.existingMap(func(m *mapInfo) bool { return len(m.keys) > 0 })
	if m == nil {
		g.stmtMapAssign(nest)
		return
	}
	g.printf("delete(%s);", g.mapRef(m))
}

func (g *Gen) stmtMapFunc(nest int) {
	m := g.existingMap(func(*mapInfo) bool { return true })
	if m == nil {
		g.stmtAggregate(nest)
		return
	}
	switch g.r.IntN(5) {
	case 0:
		g.printf("clear(%s);", m.name)
	case 1:
		g.printf("zero(%s);", m.name)
	case 2:
		g.printf("print(%s, %d);", m.name, g.r.IntN(5))
	case 3:
		g.printf("print(%s, %d, %d);", m.name, g.r.IntN(5), 1+g.r.IntN(10))
	default:
		g.printf("print(%s);", m.name)
	}
}

func (g *Gen) stmtPrintValue(int) {
	var v string
	switch g.r.IntN(3) {
	case 0:
		v = g.strExpr(2)
	default:
		v = g.intExpr(3)
	}
	if strings.HasPrefix(v, "@") {
		g.printf("print(comm);") // print(@m[k]) would print the map
		return
	}
	g.printf("print(%s);", v)
}

func (g *Gen) stmtTime(int) {
	if g.pct(50) {
		g.printf("time();")
	} else {
		g.printf(`time("%%H:%%M:%%S %%Y\n");`)
	}
}

func (g *Gen) stmtExit(int) { g.printf("exit();") }

// maxNest bounds nested blocks (if, while, unroll) so programs stay
// within the kernel's limits.
const maxNest = 2

// nested writes a block at nest+1. Variables first assigned inside it are
// not used after it.
func (g *Gen) nested(nest int) {
	g.printf("{\n")
	nvars := len(g.vars)
	g.depth++
	g.block(nest+1, 1+g.r.IntN(4))
	g.depth--
	g.vars = g.vars[:nvars]
	g.indent()
	g.printf("}")
}

func (g *Gen) stmtIf(nest int) {
	if nest >= maxNest {
		g.stmtPrintf(nest)
		return
	}
	g.printf("if (%s) ", g.intExpr(3))
	g.nested(nest)
	switch g.r.IntN(3) {
	case 0:
		g.printf(" else ")
		g.nested(nest)
	case 1:
		g.printf(" else if (%s) ", g.intExpr(2))
		g.nested(nest)
	}
}

// stmtWhile writes a counted loop; the body may break or continue (the
// compiler caps every loop's iterations anyway).
func (g *Gen) stmtWhile(nest int) {
	if nest >= maxNest || g.inLoop {
		g.stmtVarUpdate(nest)
		return
	}
	i := g.newVar("$i")
	g.printf("%s = 0;\n", i)
	g.indent()
	g.printf("while (%s < %d) {\n", i, 1+g.r.IntN(4))
	nvars := len(g.vars)
	g.vars = append(g.vars, &varInfo{name: i, t: tCounter})
	g.depth++
	g.loops++
	g.inLoop = true
	g.indent()
	g.printf("%s++;\n", i)
	g.block(nest+1, 1+g.r.IntN(3))
	g.inLoop = false
	g.loops--
	g.depth--
	g.vars = g.vars[:nvars]
	g.indent()
	g.printf("}")
}

func (g *Gen) stmtUnroll(nest int) {
	if nest >= maxNest || g.inLoop {
		g.stmtPrintf(nest)
		return
	}
	g.printf("unroll (%d) ", 1+g.r.IntN(3))
	// break and continue do not reach through unroll to a loop outside.
	loops := g.loops
	g.loops, g.inLoop = 0, true
	g.nested(nest)
	g.loops, g.inLoop = loops, false
}

// stmtJump is return, or break or continue inside a loop, behind an if so
// the code after it stays reachable.
func (g *Gen) stmtJump(int) {
	jump := "return"
	if g.loops > 0 && g.pct(80) {
		jump = pick(g, []string{"break", "continue"})
	}
	g.printf("if (%s) { %s; }", g.intExpr(2), jump)
}

// stmtTuple assigns an (int, string) tuple, new or existing.
func (g *Gen) stmtTuple(int) {
	for _, v := range g.vars {
		if v.t == tTuple && g.pct(50) {
			g.printf("%s = (%s, %s);", v.name, g.intExpr(2), g.strExpr(1))
			return
		}
	}
	v := &varInfo{name: g.newVar("$t"), t: tTuple}
	g.printf("%s = (%s, %s);", v.name, g.intExpr(2), g.strExpr(1))
	g.vars = append(g.vars, v)
}

func (g *Gen) anyVar() *varInfo {
	if len(g.vars) == 0 {
		return nil
	}
	return g.vars[g.r.IntN(len(g.vars))]
}

// newVar names a variable not used before in the probe: the checker's
// variables live for the whole probe, whatever block assigns them.
func (g *Gen) newVar(prefix string) string {
	g.nvar++
	return fmt.Sprintf("%s%d", prefix, g.nvar-1)
}

func (g *Gen) varOf(t typ) string {
	var c []string
	for _, v := range g.vars {
		if v.t == t {
			c = append(c, v.name)
		}
	}
	if len(c) == 0 {
		return ""
	}
	return pick(g, c)
}

// mapOf returns a map of one of kinds: an existing one or a new one.
func (g *Gen) mapOf(kinds ...mapKind) *mapInfo {
	if m := g.existingMap(func(m *mapInfo) bool {
		for _, k := range kinds {
			if m.kind == k {
				return true
			}
		}
		return false
	}); m != nil && g.pct(60) {
		return m
	}
	m := &mapInfo{kind: kinds[g.r.IntN(len(kinds))]}
	if g.nMaps == 0 && g.pct(20) {
		m.name = "@" // the anonymous map
	} else {
		m.name = fmt.Sprintf("@m%d", g.nMaps)
	}
	g.nMaps++
	for range g.r.IntN(4) {
		if g.pct(70) {
			m.keys = append(m.keys, tInt)
		} else {
			m.keys = append(m.keys, tStr)
		}
	}
	if m.kind == mLhist {
		m.lo = int64(g.r.IntN(100))
		m.step = 1 + int64(g.r.IntN(50))
		m.hi = m.lo + m.step*int64(1+g.r.IntN(40))
	}
	g.maps = append(g.maps, m)
	return m
}

// existingMap picks a map already written to, for which ok holds.
func (g *Gen) existingMap(ok func(*mapInfo) bool) *mapInfo {
	var c []*mapInfo
	for _, m := range g.maps {
		if m.defined && ok(m) {
			c = append(c, m)
		}
	}
	if len(c) == 0 {
		return nil
	}
	return c[g.r.IntN(len(c))]
}

// mapRef is m with random keys of its key types.
func (g *Gen) mapRef(m *mapInfo) string {
	if len(m.keys) == 0 {
		return m.name
	}
	keys := make([]string, len(m.keys))
	g.refs++
	defer func() { g.refs-- }()
	for i, k := range m.keys {
		if k == tInt {
			keys[i] = g.intExpr(2)
		} else {
			keys[i] = g.strExprSized(1)
		}
	}
	return m.name + "[" + strings.Join(keys, ", ") + "]"
}

func (g *Gen) intVar() string {
	var c []string
	for _, v := range g.vars {
		if v.t == tInt {
			c = append(c, v.name)
		}
	}
	if len(c) == 0 {
		return ""
	}
	return pick(g, c)
}

var binOps = []string{"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&&", "||"}

var literals = []string{"0", "1", "2", "7", "-1", "100", "0x10", "0777", "4096", "0xffffffff", "2147483648", "-2147483649", "0xffffffffffffffff", "9223372036854775807", "1000000000000"}

var castNames = []string{"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"}

var builtins = []string{"pid", "tid", "nsecs", "elapsed", "cpu", "uid", "gid"}

// intExpr is an integer expression of at most depth levels; now and then
// a long right-nested chain that needs a stack slot per level.
func (g *Gen) intExpr(depth int) string {
	if depth > 0 && g.refs == 0 && g.pct(3) {
		return g.chain(8 + g.r.IntN(12))
	}
	if depth <= 0 || g.pct(30) {
		return g.intLeaf()
	}
	switch g.r.IntN(14) {
	case 0:
		return pick(g, []string{"-", "~", "!"}) + "(" + g.intExpr(depth-1) + ")"
	case 1:
		return "(" + g.strExpr(depth-1) + " " + pick(g, []string{"==", "!="}) + " " + g.strExpr(depth-1) + ")"
	case 2:
		return "(" + g.intExpr(depth-1) + " ? " + g.intExpr(depth-1) + " : " + g.intExpr(depth-1) + ")"
	case 3:
		return "(" + pick(g, castNames) + ")" + "(" + g.intExpr(depth-1) + ")"
	case 4:
		if g.pct(50) {
			return fmt.Sprintf("strncmp(%s, %s, %d)", g.strExpr(depth-1), g.strExpr(depth-1), g.r.IntN(20))
		}
		// A literal needle: strcontains of two 64-byte strings is ~4000
		// branches, and a few of them exceed the verifier's 8192 pending
		// branches (README "Reliability", known limits).
		return fmt.Sprintf("strcontains(%s, %s)", g.strExpr(depth-1), pick(g, strLits[:5]))
	default:
		return "(" + g.intExpr(depth-1) + " " + pick(g, binOps) + " " + g.intExpr(depth-1) + ")"
	}
}

// chain is n operands right-nested: a + (b * (c - ...)).
func (g *Gen) chain(n int) string {
	// Map reads in a chain would hold string keys on the stack too:
	// keep chains to what fits.
	saved := g.refs
	g.refs = 2
	defer func() { g.refs = saved }()
	var sb strings.Builder
	for range n {
		sb.WriteString(g.intLeaf() + " " + pick(g, binOps) + " (")
	}
	sb.WriteString(g.intLeaf())
	sb.WriteString(strings.Repeat(")", n))
	return "(" + sb.String() + ")"
}

func (g *Gen) intLeaf() string {
	switch g.r.IntN(8) {
	case 0, 1:
		return pick(g, literals)
	case 2:
		return pick(g, builtins)
	case 3, 4:
		if g.args > 0 {
			return fmt.Sprintf("arg%d", g.r.IntN(min(g.args, 12)))
		}
		if g.ret {
			return "retval"
		}
	case 5:
		if v := g.intVar(); v != "" {
			return v
		}
		if v := g.varOf(tTuple); v != "" && g.pct(50) {
			return v + ".0"
		}
		if v := g.varOf(tCounter); v != "" {
			return v
		}
		return pick(g, []string{"$1", "$#"})
	case 6:
		if m := g.existingMap(func(m *mapInfo) bool { return m.kind == mInt }); m != nil && g.refs < 2 {
			return g.mapRef(m)
		}
	}
	return pick(g, builtins)
}

var strLits = []string{`""`, `"a"`, `"hello"`, `"tab\there"`, `"q\"uote"`, `"\x41\101"`, `"a string longer than sixteen bytes"`}

// strExpr is a string expression: literals, comm, str(), variables, maps.
func (g *Gen) strExpr(depth int) string {
	switch g.r.IntN(9) {
	case 7:
		if depth > 0 {
			return "(" + g.intExpr(depth-1) + " ? " + g.strExpr(depth-1) + " : " + g.strExpr(depth-1) + ")"
		}
	case 8:
		if v := g.varOf(tTuple); v != "" {
			return v + ".1"
		}
	case 0:
		return pick(g, strLits)
	case 1:
		return "comm"
	case 2:
		return "str(" + g.strArg(depth-1) + ")"
	case 3:
		return "str(" + g.strArg(depth-1) + ", " + g.intExpr(depth-1) + ")"
	case 4:
		var c []string
		for _, v := range g.vars {
			if v.t == tStr {
				c = append(c, v.name)
			}
		}
		if len(c) > 0 {
			return pick(g, c)
		}
	case 5:
		if m := g.existingMap(func(m *mapInfo) bool { return m.kind == mStr }); m != nil && g.refs < 2 {
			return g.mapRef(m)
		}
	}
	return "comm"
}

// strArg is str()'s first argument: a positional parameter alone there
// means its text, not a pointer, so wrap one in arithmetic.
func (g *Gen) strArg(depth int) string {
	e := g.intExpr(depth)
	if strings.HasPrefix(e, "$1") || strings.HasPrefix(e, "$#") {
		return "(" + e + " + 0)"
	}
	return e
}

// strExprSized is a string expression for places that hold a string
// (variables, map values and keys).
func (g *Gen) strExprSized(depth int) string { return g.strExpr(depth) }

func pick[T any](g *Gen, s []T) T { return s[g.r.IntN(len(s))] }
