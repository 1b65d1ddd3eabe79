/*
 * console_office.c - the back office's routes (reconciliation review and
 * sign-off, collectors' cash, search, statistics): console.h.  Empty here;
 * the table ends with a NULL method.
 */
#include <stddef.h>

#include "console.h"

const struct con_route con_routes_office[] = {
	{ NULL, NULL, 0, NULL }
};
