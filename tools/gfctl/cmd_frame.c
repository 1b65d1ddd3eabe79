/* Placeholder until the owner of this command group writes it. */
#include <stdio.h>
#include "gfctl.h"

int
cmd_frame(struct gfctl *g, int argc, char **argv)
{
	(void)g; (void)argc; (void)argv;
	fprintf(stderr, "gfctl: frame: not implemented yet\n");
	return 1;
}
