package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// Output options: -f json and -o FILE, checked against what bpftrace 0.17
// prints for the same scripts.

const jsonScript = `BEGIN { printf("start \"q\" \\ \t%s\x01\n", "tab"); }
usdt:./test-server-bounded:test_grp:test_idx { printf("idx %d\n", arg0); @calls = count(); }
END { printf("end"); }`

// jsonOutput is what jsonScript prints with -c './test-server-bounded 3 1',
// minus the "\n\n" before the maps.
const (
	jsonEvents = `{"type": "attached_probes", "data": {"probes": 3}}
{"type": "printf", "data": "start \"q\" \\ \ttab\u0001\n"}
{"type": "printf", "data": "idx 1\n"}
{"type": "printf", "data": "idx 2\n"}
{"type": "printf", "data": "idx 3\n"}
{"type": "printf", "data": "end"}
`
	jsonMaps = `{"type": "map", "data": {"@calls": 3}}
`
)

func TestJSON(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	got := runTracer(t, filepath.Dir(bin), "-f", "json", "-e", jsonScript, "-c", "./test-server-bounded 3 1")
	expect(t, got, jsonEvents+"\n\n"+jsonMaps)
}

func TestJSONNoMaps(t *testing.T) {
	needBPF(t)
	// UTF-8 passes through (0.17 garbles it into \uffffffc3\uffffffa9);
	// the "\n\n" is written even when no map follows.
	got := runTracer(t, "", "-f", "json", "-e", `BEGIN { printf("é\n"); exit(); }`)
	expect(t, got, `{"type": "attached_probes", "data": {"probes": 1}}`+"\n"+`{"type": "printf", "data": "é\n"}`+"\n\n\n")
	// A keyless count that never fired still prints, as 0.
	bin := testtarget.Build(t, "uprobe")
	got = runTracer(t, filepath.Dir(bin), "-q", "-f", "json", "-e", `BEGIN { exit(); } uprobe:./uprobe:add { @c = count(); }`)
	expect(t, got, "\n\n"+`{"type": "map", "data": {"@c": 0}}`+"\n")
}

// With -o, 0.17 writes everything to FILE except the "\n\n" before the
// maps, which still goes to stdout; we do the same.
func TestOutputFile(t *testing.T) {
	for _, tt := range []struct {
		format, file string
	}{
		{"text", "Attaching 3 probes...\nstart \"q\" \\ \ttab\x01\nidx 1\nidx 2\nidx 3\nend@calls: 3\n"},
		{"json", jsonEvents + jsonMaps},
	} {
		t.Run(tt.format, func(t *testing.T) {
			needBPF(t)
			bin := testtarget.Build(t, "test-server-bounded")
			out := filepath.Join(t.TempDir(), "out")
			// An existing file is truncated.
			if err := os.WriteFile(out, []byte("old contents that are longer than the new ones\n"+tt.file), 0o644); err != nil {
				t.Fatal(err)
			}
			got := runTracer(t, filepath.Dir(bin), "-f", tt.format, "-o", out, "-e", jsonScript, "-c", "./test-server-bounded 3 1")
			expect(t, got, "\n\n")
			if got.stderr != "" {
				t.Errorf("stderr: %q", got.stderr)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.file {
				t.Errorf("%s:\n%s\nwant:\n%s", out, b, tt.file)
			}
		})
	}
}

// Option mistakes are reported before anything is loaded, so these run
// without root too.
func TestOutputOptionErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nodir", "out")
	for _, tt := range []struct {
		name   string
		args   []string
		stderr string
	}{
		{"bad format", []string{"-f", "yaml", "-e", "BEGIN { exit(); }"},
			"ERROR: Invalid output format \"yaml\"\nValid formats: 'text', 'json'\n"},
		{"unwritable file", []string{"-o", missing, "-e", "BEGIN { exit(); }"},
			"ERROR: Failed to open output file: \"" + missing + "\": No such file or directory\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := runTracer(t, "", tt.args...)
			if got.code != 1 || got.stdout != "" || got.stderr != tt.stderr {
				t.Errorf("exit code %d, stdout %q, stderr %q; want 1, \"\", %q", got.code, got.stdout, got.stderr, tt.stderr)
			}
		})
	}
}
