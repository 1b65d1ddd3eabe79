/* Placeholder until the owner of this command group writes it. */
#include <stdio.h>
#include "gfctl.h"

int
cmd_terminal(struct gfctl *g, int argc, char **argv)
{
	(void)g; (void)argc; (void)argv;
	fprintf(stderr, "gfctl: terminal: not implemented yet\n");
	return 1;
}
