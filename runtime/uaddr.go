package runtime

import (
	"debug/elf"
	"fmt"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime/symtab"
)

// resolveUaddr finds the symbols of every uaddr("name") call in the file
// of each site of its probe, as bpftrace does at compile time: only data
// symbols (STT_OBJECT) resolve. It also notes which files are
// position-independent, which decides how the compiler finds the address.
func resolveUaddr(p *lang.Program, sites []*compiler.Site) error {
	probeOf := map[*lang.ProbeSpec]*lang.Probe{}
	for _, pr := range p.Probes {
		for _, sp := range pr.Specs {
			probeOf[sp] = pr
		}
	}
	tables := map[string]*symtab.Table{}
	relocatable := map[string]bool{}
	for _, site := range sites {
		pr := probeOf[site.Spec.AsWritten()]
		if pr == nil || site.Path == "" {
			continue
		}
		calls := lang.Calls(pr, "uaddr")
		if len(calls) == 0 {
			continue
		}
		t, ok := tables[site.Path]
		if !ok {
			f, err := elf.Open(site.Path)
			if err != nil {
				return fmt.Errorf("%s: %w", site.Path, err)
			}
			defer f.Close()
			t = symtab.Load(f)
			tables[site.Path] = t
			relocatable[site.Path] = f.Type == elf.ET_DYN
		}
		site.Relocatable = relocatable[site.Path]
		for _, call := range calls {
			lit, ok := call.Args[0].(*lang.StrLit)
			if !ok {
				continue // the checker reported it
			}
			s, found := t.Find(lit.Value)
			if !found || elf.ST_TYPE(s.Info) != elf.STT_OBJECT {
				return p.ErrorAt(call.Span, "Could not resolve symbol: %s:%s", site.Path, lit.Value)
			}
			if site.Uaddr == nil {
				site.Uaddr = map[string]uint64{}
			}
			site.Uaddr[lit.Value] = s.Value
		}
	}
	return nil
}
