// Package ldcache finds shared libraries the way the dynamic loader does:
// it reads /etc/ld.so.cache (glibc's "glibc-ld.so.cache1.1" format),
// searches the standard directories, and follows an executable's
// DT_NEEDED entries through its RPATH, RUNPATH and the cache.
package ldcache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
)

// DefaultPath is where ldconfig writes the cache.
const DefaultPath = "/etc/ld.so.cache"

// Entry is one library in the cache.
type Entry struct {
	Name  string // the soname, e.g. libc.so.6
	Path  string // e.g. /lib/x86_64-linux-gnu/libc.so.6
	Flags uint32 // FLAG_* bits: ELF type and architecture
}

// The flag values ldconfig writes (glibc's ldconfig.h): the low byte is the
// library type, the next the architecture.
const (
	flagTypeMask = 0x00ff
	flagELFLibc6 = 0x0003
	flagArchMask = 0xff00
	flagX8664    = 0x0300
)

// X8664 reports whether the entry is a 64-bit x86 glibc library, the only
// kind tinytrace traces.
func (e Entry) X8664() bool {
	return e.Flags&flagTypeMask == flagELFLibc6 && e.Flags&flagArchMask == flagX8664
}

const (
	magicNew   = "glibc-ld.so.cache"
	versionNew = "1.1"
	magicOld   = "ld.so-1.7.0"
	headerSize = 48 // magic, version, nlibs, len_strings, flags, pad, extension offset, unused
	entrySize  = 24 // flags, key, value, osversion, hwcap
	oldEntry   = 12 // flags, key, value
)

// ErrFormat is wrapped by every parse error.
var ErrFormat = errors.New("not a valid ld.so.cache")

// Parse decodes a cache file's contents. It accepts the new format alone
// (glibc >= 2.32 writes only that) and the old format followed by the new
// one; entries come in file order, which is the loader's search order.
func Parse(data []byte) ([]Entry, error) {
	base := 0
	if bytes.HasPrefix(data, []byte(magicOld)) {
		// Old header: magic padded to 12 bytes, nlibs, then 12-byte
		// entries; the new cache follows, 8-byte aligned.
		if len(data) < 16 {
			return nil, fmt.Errorf("%w: truncated old header", ErrFormat)
		}
		n := int(binary.LittleEndian.Uint32(data[12:]))
		base = 16 + n*oldEntry
		base = (base + 7) &^ 7
		if n > len(data)/oldEntry || base > len(data) {
			return nil, fmt.Errorf("%w: old format claims %d entries", ErrFormat, n)
		}
	}
	d := data[base:]
	if len(d) < headerSize || string(d[:len(magicNew)]) != magicNew {
		return nil, fmt.Errorf("%w: no %q header", ErrFormat, magicNew)
	}
	if v := string(d[len(magicNew) : len(magicNew)+3]); v != versionNew {
		return nil, fmt.Errorf("%w: unknown version %q", ErrFormat, v)
	}
	n := int(binary.LittleEndian.Uint32(d[20:]))
	if n > (len(d)-headerSize)/entrySize {
		return nil, fmt.Errorf("%w: %d entries do not fit in %d bytes", ErrFormat, n, len(d))
	}
	entries := make([]Entry, 0, n)
	for i := range n {
		e := d[headerSize+i*entrySize:]
		flags := binary.LittleEndian.Uint32(e)
		// In the new format, string offsets count from the new header.
		name, err := cstring(d, binary.LittleEndian.Uint32(e[4:]))
		if err != nil {
			return nil, fmt.Errorf("%w: entry %d name: %v", ErrFormat, i, err)
		}
		path, err := cstring(d, binary.LittleEndian.Uint32(e[8:]))
		if err != nil {
			return nil, fmt.Errorf("%w: entry %d path: %v", ErrFormat, i, err)
		}
		entries = append(entries, Entry{Name: name, Path: path, Flags: flags})
	}
	return entries, nil
}

func cstring(d []byte, off uint32) (string, error) {
	if uint64(off) >= uint64(len(d)) {
		return "", fmt.Errorf("offset %d past the end (%d bytes)", off, len(d))
	}
	end := bytes.IndexByte(d[off:], 0)
	if end < 0 {
		return "", fmt.Errorf("string at %d is not terminated", off)
	}
	return string(d[off : int(off)+end]), nil
}

// Read parses the cache file at path.
func Read(path string) ([]Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	entries, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return entries, nil
}
