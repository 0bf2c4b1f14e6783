// Defaults shared by the stores: how many rows a read returns and how long it may run.

/** Rows a query returns at most before its result is marked truncated. */
export const DEFAULT_LIMIT = 10_000;

/** Milliseconds a query may run before the database aborts it. */
export const DEFAULT_TIMEOUT_MS = 30_000;
