package runtime

import (
	"fmt"
	"os"
	"os/exec"
	goruntime "runtime"
	"strings"
	"syscall"
)

// child is a -c command, started stopped so that no probe in it can fire
// before tinytrace has attached.
type child struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when the child has exited
}

// startChild starts cmdline (split on white space, as bpftrace does) under
// ptrace: the kernel stops it right after execve. The calling goroutine's
// thread is locked until release, since ptrace requests must come from the
// tracing thread.
func startChild(cmdline string) (*child, error) {
	// The same program probe resolution read the libraries of.
	path, err := commandPath(cmdline)
	if err != nil {
		return nil, err
	}
	argv := strings.Fields(cmdline)
	cmd := exec.Command(path, argv[1:]...)
	cmd.Args[0] = argv[0] // as typed, as a shell would pass it
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Ptrace: true}
	goruntime.LockOSThread()
	if err := cmd.Start(); err != nil {
		goruntime.UnlockOSThread()
		return nil, fmt.Errorf("-c: starting %q: %w", cmdline, err)
	}
	var ws syscall.WaitStatus
	if _, err := syscall.Wait4(cmd.Process.Pid, &ws, 0, nil); err != nil || !ws.Stopped() {
		goruntime.UnlockOSThread()
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, fmt.Errorf("-c: %q did not stop after exec (status %v): %v", cmdline, ws, err)
	}
	return &child{cmd: cmd, done: make(chan struct{})}, nil
}

func (c *child) pid() int { return c.cmd.Process.Pid }

// release lets the child run. It must be called on the thread that started
// it, once every probe is attached.
func (c *child) release() error {
	defer goruntime.UnlockOSThread()
	if err := syscall.PtraceDetach(c.pid()); err != nil {
		return fmt.Errorf("-c: resuming child %d: %w", c.pid(), err)
	}
	go func() {
		_ = c.cmd.Wait()
		close(c.done)
	}()
	return nil
}

// abort kills a child that was never released.
func (c *child) abort() {
	_ = c.cmd.Process.Kill()
	goruntime.UnlockOSThread()
	_ = c.cmd.Wait()
}

// stop terminates a child still running when tracing ends, as bpftrace does.
func (c *child) stop() {
	select {
	case <-c.done:
		return
	default:
	}
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	<-c.done
}
