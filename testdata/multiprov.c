/*
 * multiprov [N [MS]]: N rounds (default 3), sleeping MS ms (default 0)
 * after each. Round i fires USDT probes under two providers:
 *   alpha:start(i)  alpha:stop(i)  beta:start(10*i)  beta:tick(i)
 * (start exists under both providers, so "start" alone is ambiguous), and
 * calls handle_read(i), handle_write(i), xfer(i) and getpid() once each.
 */
#include <sys/sdt.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

volatile long sink;

__attribute__((noinline, noipa)) long handle_read(long v) { return v + 1; }
__attribute__((noinline, noipa)) long handle_write(long v) { return v + 2; }
__attribute__((noinline, noipa)) long xfer(long v) { return v * 2; }

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3;
	long ms = argc > 2 ? atol(argv[2]) : 0;

	for (long i = 1; i <= n; i++) {
		DTRACE_PROBE1(alpha, start, i);
		sink = handle_read(i);
		sink = handle_write(i);
		sink = xfer(i);
		sink = getpid();
		DTRACE_PROBE1(alpha, stop, i);
		DTRACE_PROBE1(beta, start, 10 * i);
		DTRACE_PROBE1(beta, tick, i);
		if (ms > 0) {
			struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
			nanosleep(&ts, NULL);
		}
	}
	return 0;
}
