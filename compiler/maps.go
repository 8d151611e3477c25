package compiler

import (
	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/lang"
)

// Map layouts. Keys: each integer field is 8 bytes little-endian, each
// string field its type's size rounded up to 8 (NUL-padded); a keyless map
// has a single u64 key 0 (a Slot map: u32 index 0). Values, by Decl.Value.Kind (all little-endian):
//
//	TInt              int64/uint64, 8 bytes, plain hash (last write wins)
//	TString           the string, Size rounded up to 8, plain hash
//	TCount, TSum      u64 / int64 per CPU
//	TMin, TMax        [value int64, seen u64] per CPU; seen is 1 once set
//	TAvg, TStats      [count u64, total int64] per CPU
//	THist             HistBuckets u64 counters per CPU, see HistBucket
//	TLhist            LhistBuckets(min, max, step) u64 counters per CPU
//
// Slot maps (see Map.Slot) append a u64 touched word to all but counts.
//
// The per-CPU shapes are what runtime/mapfmt merges.

// HistBuckets is the number of hist() buckets: negative, [0], [1], then one
// per power of two up to [2^62, 2^63).
const HistBuckets = 65

// LhistBuckets is the number of lhist() buckets: below min, one per step,
// and max or above.
func LhistBuckets(p *lang.LhistParams) int {
	return int((uint64(p.Max)-uint64(p.Min))/uint64(p.Step)) + 2
}

// newMap lays out the map declared by d; deleted says a delete() names it.
func newMap(i int, d *lang.MapDecl, deleted bool) *Map {
	m := &Map{Name: d.Name, SpecName: mapSpecName(i, d.Name), Decl: d}
	off := 0
	for _, k := range d.Keys {
		m.Keys = append(m.Keys, Field{Offset: off, Type: k})
		off += align8(fieldSize(k))
	}
	m.KeySize = max(off, 8)
	v := d.Value
	switch v.Kind {
	case lang.TInt, lang.TProbe, lang.TUstack:
		m.ValueSize = 8
	case lang.TUsym:
		m.ValueSize = 16
	case lang.TString, lang.TTuple:
		m.ValueSize = align8(v.Size)
	case lang.TCount, lang.TSum:
		m.PerCPU, m.ValueSize = true, 8
	case lang.TMin, lang.TMax, lang.TAvg, lang.TStats:
		m.PerCPU, m.ValueSize = true, 16
	case lang.THist:
		m.PerCPU, m.ValueSize = true, 8*HistBuckets
	case lang.TLhist:
		m.PerCPU, m.ValueSize = true, 8*LhistBuckets(d.Lhist)
	default:
		m.ValueSize = 8
	}
	// A sum of zeroes must print, and would look untouched: sums stay
	// hashed. So do deleted maps: a program cannot empty every CPU's slot.
	if m.PerCPU && len(d.Keys) == 0 && v.Kind != lang.TSum && !deleted {
		m.Slot, m.KeySize = true, 4 // the array index
		if v.Kind != lang.TCount {
			m.ValueSize += 8 // the touched word
		}
	}
	return m
}

// deletedMaps names the maps a delete() call refers to.
func deletedMaps(p *lang.Program) map[string]bool {
	deleted := map[string]bool{}
	for _, pr := range p.Probes {
		lang.WalkExprs(pr, func(e lang.Expr) {
			if call, ok := e.(*lang.Call); ok && call.Name == "delete" && len(call.Args) > 0 {
				if ref, ok := call.Args[0].(*lang.MapRef); ok {
					deleted[ref.Name] = true
				}
			}
		})
	}
	return deleted
}

// TouchedOffset is where a Slot map's touched word is in each CPU's
// value, or -1 if it has none.
func (m *Map) TouchedOffset() int {
	if !m.Slot || m.Decl.Value.Kind == lang.TCount {
		return -1
	}
	return m.ValueSize - 8
}

func (m *Map) spec(maxEntries int) *ebpf.MapSpec {
	if m.Slot {
		return &ebpf.MapSpec{Name: m.SpecName, Type: ebpf.PerCPUArray, KeySize: uint32(m.KeySize), ValueSize: uint32(m.ValueSize), MaxEntries: 1}
	}
	t := ebpf.Hash
	if m.PerCPU {
		t = ebpf.PerCPUHash
	}
	// Entries are allocated on insert: preallocating MapKeysMax per-CPU
	// values takes the kernel milliseconds at start-up.
	return &ebpf.MapSpec{Name: m.SpecName, Type: t, KeySize: uint32(m.KeySize), ValueSize: uint32(m.ValueSize), MaxEntries: uint32(maxEntries), Flags: bpfNoPrealloc}
}
