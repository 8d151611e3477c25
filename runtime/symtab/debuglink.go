package symtab

import (
	"debug/elf"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
)

// DebugDir is where Debian's -dbg packages install separate debug files.
const DebugDir = "/usr/lib/debug"

// DebugFile finds the separate debug file of the ELF file f at path (as gdb
// and bcc do), or returns "": by build ID under DebugDir/.build-id, then by
// .gnu_debuglink next to the file, in its .debug directory, or under
// DebugDir. Stripped libraries (Debian's libc) keep their full symbol
// table there.
func DebugFile(path string, f *elf.File) string {
	if id := buildID(f); len(id) > 1 {
		h := hex.EncodeToString(id)
		if p := filepath.Join(DebugDir, ".build-id", h[:2], h[2:]+".debug"); regular(p) {
			return p
		}
	}
	if s := f.Section(".gnu_debuglink"); s != nil {
		data, err := s.Data()
		if err != nil {
			return ""
		}
		name, _, _ := strings.Cut(string(data), "\x00")
		if name == "" {
			return ""
		}
		dir := filepath.Dir(path)
		for _, p := range []string{filepath.Join(dir, name), filepath.Join(dir, ".debug", name), filepath.Join(DebugDir, dir, name)} {
			if p != path && regular(p) {
				return p
			}
		}
	}
	return ""
}

// buildID returns the NT_GNU_BUILD_ID note's descriptor, or nil.
func buildID(f *elf.File) []byte {
	for _, s := range f.Sections {
		if s.Type != elf.SHT_NOTE {
			continue
		}
		data, err := s.Data()
		if err != nil {
			continue
		}
		for len(data) >= 12 {
			namesz := int(f.ByteOrder.Uint32(data[0:]))
			descsz := int(f.ByteOrder.Uint32(data[4:]))
			typ := f.ByteOrder.Uint32(data[8:])
			nameEnd := 12 + (namesz+3)&^3
			descEnd := nameEnd + (descsz+3)&^3
			if nameEnd > len(data) || nameEnd+descsz > len(data) {
				break
			}
			if typ == 3 && namesz == 4 && string(data[12:15]) == "GNU" { // NT_GNU_BUILD_ID
				return data[nameEnd : nameEnd+descsz]
			}
			if descEnd > len(data) {
				break
			}
			data = data[descEnd:]
		}
	}
	return nil
}

func regular(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// loadDebugSymbols fills an empty .symtab from the separate debug file.
func (t *Table) loadDebugSymbols(path string) {
	if len(t.static) > 0 {
		return
	}
	p := DebugFile(path, t.f)
	if p == "" {
		return
	}
	df, err := elf.Open(p)
	if err != nil {
		return
	}
	defer df.Close()
	t.static, _ = df.Symbols()
}
