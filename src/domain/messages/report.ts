import type { Entry } from "./format";

/** report texts. */
export const reportMessages = {} satisfies Record<string, Entry>;
