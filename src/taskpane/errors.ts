/**
 * Turns anything a port call throws into a catalogue message: the user sees plain words,
 * never a stack trace. Adapters throw errors carrying a message id (`messageId`, or a `code`
 * that is one); Office's own errors carry Office codes, of which we word the common ones.
 */
import type { MessageParams } from "../domain/messages/format";
import {
  hasPaneMessage as hasMessage,
  type PaneMessageId as MessageId,
} from "../domain/messages/pane-catalogue";

export interface PaneMessage {
  id: MessageId;
  params?: MessageParams;
}

const OFFICE_CODES: Record<string, MessageId> = {
  InvalidOperationInCellEditMode: "PANE_ERROR_CELL_EDIT",
};

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function paramsOf(err: unknown): MessageParams | undefined {
  const params = field(err, "params");
  if (typeof params !== "object" || params === null) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string" || typeof v === "number") out[k] = v;
  }
  return out;
}

export function describeError(err: unknown): PaneMessage {
  for (const name of ["messageId", "code"]) {
    const id = field(err, name);
    if (typeof id !== "string") continue;
    if (hasMessage(id)) return { id, params: paramsOf(err) };
    if (id in OFFICE_CODES) return { id: OFFICE_CODES[id] };
  }
  return { id: "PANE_ERROR_GENERIC" };
}
