/*
 * Like test-server.c, but bounded, for -c tests:
 *   test-server-bounded [N [MS]]
 * fires test_grp:test_idx with idx = 1..N (default 5), sleeping MS
 * milliseconds (default 100) after each, then exits 0.
 */
#include <sys/sdt.h>
#include <stdlib.h>
#include <time.h>

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 5;
	long ms = argc > 2 ? atol(argv[2]) : 100;
	for (int idx = 1; idx <= n; idx++) {
		DTRACE_PROBE1(test_grp, test_idx, idx);
		sleep_ms(ms);
	}
	return 0;
}
