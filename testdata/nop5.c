// nop5.c: a USDT probe site in the `nop; nop5` shape, which kernels from
// 6.18 can optimise (tinytrace attaches on the nop5). The second argument
// is a global, read rip-relative, so moving the site must move the ip the
// program computes the global's address from.
#include <stdlib.h>
#include <sys/sdt.h>

// 0f 1f 44 00 00 is nopl 0x0(%rax,%rax,1), the kernel's nop5; written as
// bytes because a comma cannot pass through sdt.h's macros.
#undef _SDT_NOP
#define _SDT_NOP nop; .byte 0x0f; .byte 0x1f; .byte 0x44; .byte 0x00; .byte 0x00

volatile long nop5_global;

int main(int argc, char **argv) {
	int n = argc > 1 ? atoi(argv[1]) : 3;
	for (int i = 0; i < n; i++) {
		nop5_global = 10 * i;
		DTRACE_PROBE2(nop5, fire, i, nop5_global);
	}
	return 0;
}
