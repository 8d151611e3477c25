package main

import "testing"

// Keyless aggregations live in one-slot per-CPU arrays, except those a
// delete() names, which a program could not empty: the output must still
// be 0.17's (seen with bpftrace 0.17: a deleted keyless count prints 0).
func TestKeylessDelete(t *testing.T) {
	needBPF(t)
	got := runTracer(t, "", "-e", `BEGIN { @c = count(); @n = count(); delete(@c); exit(); }`)
	expect(t, got, "Attaching 1 probe...\n\n\n@c: 0\n@n: 1\n")
}
