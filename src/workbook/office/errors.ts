/**
 * Misuse and host failures surface as one typed error carrying a plain-language message id, so
 * the task pane can show a sentence from the catalogue instead of Excel's internal text.
 */
import type { OfficeMessageId } from "../../domain/messages/office";

export class OfficeWorkbookError extends Error {
  constructor(
    readonly messageId: OfficeMessageId,
    readonly params: Record<string, string> = {},
    override readonly cause?: unknown
  ) {
    super(`${messageId}${cause instanceof Error ? `: ${cause.message}` : ""}`);
    this.name = "OfficeWorkbookError";
  }
}

/** Keeps an error that already has a message id; wraps anything else from the host. */
export function asWorkbookError(error: unknown, fallback: OfficeMessageId): OfficeWorkbookError {
  return error instanceof OfficeWorkbookError
    ? error
    : new OfficeWorkbookError(fallback, {}, error);
}
