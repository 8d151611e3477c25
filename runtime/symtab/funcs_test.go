package symtab

import (
	"errors"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

func TestFuncsAndFuncAt(t *testing.T) {
	bin := testtarget.Build(t, "multiprov")
	tab, err := Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	var names []string
	for _, f := range tab.Funcs() {
		names = append(names, f.Name)
	}
	joined := " " + strings.Join(names, " ") + " "
	for _, want := range []string{" handle_read handle_write ", " main ", " xfer "} {
		if !strings.Contains(joined, want) {
			t.Errorf("Funcs() = %v, want %q in order", names, want)
		}
	}
	if strings.Contains(joined, " getpid ") {
		t.Errorf("Funcs() lists the import getpid: %v", names)
	}
	xfer, err := tab.Func(bin, "xfer")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		vaddr uint64
		name  string
		off   uint64
		ok    bool
	}{
		{xfer.Vaddr, "xfer", 0, true},
		{xfer.Vaddr + 4, "xfer", 4, true},
		{xfer.Vaddr + xfer.Size - 1, "xfer", xfer.Size - 1, true},
		{0x99999999, "", 0, false},
	} {
		f, off, ok := tab.FuncAt(tt.vaddr)
		if ok != tt.ok || f.Name != tt.name || off != tt.off {
			t.Errorf("FuncAt(%#x) = %s+%d %v, want %s+%d %v", tt.vaddr, f.Name, off, ok, tt.name, tt.off, tt.ok)
		}
	}
}

// TestCheckBoundary compares the instruction starts CheckBoundary accepts
// with objdump's disassembly of the same functions.
func TestCheckBoundary(t *testing.T) {
	for _, opt := range []string{"-O0", "-O2"} {
		bin := testtarget.Build(t, "multiprov", opt)
		tab, err := Open(bin)
		if err != nil {
			t.Fatal(err)
		}
		defer tab.Close()
		for _, name := range []string{"main", "xfer", "handle_read"} {
			fn, err := tab.Func(bin, name)
			if err != nil {
				t.Fatal(err)
			}
			starts := objdumpStarts(t, bin, fn)
			for off := uint64(0); off < fn.Size; off++ {
				err := tab.CheckBoundary(fn, off)
				if starts[fn.Vaddr+off] != (err == nil) {
					t.Errorf("%s %s+%d: CheckBoundary = %v, objdump start = %v", opt, name, off, err, starts[fn.Vaddr+off])
				}
				if err != nil && !errors.Is(err, ErrMidInstruction) {
					t.Errorf("%s %s+%d: %v", opt, name, off, err)
				}
			}
			if err := tab.CheckBoundary(fn, fn.Size); err == nil {
				t.Errorf("%s: offset %d (the size) accepted", name, fn.Size)
			}
		}
	}
}

var objdumpInsn = regexp.MustCompile(`^\s*([0-9a-f]+):\t`)

func objdumpStarts(t *testing.T, bin string, fn Symbol) map[uint64]bool {
	t.Helper()
	out, err := exec.Command("objdump", "-d", "--no-show-raw-insn",
		"--start-address="+strconv.FormatUint(fn.Vaddr, 10),
		"--stop-address="+strconv.FormatUint(fn.Vaddr+fn.Size, 10), bin).Output()
	if err != nil {
		t.Fatalf("objdump: %v", err)
	}
	starts := map[uint64]bool{}
	for _, l := range strings.Split(string(out), "\n") {
		if m := objdumpInsn.FindStringSubmatch(l); m != nil {
			a, _ := strconv.ParseUint(m[1], 16, 64)
			starts[a] = true
		}
	}
	if len(starts) < 2 {
		t.Fatalf("objdump found %d instructions in %s:\n%s", len(starts), fn.Name, out)
	}
	return starts
}
