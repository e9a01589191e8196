/** Runs that finish before this show no progress: showing it for them would only flicker. */
export const PROGRESS_DELAY_MS = 1000;
