/**
 * `--thai-digits` reaches the tables: every number that prints on a generated sheet (the
 * comparison, the findings, the report document, the measures) keeps its numeric value and shows
 * Thai digits through its number format ([$-D00041E]…, which Excel and LibreOffice render; the
 * render test reads them back from LibreOffice's PDF). Section numbers in captions are Thai too.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, VARIANTS, writeVariant } from "../../scripts/render-variants";

let dir: string;
let book: ExcelJS.Workbook;
let inputSheets: string[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-digits-"));
  const variant = VARIANTS.find((v) => v.name === "th-thai-digits")!;
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(path.join(ROOT, variant.input));
  inputSheets = input.worksheets.map((ws) => ws.name);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await writeVariant(variant, dir));
}, 60_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** The last printed row of a sheet ("A1:H40" → 40); every row when no print area is set. */
function lastPrintedRow(ws: ExcelJS.Worksheet): number {
  const area = ws.pageSetup.printArea;
  const m = area ? /:\$?[A-Z]+\$?(\d+)$/.exec(area) : null;
  return m ? Number(m[1]) : ws.rowCount;
}

function isNumber(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (typeof v === "number") return true;
  return !!v && typeof v === "object" && "result" in v && typeof v.result === "number";
}

it("every printed number of a generated sheet shows Thai digits through its format", () => {
  const generated = book.worksheets.filter(
    (ws) => !inputSheets.includes(ws.name) && ws.state === "visible"
  );
  expect(generated.length).toBeGreaterThanOrEqual(5);
  const arabic: string[] = [];
  let numbers = 0;
  for (const ws of generated) {
    const last = lastPrintedRow(ws);
    ws.eachRow((row, r) => {
      if (r > last) return;
      row.eachCell((cell) => {
        if (!isNumber(cell)) return;
        numbers++;
        if (!/^\[\$-D0/.test(cell.numFmt ?? ""))
          arabic.push(`${ws.name}!${cell.address} ${cell.numFmt}`);
      });
    });
  }
  expect(numbers).toBeGreaterThan(50);
  expect(arabic).toEqual([]);
});

it("section numbers of the findings sheet are written in Thai digits", () => {
  const findings = book.worksheets.find((ws) => ws.name.startsWith("จุดอ่อน"))!;
  const captions: string[] = [];
  findings.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && /^[0-9๐-๙]+\. /.test(v)) captions.push(v);
  });
  expect(captions.length).toBeGreaterThan(2);
  expect(captions.filter((c) => /^[0-9]/.test(c))).toEqual([]);
});
