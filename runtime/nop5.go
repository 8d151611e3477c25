package runtime

import (
	"bytes"
	"os"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
)

// nop5 is the 5-byte nop (nopl 0x0(%rax,%rax,1)) that x86-64 kernels from
// 6.18 can rewrite, on a uprobe's first hit, into a call to a trampoline:
// a much cheaper entry than the int3 trap and its exception. USDT headers
// that support it emit `nop; nop5` and point the note at the 1-byte nop.
var nopNop5 = []byte{0x90, 0x0f, 0x1f, 0x44, 0x00, 0x00}

// preferNop5 moves USDT sites whose instruction is `nop; nop5` onto the
// nop5, where the kernel can optimise the uprobe. Skipping the 1-byte nop
// changes nothing the program sees: registers are the same on both
// instructions, and the kernel reports the probed address as the ip, so
// rip-relative arguments (ip - Vaddr + symbol) move with Vaddr.
// Older kernels trap on the nop5 as they would on the nop.
func preferNop5(sites []*compiler.Site) {
	files := map[string]*os.File{}
	defer func() {
		for _, f := range files {
			if f != nil {
				f.Close()
			}
		}
	}()
	buf := make([]byte, len(nopNop5))
	for _, s := range sites {
		if s.Spec.Kind != lang.KindUSDT || s.Path == "" {
			continue
		}
		f, ok := files[s.Path]
		if !ok {
			f, _ = os.Open(s.Path) // unreadable: attaching reports it
			files[s.Path] = f
		}
		if f == nil {
			continue
		}
		if n, _ := f.ReadAt(buf, int64(s.Offset)); n == len(buf) && bytes.Equal(buf, nopNop5) {
			s.Offset++
			s.Vaddr++
		}
	}
}
