/** Buddhist era (พ.ศ.) = Common era + 543. All years inside the domain are Buddhist era. */
export const BE_OFFSET = 543;

export function ceToBe(ce: number): number {
  return ce + BE_OFFSET;
}

export function beToCe(be: number): number {
  return be - BE_OFFSET;
}

/** Years an ITA table can plausibly mention (ITA started in 2557 BE). */
export function isPlausibleBeYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2550 && year <= 2600;
}

export function isPlausibleCeYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2007 && year <= 2057;
}
