// Command bench measures tinytrace against bpftrace on one USDT probe that
// fires in a tight loop (bench/target/target.c), and prints one table.
//
// Run it as root from the repository root:
//
//	go run ./bench                 # 1,000,000 fires, median of 3 runs
//	go run ./bench -n 100000 -runs 1 -bpftrace=   # quick, tinytrace only
//
// For each script and tracer it measures: startup (from starting the
// tracer to the probe being armed, seen as int3 in the target's memory at
// the probe address, not from the tool's output), the tracer's peak RSS,
// the target's CPU nanoseconds per fire (over an untraced run and over a floor
// program: 2 BPF instructions attached by this runner), the kernel's
// xlated instruction count of the tracer's program, and events delivered
// and lost.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/link"

	"github.com/tinytrace/tinytrace/runtime/usdt"
)

// script is one benchmark program; %s is replaced by the probe.
type script struct {
	name, body string
	kind       outputKind
}

type outputKind int

const (
	outNone   outputKind = iota
	outCount             // @c: N
	outHist              // hist lines, counts summed
	outKeyed             // @[key]: N, summed
	outPrintf            // one line per event, 0..n-1 in order
)

var scripts = []script{
	{"{ }", "%s { }", outNone},
	{"@c = count()", "%s { @c = count(); }", outCount},
	{"@h = hist(arg0)", "%s { @h = hist(arg0); }", outHist},
	{"@[str(arg1)] = count()", "%s { @[str(arg1)] = count(); }", outKeyed},
	{`printf("%d\n", arg0)`, `%s { printf("%%d\n", arg0); }`, outPrintf},
}

type config struct {
	n         int
	runs      int
	tinytrace string
	bpftrace  string
	nop5      bool
	only      string
}

func main() {
	var cfg config
	flag.IntVar(&cfg.n, "n", 1_000_000, "probe fires per run")
	flag.IntVar(&cfg.runs, "runs", 3, "runs per measurement; the table shows medians")
	flag.StringVar(&cfg.tinytrace, "tinytrace", "", "tinytrace binary (default: build ./cmd/tinytrace)")
	flag.StringVar(&cfg.bpftrace, "bpftrace", "bpftrace", "bpftrace binary; empty to skip it")
	flag.BoolVar(&cfg.nop5, "nop5", true, "also measure a nop5 probe site (kernel-optimised uprobes)")
	flag.StringVar(&cfg.only, "only", "", "run only scripts whose name contains this")
	flag.Parse()
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// target is a built bench/target.c and where its probe is.
type target struct {
	path       string
	vaddr      uint64 // the probe's address (non-PIE: also its run-time address)
	fileOffset uint64
	nop5       bool
}

func run(cfg config, w io.Writer) error {
	if os.Geteuid() != 0 {
		return errors.New("needs root: it loads BPF programs and attaches uprobes")
	}
	root, err := repoRoot()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "tinytrace-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	if cfg.tinytrace == "" {
		cfg.tinytrace = filepath.Join(dir, "tinytrace")
		if err := command(root, "go", "build", "-o", cfg.tinytrace, "./cmd/tinytrace"); err != nil {
			return err
		}
	}
	if cfg.bpftrace != "" {
		if p, err := exec.LookPath(cfg.bpftrace); err == nil {
			cfg.bpftrace = p
		} else {
			fmt.Fprintf(os.Stderr, "bench: %s not found, measuring tinytrace only\n", cfg.bpftrace)
			cfg.bpftrace = ""
		}
	}
	plain, err := buildTarget(root, dir, false)
	if err != nil {
		return err
	}
	targets := []*target{plain}
	if cfg.nop5 {
		t, err := buildTarget(root, dir, true)
		if err != nil {
			return err
		}
		targets = append(targets, t)
	}

	tools := []string{"tinytrace"}
	if cfg.bpftrace != "" {
		tools = append(tools, "bpftrace")
	}
	// Runs are interleaved (every measurement once, then again) so that a
	// burst of load on the machine hits all of them alike.
	res := &results{n: cfg.n, runs: cfg.runs}
	for i := 0; i < cfg.runs; i++ {
		for _, t := range targets {
			ns, err := untraced(t, cfg.n)
			if err != nil {
				return fmt.Errorf("untraced run: %w", err)
			}
			res.add(key{site: t.site(), row: "untraced"}, sample{nsPerFire: ns})
			s, err := floor(t, cfg.n)
			if err != nil {
				return fmt.Errorf("floor run: %w", err)
			}
			res.add(key{site: t.site(), row: "floor"}, s)
			for _, sc := range scripts {
				if cfg.only != "" && !strings.Contains(sc.name, cfg.only) {
					continue
				}
				if t.nop5 && sc.kind != outNone && sc.kind != outCount && sc.kind != outPrintf {
					continue // the nop5 rows show the trap's cost; three scripts say enough
				}
				for _, tool := range tools {
					bin := cfg.tinytrace
					if tool == "bpftrace" {
						bin = cfg.bpftrace
					}
					s, err := traced(t, cfg.n, bin, sc)
					if err != nil {
						return fmt.Errorf("%s %s: %w", tool, sc.name, err)
					}
					res.add(key{site: t.site(), row: sc.name, tool: tool}, s)
				}
			}
		}
	}
	res.print(w, machine())
	return nil
}

