/**
 * Rounding as Excel's ROUND does it: half away from zero, on the decimal value the user sees
 * (2.675 -> 2.68), so the engine's figures equal the generated formulas' results.
 * The 15 significant digits are read with their own exponent, so very small (1e-12) and very
 * large (5e15) figures round too instead of turning into NaN.
 */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const [mantissa, exponent = "0"] = Math.abs(x).toPrecision(15).split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`);
  // Division by a power of ten is correctly rounded: the nearest double to the decimal result.
  const result = (sign * Math.round(shifted)) / 10 ** digits;
  return result === 0 ? 0 : result;
}

export const round2 = (x: number): number => round(x, 2);

/** A score as every text shows it: two decimals, rounded as Excel rounds ("99.80"). */
export const fixed2 = (x: number): string => round2(x).toFixed(2);

/**
 * Below this a previous score counts as zero: a percent change from it would be undefined or
 * absurd (from 1e-12, +5e15 %). The generated formulas use the same bound.
 */
export const ZERO_BASE = 1e-9;

/** Whether a percent change can be worked out from this base. */
export function isUsableBase(base: number): boolean {
  return Number.isFinite(base) && Math.abs(base) >= ZERO_BASE;
}
