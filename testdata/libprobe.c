/*
 * The shared library half of libmain: libprobe.so fires
 *   tt:lib_probe   with arg0 = v (the caller's iteration number)
 *   tt:lib_global  with arg0 = lib_counter, the number of lib_probe calls
 *                  so far (a static global: -4@lib_counter(%rip) at -O2)
 */
#include <sys/sdt.h>

static volatile int lib_counter;

void lib_probe(int v)
{
	lib_counter++;
	DTRACE_PROBE1(tt, lib_probe, v);
	DTRACE_PROBE1(tt, lib_global, lib_counter);
}