func (t *target) site() string {
	if t.nop5 {
		return "nop5"
	}
	return "nop"
}

// repoRoot is the module root (bench/target/target.c and cmd/tinytrace are there).
func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run from inside the tinytrace module (go run ./bench)")
	}
	return filepath.Dir(mod), nil
}

func command(dir, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, out)
	}
	return nil
}

// buildTarget compiles bench/target.c as a non-PIE executable, so the
// probe's link-time address is its run-time address.
func buildTarget(root, dir string, nop5 bool) (*target, error) {
	t := &target{path: filepath.Join(dir, "target"), nop5: nop5}
	args := []string{"-O2", "-no-pie", "-o", t.path, filepath.Join(root, "bench", "target", "target.c")}
	if nop5 {
		t.path += "-nop5"
		args[3] = t.path
		args = append(args, "-DBENCH_NOP5")
	}
	if err := command(root, "gcc", args...); err != nil {
		return nil, err
	}
	probes, err := usdt.Read(t.path)
	if err != nil {
		return nil, err
	}
	for _, p := range probes {
		if p.Provider == "bench" && p.Name == "fire" && len(p.Locations) == 1 {
			t.vaddr, t.fileOffset = p.Locations[0].Vaddr, p.Locations[0].FileOffset
			return t, nil
		}
	}
	return nil, fmt.Errorf("%s: no single bench:fire probe", t.path)
}

// proc is a started target, waiting for the go byte.
type proc struct {
	t     *target
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Reader
}

func startTarget(t *target, n int) (*proc, error) {
	p := &proc{t: t, cmd: exec.Command(t.path, strconv.Itoa(n), "hold")}
	p.cmd.Stderr = os.Stderr
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	p.out = bufio.NewReader(stdout)
	if p.stdin, err = p.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	if err := p.cmd.Start(); err != nil {
		return nil, err
	}
	return p, nil
}

// fire lets the target run its loop and returns its ns per fire and the
// first byte of the trapped instruction after the loop (0xcc: still an
// int3 trap; 0xe8: the kernel turned the nop5 into a call), then lets the
// target exit.
func (p *proc) fire() (float64, byte, error) {
	if _, err := p.stdin.Write([]byte{'g'}); err != nil {
		return 0, 0, err
	}
	line, err := p.out.ReadString('\n')
	if err != nil {
		return 0, 0, fmt.Errorf("target: %w", err)
	}
	// On a nop5 site a tracer may trap the nop (bpftrace) or the nop5.
	site := make([]byte, 2)
	if mem, err := os.Open(fmt.Sprintf("/proc/%d/mem", p.cmd.Process.Pid)); err == nil {
		_, _ = mem.ReadAt(site, int64(p.t.vaddr))
		mem.Close()
	}
	if p.t.nop5 && site[0] != 0xcc {
		site = site[1:]
	}
	_, _ = p.stdin.Write([]byte{'g'})
	p.stdin.Close()
	if err := p.cmd.Wait(); err != nil {
		return 0, 0, fmt.Errorf("target: %w", err)
	}
	ns, err := strconv.ParseFloat(strings.TrimSpace(line), 64)
	return ns, site[0], err
}

// probeAddr is where tracers that know about nop5 sites put the int3.
func (t *target) probeAddr() uint64 {
	if t.nop5 {
		return t.vaddr + 1
	}
	return t.vaddr
}

func (p *proc) kill() {
	if p.cmd.ProcessState == nil {
		_ = p.cmd.Process.Kill()
		_ = p.cmd.Wait()
	}
}

