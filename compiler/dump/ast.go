package dump

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/tinytrace/tinytrace/lang"
)

// AST writes the checked program as an indented tree: one node a line,
// with its position, its scalar fields and, for expressions, its type
// (`:: unsigned int64`). It walks the nodes by reflection, so node kinds
// added to lang show up without changes here.
func AST(w io.Writer, p *lang.Program) error {
	d := &astDumper{seen: map[any]bool{}}
	fmt.Fprintf(&d.b, "Program %s\n", p.File)
	for _, pr := range p.Probes {
		d.node(1, "", reflect.ValueOf(pr))
		for _, name := range sortedKeys(pr.Vars) {
			fmt.Fprintf(&d.b, "    var %s :: %s\n", name, pr.Vars[name])
		}
	}
	for _, name := range sortedKeys(p.MapInfo) {
		m := p.MapInfo[name]
		keys := make([]string, len(m.Keys))
		for i, k := range m.Keys {
			keys[i] = k.String()
		}
		fmt.Fprintf(&d.b, "  map %s[%s] :: %s", name, strings.Join(keys, ", "), m.Value)
		if m.Lhist != nil {
			fmt.Fprintf(&d.b, " (min %d, max %d, step %d)", m.Lhist.Min, m.Lhist.Max, m.Lhist.Step)
		}
		d.b.WriteByte('\n')
	}
	_, err := io.WriteString(w, d.b.String())
	return err
}

type astDumper struct {
	b    strings.Builder
	seen map[any]bool // nodes already printed (MapAssign.Keys is Map.Keys)
}

var (
	nodeType = reflect.TypeFor[lang.Node]()
	exprType = reflect.TypeFor[lang.Expr]()
	spanType = reflect.TypeFor[lang.Span]()
)

// bareFields are printed as their value alone; other scalars as name=value.
var bareFields = map[string]bool{"Name": true, "Op": true, "Value": true}

// unlabelled child fields: their role is obvious from the parent.
var unlabelled = map[string]bool{"X": true, "Y": true, "Args": true, "Body": true, "Specs": true}

func (d *astDumper) node(depth int, label string, v reflect.Value) {
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() || (v.Kind() == reflect.Pointer && v.IsNil()) {
		return
	}
	if v.Kind() == reflect.Pointer {
		if d.seen[v.Interface()] {
			return
		}
		d.seen[v.Interface()] = true
	}
	n, _ := v.Interface().(lang.Node)
	indent := strings.Repeat("  ", depth)
	d.b.WriteString(indent)
	if label != "" {
		d.b.WriteString(label + ": ")
	}
	if spec, ok := n.(*lang.ProbeSpec); ok {
		fmt.Fprintf(&d.b, "%s @%s\n", spec, pos(spec.Range()))
		return
	}
	s := v
	if s.Kind() == reflect.Pointer {
		s = s.Elem()
	}
	d.b.WriteString(s.Type().Name())
	type child struct {
		name string
		v    reflect.Value
	}
	var children []child
	for i := 0; i < s.NumField(); i++ {
		f, fv := s.Type().Field(i), s.Field(i)
		if !f.IsExported() || f.Anonymous || f.Type == spanType {
			continue
		}
		switch {
		case isNodeish(f.Type):
			children = append(children, child{f.Name, fv})
		case fv.Kind() == reflect.String && fv.Len() > 0:
			if f.Name == "Value" {
				d.b.WriteString(" " + strconv.Quote(fv.String()))
			} else if bareFields[f.Name] {
				d.b.WriteString(" " + fv.String())
			} else {
				fmt.Fprintf(&d.b, " %s=%q", strings.ToLower(f.Name), fv.String())
			}
		case fv.Kind() == reflect.Bool && fv.Bool():
			d.b.WriteString(" " + strings.ToLower(f.Name))
		case fv.CanInt() || fv.CanUint():
			if bareFields[f.Name] {
				fmt.Fprintf(&d.b, " %v", fv.Interface())
			} else {
				fmt.Fprintf(&d.b, " %s=%v", strings.ToLower(f.Name), fv.Interface())
			}
		}
	}
	if e, ok := n.(lang.Expr); ok {
		fmt.Fprintf(&d.b, " :: %s", e.Type())
	}
	if n != nil {
		fmt.Fprintf(&d.b, " @%s", pos(n.Range()))
	}
	d.b.WriteByte('\n')
	for _, c := range children {
		label := strings.ToLower(c.name)
		if unlabelled[c.name] {
			label = ""
		}
		if c.v.Kind() == reflect.Slice {
			if c.v.Len() > 0 && c.v.Index(0).Kind() == reflect.Interface && d.seen[c.v.Index(0).Elem().Interface()] {
				continue
			}
			inner := depth + 1
			if label != "" && c.v.Len() > 0 {
				fmt.Fprintf(&d.b, "%s  %s:\n", indent, label)
				inner++
			}
			for j := 0; j < c.v.Len(); j++ {
				d.node(inner, "", c.v.Index(j))
			}
			continue
		}
		d.node(depth+1, label, c.v)
	}
}

// isNodeish reports whether a field holds AST nodes: a node, or a slice
// of them.
func isNodeish(t reflect.Type) bool {
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t.Implements(nodeType) || (t.Kind() == reflect.Interface && t.Implements(nodeType)) || t == exprType
}

func pos(s lang.Span) string { return fmt.Sprintf("%d:%d", s.Start.Line, s.Start.Col) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
