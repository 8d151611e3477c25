/*
 * A thread-local USDT argument, kept apart from args12.c because bpftrace
 * 0.17 cannot parse it (and complains about it for every probe in the file):
 * tls [N] fires tt:tls with arg0 = tls_var = i for i = 1..N (default 3)
 * (-4@%fs:tls_var@tpoff at -O2, a register at -O0), then exits 0.
 */
#include <sys/sdt.h>
#include <stdlib.h>

__thread int tls_var;

/* A separate function reads tls_var from memory, not from a register. */
__attribute__((noinline)) void fire(void)
{
	DTRACE_PROBE1(tt, tls, tls_var);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3;

	for (int i = 1; i <= n; i++) {
		tls_var = i;
		fire();
	}
	return 0;
}
