/*
 * Deterministic target for the differential tests (the .bt scripts in
 * testdata/diff/), run both by tinytrace and by bpftrace 0.17 with -c:
 *
 *   difftarget [ROUNDS]
 *
 * runs the fixed sequence below ROUNDS times (default 1) on one CPU (it
 * pins itself first, so even a tracer with per-CPU buffers sees the events
 * in program order), then exits 0. Every string is touched before a probe
 * or function receives it, so its page is mapped when the tracer reads it.
 * names[] holds alpha 4 times, beta 3, gamma 2 and a long name once, so
 * per-name counts, sums, averages, minimums and maximums all differ: maps
 * keyed by name print in one order whatever the tie-breaking.
 *
 * USDT probes (provider dt), in firing order within a round:
 *   dt:start(round)                 once per round, round = 0, 1, ...
 *   dt:val(i, v, neg)               i = 0..NVALS-1, v = vals[i] (int, -4@), neg = v < 0
 *                                   (tracers see argN as unsigned 64-bit: predicates
 *                                   test neg rather than arg1 < 0)
 *   dt:name(i, s)                   i = 0..NNAMES-1, s = names[i]
 *   dt:pair(s, v)                   i = 0..NNAMES-1, s = names[i], v = i * i - 20 (long)
 *   dt:big(v)                       each of bigs[] (64-bit, long)
 *   dt:buf(p, n)                    p = "abcdefghijklmnopqrstuvwxyz", n = 0, 1, 5, 26
 *   (then compute, greet and label below are called)
 *   dt:done(round)                  once per round, after everything else;
 *                                   then, unless it was the last round, the
 *                                   target sleeps 100 ms, so a tracer has
 *                                   handled asynchronous actions (bpftrace
 *                                   runs clear(), zero() and print() when it
 *                                   reads the event) before the next round
 * Functions for uprobes (noinline, noipa: the symbol is the code that runs):
 *   long compute(long a, long b)    returns a * b - 3; called for (i, vals[i])
 *                                   with i = 0..7
 *   int greet(const char *who, long n)  returns strlen(who) + n; called
 *                                   for each names[i] with n = i
 *   const char *label(long i)       returns names[i % NNAMES]; i = 0..5
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sdt.h>
#include <time.h>

static const int vals[] = {
	0, 1, -1, 7, 42, -42, 100, 255, 256, 1000, -1000, 4095, 4096, 65535,
	65536, 1000000, -1000000, 2147483647, -2147483647 - 1, 123456789, 3, 3,
};
#define NVALS ((int)(sizeof(vals) / sizeof(vals[0])))

static const char *names[] = {
	"alpha", "beta", "gamma", "alpha", "beta", "alpha", "gamma", "beta",
	"alpha", "a-name-longer-than-sixteen-characters",
};
#define NNAMES ((int)(sizeof(names) / sizeof(names[0])))

static const long bigs[] = {
	5000000000L, -5000000000L, 1099511627776L, 3, -3,
};
#define NBIGS ((int)(sizeof(bigs) / sizeof(bigs[0])))

static char alphabet[] = "abcdefghijklmnopqrstuvwxyz";
static const long buflens[] = {0, 1, 5, 26};

volatile long sink;

__attribute__((noinline, noipa)) long compute(long a, long b)
{
	return a * b - 3;
}

__attribute__((noinline, noipa)) int greet(const char *who, long n)
{
	return (int)strlen(who) + (int)n;
}

__attribute__((noinline, noipa)) const char *label(long i)
{
	return names[i % NNAMES];
}

/* touch reads every byte of s, so its pages are mapped. */
static void touch(const char *s)
{
	size_t n = strlen(s);
	for (size_t k = 0; k < n; k++)
		sink += s[k];
}

static void pin(void)
{
	int cpu = sched_getcpu();
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(cpu < 0 ? 0 : cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 1;

	pin();
	for (int i = 0; i < NNAMES; i++)
		touch(names[i]);
	touch(alphabet);

	for (int r = 0; r < rounds; r++) {
		DTRACE_PROBE1(dt, start, r);
		for (int i = 0; i < NVALS; i++) {
			int v = vals[i];
			int neg = v < 0;
			DTRACE_PROBE3(dt, val, i, v, neg);
		}
		for (int i = 0; i < NNAMES; i++) {
			const char *s = names[i];
			touch(s);
			DTRACE_PROBE2(dt, name, i, s);
		}
		for (int i = 0; i < NNAMES; i++) {
			const char *s = names[i];
			long v = (long)i * i - 20;
			touch(s);
			DTRACE_PROBE2(dt, pair, s, v);
		}
		for (int i = 0; i < NBIGS; i++) {
			long v = bigs[i];
			DTRACE_PROBE1(dt, big, v);
		}
		for (int i = 0; i < (int)(sizeof(buflens) / sizeof(buflens[0])); i++) {
			long n = buflens[i];
			char *p = alphabet;
			DTRACE_PROBE2(dt, buf, p, n);
		}
		for (long i = 0; i < 8; i++)
			sink += compute(i, vals[i]);
		for (long i = 0; i < NNAMES; i++)
			sink += greet(names[i], i);
		for (long i = 0; i < 6; i++)
			touch(label(i));
		DTRACE_PROBE1(dt, done, r);
		if (r + 1 < rounds) {
			struct timespec ts = { 0, 100 * 1000000L };
			nanosleep(&ts, NULL);
		}
	}
	return 0;
}
