/*
 * mi1.c - MI/1 framing and XML (MI1 §1), built and parsed with libxml2.
 *
 * The <body> maps one-to-one onto a jansson object (docs/DESIGN.md):
 * scalar member K <-> <K>text</K>; array member K <-> <K><item>...</item>
 * ...</K>, where an item is an object (element children) or a scalar.
 * Decoding yields strings for every leaf, since XML has no types.
 *
 * Input from the other side is untrusted: no DTDs, no network, no entity
 * expansion, bounded nesting, every head field length-checked.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * gfcommon must be compiled with libxml2's include path (pkg-config
 * libxml-2.0).  Until it is, this file compiles to nothing so that the rest
 * of the shared library still builds; users of mi1 then fail at link time.
 */
#if __has_include(<libxml/parser.h>)

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>

#include "mi1.h"

#define MI1_MAX_DEPTH	8	/* body nesting: list > item > list > item ... */

/* Containers that are always lists, so an empty one decodes as []. */
static const char *const mi1_list_names[] = {
	"bills", "settled", "items", NULL
};

static void
mi1_seterr(char *err, size_t errlen, const char *fmt, const char *arg)
{
	if (err != NULL && errlen > 0)
		snprintf(err, errlen, fmt, arg != NULL ? arg : "");
}

/*
 * libxml2 prints some errors (an input or output encoding that fails, an
 * I/O error of the serialiser) on stderr through its generic handler,
 * whatever the parser options.  The daemons log through log.h only, and a
 * peer's bytes must not write to our stderr: the calling thread's handler
 * is made silent.  What fails is reported to the caller as before.
 */
static void
mi1_xml_quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static int
mi1_is_list_name(const char *name)
{
	size_t	i;

	for (i = 0; mi1_list_names[i] != NULL; i++)
		if (strcmp(mi1_list_names[i], name) == 0)
			return 1;
	return 0;
}

int
mi1_frame_head(const uint8_t *buf, size_t len, size_t *bodylen)
{
	size_t	n = 0, i;

	/* Reject a bad prefix as early as its first wrong byte. */
	for (i = 0; i < len && i < MI1_LEN_DIGITS; i++) {
		if (buf[i] < '0' || buf[i] > '9')
			return -1;
		n = n * 10 + (size_t)(buf[i] - '0');
	}
	if (len < MI1_LEN_DIGITS)
		return 0;
	if (n > MI1_MAX_BODY)
		return -1;
	*bodylen = n;
	return 1;
}

long
mi1_frame_parse(const uint8_t *buf, size_t len, const uint8_t **body,
    size_t *bodylen)
{
	size_t	n;
	int	rc;

	if ((rc = mi1_frame_head(buf, len, &n)) != 1)
		return rc;
	if (len - MI1_LEN_DIGITS < n)
		return 0;
	*body = buf + MI1_LEN_DIGITS;
	*bodylen = n;
	return (long)(MI1_LEN_DIGITS + n);
}

int
mi1_answer_match(const char *trcode, const char *serial,
    const struct mi1_msg *rsp, char *err, size_t errlen)
{
	if (!rsp->is_response) {
		mi1_seterr(err, errlen, "%sanswer has no rspcode", NULL);
		return -1;
	}
	/*
	 * A late answer to an earlier request must never be taken for this
	 * one's: both trcode and serial are compared.
	 */
	if (strcmp(rsp->serial, serial) != 0) {
		mi1_seterr(err, errlen, "answer serial mismatch (got %s)",
		    rsp->serial);
		return -1;
	}
	if (strcmp(rsp->trcode, trcode) != 0) {
		mi1_seterr(err, errlen, "answer trcode mismatch (got %s)",
		    rsp->trcode);
		return -1;
	}
	return 0;
}

/* ---- encoding ---- */

static int mi1_put_object(xmlNodePtr parent, const json_t *obj, int depth,
    char *err, size_t errlen);

/*
 * 1 when an XML 1.0 document can carry s as text: UTF-8, and no control
 * character but tab, newline and carriage return (XML 1.0 §2.2).  What it
 * cannot carry is refused here, never sent to be answered "message format
 * error" by the marketing system.
 */
static int
mi1_text_ok(const char *s)
{
	const unsigned char	*p;

	if (xmlCheckUTF8((const unsigned char *)s) == 0)
		return 0;
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') ||
		    *p == 0x7f)
			return 0;
	return 1;
}

