package runtime

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime/ldcache"
	"github.com/tinytrace/tinytrace/runtime/symtab"
	"github.com/tinytrace/tinytrace/runtime/usdt"
)

// Resolve finds the sites of every probe spec of p for process pid (0:
// any process). See ResolveTarget.
func Resolve(p *lang.Program, pid int) ([]*compiler.Site, error) {
	return ResolveTarget(p, Target{PID: pid})
}

// ResolveTarget finds the sites of every probe spec of p: USDT locations
// from .note.stapsdt, uprobe symbols from the symbol tables. Library names
// are found as the target's loader finds them; wildcards, and paths left
// out or wildcarded (searched in the -p process or -c command), expand
// into one concrete spec per probe, whose Parent is the spec written.
// Errors point at the spec in the source.
func ResolveTarget(p *lang.Program, t Target) ([]*compiler.Site, error) {
	r := newResolver(p, t)
	defer r.close()
	var sites []*compiler.Site
	var empty []*lang.ProbeSpec
	for _, pr := range p.Probes {
		for _, spec := range pr.Specs {
			ss, err := r.resolve(spec)
			if err != nil {
				return nil, err
			}
			if len(ss) == 0 {
				empty = append(empty, spec)
			}
			sites = append(sites, ss...)
		}
	}
	if len(empty) > 0 && len(sites) == 0 {
		// bpftrace 0.17 drops wildcards that match nothing, and fails only
		// when nothing is left.
		return nil, p.ErrorAt(empty[0].Span, "No probes to attach: %s matches no probe%s", empty[0], r.why[empty[0]])
	}
	if t.Warn != nil {
		for _, s := range empty {
			t.Warn(fmt.Sprintf("%s matches no probe%s; it is not attached", s, r.why[s]))
		}
	}
	if err := resolveUaddr(p, sites); err != nil {
		return nil, err
	}
	// Here, not at attach time, so that -d shows where the probe goes.
	preferNop5(sites)
	return sites, nil
}

type resolver struct {
	prog    *lang.Program
	target  Target
	notes   map[string][]usdt.Probe    // by path: each file is read once
	tables  map[string]*symtab.Table   // by path
	ld      *ldcache.Resolver          // library names
	objs    []object                   // the target's files, read once
	objsErr error                      //
	why     map[*lang.ProbeSpec]string // why a wildcard matched nothing: " in FILE"
}

func (r *resolver) close() {
	for _, t := range r.tables {
		t.Close()
	}
}

func (r *resolver) resolve(spec *lang.ProbeSpec) ([]*compiler.Site, error) {
	switch spec.Kind {
	case lang.KindBegin, lang.KindEnd, lang.KindInterval:
		return []*compiler.Site{{Spec: spec}}, nil
	case lang.KindUSDT, lang.KindUprobe, lang.KindUretprobe:
	default:
		return nil, r.prog.ErrorAt(spec.Span, "%s probes are not supported by tinytrace yet", spec.Kind)
	}
	objs, explicit, err := r.specObjects(spec)
	if err != nil {
		return nil, r.prog.ErrorAt(spec.Span, "%s: %v", spec, err)
	}
	var sites []*compiler.Site
	for _, o := range objs {
		var ss []*compiler.Site
		if spec.Kind == lang.KindUSDT {
			ss, err = r.usdtSites(spec, o, explicit)
		} else {
			ss, err = r.uprobeSites(spec, o, explicit)
		}
		if err != nil {
			return nil, err
		}
		sites = append(sites, ss...)
	}
	if len(sites) == 0 {
		if r.why == nil {
			r.why = map[*lang.ProbeSpec]string{}
		}
		switch {
		case len(objs) == 1:
			r.why[spec] = " in " + objs[0].path
		case r.target.PID != 0:
			r.why[spec] = fmt.Sprintf(" in the files of process %d", r.target.PID)
		default:
			r.why[spec] = " in the files of the -c command"
		}
	}
	return sites, nil
}

