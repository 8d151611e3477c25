// Package runtime is the only part of tinytrace that touches the kernel,
// ELF files and processes: it resolves probes to sites, loads and attaches
// the compiled programs, reads events and prints maps.
package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"github.com/cilium/ebpf/ringbuf"
	"github.com/cilium/ebpf/rlimit"
	"golang.org/x/sys/unix"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/lang"
)

// Config is one tracing session.
type Config struct {
	Program *lang.Program // checked
	PID     int           // -p: trace only this process
	Command string        // -c: run and trace this command
	Quiet   bool          // -q: no "Attaching N probes..." line
	Format  Format        // -f
	Out     io.Writer     // events and maps
	// Sep receives the "\n\n" written before the maps; nil means Out.
	// bpftrace 0.17 writes it to stdout even with -o FILE, and so do we.
	Sep     io.Writer
	Err     io.Writer // warnings
	Options compiler.Options
	// Verbose (-v) prints each program's id, sizes and verifier
	// statistics, and the whole verifier log if a program is rejected.
	Verbose bool
	// perfEvents attaches uprobes through one perf event each even where
	// the kernel has uprobe_multi links: the path older kernels take,
	// for its tests.
	perfEvents bool
}

// Run traces until Ctrl-C, SIGTERM, exit(), or the end of the -p process or
// -c command; then it detaches everything, runs END and prints the maps.
func Run(cfg Config) (err error) {
	if os.Geteuid() != 0 {
		return errors.New("tinytrace needs root (CAP_BPF and CAP_PERFMON) to load BPF programs and attach uprobes; run it with sudo")
	}
	if cfg.PID != 0 {
		if err := unix.Kill(cfg.PID, 0); err != nil && !errors.Is(err, unix.EPERM) {
			return fmt.Errorf("-p %d: no such process", cfg.PID)
		}
	}
	// Ctrl-C during start-up must still clean up: catch it from the start.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)

	warn := func(msg string) { fmt.Fprintf(cfg.Err, "WARNING: %s\n", msg) }
	sites, err := ResolveTarget(cfg.Program, Target{PID: cfg.PID, Command: cfg.Command, Warn: warn})
	if err != nil {
		return err
	}
	out, err := compiler.Compile(cfg.Program, sites, cfg.Options)
	if err != nil {
		return err
	}

	var kid *child
	if cfg.Command != "" {
		if kid, err = startChild(cfg.Command); err != nil {
			return err
		}
		defer func() {
			if kid != nil {
				kid.abort()
			}
		}()
		cfg.PID = kid.pid()
	}

	_ = rlimit.RemoveMemlock() // only matters on kernels before 5.11
	multi := useUprobeMulti(out, !cfg.perfEvents)
	coll, err := load(out, cfg.Program, cfg.Verbose, cfg.Err)
	if err != nil {
		return err
	}
	defer coll.Close()
	if err := setElapsedBase(coll); err != nil {
		return err
	}
	rd, err := ringbuf.NewReader(coll.Maps[compiler.EventsMap])
	if err != nil {
		return fmt.Errorf("opening ring buffer: %w", err)
	}
	defer rd.Close()

	s := &session{cfg: cfg, out: out, coll: coll, multi: multi, rd: rd, dec: newDecoder(out, cfg.Format), w: bufio.NewWriterSize(cfg.Out, 64<<10)}
	s.syms = newSymbols(out, coll.Maps)
	s.dec.syms = s.syms
	defer s.detach()
	attached, err := s.attachAll()
	if err != nil {
		return err
	}
	if !cfg.Quiet {
		if cfg.Format == FormatJSON {
			fmt.Fprintf(s.w, `{"type": "attached_probes", "data": {"probes": %d}}`+"\n", attached)
		} else {
			fmt.Fprintf(s.w, "Attaching %d probe%s...\n", attached, plural(attached))
		}
		if err := s.flush(); err != nil {
			return err
		}
	}

	stop := make(chan struct{})
	var stopOnce sync.Once
	requestStop := func() {
		stopOnce.Do(func() {
			close(stop)
			// Wake the reader; SetDeadline would block on its lock.
			_ = rd.Flush()
		})
	}
	defer requestStop()
	if cfg.PID != 0 && usesSymbols(out) {
		// Keep the traced process's mappings (read before a -c child
		// runs, then as it loads libraries), so that its stacks still
		// print after it exits.
		s.syms.keepMappings(cfg.PID, 25*time.Millisecond, stop)
	}
	var processDone <-chan struct{}
	if kid != nil {
		if err := kid.release(); err != nil {
			return err
		}
		processDone = kid.done
		defer func(k *child) { k.stop() }(kid)
		kid = nil // released: no abort
	} else if cfg.PID != 0 {
		processDone = watchProcess(cfg.PID, stop)
	}
	go func() {
		select {
		case <-sigs:
		case <-processDone:
		case <-stop:
			return
		}
		requestStop()
	}()

	if err := s.loop(stop); err != nil {
		return err
	}
	return s.finish()
}

