// Package procmaps reads /proc/PID/maps: which file is mapped where in a
// process. Resolution (library names, wildcards), symbolization and the
// BEGIN/END triggers all need it.
package procmaps

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Mapping is one line of /proc/PID/maps.
type Mapping struct {
	Start, End uint64 // the address range [Start, End)
	Offset     uint64 // file offset mapped at Start
	Perms      string // "r-xp"
	// Path is the mapped file ("" for anonymous memory, "[stack]" and the
	// like for special regions), without the kernel's " (deleted)" suffix.
	Path    string
	Deleted bool // the file was deleted (or replaced) after it was mapped
}

// File reports whether the mapping is backed by a file.
func (m Mapping) File() bool { return strings.HasPrefix(m.Path, "/") }

// Executable reports whether the mapping may run code.
func (m Mapping) Executable() bool { return strings.Contains(m.Perms, "x") }

// Read reads the mappings of pid ("self" is os.Getpid()), sorted by address.
func Read(pid int) ([]Mapping, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		return nil, err
	}
	return Parse(data), nil
}

// Parse parses the text of a maps file, sorted by address. Malformed lines
// are skipped.
func Parse(data []byte) []Mapping {
	var maps []Mapping
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if m, ok := parseLine(sc.Text()); ok {
			maps = append(maps, m)
		}
	}
	sort.SliceStable(maps, func(i, j int) bool { return maps[i].Start < maps[j].Start })
	return maps
}

// parseLine parses "start-end perms offset dev inode [path]".
func parseLine(line string) (Mapping, bool) {
	fields := strings.Fields(line)
	if len(fields) < 5 {
		return Mapping{}, false
	}
	lo, hi, ok := strings.Cut(fields[0], "-")
	if !ok {
		return Mapping{}, false
	}
	start, err1 := strconv.ParseUint(lo, 16, 64)
	end, err2 := strconv.ParseUint(hi, 16, 64)
	off, err3 := strconv.ParseUint(fields[2], 16, 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return Mapping{}, false
	}
	m := Mapping{Start: start, End: end, Offset: off, Perms: fields[1]}
	if len(fields) >= 6 {
		m.Path = strings.Join(fields[5:], " ")
		m.Path, m.Deleted = strings.CutSuffix(m.Path, " (deleted)")
	}
	return m, true
}

// Find returns the mapping that contains addr in maps sorted by address.
func Find(maps []Mapping, addr uint64) (Mapping, bool) {
	i := sort.Search(len(maps), func(i int) bool { return maps[i].End > addr })
	if i < len(maps) && maps[i].Start <= addr {
		return maps[i], true
	}
	return Mapping{}, false
}
