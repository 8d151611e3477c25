/*
 * libmain [N [MS]] calls lib_probe(i) in libprobe.so for i = 1..N
 * (default 5), sleeping MS milliseconds (default 100) after each; exits 0.
 * Linked with -L. -lprobe -Wl,-rpath,'$ORIGIN'.
 */
#include <stdlib.h>
#include <time.h>

void lib_probe(int v);

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 5;
	long ms = argc > 2 ? atol(argv[2]) : 100;

	for (int i = 1; i <= n; i++) {
		lib_probe(i);
		struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
	}
	return 0;
}
