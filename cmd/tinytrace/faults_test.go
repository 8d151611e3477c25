package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"

	"github.com/tinytrace/tinytrace/runtime/testtarget"
)

// Faults tinytrace must survive: the traced process dying, signals at any
// moment, more events than userspace can drain, and a reader that goes
// away. After each, nothing it loaded may be left in the kernel.

// uniqueMap is a map name no other test uses, so that a map of that name
// left in the kernel can only come from this test. The kernel keeps at
// most 15 characters of a map's name; the compiler names it m<i>_<name>.
func uniqueMap(t *testing.T) (script, kernel string) {
	name := fmt.Sprintf("f%x", time.Now().UnixNano()&0xfffffff)
	return "@" + name, "m0_" + name
}

// checkNoMap fails if a BPF map named name still exists.
func checkNoMap(t *testing.T, name string) {
	t.Helper()
	for range 50 {
		found := false
		var id ebpf.MapID
		for {
			next, err := ebpf.MapGetNextID(id)
			if err != nil {
				break
			}
			id = next
			m, err := ebpf.NewMapFromID(id)
			if err != nil {
				continue
			}
			if info, err := m.Info(); err == nil && info.Name == name {
				found = true
			}
			m.Close()
		}
		if !found {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("map %s still exists after tinytrace exited", name)
}

// semTarget is the semaphore target running in the background, with the
// semaphore value it printed last.
type semTarget struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	last string
	seen chan struct{} // gets a token for every line
}

func startSemTarget(t *testing.T) *semTarget {
	t.Helper()
	bin := testtarget.Build(t, "semaphore")
	st := &semTarget{cmd: exec.Command(bin, "1000000", "10"), seen: make(chan struct{}, 1)}
	out, err := st.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.cmd.Process.Kill(); st.cmd.Wait() })
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			st.mu.Lock()
			st.last = sc.Text()
			st.mu.Unlock()
			select {
			case st.seen <- struct{}{}:
			default:
			}
		}
	}()
	st.waitSem(t, "sem=0")
	return st
}

// waitSem waits until the target prints want.
func (st *semTarget) waitSem(t *testing.T, want string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		st.mu.Lock()
		last := st.last
		st.mu.Unlock()
		if last == want {
			return
		}
		select {
		case <-st.seen:
		case <-deadline:
			t.Fatalf("semaphore target prints %q, want %q", last, want)
		}
	}
}

// TestTracedProcessKilled: when the -p process is killed mid-trace,
// tinytrace notices, runs END, prints the maps and exits 0.
func TestTracedProcessKilled(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	server := startTarget(t, bin, "100000", "5")
	m, km := uniqueMap(t)
	tr := startTracer(t, filepath.Dir(bin), "-e", `usdt:./test-server-bounded:test_grp:test_idx { `+m+` = count(); printf("%d\n", arg0); } END { printf("end\n"); }`,
		"-p", strconv.Itoa(server.Process.Pid))
	tr.waitFor(t, `^Attaching 2 probes\.\.\.\n\d+\n\d+\n`)
	server.Process.Signal(syscall.SIGKILL)
	select {
	case <-tr.done:
	case <-time.After(10 * time.Second):
		t.Fatal("tinytrace did not notice that the traced process was killed")
	}
	out := tr.stdout.String()
	mm := regexp.MustCompile(`(?s)^Attaching 2 probes\.\.\.\n(.*\n)end\n\n\n` + m + `: (\d+)\n$`).FindStringSubmatch(out)
	if tr.cmd.ProcessState.ExitCode() != 0 || mm == nil || tr.stderr.String() != "" {
		t.Fatalf("exit code %d, stdout %q, stderr %q", tr.cmd.ProcessState.ExitCode(), out, tr.stderr.String())
	}
	// Every event was printed, in order, and counted.
	if n := consecutive(t, mm[1], "%d"); strconv.Itoa(n) != mm[2] {
		t.Errorf("%d events printed, count says %s", n, mm[2])
	}
	checkNoMap(t, km)
}

