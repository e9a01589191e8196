import type { Entry } from "./format";

/** measures texts. */
export const measuresMessages = {} satisfies Record<string, Entry>;
