/**
 * Request size accounting. Excel on the web refuses a request (one sync) over 5 MB; we keep every
 * sync under PAYLOAD_BUDGET so that ordinary runs fit in one write sync and only genuinely huge
 * blocks are split.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * What the adapter plans against: our per-action estimates are close but not exact (the real
 * envelope differs by host), so 5% of the budget is kept in reserve.
 */
export const PLANNING_BUDGET = Math.floor(PAYLOAD_BUDGET * 0.95);

/** Fixed allowance for the envelope of one queued action (object path, ids, property names). */
export const ACTION_OVERHEAD = 120;

/** UTF-8 byte length of a string, without allocating (Thai letters take 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Size of a value as JSON on the wire, plus the action envelope. */
export function estimateBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "") + ACTION_OVERHEAD;
}

/**
 * Splits rows into consecutive slices whose JSON stays under `budget` bytes. A block that fits
 * (10,000 question rows are a few hundred kilobytes) stays one slice, so the number of syncs
 * does not depend on the size of ordinary input.
 */
export function chunkRows<T>(
  rows: readonly T[][],
  budget: number
): { start: number; rows: T[][] }[] {
  const chunks: { start: number; rows: T[][] }[] = [];
  let current: T[][] = [];
  let start = 0;
  let bytes = ACTION_OVERHEAD;
  rows.forEach((row, index) => {
    const rowBytes = utf8Length(JSON.stringify(row)) + 1;
    if (current.length > 0 && bytes + rowBytes > budget) {
      chunks.push({ start, rows: current });
      current = [];
      start = index;
      bytes = ACTION_OVERHEAD;
    }
    current.push(row);
    bytes += rowBytes;
  });
  if (current.length > 0) chunks.push({ start, rows: current });
  return chunks;
}
