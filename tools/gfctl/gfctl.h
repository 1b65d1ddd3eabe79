/*
 * gfctl.h - the admin command line.  Each subcommand group lives in its own
 * cmd_<group>.c and is listed in the table in gfctl.c.
 */
#ifndef GFCTL_H
#define GFCTL_H

#include <libpq-fe.h>

#include "conf.h"

struct gfctl {
	struct gf_conf	 conf;
	const char	*conf_path;
	const char	*actor;		/* unix user, for the audit log */
};

/* Each returns the process exit status: 0 ok, 1 failure, 2 usage. */
int	cmd_keys(struct gfctl *, int argc, char **argv);
int	cmd_frame(struct gfctl *, int argc, char **argv);
int	cmd_migrate(struct gfctl *, int argc, char **argv);
int	cmd_schema(struct gfctl *, int argc, char **argv);	/* cmd_migrate.c */
int	cmd_journal(struct gfctl *, int argc, char **argv);
int	cmd_terminal(struct gfctl *, int argc, char **argv);
int	cmd_operator(struct gfctl *, int argc, char **argv);
int	cmd_recon(struct gfctl *, int argc, char **argv);
int	cmd_user(struct gfctl *, int argc, char **argv);
int	cmd_outbox(struct gfctl *, int argc, char **argv);
int	cmd_bank(struct gfctl *, int argc, char **argv);
int	cmd_binding(struct gfctl *, int argc, char **argv);
int	cmd_withhold(struct gfctl *, int argc, char **argv);

/* Shared helpers (gfctl.c). */
PGconn		*gfctl_db(struct gfctl *);	/* exits 1 on failure; cached */
/* Insert an audit_log row (inside the caller's transaction if any). */
int		 gfctl_audit(struct gfctl *, const char *action,
		    const char *object, const char *detail_json);
/* Run a statement with no result; 0 or -1 (error printed). */
int		 gfctl_exec(PGconn *, const char *sql);
/* COMMIT when rv is 0, else ROLLBACK; returns the exit status. */
int		 gfctl_finish(PGconn *, int rv);
/* getopt_long-free option lookup: "--name VALUE"; NULL when absent. */
const char	*gfctl_opt(int argc, char **argv, const char *name);
int		 gfctl_flag(int argc, char **argv, const char *name);
/* 1 if s is an IPv4 or IPv6 address. */
int		 gfctl_ip_ok(const char *s);
/* Print a query's rows as left-aligned columns under "head" (space
 * separated names; each column as wide as its name or width[i]). Exit status. */
int		 gfctl_list(struct gfctl *, const char *what, const char *sql,
		    const char *head, const int *width);
/* One UPDATE of one row (sql: $1 = id, $2 = extra if not NULL) and its
 * audit row, in one transaction; prints "KIND ID DONE".  Exit status. */
int		 gfctl_change(struct gfctl *, const char *kind, const char *id,
		    const char *sql, const char *extra, const char *action,
		    const char *done);
/* "gfctl:<unix user>": the actor the life-cycle functions record. */
const char	*gfctl_actor(struct gfctl *);
/* One call of a life-cycle function of schema/fn/admin.sql (it audits in
 * its own transaction); its refusal (GF001/2/3) printed as
 * "gfctl: WHAT: message".  Exit status. */
int		 gfctl_fn(struct gfctl *, const char *what, const char *sql,
		    int n, const char *const *vals);
/* keys: tell the running frontd to read the key file again (SIGHUP);
 * 0 signalled, 1 none running (it reads the file when it starts), -1. */
int		 gfctl_frontd_reload(struct gfctl *);
/* An exclusive lock on "<path>.lock" for a read-modify-write of a key
 * file (cmd_keys.c); the descriptor, or -1 (error printed). */
int		 gfctl_keys_lock(const char *path);

#endif