// specObjects returns the files a spec's path names: one for a path or a
// library name (explicit), the target's matching files for an empty or
// wildcard path.
func (r *resolver) specObjects(spec *lang.ProbeSpec) (objs []object, explicit bool, err error) {
	if spec.Path != "" && !strings.Contains(spec.Path, "*") {
		path, display, err := r.binary(spec.Kind, spec.Path)
		if err != nil {
			return nil, false, err
		}
		return []object{{path: path, display: display, mapped: path}}, true, nil
	}
	all, err := r.objects()
	if err != nil {
		return nil, false, err
	}
	if r.target.PID == 0 && r.target.Command == "" {
		return nil, false, errors.New("a probe without a path, or with a wildcard in its path, needs -p PID or -c CMD: the process's executable and libraries are searched")
	}
	for _, o := range all {
		if spec.Path == "" || wildcardMatch(spec.Path, o.mapped) || wildcardMatch(spec.Path, filepath.Base(o.mapped)) {
			objs = append(objs, o)
		}
	}
	return objs, false, nil
}

// binary finds the file a spec's path names: a path (relative to the
// working directory), a program in $PATH, or a library name (libc,
// libc.so.6). display is how the probe builtin names it: the path as
// written, or the library's path.
func (r *resolver) binary(kind lang.ProbeKind, p string) (path, display string, err error) {
	if strings.Contains(p, "/") {
		path, err := binaryPath(p)
		return path, p, err
	}
	if found, err := exec.LookPath(p); err == nil {
		path, err := binaryPath(found)
		return path, p, err
	}
	if st, err := os.Stat(p); err == nil && !st.IsDir() {
		path, err := binaryPath(p)
		return path, p, err
	}
	path, display, err = r.findLibrary(p)
	if err != nil {
		// bpftrace 0.17's words, then where tinytrace looked.
		return "", "", fmt.Errorf("%s target file '%s' does not exist or is not executable (not in the working directory or $PATH, and %w)", kind, p, err)
	}
	return path, display, nil
}

// binaryPath makes a probe's path absolute: relative paths are relative to
// the working directory.
func binaryPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(abs)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("binary %s: %w", p, fs.ErrNotExist)
	}
	if err != nil {
		return "", fmt.Errorf("cannot open binary %s: %w", p, err)
	}
	if st.IsDir() {
		return "", fmt.Errorf("%s is a directory, not an executable or library", p)
	}
	return abs, nil
}

// expanded returns the concrete spec for one match of spec, or spec itself
// when nothing differs from what was written.
func expanded(spec *lang.ProbeSpec, display, provider, name string) *lang.ProbeSpec {
	if display == spec.Path && provider == spec.Provider && name == spec.Name {
		return spec
	}
	c := *spec
	c.Path, c.Provider, c.Name, c.Parent = display, provider, name, spec
	return &c
}

func (r *resolver) usdtProbes(path string) ([]usdt.Probe, error) {
	if probes, ok := r.notes[path]; ok {
		return probes, nil
	}
	probes, err := usdt.Read(path)
	if err != nil {
		return nil, err
	}
	r.notes[path] = probes
	return probes, nil
}

func (r *resolver) usdtSites(spec *lang.ProbeSpec, o object, explicit bool) ([]*compiler.Site, error) {
	probes, err := r.usdtProbes(o.path)
	if err != nil {
		if !explicit {
			return nil, nil // a library of the process without USDT probes
		}
		return nil, r.prog.ErrorAt(spec.Span, "%s: %v", spec, err)
	}
	provider := spec.Provider
	if provider == "" {
		provider = "*"
	}
	var matches []usdt.Probe
	providers := map[string]bool{}
	for _, pr := range probes {
		if wildcardMatch(provider, pr.Provider) && wildcardMatch(spec.Name, pr.Name) {
			matches = append(matches, pr)
			providers[pr.Provider] = true
		}
	}
	sort.Slice(matches, func(i, j int) bool {
		if matches[i].Provider != matches[j].Provider {
			return matches[i].Provider < matches[j].Provider
		}
		return matches[i].Name < matches[j].Name
	})
	wild := spec.HasWildcard()
	switch {
	case len(matches) == 0 && explicit && !wild:
		return nil, r.prog.ErrorAt(spec.Span, "%s: no USDT probe %s in %s%s", spec, probeLabel(spec), o.path, knownProbes(probes))
	case spec.Provider == "" && !strings.Contains(spec.Name, "*") && len(providers) > 1:
		var names []string
		for _, m := range matches {
			names = append(names, m.Provider+":"+m.Name)
		}
		return nil, r.prog.ErrorAt(spec.Span, "namespace for %s not specified, matched %d probes (%s); please specify a unique namespace or use '*' to attach to all matched probes",
			spec, len(matches), strings.Join(names, ", "))
	}
	var sites []*compiler.Site
	for _, m := range matches {
		cs := spec
		if wild || spec.Path != o.display {
			cs = expanded(spec, o.display, m.Provider, m.Name)
		}
		for _, loc := range m.Locations {
			sites = append(sites, &compiler.Site{
				Spec: cs, Path: o.path, Offset: loc.FileOffset, Vaddr: loc.Vaddr, Provider: m.Provider,
				RefCtrOffset: loc.SemaphoreOffset, Args: loc.Args, ArgsErr: loc.Err,
			})
		}
	}
	return sites, nil
}

