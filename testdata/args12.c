/*
 * USDT argument forms: args12 [N [MS]] runs iterations i = 1..N (default 3),
 * sleeping MS milliseconds (default 0) after each, and exits 0.
 *
 * tt:args12 fires once per iteration with (C type, value for iteration i):
 *   arg0  int8_t    (int8_t)-i
 *   arg1  uint8_t   (uint8_t)(200 + i)
 *   arg2  int16_t   (int16_t)(-1000 * i)
 *   arg3  uint16_t  (uint16_t)(60000 + i)
 *   arg4  int32_t   -100000 * i
 *   arg5  uint32_t  4000000000u + i
 *   arg6  int64_t   -10000000000 * i
 *   arg7  uint64_t  0xf000000000000000 + i
 *   arg8  int       -1 (a constant: -4@$-1)
 *   arg9  int       gval = 3 * i (a volatile global: -4@gval(%rip) at -O2)
 *   arg10 long      tab[i % 4], tab = {10, 20, 30, 40}
 *                   (global array, base+index*scale at -O2)
 *   arg11 long      loc[i % 4], loc = {-1, -2, -3, -4}
 *                   (volatile stack array, -N(%rbp,%reg,8) at -O2)
 * tt:consts fires once per iteration with
 *   5, -1, 0xffffffffu (4@$-1), (signed char)-3, 0x123456789abcdef0,
 *   Stats.hits = i (a struct field: -4@40+Stats(%rip) at -O2)
 */
#include <sys/sdt.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

volatile int gval;
struct stats {
	long pad[5];
	int hits;
} Stats;
long tab[4] = { 10, 20, 30, 40 };

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3;
	long ms = argc > 2 ? atol(argv[2]) : 0;
	volatile long loc[4] = { -1, -2, -3, -4 };

	for (int i = 1; i <= n; i++) {
		gval = 3 * i;
		Stats.hits = i;
		DTRACE_PROBE12(tt, args12, (int8_t)-i, (uint8_t)(200 + i),
			       (int16_t)(-1000 * i), (uint16_t)(60000 + i),
			       -100000 * i, 4000000000u + i,
			       -(int64_t)i * 10000000000, 0xf000000000000000ull + i,
			       -1, gval, tab[i % 4], loc[i % 4]);
		DTRACE_PROBE6(tt, consts, 5, -1, 0xffffffffu, (signed char)-3,
			      0x123456789abcdef0ull, Stats.hits);
		if (ms > 0) {
			struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
			nanosleep(&ts, NULL);
		}
	}
	return 0;
}
