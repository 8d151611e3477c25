package dump_test

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/rlimit"

	"github.com/tinytrace/tinytrace/compiler/dump"
)

// needBPF fails under CI=true, where the kernel tests must run, and skips
// elsewhere when BPF cannot be loaded.
func needBPF(t *testing.T) {
	t.Helper()
	fail := t.Skipf
	if os.Getenv("CI") == "true" {
		fail = t.Fatalf
	}
	if os.Geteuid() != 0 {
		fail("loading BPF programs needs root")
	}
	if err := rlimit.RemoveMemlock(); err != nil {
		fail("cannot lift the memlock limit: %v", err)
	}
}

// logInsn is an instruction line of the verifier log, without the register
// state the verifier appends after ";".
var logInsn = regexp.MustCompile(`^(\d+): \(([0-9a-f]{2})\) (.*?)(\s+;.*)?$`)

// liveInsn is a line of the "Live regs before insn:" listing that kernels
// from 6.15 or so print first: every instruction once, after the live
// registers ("      5: .123..6... (85) call ...").
var liveInsn = regexp.MustCompile(`^\s+(\d+): [.0-9]+ \(([0-9a-f]{2})\) (.*)$`)

// kernelMapLoad is how the verifier prints a map load: the map's kernel
// address, where the dump prints its name.
var kernelMapLoad = regexp.MustCompile(`^r\d+ = 0x[0-9a-f]+$`)

// TestNotationMatchesVerifier loads every example's programs with the
// verifier's instruction log and checks that each instruction line the
// verifier prints is, character for character, the dump's line for the
// same instruction number (map loads aside: the kernel prints an address
// where the dump names the map), and that the verifier printed every
// instruction the dump shows.
func TestNotationMatchesVerifier(t *testing.T) {
	needBPF(t)
	for _, ex := range compileExamples(t) {
		spec := ex.out.Spec.Copy()
		progs := map[string]*ebpf.ProgramSpec{}
		for name, ps := range spec.Programs {
			// End-to-end tests check that no tt_ program outlives a run.
			ps.Name = "dt_" + strings.TrimPrefix(name, "tt_")
			progs[name] = ps
		}
		spec.Programs = progs
		coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{
			Programs: ebpf.ProgramOptions{LogLevel: ebpf.LogLevelInstruction},
		})
		if err != nil {
			var ve *ebpf.VerifierError
			if errors.As(err, &ve) {
				t.Fatalf("%s: verifier rejected the program: %+v", ex.name, ve)
			}
			t.Fatalf("%s: loading: %v", ex.name, err)
		}
		for _, prog := range ex.out.Programs {
			insns, err := dump.Disassemble(prog.Insns)
			if err != nil {
				t.Fatalf("%s: %v", ex.name, err)
			}
			ours := map[int]dump.Insn{}
			for _, in := range insns {
				ours[in.PC] = in
			}
			seen := map[int]bool{}
			log := coll.Programs[prog.Name].VerifierLog
			for _, line := range strings.Split(log, "\n") {
				m := logInsn.FindStringSubmatch(line)
				if m == nil {
					if m = liveInsn.FindStringSubmatch(line); m == nil {
						continue
					}
				}
				pc, _ := strconv.Atoi(m[1])
				in, ok := ours[pc]
				if !ok {
					t.Errorf("%s %s: the verifier printed instruction %d, which the dump does not have: %s", ex.name, prog.Name, pc, line)
					continue
				}
				seen[pc] = true
				op, text := m[2], m[3]
				if strings.Contains(in.Text, "map[") && kernelMapLoad.MatchString(text) {
					text = in.Text
				}
				if got := in.String(); got != m[1]+": ("+op+") "+text {
					t.Errorf("%s %s:\n verifier: %s\n     dump: %s", ex.name, prog.Name, strings.TrimSpace(line), got)
				}
			}
			if len(seen) == 0 {
				t.Errorf("%s %s: no instruction lines in the verifier log:\n%s", ex.name, prog.Name, log)
			}
			if !strings.Contains(log, "Live regs before insn:") {
				continue
			}
			for _, in := range insns {
				if !seen[in.PC] {
					t.Errorf("%s %s: the verifier never printed instruction %s", ex.name, prog.Name, in)
				}
			}
		}
		coll.Close()
	}
}
