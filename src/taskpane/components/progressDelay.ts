import { useEffect, useState } from "react";

/** Runs that finish before this show no progress: showing it for them would only flicker. */
export const PROGRESS_DELAY_MS = 1000;

/** True once `active` has held for `delay` ms; false again as soon as it ends. */
export function useShownAfter(active: boolean, delay = PROGRESS_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [active, delay]);
  return active && shown;
}
