package main

import (
	"path/filepath"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// A `nop; nop5` USDT site is traced on its nop5 (where the kernel can
// optimise the uprobe): every fire is seen, and a rip-relative global
// argument still reads right although the site moved by one byte.
func TestNop5Site(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "nop5", "-O2")
	got := runTracer(t, filepath.Dir(bin), "-c", "./nop5 4", "-e", `usdt:./nop5:nop5:fire { printf("%d %d\n", arg0, arg1); }`)
	expect(t, got, "Attaching 1 probe...\n0 0\n1 10\n2 20\n3 30\n\n\n")
}
