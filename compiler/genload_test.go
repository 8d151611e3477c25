package compiler

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/compiler/internal/scriptgen"
	"github.com/tinytrace/tinytrace/lang"
)

var (
	genSeed  = flag.Uint64("gen.seed", 1, "TestGeneratedLoad: first seed")
	genCount = flag.Int("gen.count", 200, "TestGeneratedLoad: how many scripts to generate")
)

// genTargets are probes whose synthetic sites (synthSites) are the ones
// gcc writes for the bundled C targets, plus a generic 12-argument probe
// with every argument kind, uprobes, uretprobes, BEGIN, END and interval.
var genTargets = []scriptgen.Target{
	{Spec: "BEGIN"},
	{Spec: "END"},
	{Spec: "interval:ms:100"},
	{Spec: "usdt:./test-server:test_grp:test_idx", Args: 1},
	{Spec: "usdt:./args12:tt:args12", Args: 12},
	{Spec: "usdt:./args12:tt:consts", Args: 6},
	{Spec: "usdt:./twoloc:tt:twoloc", Args: 1},
	{Spec: "usdt:./semaphore:tt:sem", Args: 1},
	{Spec: "usdt:./t:p:n", Args: 12},
	{Spec: "uprobe:./uprobe:add", Args: 8},
	{Spec: "uretprobe:./uprobe:add", Ret: true},
}

// TestGeneratedLoad checks that the verifier accepts whatever the checker
// accepts: it generates random well-typed scripts (compiler/internal/
// scriptgen), compiles each against synthetic sites and loads it into the
// kernel. CI runs a fixed-seed batch; a longer run:
//
//	go test ./compiler -run TestGeneratedLoad -gen.seed=1000 -gen.count=20000 -v
//
// A script the checker rejects is a generator bug; one the compiler
// refuses (a lang.Error, e.g. an expression too deep for the BPF stack) is
// counted and must stay rare; a verifier rejection is a compiler bug and
// fails with the script and the verifier's log.
func TestGeneratedLoad(t *testing.T) {
	needBPF(t)
	g := scriptgen.New(*genSeed, genTargets)
	refused, loaded := 0, 0
	for i := range *genCount {
		src := g.Script()
		name := fmt.Sprintf("gen-%d-%d.bt", *genSeed, i)
		p, err := lang.Parse(name, src)
		if err == nil {
			err = lang.Check(p)
		}
		if err != nil {
			t.Errorf("generated script does not check (generator bug):\n%s\n%v", src, err)
			continue
		}
		out, err := Compile(p, synthSites(p), DefaultOptions())
		if err != nil {
			var le *lang.Error
			if !errors.As(err, &le) {
				t.Errorf("compile error is not a lang.Error: %v\n%s", err, src)
			}
			refused++
			if testing.Verbose() {
				t.Logf("refused: %v", err)
			}
			continue
		}
		coll, err := ebpf.NewCollection(loadableCopy(out.Spec))
		if err != nil {
			var ve *ebpf.VerifierError
			if errors.As(err, &ve) {
				t.Errorf("verifier rejected a checked script (compiler bug):\n%s\n%s\n%s", src, ve.Cause, strings.Join(tail(ve.Log, 30), "\n"))
				continue
			}
			if errors.Is(err, os.ErrPermission) {
				cannotLoad(t, "cannot load BPF here: %v", err)
			}
			t.Errorf("loading:\n%s\n%v", src, err)
			continue
		}
		coll.Close()
		loaded++
	}
	t.Logf("seed %d: %d scripts, %d loaded, %d refused by the compiler", *genSeed, *genCount, loaded, refused)
	if refused*20 > *genCount {
		t.Errorf("the compiler refused %d of %d generated scripts: the generator should stay within the limits", refused, *genCount)
	}
}

func tail(s []string, n int) []string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
