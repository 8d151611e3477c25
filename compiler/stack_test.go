package compiler

import (
	"strings"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/lang"
)

func TestUnpackStack(t *testing.T) {
	for _, tt := range []struct {
		v    uint64
		want Stack
	}{
		{0, Stack{}},
		{42 | 1234<<stackPidShift, Stack{ID: 42, Pid: 1234}},
		{StackNoID | (1<<22-1)<<stackPidShift | 3<<stackMapShift | 1<<stackPerfBit,
			Stack{ID: StackNoID, Pid: 1<<22 - 1, Map: 3, Perf: true}},
	} {
		if got := UnpackStack(tt.v); got != tt.want {
			t.Errorf("UnpackStack(%#x) = %+v, want %+v", tt.v, got, tt.want)
		}
	}
}

// TestStackMaps: one stack trace map per depth, deeper limits capped at
// what the kernel collects, and the map's index and the perf mode packed
// into the value.
func TestStackMaps(t *testing.T) {
	src := `uprobe:/bin/x:f {
	@a[ustack] = count(); @b[ustack(3)] = count(); @c[ustack(perf, 3)] = count();
	@d[ustack(1024)] = count(); @e[ustack(bpftrace, 5)] = count();
}`
	p := parseCheck(t, "stacks.bt", src)
	out, err := Compile(p, synthSites(p), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	want := []StackMap{{"ustack127", 127}, {"ustack3", 3}, {"ustack5", 5}}
	if len(out.StackMaps) != len(want) {
		t.Fatalf("stack maps %+v, want %+v", out.StackMaps, want)
	}
	for i, w := range want {
		if out.StackMaps[i] != w {
			t.Errorf("stack map %d = %+v, want %+v", i, out.StackMaps[i], w)
		}
		spec := out.Spec.Maps[w.SpecName]
		if spec == nil || spec.Type != ebpf.StackTrace || spec.KeySize != 4 || spec.ValueSize != uint32(8*w.Depth) {
			t.Errorf("map %s: spec %+v", w.SpecName, spec)
		}
	}
	// ustack(perf, 3) shares ustack(3)'s map and sets the perf bit.
	refs, perfTag := 0, false
	for _, ins := range out.Programs[0].Insns {
		if ins.IsLoadFromMap() && ins.Reference() == "ustack3" {
			refs++
		}
		if ins.OpCode.IsDWordLoad() && ins.Constant == 4629700416936869888 { // perf bit | map 1
			perfTag = true
		}
	}
	if refs != 2 {
		t.Errorf("ustack(3) and ustack(perf, 3) should both use ustack3: %d references\n%v", refs, out.Programs[0].Insns)
	}
	if !perfTag {
		t.Errorf("no perf-mode tag for map 1:\n%v", out.Programs[0].Insns)
	}
}

// TestStacksLoad: every use of ustack, usym, func, reg and uaddr the
// checker accepts loads into the kernel.
func TestStacksLoad(t *testing.T) {
	needBPF(t)
	var regs []string
	for _, r := range lang.Registers {
		regs = append(regs, `reg("`+r+`")`)
	}
	for _, src := range []string{
		`uprobe:/bin/x:f { printf("%s %s %s %s\n", ustack, ustack(3), ustack(perf), ustack(bpftrace, 2)); print(ustack(0)); }`,
		`uprobe:/bin/x:f { @a[ustack, comm, usym(arg0)] = count(); @b[func] = ustack(perf, 4); @c = usym(reg("ip")); @d[@c] = @b[@c]; }`,
		`uretprobe:/bin/x:f { $s = ustack; $s = ustack(2); @v[pid] = $s; @w = @v[pid]; printf("%s %s %s\n", $s, func, @w); print(func); }`,
		`uprobe:/bin/x:f { $u = func; $v = usym(arg0); $u = $v; @a[$u] = $v; if (pid > 0) { printf("%s %s\n", $u, $v); } print($v); }`,
		`usdt:/bin/x:p:n { @s = usym(reg("sp") + 1); printf("%s %s\n", @s, usym(uaddr("g"))); @u[uaddr("g")] = ustack; }`,
		`uprobe:/bin/x:f { printf("` + strings.Repeat("%d ", len(regs)) + `\n", ` + strings.Join(regs, ", ") + `); }`,
		`BEGIN { @[ustack(5)] = count(); } i:ms:100 { printf("%s %d\n", ustack(1), reg("ip")); }`,
	} {
		t.Run(src, func(t *testing.T) {
			p := parseCheck(t, "stacks.bt", src)
			sites := synthSites(p)
			for _, s := range sites {
				s.Uaddr, s.Relocatable = map[string]uint64{"g": 0x4010}, true
			}
			out, err := Compile(p, sites, DefaultOptions())
			if err != nil {
				t.Fatalf("compile: %v", err)
			}
			load(t, out)
		})
	}
}
