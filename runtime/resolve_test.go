package runtime

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime/ldcache"
	"github.com/tinytrace/tinytrace/runtime/symtab"
	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// TestResolveExpansion resolves specs on a real binary and checks the
// concrete probes they expand into: names (the probe builtin), sites,
// and the link back to the spec written.
func TestResolveExpansion(t *testing.T) {
	bin := testtarget.Build(t, "multiprov")
	tab, err := symtab.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	xfer, err := tab.Func(bin, "xfer")
	if err != nil {
		t.Fatal(err)
	}
	var r ldcache.Resolver
	libc, err := r.Find("libc.so.6")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Dir(bin))
	tests := []struct {
		spec   string
		target Target
		names  []string // site names, in order
	}{
		{"usdt:./multiprov:*", Target{}, []string{"usdt:./multiprov:alpha:start", "usdt:./multiprov:alpha:stop", "usdt:./multiprov:beta:start", "usdt:./multiprov:beta:tick"}},
		{"usdt:./multiprov:beta:*", Target{}, []string{"usdt:./multiprov:beta:start", "usdt:./multiprov:beta:tick"}},
		{"usdt:./multiprov:*:stop", Target{}, []string{"usdt:./multiprov:alpha:stop"}},
		{"usdt:./multiprov:tick", Target{}, []string{"usdt:./multiprov:beta:tick"}},
		{"usdt::alpha:stop", Target{Command: bin + " 1"}, []string{"usdt:" + bin + ":alpha:stop"}},
		{"uprobe:./multiprov:handle_*", Target{}, []string{"uprobe:./multiprov:handle_read", "uprobe:./multiprov:handle_write"}},
		{"uprobe:./multiprov:xfer", Target{}, []string{"uprobe:./multiprov:xfer"}},
		{"uprobe:libc:getpid", Target{}, []string{"uprobe:" + libc + ":getpid"}},
		{"uprobe:libc.so.6:getpid", Target{Command: bin}, []string{"uprobe:" + libc + ":getpid"}},
		{"uprobe:*:xf*", Target{Command: bin}, []string{"uprobe:" + bin + ":xfer"}},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			p, err := lang.Parse("stdin", tt.spec+" { }")
			if err != nil {
				t.Fatal(err)
			}
			sites, err := ResolveTarget(p, tt.target)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, s := range sites {
				names = append(names, s.Name())
				if s.Spec.AsWritten() != p.Probes[0].Specs[0] || s.Spec.Span != p.Probes[0].Specs[0].Span {
					t.Errorf("%s: not linked to the spec written", s.Name())
				}
			}
			if strings.Join(names, "\n") != strings.Join(tt.names, "\n") {
				t.Errorf("sites %q, want %q", names, tt.names)
			}
		})
	}

	// Offsets and addresses land on xfer's code.
	for _, tt := range []struct {
		spec string
		off  uint64
		name string
	}{
		{"uprobe:./multiprov:xfer+1", 1, "uprobe:./multiprov:xfer+1"},
		{"uprobe:./multiprov:0x" + strconv.FormatUint(xfer.Vaddr, 16), 0, "uprobe:./multiprov:" + strconv.FormatUint(xfer.Vaddr, 10)},
		{"uprobe:./multiprov:0x" + strconv.FormatUint(xfer.Vaddr+1, 16), 1, "uprobe:./multiprov:" + strconv.FormatUint(xfer.Vaddr+1, 10)},
	} {
		p, err := lang.Parse("stdin", tt.spec+" { }")
		if err != nil {
			t.Fatal(err)
		}
		sites, err := ResolveTarget(p, Target{})
		if err != nil {
			t.Fatalf("%s: %v", tt.spec, err)
		}
		if len(sites) != 1 || sites[0].Offset != xfer.Offset+tt.off || sites[0].Vaddr != xfer.Vaddr+tt.off || sites[0].Name() != tt.name {
			t.Errorf("%s: sites %+v, want offset %#x named %s", tt.spec, sites, xfer.Offset+tt.off, tt.name)
		}
	}
}

// TestResolveErrors checks resolution errors without loading anything.
func TestResolveErrors(t *testing.T) {
	bin := testtarget.Build(t, "multiprov")
	t.Chdir(filepath.Dir(bin))
	if err := os.WriteFile("notelf", []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ src, want string }{
		{"usdt:./multiprov:start { }", "namespace for usdt:./multiprov:start not specified, matched 2 probes (alpha:start, beta:start); please specify a unique namespace or use '*' to attach to all matched probes"},
		{"usdt:./multiprov:zz* { }", "No probes to attach: usdt:./multiprov:zz* matches no probe in " + bin},
		{"uprobe:./multiprov:zz*, usdt:./multiprov:zz* { }", "No probes to attach: uprobe:./multiprov:zz* matches no probe in " + bin},
		{"uprobe:./multiprov:xfer+1000 { }", "Offset outside the function bounds ('xfer' size is"},
		{"usdt:*:alpha:start { }", "usdt:*:alpha:start: a probe without a path, or with a wildcard in its path, needs -p PID or -c CMD"},
		{"uprobe:libnosuch:f { }", "uprobe:libnosuch:f: uprobe target file 'libnosuch' does not exist or is not executable"},
		{"uprobe:./notelf:f { }", "uprobe:./notelf:f: " + filepath.Join(filepath.Dir(bin), "notelf") + ": not an ELF file"},
	}
	for _, tt := range tests {
		p, err := lang.Parse("stdin", tt.src)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ResolveTarget(p, Target{})
		le, ok := err.(*lang.Error)
		if !ok || !strings.HasPrefix(le.Msg, tt.want) {
			t.Errorf("%s: error %v, want a source error starting %q", tt.src, err, tt.want)
		}
	}
}
