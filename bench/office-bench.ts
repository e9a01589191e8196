/**
 * `npm run bench:office`: the whole task-pane path (adapter read -> runPipeline -> adapter apply)
 * against the fake Excel host, for a small and a large input workbook, reporting the number of
 * syncs (read, apply, and a re-run that rewrites the sheets in place) and the largest request and
 * response. The point is that the sync count does not grow with the input and that no request or
 * response approaches Excel on the web's 5 MB limit, even with a stray value at XFD1048576.
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

async function measure(label: string, questionRows: number, stray = false): Promise<void> {
  const base = (JSON.parse(readFileSync(FIXTURE, "utf8")) as { grids: Grid[] }).grids;
  const grids = [...base, questionSheet(questionRows)];
  const fake = fakeFromSnapshot({ grids, sheetNames: grids.map((g) => g.sheet) });
  if (stray) fake.host.setCell("ข้อคำถาม", "XFD1048576", "หมายเหตุ");
  const workbook = createOfficeWorkbook(fake);
  const stats = fake.host.stats;
  const snapshot = await workbook.read("workbook");
  const readSyncs = stats.syncs;
  const render = { lang: "th" as const, thaiDigits: false, era: "be" as const };
  const result = runPipeline(snapshot.grids, {
    render: { ...render, existingSheetNames: snapshot.sheetNames },
  });
  if (!result.ok)
    throw new Error(`${label}: the pipeline refused the input (${result.problems[0]?.code})`);
  await workbook.apply(result.spec);
  const applySyncs = stats.syncs - readSyncs;
  // A re-run that replaces the sheets just written (rewritten in place).
  const before = stats.syncs;
  const replace = result.spec.sheets.map((s) => s.name);
  await workbook.apply(result.spec, { replace });
  const rerunSyncs = stats.syncs - before;
  console.log(
    `${label}: read syncs=${readSyncs} apply syncs=${applySyncs} re-run (replace) syncs=${rerunSyncs}` +
      ` total=${stats.syncs} maxPayloadBytes=${fake.host.maxPayloadBytes}` +
      ` maxResponseBytes=${fake.host.maxResponseBytes}`
  );
}

async function main(): Promise<void> {
  await measure("small", 10);
  await measure("large", 10_000);
  await measure("large + stray value at XFD1048576", 10_000, true);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
