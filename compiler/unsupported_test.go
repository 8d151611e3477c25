package compiler

import (
	"errors"
	"testing"

	"github.com/tinytrace/tinytrace/lang"
)

// TestRejectsUnimplemented: constructs the checker accepts but the compiler
// cannot generate yet must fail with a source error, never compile into
// something else (a keyed count compiled as a keyless one, say).
func TestRejectsUnimplemented(t *testing.T) {
	tests := []struct{ src, msg string }{
		{`BEGIN { @p = probe; }`, "stdin:1:9-19: ERROR: maps of probe values are not supported by the compiler yet"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			p := parseCheck(t, "stdin", tt.src)
			_, err := Compile(p, synthSites(p), DefaultOptions())
			var le *lang.Error
			if !errors.As(err, &le) {
				t.Fatalf("Compile: %v, want a *lang.Error", err)
			}
			if got := le.Error(); len(got) < len(tt.msg) || got[:len(tt.msg)] != tt.msg {
				t.Errorf("got:\n%s\nwant it to start with:\n%s", got, tt.msg)
			}
		})
	}
}
