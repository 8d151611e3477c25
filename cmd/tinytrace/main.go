// Command tinytrace runs bpftrace-compatible scripts against userspace
// programs: USDT probes, uprobes and uretprobes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/compiler/dump"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime"
)

const usage = `USAGE:
    tinytrace [options] FILE [ARGS...]
    tinytrace [options] -e 'program' [ARGS...]

OPTIONS:
    -e PROGRAM     trace this program
    -p PID         trace only this process
    -c 'CMD ARGS'  run CMD and trace it until it exits
    -f FORMAT      output format: text (default) or json
    -o FILE        write the output to FILE instead of standard output
    -q             do not print the "Attaching N probes..." line
    -v             print program ids, sizes and the verifier's statistics
    -d KIND        print what the script compiles to and exit: ast, maps,
                   asm (eBPF in the verifier's notation) or all; needs no
                   root, only the traced binaries (--dump KIND is the same)
    -l [PATTERN]   list the USDT probes and uprobe functions matching PATTERN
                   ('usdt:./bin:*', 'uprobe:libc:mall*'); with -p, those of the process
    -h             show this help

FILE may be - to read the program from standard input. ARGS are the
positional parameters $1, $2, ... ($# is their count); put -- before
them if one starts with a dash.

EXAMPLES:
    tinytrace -e 'usdt:./server:test_grp:test_idx { printf("%d\n", arg0); }' -p PID
    tinytrace -c ./server script.bt
    tinytrace -l 'usdt:./server:*'
    tinytrace -e 'uprobe:libc:malloc { @bytes = sum(arg0); }' -c ./server
    tinytrace -e 'usdt::PROVIDER:* { @[probe] = count(); }' -p PID

PROBES:
    usdt:PATH:[PROVIDER:]NAME    uprobe:PATH:FUNCTION[+OFFSET]    uprobe:PATH:0xADDRESS
    uretprobe:PATH:FUNCTION      BEGIN  END  interval:s:N
    PATH may be a library name (libc, libc.so.6); '*' matches anything in PATH,
    PROVIDER, NAME and FUNCTION; with -p or -c, PATH may be left out (usdt::PROV:NAME).
`

// flagError words a flag package error as bpftrace's getopt does (the
// line before the usage text); other errors keep the ERROR: form.
func flagError(err error, args []string) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok && name != "" {
		for _, a := range args {
			if a == "--"+name || strings.HasPrefix(a, "--"+name+"=") {
				return fmt.Sprintf("tinytrace: unrecognized option '%s'\n", a)
			}
		}
		return fmt.Sprintf("tinytrace: invalid option -- '%c'\n", name[0])
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		if len(name) == 1 {
			return fmt.Sprintf("tinytrace: option requires an argument -- '%s'\n", name)
		}
		return fmt.Sprintf("tinytrace: option '--%s' requires an argument\n", name)
	}
	return "ERROR: " + msg + "\n\n"
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process globals, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tinytrace", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	program := fs.String("e", "", "")
	pidFlag := fs.String("p", "", "")
	command := fs.String("c", "", "")
	quiet := fs.Bool("q", false, "")
	formatFlag := fs.String("f", "text", "")
	outFile := fs.String("o", "", "")
	help := fs.Bool("h", false, "")
	verbose := fs.Bool("v", false, "")
	var dumpArg string
	fs.StringVar(&dumpArg, "d", "", "")
	fs.StringVar(&dumpArg, "dump", "", "")
	list := fs.Bool("l", false, "")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "%s%s", flagError(err, args), usage)
		return 1
	}
	if *help {
		io.WriteString(stdout, usage)
		return 0
	}
	if *list {
		// bpftrace takes flags after the pattern too: -l 'usdt:*:*' -p PID.
		var patterns []string
		for rest := fs.Args(); len(rest) > 0; rest = fs.Args() {
			patterns = append(patterns, rest[0])
			if err := fs.Parse(rest[1:]); err != nil {
				fmt.Fprintf(stderr, "%s%s", flagError(err, rest[1:]), usage)
				return 1
			}
		}
		return listProbes(patterns, *pidFlag, *command, stdout, stderr)
	}
	var dumps []string
	if dumpArg != "" {
		var err error
		if dumps, err = parseDump(dumpArg); err != nil {
			fmt.Fprintf(stderr, "ERROR: %v\n", err)
			return 1
		}
	}
	file, src, err := source(*program, fs.Args(), stdin)
	if errors.Is(err, errNoProgram) {
		fmt.Fprintf(stderr, "ERROR: %v\n\n%s", err, usage)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "ERROR: %v\n", err)
		return 1
	}
	pid := 0
	if *pidFlag != "" {
		// bpftrace's wording and range (the kernel's PID_MAX_LIMIT).
		if pid, err = strconv.Atoi(*pidFlag); err != nil {
			fmt.Fprintf(stderr, "ERROR: pid '%s' is not a valid decimal number\n", *pidFlag)
			return 1
		}
		if pid < 1 || pid > pidMaxLimit {
			fmt.Fprintf(stderr, "ERROR: pid '%s' out of valid pid range [1,%d]\n", *pidFlag, pidMaxLimit)
			return 1
		}
	}
	if pid != 0 && *command != "" {
		fmt.Fprintln(stderr, "ERROR: Cannot use both -c and -p.")
		return 1
	}
	var format runtime.Format
	switch *formatFlag {
	case "text":
		format = runtime.FormatText
	case "json":
		format = runtime.FormatJSON
	default:
		fmt.Fprintf(stderr, "ERROR: Invalid output format %q\nValid formats: 'text', 'json'\n", *formatFlag)
		return 1
	}
	checkOpts, compileOpts, err := envOptions(os.Getenv)
	if err != nil {
		fmt.Fprintf(stderr, "ERROR: %v\n", err)
		return 1
	}
	checkOpts.Params = fs.Args()
	if *program == "" {
		checkOpts.Params = checkOpts.Params[1:] // after the FILE
	}
	prog, err := lang.ParseParams(file, src, checkOpts.Params)
	if err == nil {
		err = lang.CheckWith(prog, checkOpts)
	}
	if err != nil {
		report(stderr, err)
		return 1
	}
	if dumps != nil {
		if err := dumpProgram(stdout, prog, dumps, compileOpts); err != nil {
			report(stderr, err)
			return 1
		}
		return 0
	}
	cfg := runtime.Config{
		Program: prog, PID: pid, Command: *command, Quiet: *quiet, Format: format,
		Out: stdout, Err: stderr, Options: compileOpts, Verbose: *verbose,
	}
	var outf *os.File
	if *outFile != "" {
		// Opened only once the program checks, so a typo in the script
		// does not truncate the last run's output (bpftrace opens it first).
		if outf, err = os.Create(*outFile); err != nil {
			fmt.Fprintf(stderr, "ERROR: Failed to open output file: \"%s\": %s\n", *outFile, strerror(err))
			return 1
		}
		cfg.Out, cfg.Sep = outf, stdout
	}
	err = runtime.Run(cfg)
	if outf != nil {
		if cerr := outf.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing %s: %w", *outFile, cerr)
		}
	}
	if err != nil {
		report(stderr, err)
		return 1
	}
	return 0
}