func untraced(t *target, n int) (float64, error) {
	p, err := startTarget(t, n)
	if err != nil {
		return 0, err
	}
	defer p.kill()
	ns, _, err := p.fire()
	return ns, err
}

// floor attaches the cheapest possible program (r0 = 0; exit) to the probe:
// what any tracer pays for the kernel's trap.
func floor(t *target, n int) (sample, error) {
	spec := &ebpf.ProgramSpec{
		Name:         "bench_floor",
		Type:         ebpf.Kprobe,
		License:      "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
	}
	prog, err := ebpf.NewProgram(spec)
	if err != nil {
		return sample{}, err
	}
	defer prog.Close()
	p, err := startTarget(t, n)
	if err != nil {
		return sample{}, err
	}
	defer p.kill()
	ex, err := link.OpenExecutable(t.path)
	if err != nil {
		return sample{}, err
	}
	off := t.fileOffset + t.probeAddr() - t.vaddr // on a nop5 where there is one
	l, err := ex.Uprobe("", prog, &link.UprobeOptions{Address: off, PID: p.cmd.Process.Pid})
	if err != nil {
		return sample{}, err
	}
	defer l.Close()
	ns, trap, err := p.fire()
	s := sample{nsPerFire: ns, xlated: -1, trap: trap}
	if info, err := prog.Info(); err == nil {
		if size, err := info.TranslatedSize(); err == nil {
			s.xlated = size / asm.InstructionSize
		}
	}
	return s, err
}

// traced runs one tracer with one script on a fresh target.
func traced(t *target, n int, bin string, sc script) (sample, error) {
	p, err := startTarget(t, n)
	if err != nil {
		return sample{}, err
	}
	defer p.kill()
	pid := p.cmd.Process.Pid
	probe := fmt.Sprintf("usdt:%s:bench:fire", t.path)
	tr := exec.Command(bin, "-p", strconv.Itoa(pid), "-e", fmt.Sprintf(sc.body, probe))
	tr.Env = append(os.Environ(), "BPFTRACE_MAP_KEYS_MAX=4096")
	stdout, err := tr.StdoutPipe()
	if err != nil {
		return sample{}, err
	}
	var stderr bytes.Buffer
	tr.Stderr = &stderr
	readDone := make(chan struct{})
	pr := &parser{kind: sc.kind}
	mem, err := os.Open(fmt.Sprintf("/proc/%d/mem", pid))
	if err != nil {
		return sample{}, err
	}
	defer mem.Close()

	start := time.Now()
	if err := tr.Start(); err != nil {
		return sample{}, err
	}
	go func() { pr.read(stdout); close(readDone) }()
	exited := make(chan error, 1)
	go func() { <-readDone; exited <- tr.Wait() }() // Wait after the last read

	s := sample{xlated: -1}
	armed, err := waitArmed(mem, t, exited)
	if err != nil {
		_ = tr.Process.Kill()
		return s, fmt.Errorf("%w\n%s", err, stderr.String())
	}
	s.startup = armed.Sub(start)
	// The int3 goes in when the uprobe is registered; both tracers attach
	// their program to it a moment later. Fire only once that is surely
	// done, so delivered counts measure delivery, not that race.
	time.Sleep(settle)
	s.xlated = xlatedOf(tr.Process.Pid)
	if s.nsPerFire, s.trap, err = p.fire(); err != nil {
		_ = tr.Process.Kill()
		return s, err
	}
	// tinytrace stops when the -p process exits; bpftrace 0.17 does not.
	// Either way, wait until the output has stopped growing.
	var werr error
	select {
	case werr = <-exited:
	case <-quiet(pr, 500*time.Millisecond):
		_ = tr.Process.Signal(syscall.SIGINT)
		select {
		case werr = <-exited:
		case <-time.After(60 * time.Second):
			_ = tr.Process.Kill()
			return s, errors.New("tracer did not stop on SIGINT")
		}
	}
	if werr != nil {
		return s, fmt.Errorf("tracer: %w\n%s", werr, stderr.String())
	}
	if ru, ok := tr.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.rssKB = ru.Maxrss
	}
	s.delivered, s.lost = pr.events(n), lostIn(stderr.String())+lostIn(strings.Join(pr.other, "\n"))
	s.disordered = sc.kind == outPrintf && !pr.inOrder
	return s, nil
}