/* The text of a scalar JSON value; 0, or -1 for types MI/1 cannot carry. */
static int
mi1_scalar_text(const json_t *v, char *buf, size_t cap, const char **out)
{
	switch (json_typeof(v)) {
	case JSON_STRING:
		*out = json_string_value(v);
		/* jansson strings may hold a NUL (json_stringn). */
		if (strlen(*out) != json_string_length(v) || !mi1_text_ok(*out))
			return -2;
		return 0;
	case JSON_INTEGER:
		snprintf(buf, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		*out = buf;
		return 0;
	case JSON_TRUE:
		*out = "1";
		return 0;
	case JSON_FALSE:
		*out = "0";
		return 0;
	case JSON_NULL:
		*out = "";
		return 0;
	default:
		/* Reals are refused: money and readings are integers (MI1 §1). */
		return -1;
	}
}

static int
mi1_put_value(xmlNodePtr parent, const char *name, const json_t *v, int depth,
    char *err, size_t errlen)
{
	xmlNodePtr	 node, item;
	const char	*text;
	char		 num[32];
	size_t		 i;
	json_t		*elt;
	int		 rv;

	if (depth > MI1_MAX_DEPTH) {
		mi1_seterr(err, errlen, "body nested too deeply at %s", name);
		return -1;
	}
	if (xmlValidateNCName((const xmlChar *)name, 0) != 0) {
		mi1_seterr(err, errlen, "invalid element name \"%s\"", name);
		return -1;
	}
	if (json_is_array(v)) {
		node = xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
		json_array_foreach(v, i, elt) {
			if (json_is_object(elt)) {
				item = xmlNewChild(node, NULL,
				    (const xmlChar *)"item", NULL);
				if (mi1_put_object(item, elt, depth + 1, err,
				    errlen) == -1)
					return -1;
			} else if ((rv = mi1_scalar_text(elt, num, sizeof(num),
			    &text)) == 0) {
				xmlNewTextChild(node, NULL,
				    (const xmlChar *)"item",
				    (const xmlChar *)text);
			} else if (rv == -2) {
				mi1_seterr(err, errlen, "control character or "
				    "bad UTF-8 in a list item of %s", name);
				return -1;
			} else {
				mi1_seterr(err, errlen,
				    "unsupported list item in %s", name);
				return -1;
			}
		}
		return 0;
	}
	if (json_is_object(v)) {
		node = xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
		return mi1_put_object(node, v, depth + 1, err, errlen);
	}
	if ((rv = mi1_scalar_text(v, num, sizeof(num), &text)) == -2) {
		mi1_seterr(err, errlen, "control character or bad UTF-8 in %s",
		    name);
		return -1;
	}
	if (rv == -1) {
		mi1_seterr(err, errlen, "unsupported value type for %s", name);
		return -1;
	}
	/* xmlNewTextChild escapes &, < and > in the content. */
	xmlNewTextChild(parent, NULL, (const xmlChar *)name,
	    (const xmlChar *)text);
	return 0;
}

static int
mi1_put_object(xmlNodePtr parent, const json_t *obj, int depth, char *err,
    size_t errlen)
{
	const char	*key;
	json_t		*v;

	json_object_foreach((json_t *)obj, key, v)
		if (mi1_put_value(parent, key, v, depth, err, errlen) == -1)
			return -1;
	return 0;
}

static int
mi1_put_head(xmlNodePtr head, const char *name, const char *value,
    char *err, size_t errlen)
{
	if (!mi1_text_ok(value)) {
		mi1_seterr(err, errlen, "head field %s is not text", name);
		return -1;
	}
	xmlNewTextChild(head, NULL, (const xmlChar *)name,
	    (const xmlChar *)value);
	return 0;
}

int
mi1_encode(const struct mi1_msg *m, struct gbuf *out, char *err,
    size_t errlen)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root, head, body;
	xmlChar		*mem = NULL;
	int		 size = 0, rc = -1;
	char		 prefix[MI1_LEN_DIGITS + 1];

	if (m->trcode[0] == '\0') {
		mi1_seterr(err, errlen, "%smissing trcode", NULL);
		return -1;
	}
	if (m->body != NULL && !json_is_object(m->body)) {
		mi1_seterr(err, errlen, "%sbody is not an object", NULL);
		return -1;
	}
	xmlSetGenericErrorFunc(NULL, mi1_xml_quiet);
	doc = xmlNewDoc((const xmlChar *)"1.0");
	root = xmlNewNode(NULL, (const xmlChar *)"msg");
	xmlDocSetRootElement(doc, root);
	head = xmlNewChild(root, NULL, (const xmlChar *)"head", NULL);
	if (mi1_put_head(head, "trcode", m->trcode, err, errlen) == -1 ||
	    mi1_put_head(head, "serial", m->serial, err, errlen) == -1 ||
	    mi1_put_head(head, "orgno", m->orgno, err, errlen) == -1 ||
	    mi1_put_head(head, "txdate", m->txdate, err, errlen) == -1 ||
	    mi1_put_head(head, "txtime", m->txtime, err, errlen) == -1)
		goto fail;
	if (m->is_response &&
	    (mi1_put_head(head, "rspcode", m->rspcode, err, errlen) == -1 ||
	    mi1_put_head(head, "rspmsg", m->rspmsg, err, errlen) == -1))
		goto fail;
	body = xmlNewChild(root, NULL, (const xmlChar *)"body", NULL);
	if (m->body != NULL &&
	    mi1_put_object(body, m->body, 0, err, errlen) == -1)
		goto fail;

	xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 0);
	if (mem == NULL || size <= 0) {
		mi1_seterr(err, errlen, "%sxml serialisation failed", NULL);
		goto fail;
	}
	if ((size_t)size > MI1_MAX_BODY) {
		mi1_seterr(err, errlen, "%smessage exceeds 4 MiB", NULL);
		goto fail;
	}
	snprintf(prefix, sizeof(prefix), "%08d", size);
	gbuf_add(out, prefix, MI1_LEN_DIGITS);
	gbuf_add(out, mem, (size_t)size);
	rc = 0;