func (r *resolver) table(path string) (*symtab.Table, error) {
	if t, ok := r.tables[path]; ok {
		return t, nil
	}
	t, err := symtab.Open(path)
	if err != nil {
		return nil, err
	}
	r.tables[path] = t
	return t, nil
}

func (r *resolver) uprobeSites(spec *lang.ProbeSpec, o object, explicit bool) ([]*compiler.Site, error) {
	fail := func(format string, a ...any) ([]*compiler.Site, error) {
		return nil, r.prog.ErrorAt(spec.Span, format, a...)
	}
	tab, err := r.table(o.path)
	if err != nil {
		if !explicit {
			return nil, nil
		}
		return fail("%s: %v", spec, err)
	}
	type target struct {
		fn  symtab.Symbol
		off uint64
	}
	var targets []target
	switch {
	case spec.Name == "": // 0xADDRESS
		fn, off, ok := tab.FuncAt(spec.Address)
		if !ok {
			return fail("Could not resolve address: %s:%#x (no function of %s contains it)", o.display, spec.Address, o.path)
		}
		if off != 0 && spec.Kind == lang.KindUretprobe {
			return fail("uretprobes cannot be attached at function offset. (address resolved to: %s+%d)", fn.Name, off)
		}
		targets = append(targets, target{fn, off})
	case strings.Contains(spec.Name, "*"):
		for _, fn := range tab.Funcs() {
			if listable(fn.Name) && wildcardMatch(spec.Name, fn.Name) {
				targets = append(targets, target{fn, spec.Offset})
			}
		}
	default:
		fn, err := tab.Func(o.path, spec.Name)
		if err != nil {
			return fail("%s: %v", spec, err)
		}
		targets = append(targets, target{fn, spec.Offset})
	}
	var sites []*compiler.Site
	for _, t := range targets {
		if t.off != 0 {
			where := fmt.Sprintf("%s:%s+%d", o.display, t.fn.Name, t.off)
			if t.off >= t.fn.Size {
				return fail("Offset outside the function bounds ('%s' size is %d)", t.fn.Name, t.fn.Size)
			}
			if err := tab.CheckBoundary(t.fn, t.off); errors.Is(err, symtab.ErrMidInstruction) {
				return fail("Could not add %s into middle of instruction: %s", spec.Kind, where)
			} else if err != nil {
				return fail("Failed to check if %s is in proper place: %s: %v", spec.Kind, where, err)
			}
		}
		cs := spec
		if spec.Name != "" {
			cs = expanded(spec, o.display, spec.Provider, t.fn.Name)
		} else if o.display != spec.Path {
			cs = expanded(spec, o.display, spec.Provider, "")
		}
		sites = append(sites, &compiler.Site{Spec: cs, Path: o.path, Offset: t.fn.Offset + t.off, Vaddr: t.fn.Vaddr + t.off})
	}
	return sites, nil
}

// listable reports whether wildcards and -l include a function. Like
// bpftrace 0.17 they leave out gcc's partial-inlining fragments
// (foo.part.0): code split off a function, not an entry point. Naming one
// exactly still attaches to it.
func listable(name string) bool {
	return !strings.Contains(name, ".part.")
}

func probeLabel(spec *lang.ProbeSpec) string {
	if spec.Provider == "" {
		return spec.Name
	}
	return spec.Provider + ":" + spec.Name
}

// knownProbes lists a file's probes for the error message, so a typo is
// easy to spot.
func knownProbes(probes []usdt.Probe) string {
	if len(probes) == 0 {
		return ""
	}
	var names []string
	for _, p := range probes {
		names = append(names, p.Provider+":"+p.Name)
	}
	sort.Strings(names)
	if len(names) > 10 {
		names = append(names[:10], "...")
	}
	return " (it has " + strings.Join(names, ", ") + ")"
}
