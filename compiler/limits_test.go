package compiler

import (
	"errors"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/lang"
)

// TestTooManyInstructions: a probe longer than the kernel loads is refused
// at its source, not by a bare E2BIG from the kernel.
func TestTooManyInstructions(t *testing.T) {
	// Each 200-byte string comparison is about 195 instructions; the
	// count is only checked roughly, so codegen changes do not break it.
	src := "BEGIN { " + strings.Repeat("$x = str(1) == str(2); ", 5300) + "}"
	p, err := lang.Parse("big.bt", src)
	if err == nil {
		err = lang.CheckWith(p, lang.CheckOptions{StrLen: 200})
	}
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(p, synthSites(p), DefaultOptions())
	var le *lang.Error
	if !errors.As(err, &le) || !strings.HasPrefix(le.Msg, "this probe compiles to 10") ||
		!strings.HasSuffix(le.Msg, " BPF instructions, more than the kernel's limit of 1000000") ||
		le.Span != (lang.Span{Start: lang.Pos{Line: 1, Col: 1}, End: lang.Pos{Line: 1, Col: 6}}) {
		t.Fatalf("Compile: %v", err)
	}
}

// TestLongJumpRefused: BPF jump offsets are 16 bits. A predicate that
// skips a body of more than 32767 instructions cannot be encoded (and
// cilium/ebpf would truncate the offset silently): refused at the probe.
func TestLongJumpRefused(t *testing.T) {
	// 2,600 printfs: enough at 13 instructions each.
	src := "BEGIN /pid/ { " + strings.Repeat(`printf("%d\n", 1); `, 2600) + "}"
	p := parseCheck(t, "jump.bt", src)
	_, err := Compile(p, synthSites(p), DefaultOptions())
	var le *lang.Error
	if !errors.As(err, &le) || !strings.HasPrefix(le.Msg, "this probe is too large for BPF: a jump in it spans ") ||
		!strings.HasSuffix(le.Msg, " instructions, more than 32767") {
		t.Fatalf("Compile: %v", err)
	}
}

// TestStrncmpZeroLoads: strncmp(a, b, 0) compares nothing; it once left
// unreachable instructions, which the verifier rejects.
func TestStrncmpZeroLoads(t *testing.T) {
	needBPF(t)
	p := parseCheck(t, "strncmp.bt", `BEGIN { printf("%d %d\n", strncmp(comm, "x", 0), strncmp(str(pid), comm, 0)); }`)
	out, err := Compile(p, synthSites(p), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	load(t, out)
}

// TestStrcontainsWalkRefused: the verifier walks each strcontains() of two
// 64-byte strings about 35,000 instructions deep; 30 of them on one path
// pass its 1M-instruction limit however well it merges paths, so the
// probe is refused at its source. 27 still load (TestPathMergingLoad
// loads 16).
func TestStrcontainsWalkRefused(t *testing.T) {
	p := parseCheck(t, "walk.bt", `uprobe:/bin/true:main { unroll (30) { @r = strcontains(str(arg2), str(arg3)); } }`)
	_, err := Compile(p, synthSites(p), DefaultOptions())
	var le *lang.Error
	if !errors.As(err, &le) || !strings.HasPrefix(le.Msg, "this probe's strcontains() searches take the kernel verifier about 10") ||
		!strings.HasSuffix(le.Msg, " instructions to check, more than its limit of 1000000") ||
		le.Span != (lang.Span{Start: lang.Pos{Line: 1, Col: 1}, End: lang.Pos{Line: 1, Col: 22}}) {
		t.Fatalf("Compile: %v", err)
	}
}
