package compiler

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/rlimit"
)

// TestExamplesLoad loads every example's collection into the kernel, which
// runs the verifier on each program: a checked script the verifier rejects
// is a compiler bug (DESIGN.md). Loading needs no attach, so synthetic
// sites do. It needs root; under CI=true not being able to load is a
// failure, so that the check cannot silently stop running.
func TestExamplesLoad(t *testing.T) {
	needBPF(t)
	ex := examples(t)
	for _, name := range sortedKeys(ex) {
		t.Run(strings.TrimSuffix(name, ".bt"), func(t *testing.T) {
			load(t, compileExample(t, name, ex[name]))
		})
	}
}

// TestStressLoad loads the fuzzer's seed scripts against every fuzz site
// layout: stack spills, 64-bit immediates, every argument kind and
// register width. Combinations that fail to compile (an argument the
// layout lacks, a TLS argument) are skipped; FuzzCompile checks those
// errors.
func TestStressLoad(t *testing.T) {
	needBPF(t)
	for i, src := range stressScripts {
		p := parseCheck(t, "stress.bt", src)
		for layout := range fuzzLayouts {
			out, err := Compile(p, fuzzSites(p, layout), DefaultOptions())
			if err != nil {
				continue
			}
			t.Run(fmt.Sprintf("script%d/layout%d", i, layout), func(t *testing.T) {
				load(t, out)
			})
		}
	}
}

// cannotLoad fails under CI=true, where the load tests must run, and skips
// elsewhere.
func cannotLoad(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

func needBPF(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		cannotLoad(t, "loading BPF programs needs root")
	}
	if err := rlimit.RemoveMemlock(); err != nil {
		cannotLoad(t, "cannot lift the memlock limit: %v", err)
	}
}

// load loads out's collection (renamed) and closes it again.
// compileLoad compiles src for synthetic sites and loads it into the kernel.
func compileLoad(t *testing.T, file, src string) {
	t.Helper()
	p := parseCheck(t, file, src)
	out, err := Compile(p, synthSites(p), DefaultOptions())
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	load(t, out)
}

func load(t *testing.T, out *Output) {
	t.Helper()
	coll, err := ebpf.NewCollection(loadableCopy(out.Spec))
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("verifier rejected the program: %+v", ve)
		}
		if errors.Is(err, os.ErrPermission) || errors.Is(err, ebpf.ErrNotSupported) {
			cannotLoad(t, "cannot load BPF here: %v", err)
		}
		t.Fatalf("loading: %v", err)
	}
	defer coll.Close()
	if len(coll.Programs) != len(out.Programs) {
		t.Errorf("loaded %d programs, compiled %d", len(coll.Programs), len(out.Programs))
	}
}

// loadableCopy copies spec with its programs renamed from tt_ to ct_:
// end-to-end tests elsewhere assert that no tt_ program outlives a run,
// and these tests may run in parallel with them.
func loadableCopy(spec *ebpf.CollectionSpec) *ebpf.CollectionSpec {
	c := spec.Copy()
	progs := map[string]*ebpf.ProgramSpec{}
	for name, ps := range c.Programs {
		renamed := "ct_" + strings.TrimPrefix(name, "tt_")
		ps.Name = renamed
		progs[renamed] = ps
	}
	c.Programs = progs
	return c
}

// TestConstantShiftsLoad: constant shift amounts outside 0..63 are masked
// like register amounts, so the verifier accepts them.
func TestConstantShiftsLoad(t *testing.T) {
	needBPF(t)
	for _, src := range []string{
		`BEGIN { printf("%d\n", pid << 64); }`,
		`BEGIN { printf("%d\n", pid >> 0xffffffffffffffff); }`,
	} {
		t.Run(src, func(t *testing.T) {
			compileLoad(t, "shift.bt", src)
		})
	}
}

// TestMapsAndVariablesLoad: every map kind, key shape and variable form the
// compiler supports loads into the kernel.
func TestMapsAndVariablesLoad(t *testing.T) {
	needBPF(t)
	for _, src := range []string{
		`BEGIN { $x = 5; $x += 3; $x++; --$x; printf("%d\n", $x); }`,
		`BEGIN { @a[1] = 10; @a[2] = @a[1] * 2; @a[1]++; @a[3] -= @a[2]; delete(@a[2]); }`,
		`BEGIN { @b["k", 7] = 4; @b["k", 7] += 1; @b[comm, pid] = nsecs; }`,
		`BEGIN { @s = sum(5); @mn[tid] = min(-4); @mx[tid] = max(pid * 0); @av = avg(3); @st = stats(4); }`,
		`BEGIN { @h = hist(nsecs); @h = hist(-1); @l = lhist(nsecs % 300, 0, 100, 10); @c[comm] = count(); }`,
		`BEGIN { @l = lhist(nsecs, 0, 5000000000, 1000000000); @h[pid, comm, "x"] = hist(pid); }`,
		`BEGIN { @start[tid] = nsecs; } END /@start[tid]/ { @lat = hist(nsecs - @start[tid]); delete(@start[tid]); }`,
		`BEGIN { printf("%s %s %s\n", str(nsecs), str(nsecs, 3), str(nsecs, pid)); @k[str(pid), comm] = count(); }`,
		`BEGIN /comm == "x" || str(pid, 3) != "ab"/ { printf("%d %d\n", comm == str(nsecs), "a" != "abcdefghijkl"); }`,
		`BEGIN { $s = comm; $t = str(pid); @n[pid] = $s; @m[$t, "k"] = str(nsecs, 5); printf("%s %s %s\n", $s, @n[pid], @m["a", "k"]); }`,
		`BEGIN { print(123); print(-5); print("str"); print(comm); print(pid - pid); }`,
		`BEGIN { @c[cpu, uid, gid] = count(); printf("%d %s\n", elapsed, probe); time(); time("%H\n"); print(@c); print(@c, 3); print(@c, 3, 2); clear(@c); zero(@c); }`,
	} {
		t.Run(src, func(t *testing.T) {
			compileLoad(t, "maps.bt", src)
		})
	}
}
