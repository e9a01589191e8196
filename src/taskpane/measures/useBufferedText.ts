/**
 * Text the user is typing, left to the field itself (uncontrolled) and committed to the step's
 * state after a short pause, on blur and when the field goes away. A key press then re-renders
 * nothing of ours: the list, the counts, the preview and the saved draft follow once per pause,
 * not once per key, which is what keeps typing instant on a slow PC (see `npm run bench:pane`).
 */
import { useCallback, useEffect, useRef } from "react";
import type { Handler } from "./model";

/** Long enough to span the gap between a quick typist's keys, short enough to feel live. */
export const COMMIT_DELAY_MS = 250;

export function useBufferedText(value: string, commit: Handler<string>, delay = COMMIT_DELAY_MS) {
  const pending = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef({ text: value, commit, seen: value, revision: 0 });
  latest.current.commit = commit;
  // The state changed from elsewhere (a re-plan, a restored draft), not by our own commit: the
  // field starts again from it (a new revision remounts it), unless the user is still typing.
  const l = latest.current;
  if (value !== l.seen) {
    l.seen = value;
    if (value !== l.text && pending.current === undefined) {
      l.text = value;
      l.revision += 1;
    }
  }

  const flush = useCallback(() => {
    if (pending.current === undefined) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    latest.current.commit(latest.current.text);
  }, []);

  const change = useCallback(
    (next: string) => {
      latest.current.text = next;
      if (pending.current !== undefined) clearTimeout(pending.current);
      pending.current = setTimeout(flush, delay);
    },
    [flush, delay]
  );

  // Closing the editor (or the pane step) never drops what was typed.
  useEffect(() => flush, [flush]);

  return { initial: l.text, revision: l.revision, change, flush };
}
