/**
 * The comparison sheet, cell by cell (formula and cached value) and number format by range, is
 * what it was when the snapshots were stored (test/fixtures/spec-snapshots): the sample, both
 * seed workbooks, typed EIT parts, percent cells, one sheet per year, captured grids, and three
 * years with Thai-digit text scores, in Thai and in English with CE years and Thai digits.
 * The snapshots were taken from `main` before rendering stopped reading the ScoreBook (it now
 * takes each figure's provenance from the Analysis), so this proves the move changed nothing.
 * After a deliberate change: `npx tsx scripts/spec-snapshot.ts --write`, and review the diff.
 */
import { readFileSync } from "node:fs";
import {
  SNAPSHOT_INPUTS,
  SNAPSHOT_VARIANTS,
  snapshotFile,
  specSnapshot,
} from "../../support/spec-snapshot";

describe("generated comparison sheet against the stored snapshot", () => {
  for (const input of SNAPSHOT_INPUTS)
    for (const [variant, options] of Object.entries(SNAPSHOT_VARIANTS))
      it(`${input.name} (${variant}) is unchanged`, async () => {
        const stored = readFileSync(snapshotFile(input.name, variant), "utf8");
        const now = await specSnapshot(input, options, ["comparison"]);
        expect(now.split("\n")).toEqual(stored.split("\n"));
      });
});