// settle is how long the runner waits after seeing the int3 before it lets
// the target fire.
const settle = 100 * time.Millisecond

// waitArmed polls the probe's bytes in the target until one is int3.
func waitArmed(mem *os.File, t *target, exited <-chan error) (time.Time, error) {
	b := make([]byte, 2)
	deadline := time.Now().Add(60 * time.Second)
	var failingSince time.Time
	for time.Now().Before(deadline) {
		if _, err := mem.ReadAt(b, int64(t.vaddr)); err != nil {
			// A read can fail for a moment while the kernel writes the
			// int3 into the page (seen once: EIO); only a lasting failure
			// is an error.
			if failingSince.IsZero() {
				failingSince = time.Now()
			} else if time.Since(failingSince) > time.Second {
				return time.Time{}, fmt.Errorf("reading the target's memory: %w", err)
			}
			time.Sleep(50 * time.Microsecond)
			continue
		}
		failingSince = time.Time{}
		if b[0] == 0xcc || t.nop5 && b[1] == 0xcc {
			return time.Now(), nil
		}
		select {
		case err := <-exited:
			return time.Time{}, fmt.Errorf("tracer exited before arming the probe (%v)", err)
		default:
		}
		time.Sleep(50 * time.Microsecond)
	}
	return time.Time{}, errors.New("the probe was not armed within 60 s")
}

// quiet returns a channel closed once p has seen no new output for d.
func quiet(p *parser, d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	go func() {
		last := p.progress()
		for {
			time.Sleep(d)
			now := p.progress()
			if now == last {
				close(c)
				return
			}
			last = now
		}
	}()
	return c
}

// xlatedOf sums the xlated instruction counts of the BPF programs process
// pid holds open (the tracer's probe programs).
func xlatedOf(pid int) int {
	dir := fmt.Sprintf("/proc/%d/fd", pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return -1
	}
	total, found := 0, false
	for _, e := range ents {
		if l, _ := os.Readlink(filepath.Join(dir, e.Name())); l != "anon_inode:bpf-prog" {
			continue
		}
		info, err := os.ReadFile(fmt.Sprintf("/proc/%d/fdinfo/%s", pid, e.Name()))
		if err != nil {
			continue
		}
		m := progIDRe.FindSubmatch(info)
		if m == nil {
			continue
		}
		id, _ := strconv.ParseUint(string(m[1]), 10, 32)
		prog, err := ebpf.NewProgramFromID(ebpf.ProgramID(id))
		if err != nil {
			continue
		}
		pi, err := prog.Info()
		prog.Close()
		if err != nil {
			continue
		}
		if size, err := pi.TranslatedSize(); err == nil {
			total += size / asm.InstructionSize
			found = true
		}
	}
	if !found {
		return -1
	}
	return total
}

var (
	progIDRe = regexp.MustCompile(`prog_id:\s*(\d+)`)
	// tinytrace: "WARNING: N events lost: ..."; bpftrace: "Lost N events".
	lostRe = regexp.MustCompile(`(?m)(?:(\d+) events lost|Lost (\d+) events)`)
	// "@c: 5"
	countRe = regexp.MustCompile(`^@\S*: (\d+)$`)
	// "@[alpha]: 3": a fire whose string read as "" is not delivered
	keyedRe = regexp.MustCompile(`^@\[[a-z]+\]: (\d+)$`)
	// "[4, 8)   3 |@@@   |"
	histRe = regexp.MustCompile(`^[\[(].*[\])]\s+(\d+) \|`)
)

func lostIn(s string) int {
	n := 0
	for _, m := range lostRe.FindAllStringSubmatch(s, -1) {
		v, _ := strconv.Atoi(m[1] + m[2])
		n += v
	}
	return n
}

// parser reads a tracer's stdout as it comes: printf lines are checked
// and counted without being kept, anything else is kept.
type parser struct {
	kind    outputKind
	next    int // the next printf value expected
	inOrder bool
	other   []string
	count   atomic.Int64 // lines read, for quiet()
}

func (p *parser) read(r io.Reader) {
	p.inOrder = true
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if p.kind == outPrintf && len(line) > 0 && line[0] >= '0' && line[0] <= '9' {
			v, err := strconv.Atoi(string(line))
			if err != nil || v < p.next {
				p.inOrder = false // a gap is a loss, going back is disorder
			}
			p.next = v + 1
			p.count.Add(1)
			continue
		}
		p.other = append(p.other, string(line))
		p.count.Add(1)
	}
}

