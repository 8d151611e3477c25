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
	"github.com/tinytrace/tinytrace/runtime/symtab"
	"github.com/tinytrace/tinytrace/runtime/usdt"
)

// Resolve finds the sites of every probe spec of p: USDT locations from
// .note.stapsdt, uprobe symbols from the symbol table. Errors point at the
// spec in the source.
func Resolve(p *lang.Program, pid int) ([]*compiler.Site, error) {
	r := &resolver{prog: p, notes: map[string][]usdt.Probe{}}
	var sites []*compiler.Site
	for _, pr := range p.Probes {
		for _, spec := range pr.Specs {
			ss, err := r.resolve(spec)
			if err != nil {
				return nil, err
			}
			sites = append(sites, ss...)
		}
	}
	if err := resolveUaddr(p, sites); err != nil {
		return nil, err
	}
	return sites, nil
}

type resolver struct {
	prog  *lang.Program
	notes map[string][]usdt.Probe // by absolute path: each file is read once
}

func (r *resolver) resolve(spec *lang.ProbeSpec) ([]*compiler.Site, error) {
	switch spec.Kind {
	case lang.KindBegin, lang.KindEnd, lang.KindInterval:
		return []*compiler.Site{{Spec: spec}}, nil
	case lang.KindUSDT, lang.KindUprobe, lang.KindUretprobe:
	default:
		return nil, r.prog.ErrorAt(spec.Span, "%s probes are not supported by tinytrace yet", spec.Kind)
	}
	path, err := binaryPath(spec.Path)
	if err != nil {
		return nil, r.prog.ErrorAt(spec.Span, "%s: %v", spec, err)
	}
	if spec.Kind == lang.KindUSDT {
		return r.usdtSites(spec, path)
	}
	sym, err := symtab.Lookup(path, spec.Name)
	if err != nil {
		return nil, r.prog.ErrorAt(spec.Span, "%s: %v", spec, err)
	}
	return []*compiler.Site{{Spec: spec, Path: path, Offset: sym.Offset, Vaddr: sym.Vaddr}}, nil
}

// binaryPath makes a probe's path absolute: relative paths are relative to
// the working directory, bare names are looked up in $PATH.
func binaryPath(p string) (string, error) {
	if !strings.Contains(p, "/") {
		if found, err := exec.LookPath(p); err == nil {
			p = found
		}
	}
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

func (r *resolver) usdtSites(spec *lang.ProbeSpec, path string) ([]*compiler.Site, error) {
	probes, ok := r.notes[path]
	if !ok {
		var err error
		if probes, err = usdt.Read(path); err != nil {
			return nil, r.prog.ErrorAt(spec.Span, "%s: %v", spec, err)
		}
		r.notes[path] = probes
	}
	var matches []usdt.Probe
	for _, pr := range probes {
		if pr.Name == spec.Name && (spec.Provider == "" || pr.Provider == spec.Provider) {
			matches = append(matches, pr)
		}
	}
	switch {
	case len(matches) == 0:
		return nil, r.prog.ErrorAt(spec.Span, "%s: no USDT probe %s in %s%s", spec, probeLabel(spec), path, knownProbes(probes))
	case len(matches) > 1:
		var names []string
		for _, m := range matches {
			names = append(names, m.Provider+":"+m.Name)
		}
		return nil, r.prog.ErrorAt(spec.Span, "%s: ambiguous probe name %s: it exists for several providers (%s); name the provider", spec, spec.Name, strings.Join(names, ", "))
	}
	var sites []*compiler.Site
	for _, loc := range matches[0].Locations {
		sites = append(sites, &compiler.Site{
			Spec: spec, Path: path, Offset: loc.FileOffset, Vaddr: loc.Vaddr, Provider: matches[0].Provider,
			RefCtrOffset: loc.SemaphoreOffset, Args: loc.Args, ArgsErr: loc.Err,
		})
	}
	return sites, nil
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
