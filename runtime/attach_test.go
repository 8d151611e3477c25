package runtime

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// TestAttachBothWays traces real targets with uprobe_multi links (where the
// kernel has them) and with one perf event per site (the path of kernels
// before 6.6): USDT with a semaphore, uprobe and uretprobe, BEGIN and END,
// all filtered to the -c child.
func TestAttachBothWays(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("attach tests need root")
		}
		t.Skip("attach tests need root")
	}
	sem := testtarget.Build(t, "semaphore")
	up := testtarget.Build(t, "uprobe")
	for _, tt := range []struct {
		name, cmd, src string
		want           []string
	}{
		{"usdt semaphore", sem + " 3 20",
			`BEGIN { printf("begin\n") } usdt:` + sem + `:tt:sem { printf("sem %d\n", arg0) } END { printf("end\n") }`,
			[]string{"begin", "sem 1", "sem 2", "sem 3", "end"}},
		{"uprobe and uretprobe", up + " 3",
			`uprobe:` + up + `:add { printf("add %d %d\n", arg0, arg1) } uretprobe:` + up + `:add { printf("= %d\n", retval) }`,
			[]string{"add 1 2", "= 3", "add 2 4", "= 6", "add 3 6", "= 9"}},
	} {
		for _, perf := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/perfEvents=%v", tt.name, perf), func(t *testing.T) {
				p, err := lang.Parse("attach.bt", tt.src)
				if err == nil {
					err = lang.Check(p)
				}
				if err != nil {
					t.Fatal(err)
				}
				var out, errs bytes.Buffer
				err = Run(Config{Program: p, Command: tt.cmd, Quiet: true, Out: &out, Err: &errs,
					Options: compiler.DefaultOptions(), perfEvents: perf})
				if err != nil {
					t.Fatalf("%v\nstderr: %s", err, errs.String())
				}
				var got []string // the lines, without the blank ones before the maps
				for _, line := range strings.Split(out.String(), "\n") {
					if line != "" {
						got = append(got, line)
					}
				}
				if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
					t.Errorf("output %q, want the lines %q", out.String(), tt.want)
				}
			})
		}
	}
}
