package runtime

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime/ldcache"
	"github.com/tinytrace/tinytrace/runtime/symtab"
	"github.com/tinytrace/tinytrace/runtime/usdt"
)

// List returns the probes that match pattern (-l PATTERN), sorted, in
// bpftrace's format: usdt:PATH:PROVIDER:NAME and uprobe:PATH:FUNCTION.
// An empty pattern lists the -p process: its executable's functions and
// the USDT probes of every file it has mapped, as bpftrace 0.17 does.
// Listing reads ELF files only: it needs no privileges.
func List(pattern string, t Target) ([]string, error) {
	if pattern == "" {
		if t.PID == 0 {
			return nil, errors.New("-l needs a PATTERN such as 'usdt:./bin:*' or 'uprobe:./bin:*', or -p PID: tinytrace lists userspace probes only")
		}
		return listProcess(t, anyKind, "*")
	}
	if kind, glob, ok := shortPattern(pattern); ok && t.PID != 0 {
		return listProcess(t, kind, glob)
	}
	spec, prog, err := lang.ParseSpec("stdin", pattern)
	if err != nil {
		return nil, err
	}
	switch spec.Kind {
	case lang.KindUSDT, lang.KindUprobe, lang.KindUretprobe:
	default:
		return nil, prog.ErrorAt(spec.Span, "-l lists usdt, uprobe and uretprobe probes; %s probes have nothing to list", spec.Kind)
	}
	r := newResolver(prog, t)
	defer r.close()
	objs, explicit, err := r.specObjects(spec)
	if err != nil {
		return nil, prog.ErrorAt(spec.Span, "%s: %v", spec, err)
	}
	var out []string
	if spec.Kind == lang.KindUSDT {
		out, err = r.listUSDT(spec, objs, explicit)
	} else {
		out, err = r.listUprobes(spec, objs, explicit)
	}
	if err != nil {
		return nil, prog.ErrorAt(spec.Span, "%s: %v", spec, err)
	}
	return sortUnique(out), nil
}

// anyKind stands for every probe kind in listProcess.
const anyKind lang.ProbeKind = -1

// shortPattern recognises the patterns that, with -p, bpftrace 0.17
// matches against the process's own listing rather than parsing as a
// probe spec: GLOB alone and KIND:GLOB.
func shortPattern(pattern string) (kind lang.ProbeKind, glob string, ok bool) {
	k, glob, found := strings.Cut(pattern, ":")
	if !found {
		return anyKind, pattern, true
	}
	if strings.Contains(glob, ":") {
		return anyKind, "", false
	}
	switch k {
	case "usdt", "U":
		return lang.KindUSDT, glob, true
	case "uprobe", "u":
		return lang.KindUprobe, glob, true
	case "uretprobe", "ur":
		return lang.KindUretprobe, glob, true
	}
	return anyKind, "", false
}

// listProcess lists the -p process as bpftrace 0.17 does for an empty or
// short pattern: its executable's functions (as probes of kind, or uprobes
// when kind is empty) and the USDT probes of every file it has mapped.
// glob selects function names, and USDT probe names (with kind usdt) or
// PROVIDER:NAME (without a kind).
func listProcess(t Target, kind lang.ProbeKind, glob string) ([]string, error) {
	var out []string
	if kind == anyKind || kind == lang.KindUSDT {
		usdts, err := List("usdt:*:*:*", t)
		if err != nil {
			return nil, err
		}
		for _, l := range usdts {
			// usdt:PATH:PROVIDER:NAME; PATH has no colon (a /proc/PID/root path)
			parts := strings.SplitN(l, ":", 3)
			tail := parts[len(parts)-1]
			if kind == lang.KindUSDT {
				tail = tail[strings.LastIndexByte(tail, ':')+1:]
			}
			if wildcardMatch(glob, tail) {
				out = append(out, l)
			}
		}
	}
	if kind != lang.KindUSDT {
		r := newResolver(&lang.Program{}, t)
		defer r.close()
		objs, err := r.objects()
		if err != nil {
			return nil, err
		}
		if len(objs) > 0 {
			spec := &lang.ProbeSpec{Kind: kind, Name: glob}
			if kind == anyKind {
				spec.Kind = lang.KindUprobe
			}
			funcs, err := r.listUprobes(spec, objs[:1], false)
			if err != nil {
				return nil, err
			}
			out = append(out, funcs...)
		}
	}
	return sortUnique(out), nil
}

func newResolver(p *lang.Program, t Target) *resolver {
	return &resolver{prog: p, target: t, notes: map[string][]usdt.Probe{}, tables: map[string]*symtab.Table{}, ld: &ldcache.Resolver{}}
}

func (r *resolver) listUSDT(spec *lang.ProbeSpec, objs []object, explicit bool) ([]string, error) {
	provider := spec.Provider
	if provider == "" {
		provider = "*"
	}
	var out []string
	for _, o := range objs {
		probes, err := r.usdtProbes(o.path)
		if errors.Is(err, usdt.ErrNoProbes) || err != nil && !explicit {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, p := range probes {
			if wildcardMatch(provider, p.Provider) && wildcardMatch(spec.Name, p.Name) {
				out = append(out, fmt.Sprintf("usdt:%s:%s:%s", o.display, p.Provider, p.Name))
			}
		}
	}
	return out, nil
}

func (r *resolver) listUprobes(spec *lang.ProbeSpec, objs []object, explicit bool) ([]string, error) {
	var out []string
	for _, o := range objs {
		tab, err := r.table(o.path)
		if err != nil {
			if !explicit {
				continue
			}
			return nil, err
		}
		for _, fn := range tab.Funcs() {
			if spec.Name == "" && fn.Vaddr == spec.Address || spec.Name != "" && listable(fn.Name) && wildcardMatch(spec.Name, fn.Name) {
				out = append(out, fmt.Sprintf("%s:%s:%s", spec.Kind, o.display, fn.Name))
			}
		}
	}
	return out, nil
}

func sortUnique(lines []string) []string {
	sort.Strings(lines)
	out := lines[:0]
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			out = append(out, l)
		}
	}
	return out
}

// ListText is List's output as -l prints it.
func ListText(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}
