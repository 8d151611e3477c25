// The benchmark target: fires the USDT probe bench:fire (arg0 a counter,
// arg1 a string pointer) N times in a tight loop and prints the loop's
// nanoseconds per fire: CPU time of this thread, user and kernel, so that
// other processes on a busy machine disturb the number less than they
// would disturb wall time.
//
// It waits for one byte on stdin before the loop, so the runner can attach
// a tracer first. Built with -DBENCH_NOP5 the probe site is `nop; nop5`
// (the 1-byte nop the note points at, then a 5-byte nopl), the shape a
// kernel (6.18+) can turn from an int3 trap into a call to a trampoline.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/sdt.h>

#ifdef BENCH_NOP5
// 0f 1f 44 00 00 is nopl 0x0(%rax,%rax,1), the kernel's nop5; written as
// bytes because a comma cannot pass through sdt.h's macros.
#undef _SDT_NOP
#define _SDT_NOP nop; .byte 0x0f; .byte 0x1f; .byte 0x44; .byte 0x00; .byte 0x00
#endif

static const char *const names[4] = {"alpha", "beta", "gamma", "delta"};

static long long now_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	char go;
	if (read(0, &go, 1) != 1) // the runner says when the tracer is ready
		return 1;
	// Touch the strings' page: the kernel's str() read cannot fault a page
	// in, so untouched strings would read as "" (-O2 folds strlen away).
	for (int i = 0; i < 4; i++)
		(void)*(volatile const char *)names[i];
	long long start = now_ns();
	for (long i = 0; i < n; i++) {
		const char *s = names[i & 3];
		__asm__ volatile("" : "+r"(s)); // keep the pointer in a register
		DTRACE_PROBE2(bench, fire, i, s);
	}
	long long end = now_ns();
	printf("%.3f\n", n > 0 ? (double)(end - start) / n : 0.0);
	fflush(stdout);
	if (argc > 2) // hold on until told, so the runner can look at the probe site
		(void)!read(0, &go, 1);
	return 0;
}
