package runtime

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
	"golang.org/x/sys/unix"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/compiler/dump"
	"github.com/tinytrace/tinytrace/lang"
)

// useUprobeMulti reports whether uprobes are to be attached with
// uprobe_multi links: if allowed and the kernel has them (Linux 6.6).
// If not, it clears the attach type the compiler gave uprobe programs for
// them, so that they load and attach through perf events instead.
func useUprobeMulti(out *compiler.Output, allowed bool) bool {
	if allowed && features.HaveBPFLinkUprobeMulti() == nil {
		return true
	}
	for _, ps := range out.Spec.Programs {
		if ps.AttachType == ebpf.AttachTraceUprobeMulti {
			ps.AttachType = ebpf.AttachNone
		}
	}
	return false
}

// load creates out's maps and programs. A program the verifier rejects is
// explained at the source line its failing instruction came from. With
// verbose, each program's id, sizes and verifier statistics go to w.
func load(out *compiler.Output, p *lang.Program, verbose bool, w io.Writer) (*ebpf.Collection, error) {
	var opts ebpf.CollectionOptions
	if verbose {
		// Branch level logs every instruction the verifier walks, so a
		// rejected program's log ends at the instruction it failed on.
		opts.Programs.LogLevel = ebpf.LogLevelBranch | ebpf.LogLevelStats
	}
	coll, err := ebpf.NewCollectionWithOptions(out.Spec, opts)
	if err != nil {
		return nil, loadError(out, p, err, verbose)
	}
	if verbose {
		if err := describeLoaded(w, out, coll); err != nil {
			coll.Close()
			return nil, err
		}
	}
	return coll, nil
}

// describeLoaded prints, for -v, what the kernel made of each program.
func describeLoaded(w io.Writer, out *compiler.Output, coll *ebpf.Collection) error {
	var b strings.Builder
	for _, prog := range out.Programs {
		kp := coll.Programs[prog.Name]
		info, err := kp.Info()
		if err != nil {
			return fmt.Errorf("program %s: reading its info: %w", prog.Name, err)
		}
		fmt.Fprintf(&b, "program %s: %s\n", prog.Name, prog.Sites[0].Name())
		if id, ok := info.ID(); ok {
			fmt.Fprintf(&b, "  id %d", id)
		}
		fmt.Fprintf(&b, ", %d instructions", prog.Insns.Size()/8)
		if n, err := info.TranslatedSize(); err == nil {
			fmt.Fprintf(&b, ", %d xlated (%d bytes)", n/8, n)
		}
		if n, err := info.JitedSize(); err == nil {
			fmt.Fprintf(&b, ", jited %d bytes", n)
		}
		b.WriteByte('\n')
		for _, line := range strings.Split(kp.VerifierLog, "\n") {
			if isStatsLine(line) {
				fmt.Fprintf(&b, "  verifier: %s\n", line)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// isStatsLine reports whether a verifier log line is one of the summary
// lines LogLevelStats adds.
func isStatsLine(line string) bool {
	for _, p := range []string{"processed ", "verification time ", "stack depth "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// loadError explains a failed load: which probe, which source line the
// failing instruction came from, the verifier's message and the log lines
// that led to it (verbose: the whole log).
func loadError(out *compiler.Output, p *lang.Program, err error, verbose bool) error {
	var ve *ebpf.VerifierError
	if errors.As(err, &ve) {
		return &dump.VerifierError{Program: failedProgram(out, err), Source: p, Log: ve.Log, Verbose: verbose, Err: err}
	}
	if errors.Is(err, unix.EPERM) {
		return fmt.Errorf("loading BPF programs: %w (tinytrace needs root, or CAP_BPF and CAP_PERFMON)", err)
	}
	if prog := failedProgram(out, err); prog != nil && errors.Is(err, unix.EFAULT) {
		// The verifier gives up with EFAULT, and no log, when more than
		// 8192 branches on one path wait to be explored (kernel 6.18).
		specs := prog.Probe.Specs
		span := lang.Span{Start: specs[0].Span.Start, End: specs[len(specs)-1].Span.End}
		return p.ErrorAt(span, "the kernel verifier gave up on this probe: it has more branches on one path than the verifier follows (8192); split it into several probes, or compare fewer or shorter strings")
	}
	return fmt.Errorf("loading BPF programs: %w", err)
}

// failedProgram finds the program a load error is about: cilium/ebpf
// prefixes the error with "program NAME:".
func failedProgram(out *compiler.Output, err error) *compiler.Program {
	msg := err.Error()
	for _, prog := range out.Programs {
		if strings.Contains(msg, "program "+prog.Name+":") {
			return prog
		}
	}
	return nil
}
