package lang

import "testing"

// TestParseSpecs checks how probe specs split into fields, and how String
// prints them back (the probe builtin), for the userspace forms.
func TestParseSpecs(t *testing.T) {
	tests := []struct {
		src      string
		kind     ProbeKind
		path     string
		provider string
		name     string
		offset   uint64
		address  uint64
		wildcard bool
		str      string
	}{
		{"uprobe:./bin:func", KindUprobe, "./bin", "", "func", 0, 0, false, "uprobe:./bin:func"},
		{"uprobe:./bin:func+4", KindUprobe, "./bin", "", "func", 4, 0, false, "uprobe:./bin:func+4"},
		{"uprobe:./bin:func+0x10", KindUprobe, "./bin", "", "func", 16, 0, false, "uprobe:./bin:func+16"},
		{"uprobe:./bin:func+0", KindUprobe, "./bin", "", "func", 0, 0, false, "uprobe:./bin:func"},
		{"uprobe:./bin:0x1139", KindUprobe, "./bin", "", "", 0, 0x1139, false, "uprobe:./bin:4409"},
		{"uprobe:./bin:0xzz", KindUprobe, "./bin", "", "0xzz", 0, 0, false, "uprobe:./bin:0xzz"},
		{"uretprobe:./bin:0x1139", KindUretprobe, "./bin", "", "", 0, 0x1139, false, "uretprobe:./bin:4409"},
		{"ur:./bin:handle_*", KindUretprobe, "./bin", "", "handle_*", 0, 0, true, "uretprobe:./bin:handle_*"},
		{"u:libc:malloc", KindUprobe, "libc", "", "malloc", 0, 0, false, "uprobe:libc:malloc"},
		{"uprobe:libc.so.6:malloc", KindUprobe, "libc.so.6", "", "malloc", 0, 0, false, "uprobe:libc.so.6:malloc"},
		{"uprobe:./bin:x*+4", KindUprobe, "./bin", "", "x*", 4, 0, true, "uprobe:./bin:x*+4"},
		{"usdt:./bin:*", KindUSDT, "./bin", "", "*", 0, 0, true, "usdt:./bin:*"},
		{"usdt:./bin:prov:*", KindUSDT, "./bin", "prov", "*", 0, 0, true, "usdt:./bin:prov:*"},
		{"usdt:./bin:*:name", KindUSDT, "./bin", "*", "name", 0, 0, true, "usdt:./bin:*:name"},
		{"usdt::prov:name", KindUSDT, "", "prov", "name", 0, 0, false, "usdt::prov:name"},
		{"usdt:*:prov:name", KindUSDT, "*", "prov", "name", 0, 0, true, "usdt:*:prov:name"},
		{"usdt:/a/b.so:prov:name", KindUSDT, "/a/b.so", "prov", "name", 0, 0, false, "usdt:/a/b.so:prov:name"},
	}
	for _, tt := range tests {
		p, err := Parse("stdin", tt.src+" { }")
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		sp := p.Probes[0].Specs[0]
		if sp.Kind != tt.kind || sp.Path != tt.path || sp.Provider != tt.provider || sp.Name != tt.name ||
			sp.Offset != tt.offset || sp.Address != tt.address || sp.HasWildcard() != tt.wildcard || sp.String() != tt.str {
			t.Errorf("%s: got %v %q %q %q +%d @%#x wildcard=%v %q", tt.src, sp.Kind, sp.Path, sp.Provider, sp.Name, sp.Offset, sp.Address, sp.HasWildcard(), sp.String())
		}
		if sp.AsWritten() != sp {
			t.Errorf("%s: AsWritten is not the spec itself", tt.src)
		}
		child := &ProbeSpec{Kind: sp.Kind, Parent: &ProbeSpec{Parent: sp}}
		if child.AsWritten() != sp {
			t.Errorf("%s: AsWritten does not follow Parent", tt.src)
		}
	}
}

func TestParseSpecAlone(t *testing.T) {
	ps, p, err := ParseSpec("stdin", "usdt:./bin:prov:*")
	if err != nil || ps.Provider != "prov" || ps.Name != "*" || p.Src != "usdt:./bin:prov:*" {
		t.Fatalf("ParseSpec: %+v %v", ps, err)
	}
	_, _, err = ParseSpec("stdin", "usdt:./multiprov")
	// bpftrace 0.17: bpftrace -l 'usdt:./multiprov'
	want := "stdin:1:1-17: ERROR: usdt probe type requires 2 or 3 arguments\nusdt:./multiprov\n~~~~~~~~~~~~~~~~"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want\n%s", err, want)
	}
}
