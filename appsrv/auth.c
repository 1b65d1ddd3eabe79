/*
 * auth.c - PIN checks off the loop, and session tokens.
 *
 * PBKDF2 (pinhash.h) takes milliseconds: it runs on one worker thread,
 * never on the event loop, and the answer comes back through a pipe the
 * loop watches.  Tokens are 16 random bytes; only their SHA-256 is stored.
 *
 * Each queue is its own thread: the terminals' SIGN_ON queue (as->auth,
 * unbounded: frontd bounds its connections) and the console's login queue
 * (console.c, capped), so that a flood of console logins never delays a
 * collector's sign-on.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "appsrv.h"
#include "pinhash.h"
#include "log.h"

void
auth_token_hash(const uint8_t token[16], char out[67])
{
	uint8_t	h[SHA256_DIGEST_LENGTH];

	SHA256(token, 16, h);
	out[0] = '\\';
	out[1] = 'x';
	hex_encode(h, sizeof(h), out + 2);
}

/* ---- the worker thread ---- */

struct auth_job {
	struct auth_job	*next;
	char		 pin[64];
	char		 stored[AUTH_HASH_MAX];
	int		 match;
	int		 iter;		/* > 0: make a hash, not check one */
	auth_cb		 cb;
	auth_make_cb	 mcb;
	void		*arg;
};

struct auth {
	pthread_t	 thread;
	pthread_mutex_t	 mtx;
	pthread_cond_t	 cond;
	struct auth_job	*head, *tail;
	int		 stop;
	int		 maxq;		/* 0: no limit */
	int		 nq;		/* submitted, not yet answered (loop) */
	int		 pipe[2];	/* worker -> loop: finished jobs */
	struct event	*ev;
};

static void *
auth_worker(void *arg)
{
	struct auth	*a = arg;
	struct auth_job	*j;
	ssize_t		 w;

	for (;;) {
		pthread_mutex_lock(&a->mtx);
		while (a->head == NULL && !a->stop)
			pthread_cond_wait(&a->cond, &a->mtx);
		if (a->stop) {
			pthread_mutex_unlock(&a->mtx);
			return NULL;
		}
		j = a->head;
		a->head = j->next;
		if (a->head == NULL)
			a->tail = NULL;
		pthread_mutex_unlock(&a->mtx);

		if (j->iter > 0)
			j->match = pin_hash_make(j->pin, j->iter, j->stored,
			    sizeof(j->stored)) == 0;
		else
			j->match = pin_hash_verify(j->pin, j->stored) == 1;
		secure_zero(j->pin, sizeof(j->pin));
		/* A pointer is written atomically into a pipe (< PIPE_BUF);
		 * the pipe is blocking on this side. */
		do
			w = write(a->pipe[1], &j, sizeof(j));
		while (w == -1 && errno == EINTR);
		if (w != sizeof(j))
			fatal("auth: pipe write");
	}
}

static void
auth_done_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct auth	*a = arg;
	struct auth_job	*jobs[64];
	ssize_t		 r;
	size_t		 i;

	(void)ev;
	r = read(fd, jobs, sizeof(jobs));
	if (r <= 0)
		return;
	for (i = 0; i < (size_t)r / sizeof(jobs[0]); i++) {
		a->nq--;
		if (jobs[i]->mcb != NULL)
			jobs[i]->mcb(jobs[i]->match ? jobs[i]->stored : NULL,
			    jobs[i]->arg);
		else
			jobs[i]->cb(jobs[i]->match, jobs[i]->arg);
		free(jobs[i]);
	}
}

struct auth *
auth_new(struct event_base *base, int maxq)
{
	struct auth	*a;

	a = xcalloc(1, sizeof(*a));
	a->maxq = maxq;
	if (pipe2(a->pipe, O_CLOEXEC) == -1) {
		free(a);
		return NULL;
	}
	if (fd_nonblock_cloexec(a->pipe[0]) == -1)
		goto fail;
	pthread_mutex_init(&a->mtx, NULL);
	pthread_cond_init(&a->cond, NULL);
	if (pthread_create(&a->thread, NULL, auth_worker, a) != 0)
		goto fail;
	a->ev = event_new(base, a->pipe[0], EV_READ | EV_PERSIST,
	    auth_done_cb, a);
	event_add(a->ev, NULL);
	return a;
fail:
	close(a->pipe[0]);
	close(a->pipe[1]);
	free(a);
	return NULL;
}

int
auth_init(struct appsrv *as)
{
	return (as->auth = auth_new(as->base, 0)) == NULL ? -1 : 0;
}

void
auth_free(struct appsrv *as)
{
	auth_destroy(as->auth);
	as->auth = NULL;
}

/* Stops the thread; no callback runs after this. */
void
auth_destroy(struct auth *a)
{
	struct auth_job	*j, *done[64];
	ssize_t		 r;
	size_t		 i;

	if (a == NULL)
		return;
	pthread_mutex_lock(&a->mtx);
	a->stop = 1;
	pthread_cond_signal(&a->cond);
	pthread_mutex_unlock(&a->mtx);
	pthread_join(a->thread, NULL);
	while ((j = a->head) != NULL) {
		a->head = j->next;
		secure_zero(j->pin, sizeof(j->pin));
		free(j);
	}
	/* Finished, not yet delivered. */
	while ((r = read(a->pipe[0], done, sizeof(done))) > 0)
		for (i = 0; i < (size_t)r / sizeof(done[0]); i++)
			free(done[i]);
	event_free(a->ev);
	close(a->pipe[0]);
	close(a->pipe[1]);
	pthread_mutex_destroy(&a->mtx);
	pthread_cond_destroy(&a->cond);
	free(a);
}

int
auth_queued(struct auth *a)
{
	return a->nq;
}

void
auth_verify_async(struct appsrv *as, const char *pin, const char *stored,
    auth_cb cb, void *arg)
{
	if (auth_submit(as->auth, pin, stored, cb, arg) == -1)
		fatalx("auth: the sign-on queue refused a job");
}

static int
auth_queue(struct auth *a, struct auth_job *j)
{
	if (a->maxq > 0 && a->nq >= a->maxq) {
		secure_zero(j->pin, sizeof(j->pin));
		free(j);
		return -1;
	}
	a->nq++;
	pthread_mutex_lock(&a->mtx);
	if (a->tail)
		a->tail->next = j;
	else
		a->head = j;
	a->tail = j;
	pthread_cond_signal(&a->cond);
	pthread_mutex_unlock(&a->mtx);
	return 0;
}

int
auth_make(struct auth *a, const char *secret, int iter, auth_make_cb cb,
    void *arg)
{
	struct auth_job	*j;

	j = xcalloc(1, sizeof(*j));
	snprintf(j->pin, sizeof(j->pin), "%s", secret);
	j->iter = iter;
	j->mcb = cb;
	j->arg = arg;
	return auth_queue(a, j);
}

int
auth_submit(struct auth *a, const char *pin, const char *stored, auth_cb cb,
    void *arg)
{
	struct auth_job	*j;

	j = xcalloc(1, sizeof(*j));
	snprintf(j->pin, sizeof(j->pin), "%s", pin);
	snprintf(j->stored, sizeof(j->stored), "%s", stored);
	j->cb = cb;
	j->arg = arg;
	return auth_queue(a, j);
}
