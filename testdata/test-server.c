/* The canonical USDT example: fires test_grp:test_idx once a second, forever. */
#include <sys/sdt.h>
#include <unistd.h>

int main(void)
{
	int idx = 0;
	while (1) {
		idx++;
		DTRACE_PROBE1(test_grp, test_idx, idx);
		sleep(1);
	}
}
