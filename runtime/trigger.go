package runtime

import (
	"fmt"
	"os"
	"reflect"

	"github.com/tinytrace/tinytrace/runtime/procmaps"
)

// BEGIN and END programs are uprobes on these two functions of tinytrace's
// own executable, filtered to this process: calling the function runs the
// program once, in order with every other event in the ring buffer. This
// keeps one program type and one code path for every probe.

//go:noinline
func beginTrigger() {}

//go:noinline
func endTrigger() {}

// selfLocation is the executable and file offset of one of the trigger
// functions, found through /proc/self/maps so it works for PIE and stripped
// builds alike.
type selfLocation struct {
	path   string
	offset uint64
}

func locateFunc(fn func()) (selfLocation, error) {
	addr := uint64(reflect.ValueOf(fn).Pointer())
	maps, err := procmaps.Read(os.Getpid())
	if err != nil {
		return selfLocation{}, fmt.Errorf("finding BEGIN/END trigger: %w", err)
	}
	if m, ok := procmaps.Find(maps, addr); ok && m.File() {
		return selfLocation{path: m.Path, offset: addr - m.Start + m.Offset}, nil
	}
	return selfLocation{}, fmt.Errorf("finding BEGIN/END trigger: address %#x not in any file mapping", addr)
}
