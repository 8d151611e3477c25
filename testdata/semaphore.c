/*
 * An is-enabled probe: semaphore [N [MS]] runs i = 1..N (default 5),
 * printing "sem=%u" (the semaphore's value) each iteration, firing tt:sem
 * with arg0 = i only while the semaphore is non-zero (a tracer is attached),
 * sleeping MS milliseconds (default 100) after each, then exits 0.
 */
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* sdt.h names the semaphore PROVIDER_NAME_semaphore; the kernel counts
 * attached uprobes in it (uprobe ref_ctr_offset). */
unsigned short tt_sem_semaphore __attribute__((unused))
	__attribute__((section(".probes")));

/* Read through a volatile pointer: the kernel changes it behind our back. */
#define TT_SEM_VALUE() (*(volatile unsigned short *)&tt_sem_semaphore)
#define TT_SEM_ENABLED() __builtin_expect(TT_SEM_VALUE() != 0, 0)

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 5;
	long ms = argc > 2 ? atol(argv[2]) : 100;

	for (int i = 1; i <= n; i++) {
		printf("sem=%u\n", TT_SEM_VALUE());
		fflush(stdout);
		if (TT_SEM_ENABLED())
			DTRACE_PROBE1(tt, sem, i);
		struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
	}
	return 0;
}
