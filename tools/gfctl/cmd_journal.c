/* Placeholder until the owner of this command group writes it. */
#include <stdio.h>
#include "gfctl.h"

int
cmd_journal(struct gfctl *g, int argc, char **argv)
{
	(void)g; (void)argc; (void)argv;
	fprintf(stderr, "gfctl: journal: not implemented yet\n");
	return 1;
}
