/*
 * One probe, two locations with different argument layouts:
 * twoloc [N [MS]] runs i = 1..N (default 3); each iteration fires
 *   tt:twoloc from reg_site with arg0 = 10 * i (a variable)
 *   tt:twoloc from const_site with arg0 = 7 (a constant: -4@$7)
 * in that order, sleeps MS milliseconds (default 0), and exits 0.
 */
#include <sys/sdt.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) void reg_site(int v)
{
	DTRACE_PROBE1(tt, twoloc, v);
}

__attribute__((noinline)) void const_site(void)
{
	DTRACE_PROBE1(tt, twoloc, 7);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3;
	long ms = argc > 2 ? atol(argv[2]) : 0;

	for (int i = 1; i <= n; i++) {
		reg_site(10 * i);
		const_site();
		if (ms > 0) {
			struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
			nanosleep(&ts, NULL);
		}
	}
	return 0;
}
