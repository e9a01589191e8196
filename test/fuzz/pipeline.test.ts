/**
 * The pipeline fuzz, bounded for `npm test` (`npm run fuzz -- --seconds 600` runs it long):
 * damaged real grids never make read -> analyse -> render throw, never put a non-finite number,
 * an over-long text or formula into a sheet, never show an unfilled message, and every spec they
 * produce is accepted by the fake Excel host through the Office adapter.
 */
import { fixtureGridSets, fuzzCase, runFuzzCase, specFaults } from "../support/pipeline-fuzz";

const CASES = Number(process.env.FUZZ_CASES ?? 400);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);

describe("pipeline fuzz", () => {
  const sets = fixtureGridSets();

  it("has fixture grids to damage", () => {
    expect(sets.length).toBeGreaterThan(3);
  });

  it(`${CASES} damaged workbooks from seed ${FIRST_SEED}: no crash, nothing Excel would refuse`, async () => {
    const faults: string[] = [];
    let written = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
      const outcome = await runFuzzCase(fuzzCase(seed, sets), seed % 4 === 0);
      if (!outcome.ok) faults.push(`seed ${seed}: ${outcome.fault}`);
      else written++;
    }
    expect(faults).toEqual([]);
    expect(written).toBe(CASES);
  });

  it("the fault detector itself finds what it must", () => {
    const bad = {
      sheets: [
        {
          name: "x",
          rows: [[{ value: Number.NaN }, { value: "ร้อยละ NaN" }, { formula: "A".repeat(9000) }]],
        },
      ],
    } as unknown as Parameters<typeof specFaults>[0];
    expect(specFaults(bad)).toHaveLength(3);
  });
});