fail:
	xmlFree(mem);
	xmlFreeDoc(doc);
	return rc;
}

/* ---- decoding ---- */

static int	mi1_get_object(xmlNodePtr parent, json_t *obj, int depth,
		    char *err, size_t errlen);

/* First element child, skipping comments; text outside leaves is an error. */
static int
mi1_children(xmlNodePtr n, int *nelem, int *ntext)
{
	xmlNodePtr	c;

	*nelem = *ntext = 0;
	for (c = n->children; c != NULL; c = c->next) {
		switch (c->type) {
		case XML_ELEMENT_NODE:
			(*nelem)++;
			break;
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (!xmlIsBlankNode(c))
				(*ntext)++;
			break;
		case XML_COMMENT_NODE:
		case XML_PI_NODE:
			break;
		default:
			/* Entity references and the like: not in MI/1. */
			return -1;
		}
	}
	return 0;
}

static json_t *
mi1_leaf(xmlNodePtr n)
{
	xmlChar	*s = xmlNodeGetContent(n);
	json_t	*v;

	v = json_string(s != NULL ? (const char *)s : "");
	xmlFree(s);
	return v;
}

static json_t *
mi1_get_value(xmlNodePtr n, int depth, char *err, size_t errlen)
{
	xmlNodePtr	 c;
	json_t		*v, *elt;
	int		 nelem, ntext, all_items = 1;

	if (depth > MI1_MAX_DEPTH) {
		mi1_seterr(err, errlen, "body nested too deeply at %s",
		    (const char *)n->name);
		return NULL;
	}
	if (mi1_children(n, &nelem, &ntext) == -1) {
		mi1_seterr(err, errlen, "unexpected node inside %s",
		    (const char *)n->name);
		return NULL;
	}
	if (nelem == 0) {
		if (ntext == 0 && mi1_is_list_name((const char *)n->name))
			return json_array();
		return mi1_leaf(n);
	}
	if (ntext != 0) {
		mi1_seterr(err, errlen, "mixed content in %s",
		    (const char *)n->name);
		return NULL;
	}
	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(c->name, (const xmlChar *)"item") != 0)
			all_items = 0;
	if (!all_items) {
		v = json_object();
		if (mi1_get_object(n, v, depth + 1, err, errlen) == -1) {
			json_decref(v);
			return NULL;
		}
		return v;
	}
	v = json_array();
	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (mi1_children(c, &nelem, &ntext) == -1) {
			mi1_seterr(err, errlen, "unexpected node inside %s",
			    "item");
			json_decref(v);
			return NULL;
		}
		if (nelem == 0 && ntext != 0) {
			elt = mi1_leaf(c);	/* a list of scalars */
		} else {
			elt = json_object();
			if (mi1_get_object(c, elt, depth + 1, err,
			    errlen) == -1) {
				json_decref(elt);
				json_decref(v);
				return NULL;
			}
		}
		json_array_append_new(v, elt);
	}
	return v;
}

