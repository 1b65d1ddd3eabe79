/*
 * call.c - `termsim call FUNC key=value...`: one request from one terminal,
 * the decoded answer printed.  For an administrator checking a newly
 * provisioned terminal: it signs on first with the terminal's operator from
 * the terminals file (unless FUNC is ECHO or SIGN_ON), then sends FUNC.
 *
 * Values are typed by the tag (TP1 §5.1): numbers for integer tags, hex for
 * token and card_data, text otherwise.  A record is written as
 * record=meter_no=M0000000001,reading=123456,read_time=20261122101500
 * (one record= argument per record).  A money-moving request without
 * term_serial gets a fresh one, printed.  Like a terminal (TP1 §4), the
 * request is repeated with the same term_serial while the answer is not
 * final (no answer, BUSY, INTERNAL, IN_DOUBT); what is left after every
 * repeat is printed with what to do about it (exit status 4), and so is a
 * SERIAL_REUSED refusal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "termsim.h"
#include "tp1_json.h"

struct call_state {
	uint16_t	 func;
	int		 argc;
	char		**argv;
	int		 rv;
	int		 json;
};

static struct call_state cs;

static int
put_kv(struct tp1_builder *b, const char *key, const char *val)
{
	int		 tag;
	uint8_t		 bytes[512];
	size_t		 n;
	char		*end;
	long long	 v;

	if ((tag = tp1_tag_code(key)) == -1) {
		fprintf(stderr, "termsim call: unknown item %s\n", key);
		return -1;
	}
	switch (tp1_tag_type((uint8_t)tag)) {
	case TP1_TY_STR:
		tp1_put_str(b, (uint8_t)tag, val);
		return 0;
	case TP1_TY_BYTES:
	case TP1_TY_TOKEN:
		if (hex_decode(val, bytes, sizeof(bytes), &n) == -1) {
			fprintf(stderr, "termsim call: %s wants hex\n", key);
			return -1;
		}
		tp1_put_bytes(b, (uint8_t)tag, bytes, n);
		return 0;
	case TP1_TY_RECORD:
		return -1;	/* handled by the caller */
	default:
		break;
	}
	v = strtoll(val, &end, 10);
	if (*val == '\0' || *end != '\0') {
		fprintf(stderr, "termsim call: %s wants a number\n", key);
		return -1;
	}
	switch (tp1_tag_type((uint8_t)tag)) {
	case TP1_TY_I64:
		tp1_put_i64(b, (uint8_t)tag, (int64_t)v);
		break;
	case TP1_TY_U32:
		tp1_put_u32(b, (uint8_t)tag, (uint32_t)v);
		break;
	case TP1_TY_U16:
		tp1_put_u16(b, (uint8_t)tag, (uint16_t)v);
		break;
	case TP1_TY_U8:
		tp1_put_u8(b, (uint8_t)tag, (uint8_t)v);
		break;
	default:
		tp1_put_str(b, (uint8_t)tag, val);
		break;
	}
	return 0;
}

static int
put_record(struct tp1_builder *b, const char *spec)
{
	char	*copy, *p, *save = NULL, *eq;
	int	 rv = 0;

	copy = xstrdup(spec);
	tp1_record_begin(b);
	for (p = strtok_r(copy, ",", &save); p != NULL && rv == 0;
	    p = strtok_r(NULL, ",", &save)) {
		if ((eq = strchr(p, '=')) == NULL) {
			fprintf(stderr, "termsim call: record field %s has no "
			    "value\n", p);
			rv = -1;
			break;
		}
		*eq = '\0';
		rv = put_kv(b, p, eq + 1);
	}
	tp1_record_end(b);
	free(copy);
	return rv;
}

static int
is_money(uint16_t f)
{
	return f == TP1_FN_PAYMENT || f == TP1_FN_PREPAY ||
	    f == TP1_FN_REVERSAL || f == TP1_FN_CARD_RECHARGE;
}

