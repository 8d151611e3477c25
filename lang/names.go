package lang

// Names bpftrace 0.17 knows. tinytrace supports a subset; the rest are
// listed so that errors can say "not supported by tinytrace" instead of
// "unknown", and so syntax errors name tokens the way bpftrace's lexer
// classifies them ("unexpected call", "unexpected builtin").

// bpftraceFunctions are lexed as function-call tokens by bpftrace.
var bpftraceFunctions = map[string]bool{
	"avg": true, "bswap": true, "buf": true, "cat": true, "cgroup_path": true, "cgroupid": true,
	"clear": true, "count": true, "delete": true, "exit": true, "hist": true, "join": true,
	"kaddr": true, "kptr": true, "ksym": true, "lhist": true, "macaddr": true, "max": true,
	"min": true, "ntop": true, "override": true, "path": true, "print": true, "printf": true,
	"pton": true, "reg": true, "signal": true, "sizeof": true, "skboutput": true, "stats": true,
	"str": true, "strcontains": true, "strftime": true, "strncmp": true, "sum": true,
	"system": true, "time": true, "uaddr": true, "uptr": true, "usym": true, "zero": true,
}

// bpftraceBuiltins are bpftrace's builtin variables other than argN.
// kstack and ustack are both builtins and functions.
var bpftraceBuiltins = map[string]bool{
	"args": true, "cgroup": true, "comm": true, "cpid": true, "cpu": true, "ctx": true,
	"curtask": true, "elapsed": true, "func": true, "gid": true, "kstack": true, "nsecs": true,
	"numaid": true, "pid": true, "probe": true, "rand": true, "retval": true, "tid": true,
	"uid": true, "username": true, "ustack": true,
}

// bpftraceProbeTypes are bpftrace's probe types and short aliases that
// tinytrace does not attach to (it does: BEGIN, END, usdt/U, uprobe/u,
// uretprobe/ur, interval/i).
var bpftraceProbeTypes = map[string]bool{
	"kprobe": true, "k": true, "kretprobe": true, "kr": true, "tracepoint": true, "t": true,
	"rawtracepoint": true, "rt": true, "profile": true, "p": true,
	"software": true, "s": true, "hardware": true, "h": true, "watchpoint": true, "w": true,
	"asyncwatchpoint": true, "aw": true, "kfunc": true, "f": true, "kretfunc": true, "fr": true,
	"iter": true, "it": true,
}

// maxArg is the highest argN builtin tinytrace accepts (bpftrace 0.17
// stops at arg9 for most probes; USDT probes can have up to 12 arguments).
const maxArg = 11

// argIndex returns N for "argN" when 0 <= N <= maxArg.
func argIndex(name string) (int, bool) {
	if len(name) < 4 || len(name) > 5 || name[:3] != "arg" {
		return 0, false
	}
	n := 0
	for i := 3; i < len(name); i++ {
		if !isDigit(name[i]) {
			return 0, false
		}
		n = n*10 + int(name[i]-'0')
	}
	if len(name) == 5 && name[3] == '0' { // arg01 is not arg1
		return 0, false
	}
	return n, n <= maxArg
}
