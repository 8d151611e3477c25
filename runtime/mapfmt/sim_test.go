package mapfmt

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// sim runs a BEGIN-only bpftrace program twice at once: it writes the
// bpftrace statements and applies the same operations to tinytrace maps
// (through per-CPU slots and Merge, one CPU), so the output of a case can be
// compared with what real bpftrace prints for the same script.
type sim struct {
	stmts  []string
	maps   map[string]*simMap
	prints []simPrint
}

type simMap struct {
	m     Map // Entries unused: built from ents by snapshot
	keys  []string
	ents  map[string]*simEntry
	slots int
}

type simEntry struct {
	key  []Value
	cpu  []int64
	val  Value
	seen bool
}

type simPrint struct {
	m         *Map
	top, div  int
	statement string
}

func newSim() *sim { return &sim{maps: map[string]*simMap{}} }

// entry finds or creates the entry of name[key], declaring the map's kind.
func (s *sim) entry(name string, kind Kind, key []Value) *simEntry {
	sm := s.maps[name]
	if sm == nil {
		sm = &simMap{m: Map{Name: name, Kind: kind}, ents: map[string]*simEntry{}}
		switch kind {
		case Count, Sum, Int:
			sm.slots = 1
		case Min, Max, Avg, Stats:
			sm.slots = 2
		case Hist:
			sm.slots = HistBuckets
		}
		s.maps[name] = sm
	}
	k := string(appendJSONKey(nil, key))
	e := sm.ents[k]
	if e == nil {
		e = &simEntry{key: key, cpu: make([]int64, sm.slots)}
		sm.ents[k] = e
		sm.keys = append(sm.keys, k)
	}
	return e
}

func (s *sim) stmt(name string, key []Value, rhs string) {
	var b strings.Builder
	b.WriteString(name)
	if len(key) > 0 {
		b.WriteByte('[')
		for i, k := range key {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(literal(k))
		}
		b.WriteByte(']')
	}
	b.WriteString(" = " + rhs + ";")
	s.stmts = append(s.stmts, b.String())
}

func (s *sim) count(name string, key ...Value) {
	s.stmt(name, key, "count()")
	s.entry(name, Count, key).cpu[0]++
}

func (s *sim) sum(name string, v Value, key ...Value) {
	s.stmt(name, key, "sum("+literal(v)+")")
	s.entry(name, Sum, key).cpu[0] += v.Int
	s.maps[name].m.Unsigned = v.Kind == VUint
}

func (s *sim) minmax(kind Kind, name string, v int64, key ...Value) {
	fn := map[Kind]string{Min: "min", Max: "max"}[kind]
	s.stmt(name, key, fmt.Sprintf("%s(%d)", fn, v))
	e := s.entry(name, kind, key)
	if e.cpu[1] == 0 || better(kind, false, v, e.cpu[0]) {
		e.cpu[0] = v
	}
	e.cpu[1] = 1
}

func (s *sim) avg(kind Kind, name string, v int64, key ...Value) {
	fn := map[Kind]string{Avg: "avg", Stats: "stats"}[kind]
	s.stmt(name, key, fmt.Sprintf("%s(%d)", fn, v))
	e := s.entry(name, kind, key)
	e.cpu[0]++
	e.cpu[1] += v
}

func (s *sim) hist(name string, v int64, key ...Value) {
	s.stmt(name, key, fmt.Sprintf("hist(%d)", v))
	s.entry(name, Hist, key).cpu[HistBucket(v)]++
}

func (s *sim) lhist(name string, v, lo, hi, step int64, key ...Value) {
	s.stmt(name, key, fmt.Sprintf("lhist(%d, %d, %d, %d)", v, lo, hi, step))
	if s.maps[name] == nil {
		s.maps[name] = &simMap{
			m:     Map{Name: name, Kind: Lhist, LhistMin: lo, LhistMax: hi, LhistStep: step},
			ents:  map[string]*simEntry{},
			slots: LhistBuckets(lo, hi, step),
		}
	}
	s.entry(name, Lhist, key).cpu[LhistBucket(v, lo, hi, step)]++
}

// set assigns an integer, string or tuple.
func (s *sim) set(name string, v Value, key ...Value) {
	s.stmt(name, key, literal(v))
	kind := map[ValueKind]Kind{VInt: Int, VUint: Int, VString: String, VTuple: Tuple}[v.Kind]
	e := s.entry(name, kind, key)
	s.maps[name].m.Unsigned = v.Kind == VUint
	e.cpu = []int64{v.Int}
	e.val = v
}

// clear empties a map. 0.17 keeps a keyless count() map's entry at 0.
func (s *sim) clear(name string) {
	s.stmts = append(s.stmts, "clear("+name+");")
	sm := s.maps[name]
	if sm.m.Kind == Count && len(sm.keys) == 1 && sm.keys[0] == "" {
		s.zeroMap(sm)
		return
	}
	sm.keys, sm.ents = nil, map[string]*simEntry{}
}

func (s *sim) zero(name string) {
	s.stmts = append(s.stmts, "zero("+name+");")
	s.zeroMap(s.maps[name])
}

func (s *sim) zeroMap(sm *simMap) {
	for _, e := range sm.ents {
		clear(e.cpu)
	}
}

func (s *sim) print(name string, top, div int) {
	st := "print(" + name
	if top != 0 || div != 0 {
		st += fmt.Sprintf(", %d", top)
	}
	if div != 0 {
		st += fmt.Sprintf(", %d", div)
	}
	st += ");"
	s.stmts = append(s.stmts, st)
	s.prints = append(s.prints, simPrint{m: s.snapshot(s.maps[name]), top: top, div: div})
}

// snapshot merges the current state into a Map. Entries go in in a
// scrambled order so the printer's sorting is what is tested.
func (s *sim) snapshot(sm *simMap) *Map {
	m := sm.m
	m.Entries = nil
	keys := append([]string(nil), sm.keys...)
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	for _, k := range keys {
		e := sm.ents[k]
		switch m.Kind {
		case String, Tuple:
			m.Entries = append(m.Entries, Entry{Key: e.key, Val: e.val})
		default:
			m.Add(e.key, [][]int64{e.cpu})
		}
	}
	return &m
}

func (s *sim) script() string {
	return "BEGIN { " + strings.Join(s.stmts, " ") + " exit(); }"
}

// output is what bpftrace writes after "Attaching 1 probe...": the print()
// calls, then "\n\n" and every map in name order.
func (s *sim) output(json bool) string {
	var b bytes.Buffer
	pr := func(m *Map, top, div int) {
		if json {
			PrintJSON(&b, m, top, div)
		} else {
			Print(&b, m, top, div)
		}
	}
	for _, p := range s.prints {
		pr(p.m, p.top, p.div)
	}
	b.WriteString("\n\n")
	var names []string
	for n := range s.maps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		pr(s.snapshot(s.maps[n]), 0, 0)
	}
	return b.String()
}

// literal writes v in bpftrace syntax.
func literal(v Value) string {
	switch v.Kind {
	case VInt:
		return strconv.FormatInt(v.Int, 10)
	case VUint:
		return "(uint64)" + strconv.FormatInt(v.Int, 10)
	case VString:
		var b strings.Builder
		b.WriteByte('"')
		for i := 0; i < len(v.Str); i++ {
			switch c := v.Str[i]; {
			case c == '"' || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c >= 0x7f:
				fmt.Fprintf(&b, `\x%02x`, c)
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte('"')
		return b.String()
	}
	parts := make([]string, len(v.Tuple))
	for i, x := range v.Tuple {
		parts[i] = literal(x)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