// listProbes runs -l [PATTERN]: it prints the matching probes, sorted.
func listProbes(args []string, pidText, command string, stdout, stderr io.Writer) int {
	if len(args) > 1 {
		fmt.Fprintf(stderr, "ERROR: -l takes one PATTERN (%d given)\n", len(args))
		return 1
	}
	pattern := ""
	if len(args) == 1 {
		pattern = args[0]
	}
	t := runtime.Target{Command: command}
	if pidText != "" {
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid <= 0 {
			fmt.Fprintf(stderr, "ERROR: -p: %q is not a process id\n", pidText)
			return 1
		}
		t.PID = pid
	}
	lines, err := runtime.List(pattern, t)
	if err != nil {
		report(stderr, err)
		return 1
	}
	io.WriteString(stdout, runtime.ListText(lines))
	return 0
}

// strerror is the C library's message for a file error ("No such file or
// directory"), as bpftrace prints it; Go's differs only in case.
func strerror(err error) string {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return err.Error()
	}
	msg := errno.Error()
	if msg == "" {
		return msg
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}

// pidMaxLimit is the largest PID Linux can ever hand out (PID_MAX_LIMIT).
const pidMaxLimit = 4194304

// maxStrLen is bpftrace 0.17's limit: strings and keys live on the 512-byte
// BPF stack.
const maxStrLen = 200

// envOptions reads BPFTRACE_STRLEN and BPFTRACE_MAP_KEYS_MAX, as bpftrace
// does.
func envOptions(getenv func(string) string) (lang.CheckOptions, compiler.Options, error) {
	check, comp := lang.CheckOptions{StrLen: lang.DefaultStrLen}, compiler.DefaultOptions()
	for _, v := range []struct {
		name string
		dst  *int
	}{{"BPFTRACE_STRLEN", &check.StrLen}, {"BPFTRACE_MAP_KEYS_MAX", &comp.MapKeysMax}} {
		s := getenv(v.name)
		if s == "" {
			continue
		}
		n, err := strconv.ParseUint(s, 10, 32)
		if err != nil || n == 0 {
			return check, comp, fmt.Errorf("Env var '%s' did not contain a valid uint64_t, or was zero-valued.", v.name)
		}
		*v.dst = int(n)
	}
	if check.StrLen > maxStrLen {
		return check, comp, fmt.Errorf("'BPFTRACE_STRLEN' %d exceeds the current maximum of %d bytes.", check.StrLen, maxStrLen)
	}
	return check, comp, nil
}

var errNoProgram = errors.New("no program given: use -e 'program' or a FILE")

// source returns the program's name (for error messages) and text.
func source(program string, args []string, stdin io.Reader) (string, string, error) {
	if program != "" {
		return "stdin", program, nil
	}
	if len(args) == 0 {
		return "", "", errNoProgram
	}
	if args[0] == "-" {
		b, err := io.ReadAll(stdin)
		return "stdin", string(b), err
	}
	b, err := os.ReadFile(args[0])
	if err != nil {
		return "", "", fmt.Errorf("failed to open file '%s': %s", args[0], strerror(err))
	}
	return args[0], string(b), nil
}

// report prints an error the way bpftrace does: source errors carry their
// own "FILE:L:C: ERROR:" prefix, everything else gets "ERROR: ".
func report(w io.Writer, err error) {
	var le *lang.Error
	var ll lang.ErrorList
	var ve *dump.VerifierError
	if errors.As(err, &le) || errors.As(err, &ll) || errors.As(err, &ve) {
		fmt.Fprintln(w, err)
		return
	}
	fmt.Fprintf(w, "ERROR: %v\n", err)
}
