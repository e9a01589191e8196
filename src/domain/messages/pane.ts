import type { Entry } from "./format";

/** pane texts. */
export const paneMessages = {} satisfies Record<string, Entry>;
