/*
 * A burst of events for the lost-events test:
 *   burst [N]
 * fires tt:burst with i = 1..N (default 100000) in a tight loop, as fast
 * as uprobes allow, then exits 0.
 */
#include <sys/sdt.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	for (long i = 1; i <= n; i++)
		DTRACE_PROBE1(tt, burst, i);
	return 0;
}