type session struct {
	cfg    Config
	out    *compiler.Output
	coll   *ebpf.Collection
	rd     *ringbuf.Reader
	dec    *decoder
	w      *bufio.Writer
	links  []io.Closer
	multi  bool // uprobes attach through uprobe_multi links
	syms   *symbols
	exited bool // an exit() record was read: later records are dropped
	rec    ringbuf.Record
}

// attachAll runs BEGIN, then attaches every probe site. It returns the
// number of sites, BEGIN and END included, as bpftrace counts them.
//
// The first uprobe it registers waits for an RCU grace period (the kernel
// takes dup_mmap_sem, a per-CPU rw-semaphore, for writing): 6 to 23 ms,
// median 10, on the 2-CPU test machine, most of tinytrace's start-up;
// registrations right after take 0.05 ms. Tried and dropped: a throw-away
// registration in the background (a uprobe_multi link on an empty memfd,
// which no process maps) as soon as the script has compiled. It does make
// the real attach return when its grace period ends, but it starts only
// about 1 ms before the attach would, and in 100 interleaved runs the
// time from compiled to attached was no shorter (median 11.7 ms with it,
// 11.3 without). Its own unregistering also takes about 20 ms.
func (s *session) attachAll() (int, error) {
	n := 0
	for _, p := range s.out.Programs {
		n += len(p.Sites)
		if p.Sites[0].Spec.Kind == lang.KindBegin {
			l, err := s.trigger(p, beginTrigger)
			if err != nil {
				return 0, err
			}
			// Detaching takes the kernel an RCU grace period (10 to 20
			// ms), which would delay the other probes: it waits until
			// they are detached too. The link fires only on this
			// process calling beginTrigger, which it does not again.
			s.links = append(s.links, l)
		}
	}
	// The kernel runs the programs on one site newest first; attaching in
	// reverse makes them run in script order, as in bpftrace.
	for i := len(s.out.Programs) - 1; i >= 0; i-- {
		p := s.out.Programs[i]
		prog := s.coll.Programs[p.Name]
		var uprobes []*compiler.Site
		for _, site := range p.Sites {
			switch site.Spec.Kind {
			case lang.KindBegin, lang.KindEnd:
			case lang.KindInterval:
				l, err := attachInterval(prog, site.Spec.Every(), site.Name())
				if err != nil {
					return 0, err
				}
				s.links = append(s.links, l)
			default:
				uprobes = append(uprobes, site)
			}
		}
		if err := s.attachSites(prog, uprobes); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// attachSites attaches prog to uprobe, uretprobe and USDT sites: with one
// uprobe_multi link per file and direction where the kernel has them, or
// one perf event per site.
func (s *session) attachSites(prog *ebpf.Program, sites []*compiler.Site) error {
	if !s.multi {
		for _, site := range sites {
			l, err := attachSite(prog, site, s.cfg.PID)
			if err != nil {
				return err
			}
			s.links = append(s.links, l)
		}
		return nil
	}
	type group struct {
		path string
		ret  bool
	}
	var order []group
	bySite := map[group][]*compiler.Site{}
	for _, site := range sites {
		g := group{site.Path, site.Spec.Kind == lang.KindUretprobe}
		if bySite[g] == nil {
			order = append(order, g)
		}
		bySite[g] = append(bySite[g], site)
	}
	for _, g := range order {
		l, err := attachMulti(prog, bySite[g], s.cfg.PID)
		if err != nil {
			return err
		}
		s.links = append(s.links, l)
	}
	return nil
}

// attachMulti attaches prog to sites, all in one file and all entries or
// all returns, with one uprobe_multi link.
func attachMulti(prog *ebpf.Program, sites []*compiler.Site, pid int) (link.Link, error) {
	first := sites[0]
	ex, err := link.OpenExecutable(first.Path)
	if err != nil {
		return nil, fmt.Errorf("attaching %s: %w", first.Name(), err)
	}
	opts := &link.UprobeMultiOptions{PID: uint32(pid)}
	semaphores := false
	for _, site := range sites {
		opts.Addresses = append(opts.Addresses, site.Offset)
		opts.RefCtrOffsets = append(opts.RefCtrOffsets, site.RefCtrOffset)
		semaphores = semaphores || site.RefCtrOffset != 0
	}
	if !semaphores {
		opts.RefCtrOffsets = nil
	}
	var l link.Link
	if first.Spec.Kind == lang.KindUretprobe {
		l, err = ex.UretprobeMulti(nil, prog, opts)
	} else {
		l, err = ex.UprobeMulti(nil, prog, opts)
	}
	if err != nil {
		where := fmt.Sprintf("%s+%#x", first.Path, first.Offset)
		if len(sites) > 1 {
			where += fmt.Sprintf(" and %d more sites", len(sites)-1)
		}
		return nil, fmt.Errorf("attaching %s at %s: %w", first.Name(), where, err)
	}
	return l, nil
}

func attachSite(prog *ebpf.Program, site *compiler.Site, pid int) (link.Link, error) {
	ex, err := link.OpenExecutable(site.Path)
	if err != nil {
		return nil, fmt.Errorf("attaching %s: %w", site.Name(), err)
	}
	opts := &link.UprobeOptions{Address: site.Offset, RefCtrOffset: site.RefCtrOffset, PID: pid}
	var l link.Link
	if site.Spec.Kind == lang.KindUretprobe {
		l, err = ex.Uretprobe("", prog, opts)
	} else {
		l, err = ex.Uprobe("", prog, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("attaching %s at %s+%#x: %w", site.Name(), site.Path, site.Offset, err)
	}
	return l, nil
}

// trigger runs a BEGIN or END program once by attaching it to fn in this
// process and calling fn. It returns the link, still attached.
func (s *session) trigger(p *compiler.Program, fn func()) (link.Link, error) {
	loc, err := locateFunc(fn)
	if err != nil {
		return nil, err
	}
	ex, err := link.OpenExecutable(loc.path)
	if err != nil {
		return nil, fmt.Errorf("running %s: %w", p.Sites[0].Name(), err)
	}
	prog := s.coll.Programs[p.Name]
	var l link.Link
	if s.multi {
		l, err = ex.UprobeMulti(nil, prog, &link.UprobeMultiOptions{Addresses: []uint64{loc.offset}, PID: uint32(os.Getpid())})
	} else {
		l, err = ex.Uprobe("", prog, &link.UprobeOptions{Address: loc.offset, PID: os.Getpid()})
	}
	if err != nil {
		return nil, fmt.Errorf("running %s: %w", p.Sites[0].Name(), err)
	}
	fn()
	return l, nil
}

// Programs never wake the reader (compiler emitRecord): it reads the ring
// buffer every pollInterval, or every busyInterval after a poll that found
// more than 1/busyFraction of the buffer filled, so that even a burst
// cannot fill it between two polls.
const (
	pollInterval = 10 * time.Millisecond
	busyInterval = time.Millisecond
	busyFraction = 16
)

// loop prints events until stop is closed or exit() is called. Output is
// flushed after each poll.
func (s *session) loop(stop <-chan struct{}) error {
	s.rd.SetDeadline(time.Now().Add(pollInterval))
	read := 0 // bytes since the last poll
	for {
		err := s.rd.ReadInto(&s.rec)
		switch {
		case err == nil:
			read += len(s.rec.RawSample) + 8 // and the record header
			if err := s.handle(s.rec.RawSample); err != nil {
				return err
			}
			if s.exited {
				return nil
			}
		case errors.Is(err, os.ErrDeadlineExceeded):
			if err := s.flush(); err != nil {
				return err
			}
			next := pollInterval
			if read > s.rd.BufferSize()/busyFraction {
				next = busyInterval
			}
			read = 0
			s.rd.SetDeadline(time.Now().Add(next))
		case errors.Is(err, ringbuf.ErrFlushed):
			select {
			case <-stop:
				return nil
			default:
			}
		default:
			return fmt.Errorf("reading events: %w", err)
		}
	}
}

func (s *session) handle(rec []byte) error {
	if s.exited {
		return nil
	}
	kind, err := s.dec.decode(rec, s.w)
	if err != nil {
		return err
	}
	switch kind {
	case recordExit:
		s.exited = true
	case recordMapOp:
		op := s.dec.op
		m := s.out.Maps[op.index]
		if op.op == compiler.MapPrint {
			return printMap(s.w, s.coll.Maps, s.out, s.syms, m, s.cfg.Format, op.top, op.div)
		}
		return clearMap(s.coll.Maps[m.SpecName], m, op.op == compiler.MapZero)
	}
	return nil
}

func (s *session) flush() error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// drain handles every record already in the ring buffer.
func (s *session) drain() error {
	s.rd.SetDeadline(time.Unix(1, 0))
	for {
		err := s.rd.ReadInto(&s.rec)
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return nil
		}
		if errors.Is(err, ringbuf.ErrFlushed) {
			continue // the wake-up sent by a stop request
		}
		if err != nil {
			return fmt.Errorf("reading events: %w", err)
		}
		if err := s.handle(s.rec.RawSample); err != nil {
			return err
		}
	}
}

// finish detaches the probes, runs END, prints the maps and the counts of
// lost events, dropped map updates and loops cut short.
func (s *session) finish() error {
	s.detach()
	if err := s.drain(); err != nil {
		return err
	}
	for _, p := range s.out.Programs {
		if p.Sites[0].Spec.Kind == lang.KindEnd {
			s.exited = false // END's own output always prints
			l, err := s.trigger(p, endTrigger)
			if err != nil {
				return err
			}
			if err := l.Close(); err != nil {
				return fmt.Errorf("detaching %s: %w", p.Sites[0].Name(), err)
			}
		}
	}
	if err := s.drain(); err != nil {
		return err
	}
	lost, err := sumCounter(s.coll, compiler.LostMap)
	if err != nil {
		return err
	}
	if lost > 0 && s.cfg.Format == FormatJSON {
		// bpftrace reports losses in the output stream as they happen,
		// so before the maps.
		fmt.Fprintf(s.w, `{"type": "lost_events", "data": {"events": %d}}`+"\n", lost)
	}
	if s.cfg.Sep != nil {
		if err := s.flush(); err != nil {
			return err
		}
		if _, err := io.WriteString(s.cfg.Sep, "\n\n"); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	} else {
		s.w.WriteString("\n\n")
	}
	if err := printMaps(s.w, s.coll.Maps, s.out, s.syms, s.cfg.Format); err != nil {
		return err
	}
	if err := s.flush(); err != nil {
		return err
	}
	if lost > 0 && s.cfg.Format != FormatJSON {
		fmt.Fprintf(s.cfg.Err, "WARNING: %d events lost: the ring buffer was full\n", lost)
	}
	dropped, err := sumCounter(s.coll, compiler.DroppedMap)
	if err != nil {
		return err
	}
	if dropped > 0 {
		fmt.Fprintf(s.cfg.Err, "WARNING: %d map updates dropped: a map reached BPFTRACE_MAP_KEYS_MAX=%d keys\n", dropped, s.cfg.Options.MapKeysMax)
	}
	if s.coll.Maps[compiler.LoopsMap] != nil {
		cut, err := sumCounter(s.coll, compiler.LoopsMap)
		if err != nil {
			return err
		}
		if cut > 0 {
			fmt.Fprintf(s.cfg.Err, "WARNING: %d while loop%s stopped early: the action's loop iteration limit was reached (see the loop checks in tinytrace -d asm)\n", cut, plural(int(cut)))
		}
	}
	return nil
}

func (s *session) detach() {
	for _, l := range s.links {
		_ = l.Close()
	}
	s.links = nil
}

// setElapsedBase records the start time for the elapsed builtin, on the
// clock bpf_ktime_get_ns reads.
func setElapsedBase(coll *ebpf.Collection) error {
	m := coll.Maps[compiler.ElapsedMap]
	if m == nil {
		return nil
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return fmt.Errorf("reading the monotonic clock: %w", err)
	}
	return m.Put(uint32(0), uint64(ts.Nano()))
}

// watchProcess returns a channel closed when pid exits (or stop closes).
func watchProcess(pid int, stop <-chan struct{}) <-chan struct{} {
	done := make(chan struct{})
	fd, err := pidfdOpen(pid)
	go func() {
		defer close(done)
		if err == nil {
			defer unix.Close(fd)
		}
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err == nil {
				// A pidfd becomes readable when the process exits.
				fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
				if n, _ := unix.Poll(fds, 200); n > 0 {
					return
				}
				continue
			}
			if unix.Kill(pid, 0) == unix.ESRCH {
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
	}()
	return done
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
