// codes.js - the fixed lists the pages offer, as the server knows them
// (docs/CONSOLE.md).  A list the server sends with its answer wins.

// Why a reconciliation difference is what it is.
export const RESOLVE_REASONS = ['SETTLED_LATER', 'MKT_CORRECTION', 'STATION_FAULT', 'FRAUD_SUSPECTED', 'DUPLICATE', 'OTHER'];

// Why a collector's counted cash differs from the expected.
export const CASH_REASONS = ['COUNTING_ERROR', 'CHANGE_GIVEN', 'COUNTERFEIT', 'LOST', 'OTHER'];

export const RECON_CATEGORIES = ['LOCAL_ONLY', 'REMOTE_ONLY', 'AMOUNT_MISMATCH', 'STATUS_MISMATCH'];

export const TX_STATES = ['PENDING', 'SUCCESS', 'FAILED', 'UNKNOWN', 'REVERSED'];

export const TX_FUNCS = ['PAYMENT', 'PREPAY', 'CARD_RECHARGE', 'REVERSAL'];

export const OPERATOR_ROLES = ['collector', 'reader', 'dunning', 'supervisor'];

export const CONSOLE_ROLES = ['auditor', 'cashier', 'admin'];

export const PAY_MODES = ['1', '2', '3'];

// The first value among keys present in obj (field names differ between
// answers: recon_date / date).
export function pick(obj, ...keys) {
	for (const k of keys)
		if (obj && obj[k] !== undefined && obj[k] !== null)
			return obj[k];
	return undefined;
}
