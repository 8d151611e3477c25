package runtime

import (
	"bufio"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
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
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return selfLocation{}, fmt.Errorf("finding BEGIN/END trigger: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m, ok := parseMapsLine(sc.Text())
		if ok && addr >= m.start && addr < m.end && m.path != "" {
			return selfLocation{path: m.path, offset: addr - m.start + m.offset}, nil
		}
	}
	return selfLocation{}, fmt.Errorf("finding BEGIN/END trigger: address %#x not in any file mapping", addr)
}

// mapping is one line of /proc/PID/maps.
type mapping struct {
	start, end, offset uint64
	perms, path        string
}

func parseMapsLine(line string) (mapping, bool) {
	fields := strings.Fields(line)
	if len(fields) < 5 {
		return mapping{}, false
	}
	lo, hi, ok := strings.Cut(fields[0], "-")
	if !ok {
		return mapping{}, false
	}
	var m mapping
	var err1, err2, err3 error
	m.start, err1 = strconv.ParseUint(lo, 16, 64)
	m.end, err2 = strconv.ParseUint(hi, 16, 64)
	m.offset, err3 = strconv.ParseUint(fields[2], 16, 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return mapping{}, false
	}
	m.perms = fields[1]
	if len(fields) >= 6 {
		m.path = strings.Join(fields[5:], " ")
	}
	return m, true
}