func (p *parser) progress() int64 { return p.count.Load() }

// events is how many fires the output accounts for.
func (p *parser) events(n int) int {
	total := 0
	switch p.kind {
	case outNone:
		return -1
	case outPrintf:
		return int(p.progress()) - len(p.other)
	case outHist:
		for _, l := range p.other {
			if m := histRe.FindStringSubmatch(l); m != nil {
				v, _ := strconv.Atoi(m[1])
				total += v
			}
		}
	default:
		re := countRe
		if p.kind == outKeyed {
			re = keyedRe
		}
		for _, l := range p.other {
			if m := re.FindStringSubmatch(l); m != nil {
				v, _ := strconv.Atoi(m[1])
				total += v
			}
		}
	}
	return total
}

// machine describes where the numbers come from.
func machine() string {
	var u syscall.Utsname
	_ = syscall.Uname(&u)
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if m := regexp.MustCompile(`(?m)^model name\s*:\s*(.*)$`).FindSubmatch(b); m != nil {
			model = string(m[1])
		}
	}
	return fmt.Sprintf("%s, %d vCPUs, Linux %s, %s", model, runtime.NumCPU(), utsString(u.Release[:]), runtime.Version())
}

func utsString(b []int8) string {
	var s []byte
	for _, c := range b {
		if c == 0 {
			break
		}
		s = append(s, byte(c))
	}
	return string(s)
}

// sample is one run's measurements; results keeps them all.
type sample struct {
	startup   time.Duration
	rssKB     int64
	nsPerFire float64
	xlated    int
	trap      byte // the probed instruction's first byte after the loop
	delivered int
	// disordered: printf lines came out of order (per-CPU perf buffers
	// can do that when the target moves between CPUs).
	disordered bool
	lost       int
}

type key struct{ site, row, tool string }

type results struct {
	n, runs int
	order   []key
	samples map[key][]sample
}

func (r *results) add(k key, s sample) {
	if r.samples == nil {
		r.samples = map[key][]sample{}
	}
	if _, ok := r.samples[k]; !ok {
		r.order = append(r.order, k)
	}
	r.samples[k] = append(r.samples[k], s)
}

