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
	// Each 200-byte string comparison is about 200 instructions; the
	// count is only checked roughly, so codegen changes do not break it.
	src := "BEGIN { " + strings.Repeat("$x = str(1) == str(2); ", 5100) + "}"
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
