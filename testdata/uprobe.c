/*
 * uprobe/uretprobe target: uprobe [N [MS]] calls add(i, 2 * i) for
 * i = 1..N (default 3), which returns 3 * i, sleeps MS milliseconds
 * (default 0) after each call, and exits 0.
 */
#include <stdlib.h>
#include <time.h>

/* noipa keeps gcc -O2 from cloning or folding the call away, so the
 * symbol add is the code that runs, with its real arguments. */
__attribute__((noinline, noipa)) int add(int a, int b)
{
	return a + b;
}

volatile int sink;

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3;
	long ms = argc > 2 ? atol(argv[2]) : 0;

	for (int i = 1; i <= n; i++) {
		sink = add(i, 2 * i);
		if (ms > 0) {
			struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
			nanosleep(&ts, NULL);
		}
	}
	return 0;
}
