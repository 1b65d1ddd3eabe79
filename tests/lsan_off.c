/*
 * lsan_off.c - linked into the test harness's own programs (tests/tools/)
 * in the sanitizer build: no leak check when they exit.
 *
 * They are not the station: probes and fakes the integration scripts run
 * hundreds of times each, and LeakSanitizer's check at exit nearly doubled
 * what each run cost (mi_client: 80 ms of CPU, 45 ms without it; with three
 * tests side by side mi_client was a quarter of the machine's CPU samples).
 * AddressSanitizer and UBSan still check every memory access and operation
 * in them, and the daemons, gfctl and the simulators keep their leak check.
 */
int	__lsan_is_turned_off(void);

int
__lsan_is_turned_off(void)
{
	return 1;
}