static int
build_request(struct tsim_term *t)
{
	struct tp1_builder	 b;
	int			 i, have_serial = 0, have_op = 0;
	char			*eq, key[64];

	scen_begin(t, &b, cs.func);
	for (i = 0; i < cs.argc; i++) {
		if ((eq = strchr(cs.argv[i], '=')) == NULL ||
		    (size_t)(eq - cs.argv[i]) >= sizeof(key)) {
			fprintf(stderr, "termsim call: %s is not key=value\n",
			    cs.argv[i]);
			return -1;
		}
		memcpy(key, cs.argv[i], (size_t)(eq - cs.argv[i]));
		key[eq - cs.argv[i]] = '\0';
		if (strcmp(key, "term_serial") == 0) {
			have_serial = 1;
			snprintf(t->serial, sizeof(t->serial), "%s", eq + 1);
		}
		if (strcmp(key, "operator_id") == 0)
			have_op = 1;
		if (strcmp(key, "record") == 0) {
			if (put_record(&b, eq + 1) == -1)
				return -1;
		} else if (put_kv(&b, key, eq + 1) == -1)
			return -1;
	}
	if (is_money(cs.func) && !have_serial) {
		scen_new_serial(t);
		tp1_put_str(&b, TP1_T_TERM_SERIAL, t->serial);
		printf("term_serial = %s\n", t->serial);
	}
	if (cs.func == TP1_FN_SIGN_ON && !have_op) {
		tp1_put_str(&b, TP1_T_OPERATOR_ID, t->def.operator_id);
		tp1_put_str(&b, TP1_T_PIN, t->def.pin);
		tp1_put_str(&b, TP1_T_APP_VERSION, "termsim-1.0");
	}
	return 0;
}

static void
print_items(const struct tp1_item *it, int depth)
{
	char		 s[1024], hex[2 * 512 + 1];
	const char	*name;
	int64_t		 i64;
	uint32_t	 u32;
	uint16_t	 u16;
	uint8_t		 u8;

	for (; it != NULL; it = it->next) {
		name = tp1_tag_name(it->tag);
		printf("%*s%s", 2 * depth + 2, "", name ? name : "?");
		switch (tp1_tag_type(it->tag)) {
		case TP1_TY_RECORD:
			printf(":\n");
			print_items(it->child, depth + 1);
			continue;
		case TP1_TY_TOKEN:
			/* A session secret: not for the screen. */
			printf(" = (%u bytes)\n", it->len);
			continue;
		case TP1_TY_I64:
			(void)tp1_item_i64(it, &i64);
			printf(" = %lld\n", (long long)i64);
			continue;
		case TP1_TY_U32:
			(void)tp1_item_u32(it, &u32);
			printf(" = %u\n", u32);
			continue;
		case TP1_TY_U16:
			(void)tp1_item_u16(it, &u16);
			printf(" = %u\n", u16);
			continue;
		case TP1_TY_U8:
			(void)tp1_item_u8(it, &u8);
			printf(" = %u\n", u8);
			continue;
		case TP1_TY_STR:
			if (tp1_item_str(it, s, sizeof(s)) == 0) {
				printf(" = %s\n", s);
				continue;
			}
			break;
		default:
			break;
		}
		hex_encode(it->val, it->len < 512 ? it->len : 512, hex);
		printf(" = 0x%s\n", hex);
	}
}

/* What the answer means for the operator (TP1 §4): is it over? */
static void
print_outcome(struct tsim_term *t, struct tsim_result *r)
{
	if (r->status == TP1_ST_SERIAL_REUSED)
		printf("refused: term_serial %s was already used for a "
		    "different request; nothing was done\n", t->serial);
	else if (stats_outcome(r->status) == TSIM_OC_PENDING &&
	    is_money(t->req_func))
		printf("not final after %d attempts: repeat the same request "
		    "later (term_serial=%s)\n", r->attempts, t->serial);
	else if (stats_outcome(r->status) == TSIM_OC_PENDING)
		printf("not final after %d attempts: repeat later\n",
		    r->attempts);
	else if (r->status == TP1_ST_HOST_TIMEOUT)
		printf("final: not done (the station reverses the attempt; a "
		    "balance may show it for a while)\n");
}

