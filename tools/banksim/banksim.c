/*
 * banksim - the bank front-end simulator (docs/BK1.md "banksim").
 *
 *   banksim debit-server ...   the bank's server for the station's debits
 *   banksim withhold ...       answers a withholding list with a result file
 *   banksim dayfile ...        writes a bank day file from the ledger
 *   banksim run ...            counters, ATMs, online banking: the load
 *   banksim call ...           one request, its answer printed
 *
 * Each command's options are in its file's head comment; `banksim CMD`
 * with a bad option prints its usage.  Exit status: 0 fine, 1 an
 * invariant violation (run) or a refused input (withhold), 2 usage or
 * setup error.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "banksim.h"
#include "log.h"

static int
usage(void)
{
	fprintf(stderr, "usage: banksim [-v] debit-server|withhold|dayfile|run "
	    "[options]\n");
	return 2;
}

int
main(int argc, char **argv)
{
	int	verbose = 0;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		verbose = 1;
		argc--;
		argv++;
	}
	log_init("banksim", verbose, 1);
	signal(SIGPIPE, SIG_IGN);
	if (argc < 2)
		return usage();
	if (strcmp(argv[1], "debit-server") == 0)
		return bs_cmd_debit(argc - 1, argv + 1);
	if (strcmp(argv[1], "withhold") == 0)
		return bs_cmd_withhold(argc - 1, argv + 1);
	if (strcmp(argv[1], "dayfile") == 0)
		return bs_cmd_dayfile(argc - 1, argv + 1);
	if (strcmp(argv[1], "run") == 0)
		return bs_cmd_run(argc - 1, argv + 1);
	if (strcmp(argv[1], "call") == 0)
		return bs_cmd_call(argc - 1, argv + 1);
	return usage();
}
