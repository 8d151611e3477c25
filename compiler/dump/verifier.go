package dump

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
)

// VerifierError is a program the kernel verifier rejected, explained at
// the source of the instruction it failed on.
type VerifierError struct {
	Program *compiler.Program // nil if the error did not say which
	Source  *lang.Program
	Log     []string // the verifier log, one line an element
	Verbose bool     // print the whole log rather than its end
	Err     error    // the loader's error
}

// tailLines is how much of the log leads up to the message by default.
const tailLines = 12

// insnLine matches an instruction line of the verifier log: "16: (61) r0 = ...".
var insnLine = regexp.MustCompile(`^(\d+): \([0-9a-f]{2}\) `)

func (e *VerifierError) Unwrap() error { return e.Err }

func (e *VerifierError) Error() string {
	log := trimLog(e.Log)
	pc, at := -1, -1
	for i := len(log) - 1; i >= 0; i-- {
		if m := insnLine.FindStringSubmatch(log[i]); m != nil {
			pc, _ = strconv.Atoi(m[1])
			at = i
			break
		}
	}
	msg := "(the verifier gave no message)"
	if at >= 0 && at+1 < len(log) {
		msg = strings.Join(log[at+1:], "; ")
	} else if len(log) > 0 {
		msg = log[len(log)-1]
	}
	probe, name := "a program", ""
	if e.Program != nil {
		probe, name = e.Program.Sites[0].Name(), e.Program.Name
	}
	var b strings.Builder
	what := fmt.Sprintf("the kernel verifier rejected %s", probe)
	if name != "" {
		what += " (program " + name + ")"
	}
	if sp, ok := e.source(pc); ok {
		fmt.Fprintf(&b, "%s\n", e.Source.ErrorAt(sp, "%s at instruction %d, generated for this code: %s", what, pc, msg))
	} else {
		fmt.Fprintf(&b, "ERROR: %s: %s\n", what, msg)
	}
	shown := log
	if !e.Verbose && len(log) > tailLines {
		shown = log[len(log)-tailLines:]
		b.WriteString("last lines of the verifier log:\n")
	} else {
		b.WriteString("verifier log:\n")
	}
	for _, l := range shown {
		b.WriteString("  " + l + "\n")
	}
	b.WriteString("This is a tinytrace bug: the checker accepted a program the kernel refuses. Please report it with the script")
	if !e.Verbose {
		b.WriteString(" and the output of -v, which prints the whole log")
	}
	b.WriteByte('.')
	return b.String()
}

// source is the span of the instruction at pc.
func (e *VerifierError) source(pc int) (lang.Span, bool) {
	if e.Program == nil || e.Source == nil || pc < 0 {
		return lang.Span{}, false
	}
	insns, err := Disassemble(e.Program.Insns)
	if err != nil {
		return lang.Span{}, false
	}
	for _, in := range insns {
		if in.PC == pc {
			return compiler.SourceOf(&e.Program.Insns[in.Index])
		}
	}
	return lang.Span{}, false
}

// trimLog drops the empty lines and the statistics at the end of a log,
// which say nothing about the failure.
func trimLog(log []string) []string {
	end := len(log)
	for end > 0 {
		l := strings.TrimSpace(log[end-1])
		if l == "" || strings.HasPrefix(l, "processed ") || strings.HasPrefix(l, "verification time ") || strings.HasPrefix(l, "stack depth ") {
			end--
			continue
		}
		break
	}
	return log[:end]
}
