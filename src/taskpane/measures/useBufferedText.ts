/**
 * Text the user is typing, held by the field itself and committed to the step's state after a
 * short pause, on blur and when the field goes away. A key press then re-renders only the field:
 * the list, the counts, the preview and the saved draft follow once per pause, not once per key,
 * which is what keeps typing instant on a slow PC (see `npm run bench:pane`).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Handler } from "./model";

/** Long enough to span the gap between a quick typist's keys, short enough to feel live. */
export const COMMIT_DELAY_MS = 250;

export function useBufferedText(value: string, commit: Handler<string>, delay = COMMIT_DELAY_MS) {
  const [text, setText] = useState(value);
  const pending = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef({ text: value, commit });
  latest.current.commit = commit;

  // The state changed from elsewhere (a re-plan, a restored draft): show it, unless the user's
  // own typing is still on its way there.
  useEffect(() => {
    if (pending.current !== undefined) return;
    latest.current.text = value;
    setText(value);
  }, [value]);

  const flush = useCallback(() => {
    if (pending.current === undefined) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    latest.current.commit(latest.current.text);
  }, []);

  const change = useCallback(
    (next: string) => {
      latest.current.text = next;
      setText(next);
      if (pending.current !== undefined) clearTimeout(pending.current);
      pending.current = setTimeout(flush, delay);
    },
    [flush, delay]
  );

  // Closing the editor (or the pane step) never drops what was typed.
  useEffect(() => flush, [flush]);

  return { text, change, flush };
}
