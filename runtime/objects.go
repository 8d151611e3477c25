package runtime

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tinytrace/tinytrace/runtime/ldcache"
	"github.com/tinytrace/tinytrace/runtime/procmaps"
)

// Target is what a session traces: one process (-p), one command (-c), or
// every process (neither). It decides where probes without a path, with a
// wildcard path or with a library name are looked for.
type Target struct {
	PID     int
	Command string // as given to -c: the program and its arguments
	// Warn, if set, receives warnings (a wildcard that matched nothing).
	Warn func(msg string)
}

// object is an ELF file a target has mapped (or will map).
type object struct {
	path    string // where to read and attach it
	display string // how bpftrace names it (the probe builtin, -l)
	mapped  string // the path as the process sees it
}

// objects lists the executable and shared libraries of the target: for -p
// the files /proc/PID/maps names, for -c the command and the libraries the
// loader will map for it (DT_NEEDED). Without either it returns nil.
func (r *resolver) objects() ([]object, error) {
	if r.objs != nil || r.objsErr != nil {
		return r.objs, r.objsErr
	}
	switch {
	case r.target.PID != 0:
		r.objs, r.objsErr = processObjects(r.target.PID)
	case r.target.Command != "":
		exe, err := commandPath(r.target.Command)
		if err != nil {
			r.objsErr = err
			break
		}
		libs, err := r.ld.Needed(exe)
		if err != nil {
			r.objsErr = fmt.Errorf("-c: reading the libraries of %s: %w", exe, err)
			break
		}
		r.objs = append(r.objs, object{path: exe, display: exe, mapped: exe})
		for _, l := range libs {
			r.objs = append(r.objs, object{path: l, display: l, mapped: l})
		}
	}
	return r.objs, r.objsErr
}

// commandPath finds the program of a -c command line as the child will
// be started (see startChild).
func commandPath(cmdline string) (string, error) {
	argv := strings.Fields(cmdline)
	if len(argv) == 0 {
		return "", errors.New("-c: empty command")
	}
	path, err := exec.LookPath(argv[0])
	if err != nil {
		// bpftrace 0.17's words.
		return "", fmt.Errorf("Failed to fork child: path '%s' does not exist or is not executable", argv[0])
	}
	return filepath.Abs(path)
}

// processObjects reads /proc/PID/maps: every file mapped executable, in
// address order (the executable first). Like bpftrace, they are opened
// through /proc/PID/root, which works across mount namespaces.
func processObjects(pid int) ([]object, error) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/maps")
	if err != nil {
		return nil, fmt.Errorf("-p %d: reading the process's mappings: %w", pid, err)
	}
	return parseMaps(pid, data), nil
}

// parseMaps extracts the executable file mappings of a maps file, each
// file once.
func parseMaps(pid int, data []byte) []object {
	root := "/proc/" + strconv.Itoa(pid) + "/root"
	seen := map[string]bool{}
	var objs []object
	for _, m := range procmaps.Parse(data) {
		if !m.Executable() || !m.File() || m.Deleted || seen[m.Path] {
			continue
		}
		seen[m.Path] = true
		objs = append(objs, object{path: root + m.Path, display: root + m.Path, mapped: m.Path})
	}
	return objs
}

// findLibrary resolves a bare library name (libc, libc.so.6) as the
// target's loader did or will: the library the process mapped (-p), one
// the command needs (-c), else ld.so.cache and the standard directories.
func (r *resolver) findLibrary(name string) (path, display string, err error) {
	objs, _ := r.objects()
	for _, o := range objs {
		if ldcache.MatchName(name, filepath.Base(o.mapped)) {
			// bpftrace names a library found in the process by its
			// mapped path.
			return o.path, o.mapped, nil
		}
	}
	p, err := r.ld.Find(name)
	if err != nil {
		return "", "", err
	}
	return p, p, nil
}
