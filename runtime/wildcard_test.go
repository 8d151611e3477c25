package runtime

import "testing"

func TestWildcardMatch(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       bool
	}{
		{"*", "", true},
		{"*", "anything", true},
		{"", "", true},
		{"", "x", false},
		{"handle_*", "handle_read", true},
		{"handle_*", "handle_", true},
		{"handle_*", "xhandle_read", false},
		{"x*", "xfer", true},
		{"x*", "main", false},
		{"*start", "alpha_start", true},
		{"*start", "start_x", false},
		{"a*b*c", "aXbYc", true},
		{"a*b*c", "abc", true},
		{"a*b*c", "acb", false},
		{"a*b*c", "aXbYcZ", false},
		{"*probe*", "/tmp/x/libprobe.so", true},
		{"lib_probe", "lib_probe", true},
		{"lib_probe", "lib_probes", false},
		{"**", "ab", true},
		{"a*a*a", "aaaa", true},
		{"a*a*a", "aa", false},
	}
	for _, tt := range tests {
		if got := wildcardMatch(tt.pattern, tt.s); got != tt.want {
			t.Errorf("wildcardMatch(%q, %q) = %v, want %v", tt.pattern, tt.s, got, tt.want)
		}
	}
}

func TestParseMaps(t *testing.T) {
	maps := `55d0c0a00000-55d0c0a01000 r--p 00000000 08:01 1234 /tmp/pr/libmain
55d0c0a01000-55d0c0a02000 r-xp 00001000 08:01 1234 /tmp/pr/libmain
7f0000000000-7f0000001000 r-xp 00001000 08:01 99 /usr/lib/x86_64-linux-gnu/libc.so.6
7f0000002000-7f0000003000 r-xp 00001000 08:01 98 /tmp/pr/lib probe.so
7f0000003000-7f0000004000 r-xp 00001000 08:01 97 /tmp/old.so (deleted)
7f0000004000-7f0000005000 rw-p 00000000 00:00 0 
7f0000005000-7f0000006000 r-xp 00000000 00:00 0 [vdso]
7f0000006000-7f0000007000 r-xp 00001000 08:01 99 /usr/lib/x86_64-linux-gnu/libc.so.6
7f0000008000-7f0000009000 r--p 00000000 08:01 96 /usr/lib/locale/C.utf8/LC_CTYPE
`
	got := parseMaps(42, []byte(maps))
	want := []object{
		{path: "/proc/42/root/tmp/pr/libmain", display: "/proc/42/root/tmp/pr/libmain", mapped: "/tmp/pr/libmain"},
		{path: "/proc/42/root/usr/lib/x86_64-linux-gnu/libc.so.6", display: "/proc/42/root/usr/lib/x86_64-linux-gnu/libc.so.6", mapped: "/usr/lib/x86_64-linux-gnu/libc.so.6"},
		{path: "/proc/42/root/tmp/pr/lib probe.so", display: "/proc/42/root/tmp/pr/lib probe.so", mapped: "/tmp/pr/lib probe.so"},
	}
	if len(got) != len(want) {
		t.Fatalf("parseMaps = %+v, want %+v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("object %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
