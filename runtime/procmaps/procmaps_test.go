package procmaps

import (
	"os"
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	text := `7ffd5a1d8000-7ffd5a1f9000 rw-p 00000000 00:00 0      [stack]
55d0c6a2c000-55d0c6a2d000 r--p 00000000 fe:01 1234   /tmp/x/cxx target
55d0c6a2d000-55d0c6a2e000 r-xp 00001000 fe:01 1234   /tmp/x/cxx target
55d0c7b6e000-55d0c7b8f000 rw-p 00000000 00:00 0
7f0e1c800000-7f0e1c801000 r-xp 00002000 fe:01 778    /tmp/lib.so (deleted)
bad line
zz-10 r-xp 0 00:00 0
`
	want := []Mapping{
		{Start: 0x55d0c6a2c000, End: 0x55d0c6a2d000, Perms: "r--p", Path: "/tmp/x/cxx target"},
		{Start: 0x55d0c6a2d000, End: 0x55d0c6a2e000, Offset: 0x1000, Perms: "r-xp", Path: "/tmp/x/cxx target"},
		{Start: 0x55d0c7b6e000, End: 0x55d0c7b8f000, Perms: "rw-p"},
		{Start: 0x7f0e1c800000, End: 0x7f0e1c801000, Offset: 0x2000, Perms: "r-xp", Path: "/tmp/lib.so", Deleted: true},
		{Start: 0x7ffd5a1d8000, End: 0x7ffd5a1f9000, Perms: "rw-p", Path: "[stack]"},
	}
	got := Parse([]byte(text))
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Parse:\n got %+v\nwant %+v", got, want)
	}
	for _, tt := range []struct {
		addr uint64
		want int // index in want, -1 for none
	}{{0x55d0c6a2c000, 0}, {0x55d0c6a2dfff, 1}, {0x55d0c6a2e000, -1}, {0x7ffd5a1f8fff, 4}, {0x10, -1}} {
		m, ok := Find(got, tt.addr)
		if ok != (tt.want >= 0) || ok && m != want[tt.want] {
			t.Errorf("Find(%#x) = %+v, %v; want mapping %d", tt.addr, m, ok, tt.want)
		}
	}
	if !want[1].File() || !want[1].Executable() || want[2].File() || want[4].File() {
		t.Error("File/Executable misjudge the mappings")
	}
}

// TestReadSelf finds this test's own code among its mappings.
func TestReadSelf(t *testing.T) {
	maps, err := Read(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	pc := uint64(reflect.ValueOf(TestReadSelf).Pointer())
	m, ok := Find(maps, pc)
	if !ok || m.Path != exe || !m.Executable() {
		t.Errorf("the test's code at %#x is in %+v (found %v), want an executable mapping of %s", pc, m, ok, exe)
	}
}
