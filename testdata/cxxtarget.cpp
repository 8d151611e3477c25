/*
 * C++ target for stack and symbol tests: cxxtarget [N [MS]] runs
 * main -> shapes::drive(int) -> shapes::Counter::step(int) ->
 * shapes::twice<int>(int) N times (default 3), sleeping MS milliseconds
 * (default 0) after each round, then exits 0. twice<int> fires the USDT
 * probe cxx:twice with its argument; g_total is a global the tests read.
 */
#include <sys/sdt.h>
#include <stdlib.h>
#include <time.h>

long g_total = 0;

namespace shapes {

/* noipa keeps gcc from inlining, cloning or folding the calls, so every
 * frame of the chain is on the stack under its own symbol. */
template <typename T> __attribute__((noinline, noipa)) T twice(T x)
{
	DTRACE_PROBE1(cxx, twice, x);
	return x * 2;
}

class Counter {
public:
	int step(int x);
	long total = 0;
};

__attribute__((noinline, noipa)) int Counter::step(int x)
{
	total += x;
	return twice<int>(x);
}

__attribute__((noinline, noipa)) int drive(int i)
{
	Counter c;
	int r = c.step(i);
	g_total += c.total;
	return r;
}

} // namespace shapes

volatile int sink;

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3;
	long ms = argc > 2 ? atol(argv[2]) : 0;

	for (int i = 1; i <= n; i++) {
		sink = shapes::drive(i);
		if (ms > 0) {
			struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
			nanosleep(&ts, NULL);
		}
	}
	return 0;
}