// median of f over the samples of k.
func (r *results) median(k key, f func(sample) float64) float64 {
	ss := r.samples[k]
	if len(ss) == 0 {
		return 0
	}
	v := make([]float64, len(ss))
	for i, s := range ss {
		v[i] = f(s)
	}
	sort.Float64s(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// trap names how the probe site looked after the runs of k.
func (r *results) trap(k key) string {
	seen := map[string]bool{}
	var names []string
	for _, s := range r.samples[k] {
		name := fmt.Sprintf("%#02x", s.trap)
		switch s.trap {
		case 0xcc:
			name = "int3"
		case 0xe8:
			name = "call"
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return strings.Join(names, "/")
}

// worst is the smallest delivered and largest lost count over the runs,
// and whether any run delivered printf lines out of order.
func (r *results) worst(k key) (delivered, lost int, disordered bool) {
	ss := r.samples[k]
	delivered = ss[0].delivered
	for _, s := range ss {
		delivered = min(delivered, s.delivered)
		lost = max(lost, s.lost)
		disordered = disordered || s.disordered
	}
	return delivered, lost, disordered
}

func (r *results) print(w io.Writer, machine string) {
	fmt.Fprintf(w, "Machine: %s\n", machine)
	fmt.Fprintf(w, "%d fires per run; median of %d runs (startup, RSS, ns/fire); worst run for delivered/lost\n\n", r.n, r.runs)
	tw := &table{}
	tw.row("site", "script", "tracer", "trap", "startup", "peak RSS", "ns/fire", "over floor", "xlated", "delivered", "lost")
	for _, k := range r.order {
		ns := r.median(k, func(s sample) float64 { return s.nsPerFire })
		switch k.row {
		case "untraced":
			tw.row(k.site, "(untraced)", "-", "-", "-", "-", fmt.Sprintf("%.1f", ns), "-", "-", "-", "-")
			continue
		case "floor":
			x := int(r.median(k, func(s sample) float64 { return float64(s.xlated) }))
			tw.row(k.site, "(floor: r0 = 0; exit)", "runner", r.trap(k), "-", "-", fmt.Sprintf("%.0f", ns), "0", strconv.Itoa(x), "-", "-")
			continue
		}
		fl := r.median(key{site: k.site, row: "floor"}, func(s sample) float64 { return s.nsPerFire })
		startup := time.Duration(r.median(k, func(s sample) float64 { return float64(s.startup) }))
		rss := r.median(k, func(s sample) float64 { return float64(s.rssKB) })
		x := int(r.median(k, func(s sample) float64 { return float64(s.xlated) }))
		del, lost, disordered := r.worst(k)
		ds := strconv.Itoa(del)
		if del < 0 {
			ds = "-"
		}
		if disordered {
			ds += " (out of order)"
		}
		tw.row(k.site, k.row, k.tool, r.trap(k), fmt.Sprintf("%.1f ms", float64(startup)/float64(time.Millisecond)),
			fmt.Sprintf("%.1f MB", rss/1024), fmt.Sprintf("%.0f", ns), fmt.Sprintf("%+.0f", ns-fl),
			strconv.Itoa(x), ds, strconv.Itoa(lost))
	}
	tw.write(w)
	r.goals(w)
}

// goals compares tinytrace with bpftrace on the plain nop site.
func (r *results) goals(w io.Writer) {
	tt := func(row string) key { return key{site: "nop", row: row, tool: "tinytrace"} }
	bt := func(row string) key { return key{site: "nop", row: row, tool: "bpftrace"} }
	if _, ok := r.samples[bt(scripts[0].name)]; !ok {
		return
	}
	fl := r.median(key{site: "nop", row: "floor"}, func(s sample) float64 { return s.nsPerFire })
	fmt.Fprintf(w, "\nGoals (tinytrace against bpftrace, nop site):\n")
	check := func(what string, got, limit float64, unit string) {
		verdict := "ok"
		if got > limit {
			verdict = "MISSED"
		}
		fmt.Fprintf(w, "  %-44s %10.1f %-3s <= %10.1f  %s\n", what, got, unit, limit, verdict)
	}
	// Startup and RSS: the median over every script's runs, as one
	// script's three startups vary with the kernel's grace periods.
	all := func(tool string, f func(sample) float64) float64 {
		var v []float64
		for _, sc := range scripts {
			for _, s := range r.samples[key{site: "nop", row: sc.name, tool: tool}] {
				v = append(v, f(s))
			}
		}
		sort.Float64s(v)
		if len(v) == 0 {
			return 0
		}
		return v[len(v)/2]
	}
	startup := func(tool string) float64 {
		return all(tool, func(s sample) float64 { return float64(s.startup) / float64(time.Millisecond) })
	}
	rss := func(tool string) float64 { return all(tool, func(s sample) float64 { return float64(s.rssKB) / 1024 }) }
	over := func(k key) float64 { return r.median(k, func(s sample) float64 { return s.nsPerFire }) - fl }
	xl := func(k key) float64 { return r.median(k, func(s sample) float64 { return float64(s.xlated) }) }
	check("startup (median of all scripts' runs)", startup("tinytrace"), startup("bpftrace")/8, "ms")
	check("peak RSS (median of all scripts' runs)", rss("tinytrace"), rss("bpftrace")/4, "MB")
	for _, sc := range scripts[1:] {
		if _, ok := r.samples[tt(sc.name)]; !ok {
			continue
		}
		limit := over(bt(sc.name))
		if sc.kind == outPrintf {
			limit /= 10
		}
		check("ns over floor: "+sc.name, over(tt(sc.name)), max(limit, 0), "ns")
		check("xlated: "+sc.name, xl(tt(sc.name)), xl(bt(sc.name)), "")
		if sc.kind == outPrintf {
			del, lost, disordered := r.worst(tt(sc.name))
			check("printf lines missing (lost or not)", float64(max(r.n-del, lost)), 0, "")
			if disordered {
				fmt.Fprintf(w, "  %-44s MISSED\n", "printf lines in order")
			}
		}
	}
}

// table aligns columns.
type table struct{ rows [][]string }

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer) {
	width := make([]int, len(t.rows[0]))
	for _, r := range t.rows {
		for i, c := range r {
			width[i] = max(width[i], len(c))
		}
	}
	for _, r := range t.rows {
		var b strings.Builder
		for i, c := range r {
			if i > 3 {
				fmt.Fprintf(&b, "  %*s", width[i], c) // numbers right-aligned
			} else {
				fmt.Fprintf(&b, "%-*s  ", width[i], c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
