/**
 * Scratch sheets: every run first builds its sheets under temporary names of the form
 * `ita-new-<token>-<n>` (earlier versions also moved sheets aside as `ita-old-<token>-<n>`).
 * When both the run and its clean-up fail (lost connection, cell-edit mode), such sheets stay
 * behind; the next run recognises them by this pattern and removes them first.
 */
const SCRATCH = /^ita-(new|old)-[0-9a-f]{6}-\d+$/;

export function isScratchName(name: string): boolean {
  return SCRATCH.test(name);
}

export function scratchName(token: string, index: number): string {
  return `ita-new-${token}-${index + 1}`;
}

/** A table on a scratch sheet that only proves the spec applies (see apply.ts). */
export function scratchTableName(token: string, index: number): string {
  return `ita_tmp_${token}_${index + 1}`;
}

export function randomToken(): string {
  return Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, "0");
}