static int
mi1_get_object(xmlNodePtr parent, json_t *obj, int depth, char *err,
    size_t errlen)
{
	xmlNodePtr	 c;
	json_t		*v;
	int		 nelem, ntext;

	if (mi1_children(parent, &nelem, &ntext) == -1 || ntext != 0) {
		mi1_seterr(err, errlen, "unexpected text inside %s",
		    (const char *)parent->name);
		return -1;
	}
	for (c = parent->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (json_object_get(obj, (const char *)c->name) != NULL) {
			mi1_seterr(err, errlen, "duplicate element %s",
			    (const char *)c->name);
			return -1;
		}
		if ((v = mi1_get_value(c, depth, err, errlen)) == NULL)
			return -1;
		json_object_set_new(obj, (const char *)c->name, v);
	}
	return 0;
}

/* Copy a head field into a fixed buffer; -1 if it does not fit. */
static int
mi1_copy_head(xmlNodePtr n, char *dst, size_t cap, char *err, size_t errlen)
{
	xmlChar	*s;
	size_t	 len;
	int	 nelem, ntext;

	if (mi1_children(n, &nelem, &ntext) == -1 || nelem != 0) {
		mi1_seterr(err, errlen, "head field %s is not text",
		    (const char *)n->name);
		return -1;
	}
	s = xmlNodeGetContent(n);
	len = s != NULL ? strlen((const char *)s) : 0;
	if (len >= cap) {
		xmlFree(s);
		mi1_seterr(err, errlen, "head field %s too long",
		    (const char *)n->name);
		return -1;
	}
	memcpy(dst, s != NULL ? (const char *)s : "", len);
	dst[len] = '\0';
	xmlFree(s);
	return 0;
}

static int
mi1_get_head(xmlNodePtr head, struct mi1_msg *m, char *err, size_t errlen)
{
	static const struct {
		const char	*name;
		size_t		 off, cap;
	} fields[] = {
		{ "trcode", offsetof(struct mi1_msg, trcode), 8 },
		{ "serial", offsetof(struct mi1_msg, serial), 33 },
		{ "orgno", offsetof(struct mi1_msg, orgno), 17 },
		{ "txdate", offsetof(struct mi1_msg, txdate), 9 },
		{ "txtime", offsetof(struct mi1_msg, txtime), 7 },
		{ "rspcode", offsetof(struct mi1_msg, rspcode), 8 },
		{ "rspmsg", offsetof(struct mi1_msg, rspmsg), 256 },
	};
	xmlNodePtr	c;
	size_t		i;
	unsigned	seen = 0;

	for (c = head->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
			if (xmlStrcmp(c->name,
			    (const xmlChar *)fields[i].name) == 0)
				break;
		if (i == sizeof(fields) / sizeof(fields[0]))
			continue;	/* unknown head fields are ignored */
		if (seen & (1u << i)) {
			mi1_seterr(err, errlen, "duplicate head field %s",
			    fields[i].name);
			return -1;
		}
		seen |= 1u << i;
		if (mi1_copy_head(c, (char *)m + fields[i].off, fields[i].cap,
		    err, errlen) == -1)
			return -1;
	}
	if (m->trcode[0] == '\0') {
		mi1_seterr(err, errlen, "%smissing trcode", NULL);
		return -1;
	}
	if (!(seen & (1u << 1))) {
		mi1_seterr(err, errlen, "%smissing serial", NULL);
		return -1;
	}
	m->is_response = (seen & (1u << 5)) != 0;
	return 0;
}

static xmlNodePtr
mi1_child(xmlNodePtr n, const char *name)
{
	xmlNodePtr	c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(c->name, (const xmlChar *)name) == 0)
			return c;
	return NULL;
}

