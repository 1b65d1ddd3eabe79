/*
 * banksim.h - the bank front-end simulator (docs/BK1.md): the bank's side
 * of BK/1, to exercise the station.
 *
 * Files by role:
 *   banksim.c    thin main: the command word and its options
 *   util.c       numbers, rates, the random stream, atomic files, SHA-256
 *   keys.c       the bank key file (common/keyfile, bank kind)
 *   wire.c       one BK/1 frame in and out of a bufferevent
 *   dstate.c     the debit responder's answers, persisted (--state)
 *   debit.c      `banksim debit-server`: 3001, 3006, 8001 with faults
 *   withhold.c   `banksim withhold`: WH list in, WR result out (BK1 §5)
 *   dayfile.c    `banksim dayfile`: BD day file from the ledger
 *   ledger.c     the ledger of answered payments and reversals
 *   run.c        `banksim run`: the counter load, its clock and report
 *   counter.c    one connection of the load: sign in, query, pay, reverse
 *   stats.c      counters, latencies, violations, progress, summary
 *   call.c       `banksim call`: one request, its answer printed
 */
#ifndef BANKSIM_H
#define BANKSIM_H

#include <stdint.h>
#include <stdio.h>

#include <event2/event.h>
#include <event2/bufferevent.h>

#include "bk1.h"
#include "keyfile.h"

#define BS_MAX_BANKS	16
#define BS_FRAME_MAX	(BK1_LEN_DIGITS + BK1_MAX_LEN)

/* util.c */
uint64_t bs_rng(uint64_t *);
/* A draw against a rate in per mille (0..1000). */
int	 bs_roll(uint64_t *, int permille);
/* "12.5" (percent) into per mille; -1 if not a number in 0..100. */
int	 bs_rate(const char *, int *permille);
int	 bs_num(const char *, long min, long max, long *);
int	 bs_bankno_ok(const char *);
void	 bs_now(char ymd[9], char hms[7]);
/* Write data to dir/name under a temporary name, fsync, rename, and the
 * same for name.sha256 (sha256sum format); 0 or -1 with err. */
int	 bs_write_file(const char *dir, const char *name, const char *data,
	    size_t len, char *err, size_t errlen);
/* The same without the .sha256. */
int	 bs_write_plain(const char *dir, const char *name, const char *data,
	    size_t len, char *err, size_t errlen);
/* Read a whole file (NUL-terminated, *len without it); NULL with err. */
char	*bs_read_file(const char *path, size_t *len, char *err, size_t errlen);
void	 bs_sha256_hex(const void *, size_t, char out[65]);
/* The .sha256 beside path names path's file and its digest matches. */
int	 bs_check_sha(const char *path, const char *data, size_t len,
	    char *err, size_t errlen);
int	 bs_mkdirs(const char *path);
/* Cut line at '|' into at most max fields; returns the count. */
int	 bs_split(char *line, char **f, int max);

/* keys.c */
struct bs_keys {
	struct keyfile	 kf;
};
int	 bs_keys_load(struct bs_keys *, const char *path);
/* The bank's key for keyver (0 = its newest live one); NULL if none. */
const struct keyset *bs_key(const struct bs_keys *, const char *bankno,
	    uint8_t keyver);
void	 bs_keys_free(struct bs_keys *);

/* wire.c */
enum bs_in {
	BS_IN_MORE,	/* wait for more bytes */
	BS_IN_FRAME,	/* a frame: *f, its bytes removed from input on
			 * the next call of bs_wire_consume */
	BS_IN_BAD,	/* unreadable length or header: close */
};
struct bs_wire {
	uint8_t		 buf[BS_FRAME_MAX];
	size_t		 len;		/* bytes of the frame in buf */
};
enum bs_in bs_wire_read(struct bufferevent *, struct bs_wire *,
	    struct bk1_frame *);
/* Header of an answer to req: kind A, our date and time, rspcode. */
void	 bs_answer_hdr(const struct bk1_hdr *req, const char *rspcode,
	    struct bk1_hdr *out);
/* A request header. */
void	 bs_request_hdr(const char *bankno, const char *trcode, uint8_t keyver,
	    const char *serial, struct bk1_hdr *out);
/* Finish o under ks and queue it on bev; -1 if it would not build. */
int	 bs_send(struct bufferevent *, struct bk1_out *, const struct keyset *);
/* Deliberately spoil the MAC of a built frame (fault injection). */
void	 bs_spoil_mac(uint8_t *frame, size_t len);

/* dstate.c: what the debit responder answered, by the station's serial. */
struct bs_debit {
	char	 serial[BK1_SERIAL_LEN + 1];
	char	 status;		/* 'D' debited, 'R' refused */
	char	 rspcode[5];
	char	 bankserial[24];
	char	 custno[24];
	char	 account[40];
	int64_t	 amount;
};
struct bs_dstate {
	struct bs_debit	*v;
	size_t		 n, cap;
	uint64_t	 next_bankserial;
	FILE		*fp;		/* append, NULL = memory only */
};
int	 bs_dstate_open(struct bs_dstate *, const char *path);
struct bs_debit *bs_dstate_find(struct bs_dstate *, const char *serial);
/* Record d (persisted and synced before it returns); 0 or -1. */
int	 bs_dstate_add(struct bs_dstate *, const struct bs_debit *);
void	 bs_dstate_close(struct bs_dstate *);

/* ledger.c: answered payments and reversals of the load. */
struct bs_ledger_rec {
	char	 kind;			/* 'P' payment, 'R' reversal */
	char	 bankno[5];
	char	 serial[BK1_SERIAL_LEN + 1];	/* the reversal's own serial */
	char	 origserial[BK1_SERIAL_LEN + 1];	/* R: the payment's */
	char	 custno[24];
	int64_t	 amount;
	char	 date[9];		/* the station's settledate */
	char	 time[7];
};
int	 bs_ledger_append(FILE *, const struct bs_ledger_rec *);
/* Every record of a ledger file; 0 or -1 with err. */
int	 bs_ledger_load(const char *path, struct bs_ledger_rec **, size_t *,
	    char *err, size_t errlen);

/* Commands; each returns the exit status. */
int	 bs_cmd_debit(int argc, char **argv);
int	 bs_cmd_withhold(int argc, char **argv);
int	 bs_cmd_dayfile(int argc, char **argv);
int	 bs_cmd_run(int argc, char **argv);
int	 bs_cmd_call(int argc, char **argv);

/* call.c: a connection from source (NULL: any), connect started. */
struct sockaddr;
int	 bs_connect_from(struct event_base *, struct bufferevent **,
	    const struct sockaddr *, int, const char *source);

#endif