// TestSignalAtAnyMoment sends SIGINT or SIGTERM at moments from start-up
// (parsing, loading, attaching) to mid-stream. Each time tinytrace must
// exit cleanly (or, before it handles signals at all, die of the signal
// with nothing loaded yet), leave no program or map behind, and the
// is-enabled probe's semaphore must drop back to 0.
func TestSignalAtAnyMoment(t *testing.T) {
	needBPF(t)
	target := startSemTarget(t)
	bin := target.cmd.Path
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		for _, delay := range []time.Duration{0, time.Millisecond, 3 * time.Millisecond, 10 * time.Millisecond, 30 * time.Millisecond, 100 * time.Millisecond, 300 * time.Millisecond} {
			t.Run(fmt.Sprintf("%v/%v", sig, delay), func(t *testing.T) {
				needBPF(t)
				m, km := uniqueMap(t)
				tr := startTracer(t, "", "-e", fmt.Sprintf(`BEGIN { printf("begin\n"); } usdt:%s:tt:sem { %s[arg0 %% 7] = count(); printf("%%d\n", arg0); } END { printf("end\n"); }`, bin, m),
					"-p", strconv.Itoa(target.cmd.Process.Pid))
				time.Sleep(delay)
				got := tr.stop(t, sig)
				ws := tr.cmd.ProcessState.Sys().(syscall.WaitStatus)
				switch {
				case got.code == 0:
					if got.stdout != "" && !strings.HasSuffix(got.stdout, "\n") {
						t.Errorf("output cut short: %q", got.stdout)
					}
					if strings.Contains(got.stdout, "begin\n") && !strings.Contains(got.stdout, "end\n") {
						t.Errorf("BEGIN ran but END did not: %q", got.stdout)
					}
					t.Logf("exit 0 after %d lines", strings.Count(got.stdout, "\n"))
				case ws.Signaled() && ws.Signal() == sig && got.stdout == "":
					// Killed before it caught signals: before loading anything.
					t.Logf("killed by %v before handling signals", sig)
				default:
					t.Errorf("exit code %d (%v), stdout %q", got.code, ws, got.stdout)
				}
				if got.stderr != "" {
					t.Errorf("stderr: %q", got.stderr)
				}
				checkNothingLeft(t)
				checkNoMap(t, km)
				target.waitSem(t, "sem=0")
			})
		}
	}
}

// TestSignalDuringMapPrinting: a second signal while the maps print at
// exit does not cut them short. The test stops reading tinytrace's output
// once the maps start, so tinytrace is blocked mid-print when it arrives.
func TestSignalDuringMapPrinting(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			needBPF(t)
			bin := testtarget.Build(t, "test-server-bounded")
			m, km := uniqueMap(t)
			cmd := exec.Command(binary, "-c", "./test-server-bounded 3000 0", "-e",
				`usdt:./test-server-bounded:test_grp:test_idx { `+m+`[arg0] = count(); @h[arg0 % 100] = hist(arg0); }`)
			cmd.Dir = filepath.Dir(bin)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr lockedBuffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
			br := bufio.NewReader(stdout)
			var out strings.Builder
			for !strings.Contains(out.String(), m+"[") {
				l, err := br.ReadString('\n')
				if err != nil {
					t.Fatalf("%v; output %q, stderr %q", err, out.String(), stderr.String())
				}
				out.WriteString(l)
			}
			// The maps are well over a pipe's 64 KiB: tinytrace is blocked.
			time.Sleep(100 * time.Millisecond)
			cmd.Process.Signal(sig)
			time.Sleep(100 * time.Millisecond)
			rest, err := io.ReadAll(br)
			if err != nil {
				t.Fatal(err)
			}
			out.Write(rest)
			if err := cmd.Wait(); err != nil || stderr.String() != "" {
				t.Fatalf("exit: %v, stderr %q", err, stderr.String())
			}
			if n := strings.Count(out.String(), "\n"+m+"["); n != 3000 {
				t.Errorf("%d of 3000 keys of %s printed", n, m)
			}
			if n := strings.Count(out.String(), "\n@h["); n != 100 {
				t.Errorf("%d of 100 histograms printed", n)
			}
			checkNoMap(t, km)
		})
	}
}

