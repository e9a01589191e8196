/**
 * Figures of the reference reports (../shared/fixtures/seed-figures.json — facts, not wording),
 * shared by the tests that reproduce them. Copied here so tests do not depend on a path outside
 * the repository.
 */

/** Seed 000 (อบต.เมืองใหม่), indicator scores of 2568. */
export const INDICATORS_000_2568 = {
  1: 100,
  2: 99.1,
  3: 100,
  4: 100,
  5: 100,
  6: 99.92,
  7: 99.5,
  8: 99.08,
  9: 100,
  10: 100,
};

/** Seed 003 (อบต.คำเนียม), indicator scores of 2568. */
export const INDICATORS_003_2568 = {
  1: 100,
  2: 100,
  3: 99.81,
  4: 100,
  5: 100,
  6: 98.84,
  7: 98.84,
  8: 98.41,
  9: 77,
  10: 90,
};

/** Seed 000's 2567 indicators as scripts/build-fixtures.ts invents them (its 2567 overall 96.67 is real). */
export const INDICATORS_000_2567_INVENTED: Record<number, number> = {
  1: 98.5,
  2: 95.2,
  3: 97.8,
  4: 96.4,
  5: 94.6,
  6: 97.3,
  7: 95.1,
  8: 94.8,
  9: 96,
  10: 99,
};
