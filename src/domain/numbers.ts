/**
 * Rounding as Excel's ROUND does it: half away from zero, on the decimal value the user sees
 * (2.675 -> 2.68), so the engine's figures equal the generated formulas' results.
 */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(x).toPrecision(15)}e${digits}`);
  const result = sign * Number(`${Math.round(shifted)}e-${digits}`);
  return result === 0 ? 0 : result;
}

export const round2 = (x: number): number => round(x, 2);