int
mi1_decode(const uint8_t *xml, size_t len, struct mi1_msg *m, char *err,
    size_t errlen)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr	 doc = NULL;
	xmlNodePtr	 root, head, body;
	const xmlError	*xe;
	int		 rc = -1;

	memset(m, 0, sizeof(*m));
	if (len == 0 || len > MI1_MAX_BODY || len > (size_t)INT32_MAX) {
		mi1_seterr(err, errlen, "%sbad body length", NULL);
		return -1;
	}
	xmlSetGenericErrorFunc(NULL, mi1_xml_quiet);
	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		mi1_seterr(err, errlen, "%sout of memory", NULL);
		return -1;
	}
	/* No NOENT/DTDLOAD: entities stay unexpanded, nothing is fetched. */
	doc = xmlCtxtReadMemory(ctxt, (const char *)xml, (int)len, NULL, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	if (doc == NULL) {
		xe = xmlCtxtGetLastError(ctxt);
		if (err != NULL && errlen > 0)
			snprintf(err, errlen, "xml: %s",
			    xe != NULL && xe->message != NULL ?
			    xe->message : "parse error");
		/* libxml2 messages end in a newline; drop it. */
		if (err != NULL && errlen > 0 && strlen(err) > 0 &&
		    err[strlen(err) - 1] == '\n')
			err[strlen(err) - 1] = '\0';
		goto fail;
	}
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		mi1_seterr(err, errlen, "%sDTD not allowed", NULL);
		goto fail;
	}
	root = xmlDocGetRootElement(doc);
	if (root == NULL || xmlStrcmp(root->name, (const xmlChar *)"msg")) {
		mi1_seterr(err, errlen, "%sroot element is not msg", NULL);
		goto fail;
	}
	if ((head = mi1_child(root, "head")) == NULL) {
		mi1_seterr(err, errlen, "%smissing head", NULL);
		goto fail;
	}
	if (mi1_get_head(head, m, err, errlen) == -1)
		goto fail;
	if ((body = mi1_child(root, "body")) != NULL) {
		m->body = json_object();
		if (mi1_get_object(body, m->body, 0, err, errlen) == -1)
			goto fail;
	}
	rc = 0;
fail:
	if (rc == -1)
		mi1_msg_clear(m);
	if (doc != NULL)
		xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return rc;
}

void
mi1_msg_clear(struct mi1_msg *m)
{
	if (m->body != NULL)
		json_decref(m->body);
	memset(m, 0, sizeof(*m));
}

void
mi1_head_init(struct mi1_msg *m, const char *trcode, const char *serial,
    const char *orgno, int64_t unix_sec)
{
	char	ts[15];

	snprintf(m->trcode, sizeof(m->trcode), "%s", trcode);
	snprintf(m->serial, sizeof(m->serial), "%s", serial);
	snprintf(m->orgno, sizeof(m->orgno), "%s", orgno);
	fmt_localtime(unix_sec, ts);
	memcpy(m->txdate, ts, 8);
	m->txdate[8] = '\0';
	memcpy(m->txtime, ts + 8, 6);
	m->txtime[6] = '\0';
}

const char *
mi1_get_str(const json_t *body, const char *key)
{
	json_t	*v;

	if (body == NULL || !json_is_object(body))
		return NULL;
	v = json_object_get(body, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

int
mi1_get_i64(const json_t *body, const char *key, int64_t *out)
{
	json_t		*v;
	const char	*s;
	char		*end;
	long long	 n;

	if (body == NULL || !json_is_object(body))
		return -1;
	if ((v = json_object_get(body, key)) == NULL)
		return -1;
	if (json_is_integer(v)) {
		*out = (int64_t)json_integer_value(v);
		return 0;
	}
	if (!json_is_string(v))
		return -1;
	s = json_string_value(v);
	/* Strictly an optional '-' and digits: no spaces, '+', hex or junk. */
	if (s[0] == '\0' || (s[0] == '-' && s[1] == '\0'))
		return -1;
	if (strspn(s + (s[0] == '-'), "0123456789") !=
	    strlen(s + (s[0] == '-')))
		return -1;
	errno = 0;
	n = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = (int64_t)n;
	return 0;
}

#endif /* __has_include(<libxml/parser.h>) */