// TestLostEvents: when events come faster than userspace drains them (here
// its output is not read for a while), the ones the ring buffer has no
// room for are counted in BPF and reported at exit; the rest print intact
// and in order. None is dropped silently: printed + lost = fired.
func TestLostEvents(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "burst", "-O2")
	const fired = 200000
	cmd := exec.Command(binary, "-c", fmt.Sprintf("./burst %d", fired), "-e",
		`usdt:./burst:tt:burst { printf("%d %s\n", arg0, "padding to make each record bigger than a few bytes"); }`)
	cmd.Dir = filepath.Dir(bin)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	// Stall the reader: tinytrace blocks writing, the ring buffer fills.
	time.Sleep(2 * time.Second)
	out, err := io.ReadAll(stdout)
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v, stderr %q", err, stderr.String())
	}
	body, ok := strings.CutPrefix(string(out), "Attaching 1 probe...\n")
	body, ok2 := strings.CutSuffix(body, "\n\n")
	if !ok || !ok2 {
		t.Fatalf("output %q...", clip(string(out)))
	}
	printed, prev := 0, 0
	for _, l := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		var v int
		if _, err := fmt.Sscanf(l, "%d padding to make each record bigger than a few bytes", &v); err != nil || v <= prev {
			t.Fatalf("line %q after %d: damaged or out of order", l, prev)
		}
		prev = v
		printed++
	}
	m := regexp.MustCompile(`^WARNING: (\d+) events lost: the ring buffer was full\n$`).FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("no lost events reported (printed %d of %d); stderr %q", printed, fired, stderr.String())
	}
	lost, _ := strconv.Atoi(m[1])
	if printed+lost != fired {
		t.Errorf("printed %d + lost %d = %d, want %d fired", printed, lost, printed+lost, fired)
	}
	t.Logf("%d events: %d printed, %d lost", fired, printed, lost)
}

// TestClosedPipe: when the reader of tinytrace's output goes away
// (tinytrace ... | head -1), tinytrace exits quietly like bpftrace (killed
// by SIGPIPE, exit status 141 in a shell, nothing on stderr) and leaves
// nothing attached: no program, no map, the semaphore back at 0.
func TestClosedPipe(t *testing.T) {
	needBPF(t)
	target := startSemTarget(t)
	m, km := uniqueMap(t)
	cmd := exec.Command(binary, "-e", fmt.Sprintf(`usdt:%s:tt:sem { %s = count(); printf("%%d\n", arg0); }`, target.cmd.Path, m),
		"-p", strconv.Itoa(target.cmd.Process.Pid))
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	// Read the Attaching line and one event, as head -2 would, then go.
	br := bufio.NewReader(r)
	for range 2 {
		if _, err := br.ReadString('\n'); err != nil {
			t.Fatal(err)
		}
	}
	target.waitSem(t, "sem=1")
	r.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("tinytrace kept running after its reader went away")
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || !ee.Sys().(syscall.WaitStatus).Signaled() || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGPIPE {
		t.Errorf("exit: %v, want killed by SIGPIPE as bpftrace is", err)
	}
	if stderr.String() != "" {
		t.Errorf("stderr: %q", stderr.String())
	}
	checkNothingLeft(t)
	checkNoMap(t, km)
	target.waitSem(t, "sem=0")
}

// TestMapKeysMaxEveryKind extends TestMapKeysMax to histograms, sums with
// string keys and counts: at BPFTRACE_MAP_KEYS_MAX, updates that need a
// new key are dropped and counted, existing keys keep counting (a
// histogram's new buckets too: they are part of its value, not new keys).
func TestMapKeysMaxEveryKind(t *testing.T) {
	needBPF(t)
	bin := testtarget.Build(t, "test-server-bounded")
	cmd := exec.Command(binary, "-c", "./test-server-bounded 6 1", "-e",
		`usdt:./test-server-bounded:test_grp:test_idx { @h[arg0 % 3] = hist(arg0); @k[comm, arg0] = sum(arg0); @c[arg0] = count(); }`)
	cmd.Dir = filepath.Dir(bin)
	cmd.Env = append(os.Environ(), "BPFTRACE_MAP_KEYS_MAX=2")
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	// arg0 = 1..6: @h drops key 0 (arg0 3 and 6), @k and @c drop 3..6.
	want := `Attaching 1 probe...


@c[1]: 1
@c[2]: 1
@h[1]: 
[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[2, 4)                 0 |                                                    |
[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@h[2]: 
[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@k[test-server-bou, 1]: 1
@k[test-server-bou, 2]: 2
`
	wantErr := "WARNING: 10 map updates dropped: a map reached BPFTRACE_MAP_KEYS_MAX=2 keys\n"
	if stdout.String() != want || stderr.String() != wantErr {
		t.Errorf("stdout:\n%s\nstderr:\n%s\nwant stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String(), want, wantErr)
	}
}