static void
print_result(struct tsim_term *t, struct tsim_result *r)
{
	char	 buf[48], *s;
	json_t	*o;

	if (cs.json && r->plain != NULL && r->status < TSIM_ST_TIMEOUT) {
		o = json_object();
		if (tp1_json_add_payload(o, r->plain, r->plain_len,
		    TP1_JSON_MASK_PIN) == TP1_OK) {
			/* Do not show the session token. */
			json_t *items = json_object_get(o, "items");
			size_t i;
			json_t *v;

			json_array_foreach(items, i, v)
				if (json_object_get(v, "token") != NULL)
					json_object_set_new(v, "token",
					    json_string("(hidden)"));
			json_object_set_new(o, "latency_ms",
			    json_real((double)r->latency_us / 1000.0));
			s = json_dumps(o, JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
			if (s != NULL)
				printf("%s\n", s);
			free(s);
		}
		json_decref(o);
		return;
	}
	printf("%s: %s (%.1f ms%s)\n", tp1_func_name(t->req_func),
	    stats_status_name(r->status, buf, sizeof(buf)),
	    (double)r->latency_us / 1000.0, r->attempts > 1 ? ", retried" : "");
	if (r->plain != NULL && r->status < TSIM_ST_TIMEOUT)
		print_items(r->pl.items, 0);
	print_outcome(t, r);
}

static void
func_cb(struct tsim_term *t, struct tsim_result *r)
{
	print_result(t, r);
	if (r->status == TP1_ST_OK)
		cs.rv = 0;
	else if (r->status >= TSIM_ST_TIMEOUT)
		cs.rv = 3;
	else if (stats_outcome(r->status) == TSIM_OC_PENDING)
		cs.rv = 4;	/* BUSY, INTERNAL, IN_DOUBT: not over */
	else
		cs.rv = 1;
	event_base_loopexit(t->ctx->base, NULL);
}

static void
send_func(struct tsim_term *t)
{
	if (build_request(t) == -1) {
		cs.rv = 2;
		event_base_loopexit(t->ctx->base, NULL);
		return;
	}
	engine_send(t, func_cb);
}

static void
signon_cb(struct tsim_term *t, struct tsim_result *r)
{
	const struct tp1_item	*it;

	if (!cs.json)
		print_result(t, r);
	if (r->status != TP1_ST_OK) {
		cs.rv = r->status >= TSIM_ST_TIMEOUT ? 3 : 1;
		event_base_loopexit(t->ctx->base, NULL);
		return;
	}
	it = tp1_find(r->pl.items, TP1_T_TOKEN);
	if (it == NULL || it->len != sizeof(t->token)) {
		fprintf(stderr, "termsim call: SIGN_ON without a token\n");
		cs.rv = 1;
		event_base_loopexit(t->ctx->base, NULL);
		return;
	}
	memcpy(t->token, it->val, sizeof(t->token));
	send_func(t);
}

static void
sign_on(struct tsim_term *t)
{
	struct tp1_builder	b;

	scen_begin(t, &b, TP1_FN_SIGN_ON);
	tp1_put_str(&b, TP1_T_OPERATOR_ID, t->def.operator_id);
	tp1_put_str(&b, TP1_T_PIN, t->def.pin);
	tp1_put_str(&b, TP1_T_APP_VERSION, "termsim-1.0");
	engine_send(t, signon_cb);
}

int
call_main(struct tsim_ctx *ctx, int argc, char **argv)
{
	struct tsim_term	 term;
	const char		*want_id = ctx->want_id, *want_op = ctx->want_op;
	size_t			 i;
	int			 fn;

	if (argc < 1) {
		fprintf(stderr, "usage: termsim call [--terminal ID] "
		    "[--operator ID] FUNC [key=value...]\n");
		return 2;
	}
	if ((fn = tp1_func_code(argv[0])) == -1) {
		fprintf(stderr, "termsim call: unknown function %s\n", argv[0]);
		return 2;
	}
	memset(&cs, 0, sizeof(cs));
	cs.func = (uint16_t)fn;
	cs.argc = argc - 1;
	cs.argv = argv + 1;
	cs.json = ctx->o.json;
	cs.rv = 3;
	for (i = 0; i < ctx->tf.n; i++)
		if ((want_id == NULL || strcmp(ctx->tf.v[i].id, want_id) == 0) &&
		    (want_op == NULL ||
		    strcmp(ctx->tf.v[i].operator_id, want_op) == 0))
			break;
	if (i == ctx->tf.n) {
		fprintf(stderr, "termsim call: no such terminal/operator in "
		    "the terminals file\n");
		return 2;
	}
	memset(&term, 0, sizeof(term));
	term.def = ctx->tf.v[i];
	term.role = term.def.role;
	term.seq = (uint32_t)((now_us() / 1000000 - 1704067200) * 16);
	term.rng = (uint64_t)now_us() | 1;
	ctx->nterms = 1;
	ctx->waitq = xcalloc(1, sizeof(*ctx->waitq));
	if (engine_term_init(ctx, &term) == -1) {
		free(ctx->waitq);
		return 2;
	}
	if (!cs.json)
		printf("terminal %s suite %u keyver %u operator %s%s%s -> %s\n",
		    term.def.id, term.def.suite, term.def.keyver,
		    term.def.operator_id, term.def.ip[0] ? " from " : "",
		    term.def.ip, ctx->o.server);
	if (cs.func == TP1_FN_ECHO || cs.func == TP1_FN_SIGN_ON)
		send_func(&term);
	else
		sign_on(&term);
	event_base_dispatch(ctx->base);
	engine_term_free(&term);
	free(ctx->waitq);
	return cs.rv;
}
