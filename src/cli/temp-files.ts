/**
 * Temporary files of a write in progress. While any exists, SIGINT and SIGTERM remove them
 * before the process ends, so an interrupted run leaves no `OUT.xlsx.<pid>.tmp` behind.
 */
import { rmSync } from "node:fs";

const pending = new Set<string>();
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
let onInterrupt: (() => void) | undefined;
let installed = false;

/** `notify` prints the "interrupted" line; it runs once, after the files are gone. */
export function setInterruptNotice(notify: () => void): void {
  onInterrupt = notify;
}

export function trackTemp(file: string): void {
  pending.add(file);
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[])
      process.on(signal, () => {
        // After the last rename there is nothing to undo, and nothing to announce.
        const interruptedWrite = pending.size > 0;
        removeAllTemps();
        if (interruptedWrite) onInterrupt?.();
        process.exit(SIGNAL_EXIT[signal]);
      });
  }
}

export function untrackTemp(file: string): void {
  pending.delete(file);
}

/** Synchronous: a signal handler must finish before the process exits. */
export function removeAllTemps(): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
}
