package main

import (
	"bytes"
	"os"
	"regexp"
	"testing"
)

// TestSmoke runs the whole benchmark tiny (2,000 fires, tinytrace only,
// the count scripts) so that the runner keeps working; the real run is
// go run ./bench.
func TestSmoke(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("the benchmark smoke test needs root to load BPF programs")
		}
		t.Skip("needs root")
	}
	var out bytes.Buffer
	cfg := config{n: 2000, runs: 1, nop5: true, only: "count"}
	if err := run(cfg, &out); err != nil {
		t.Fatal(err)
	}
	table := out.String()
	for _, row := range []string{
		`(?m)^nop +\(floor: r0 = 0; exit\) +runner +int3 `,
		`(?m)^nop +@c = count\(\) +tinytrace +int3 +[0-9.]+ ms +[0-9.]+ MB +\d+ +[-+]\d+ +\d+ +2000 +0$`,
		`(?m)^nop +@\[str\(arg1\)\] = count\(\) +tinytrace +int3 .* 2000 +0$`,
		// The kernel has turned the nop5 into a call by the end of the run.
		`(?m)^nop5 +@c = count\(\) +tinytrace +call .* 2000 +0$`,
	} {
		if !regexp.MustCompile(row).MatchString(table) {
			t.Errorf("no row matching %s in:\n%s", row, table)
		}
	}
}
