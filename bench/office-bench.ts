/**
 * `npm run bench:office`: the whole task-pane path (adapter read -> runPipeline -> adapter apply)
 * against the fake Excel host, for a small and a large input workbook, reporting the number of
 * syncs (read and apply together) and the largest single request. The point is that the sync
 * count does not grow with the input and that no request approaches Excel on the web's 5 MB limit.
 *
 * Input: the two-year comparison fixture plus a question sheet with 10 or 10,000 question rows
 * (codes past the framework are reported as warnings by the reader, as they would be for a user).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Grid } from "../src/domain/grid";
import { runPipeline } from "../src/domain/pipeline";
import { createOfficeWorkbook } from "../src/workbook/office";
import { fakeFromSnapshot } from "../test/support/fake-excel/from-snapshot";

const FIXTURE = path.resolve(__dirname, "../test/fixtures/grids/two-year-comparison.json");
const TOOLS = [
  ["i", "IIT"],
  ["e", "EIT"],
  ["o", "OIT"],
] as const;

function questionSheet(rows: number): Grid {
  const values: (string | number)[][] = [["ข้อคำถาม", "เครื่องมือ", "ปี 2567", "ปี 2568"]];
  for (let i = 0; i < rows; i++) {
    const [prefix, tool] = TOOLS[i % 3];
    values.push([`${prefix}${Math.floor(i / 3) + 1}`, tool, 70 + (i % 30), 75 + (i % 25)]);
  }
  return { sheet: "ข้อคำถาม", origin: { row: 0, col: 0 }, values };
}

async function measure(label: string, questionRows: number): Promise<void> {
  const base = (JSON.parse(readFileSync(FIXTURE, "utf8")) as { grids: Grid[] }).grids;
  const grids = [...base, questionSheet(questionRows)];
  const fake = fakeFromSnapshot({ grids, sheetNames: grids.map((g) => g.sheet) });
  const workbook = createOfficeWorkbook(fake);
  const snapshot = await workbook.read("workbook");
  const result = runPipeline(snapshot.grids, {
    render: { lang: "th", thaiDigits: false, era: "be", existingSheetNames: snapshot.sheetNames },
  });
  if (!result.ok)
    throw new Error(`${label}: the pipeline refused the input (${result.problems[0]?.code})`);
  await workbook.apply(result.spec);
  console.log(
    `${label}: syncs=${fake.host.stats.syncs} maxPayloadBytes=${fake.host.maxPayloadBytes}`
  );
}

async function main(): Promise<void> {
  await measure("small", 10);
  await measure("large", 10_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
