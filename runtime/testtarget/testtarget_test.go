package testtarget

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"testing"
)

// Every bounded target builds at both levels, runs to completion with
// exit status 0, and prints only what its comment says.
func TestTargetsRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"test-server-bounded", []string{"2", "1"}, ""},
		{"args12", []string{"3"}, ""},
		{"semaphore", []string{"2", "1"}, "sem=0\nsem=0\n"}, // nobody attached
		{"twoloc", []string{"2"}, ""},
		{"tls", []string{"2"}, ""},
		{"uprobe", []string{"2"}, ""},
	}
	for _, opt := range []string{"-O0", "-O2"} {
		for _, tt := range tests {
			t.Run(tt.name+opt, func(t *testing.T) {
				bin := Build(t, tt.name, opt)
				if !filepath.IsAbs(bin) {
					t.Errorf("Build returned a relative path %q", bin)
				}
				out, err := exec.Command(bin, tt.args...).CombinedOutput()
				if err != nil || string(out) != tt.want {
					t.Errorf("%s %v: %v, output %q, want %q", bin, tt.args, err, out, tt.want)
				}
			})
		}
		t.Run("libmain"+opt, func(t *testing.T) {
			// The rpath ($ORIGIN) must find libprobe.so next to the binary.
			bin, so := BuildLinked(t, "libmain", "libprobe", opt)
			if filepath.Dir(bin) != filepath.Dir(so) || filepath.Base(so) != "libprobe.so" {
				t.Errorf("BuildLinked = %s, %s", bin, so)
			}
			cmd := exec.Command(bin, "2", "1")
			cmd.Dir = "/" // not the library's directory
			if out, err := cmd.CombinedOutput(); err != nil || len(out) != 0 {
				t.Errorf("libmain: %v, output %q", err, out)
			}
		})
	}
	// The unbounded canonical example only needs to build.
	Build(t, "test-server")
}

func TestFlags(t *testing.T) {
	tests := []struct {
		opt  []string
		want string
	}{
		{nil, "[-g -fno-omit-frame-pointer -O0]"},
		{[]string{"-O2"}, "[-g -fno-omit-frame-pointer -O2]"},
		{[]string{"-no-pie"}, "[-g -fno-omit-frame-pointer -O0 -no-pie]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(flags(tt.opt)); got != tt.want {
			t.Errorf("flags(%v) = %s, want %s", tt.opt, got, tt.want)
		}
	}
}
