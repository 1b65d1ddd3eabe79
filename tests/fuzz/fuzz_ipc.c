/*
 * fuzz_ipc.c - libFuzzer target for what a daemon reads from a peer daemon
 * (common/ipc.c): a byte stream cut into messages by ipc_parse, and each
 * payload read the way its receiver reads it (the field lists of ipc.h).
 * Each message is copied into a buffer of its own exact size first, so
 * that a reader going one byte past its message is caught by ASan.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ipc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Reads the fields of m's type in order; 0 if all were there and nothing
 * was left over. */
static int
fields(struct ipc_msg *m)
{
	const char	*s;
	const uint8_t	*b;
	size_t		 n;
	uint8_t		 u8;
	uint16_t	 u16;
	uint32_t	 u32;
	uint64_t	 u64;
	int64_t		 i64;
	int		 i;

	switch (m->type) {
	case IPC_HELLO:
		if (ipc_get_str(m, &s) == -1 || ipc_get_u32(m, &u32) == -1)
			return -1;
		break;
	case IPC_TERM_LOOKUP:
	case IPC_TERM_CHANGED:
	case IPC_RECON_RUN:
		if (ipc_get_str(m, &s) == -1)
			return -1;
		break;
	case IPC_TERM_INFO:
		if (ipc_get_str(m, &s) == -1)
			return -1;
		for (i = 0; i < 4; i++)
			if (ipc_get_u8(m, &u8) == -1)
				return -1;
		if (ipc_get_str(m, &s) == -1)
			return -1;
		break;
	case IPC_TP_REQUEST:
		if (ipc_get_u64(m, &u64) == -1 || ipc_get_str(m, &s) == -1 ||
		    ipc_get_u32(m, &u32) == -1 || ipc_get_u8(m, &u8) == -1 ||
		    ipc_get_u8(m, &u8) == -1 || ipc_get_str(m, &s) == -1 ||
		    ipc_get_bytes(m, &b, &n) == -1)
			return -1;
		break;
	case IPC_TP_RESPONSE:
		if (ipc_get_bytes(m, &b, &n) == -1)
			return -1;
		break;
	case IPC_ALARM:
		for (i = 0; i < 4; i++)
			if (ipc_get_str(m, &s) == -1)
				return -1;
		break;
	case IPC_METRICS:
		if (ipc_get_str(m, &s) == -1)
			return -1;
		break;
	case IPC_MI_CALL:
		if (ipc_get_u16(m, &u16) == -1 || ipc_get_str(m, &s) == -1 ||
		    ipc_get_str(m, &s) == -1 || ipc_get_i64(m, &i64) == -1)
			return -1;
		break;
	case IPC_MI_RESULT:
		if (ipc_get_u8(m, &u8) == -1)
			return -1;
		for (i = 0; i < 3; i++)
			if (ipc_get_str(m, &s) == -1)
				return -1;
		break;
	case IPC_RECON_DONE:
		if (ipc_get_u8(m, &u8) == -1 || ipc_get_i64(m, &i64) == -1 ||
		    ipc_get_str(m, &s) == -1)
			return -1;
		break;
	case IPC_WH_MAKE:
		for (i = 0; i < 3; i++)
			if (ipc_get_str(m, &s) == -1)
				return -1;
		break;
	case IPC_WH_DONE:
		if (ipc_get_u8(m, &u8) == -1 || ipc_get_str(m, &s) == -1)
			return -1;
		break;
	default:
		/* A type a receiver does not know: it reads nothing. */
		return 0;
	}
	return ipc_get_end(m);
}

/* Every reader, whatever the type: none may read outside the payload. */
static void
any_reader(const struct ipc_msg *orig)
{
	struct ipc_msg	 m = *orig;
	const char	*s;
	const uint8_t	*b;
	size_t		 n;
	uint64_t	 u64;
	uint8_t		 sel;

	while (m.off < m.len) {
		if (ipc_get_u8(&m, &sel) == -1)
			break;
		switch (sel % 4) {
		case 0:
			if (ipc_get_str(&m, &s) == -1)
				return;
			if (strlen(s) + 1 > m.len)
				abort();
			break;
		case 1:
			if (ipc_get_bytes(&m, &b, &n) == -1)
				return;
			if (b < m.data || b + n > m.data + m.len)
				abort();
			break;
		default:
			if (ipc_get_u64(&m, &u64) == -1)
				return;
			break;
		}
		if (m.off > m.len)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ipc_msg	 m;
	uint8_t		*copy;
	size_t		 off = 0;
	long		 n;

	while (off < size) {
		n = ipc_parse(data + off, size - off, &m);
		if (n <= 0)
			break;		/* wait for more, or close the link */
		if ((size_t)n > size - off || (size_t)n < IPC_HDR_LEN ||
		    m.len != (size_t)n - IPC_HDR_LEN)
			abort();
		copy = malloc((size_t)n);
		memcpy(copy, data + off, (size_t)n);
		if (ipc_parse(copy, (size_t)n, &m) != n)
			abort();
		(void)fields(&m);
		m.off = 0;
		any_reader(&m);
		free(copy);
		off += (size_t)n;
	}
	return 0;
}
