/**
 * Builds the fixture workbooks (test/fixtures/xlsx/*.xlsx) and the demo workbook
 * (samples/sample-ita.xlsx) with ExcelJS. Run: `npx tsx scripts/build-fixtures.ts`.
 *
 * Figures come from ../shared/fixtures/seed-figures.json (or $ITA_SEED_FIGURES), i.e. from the
 * reference reports; the table layouts follow those reports (seed 000: "ตัวชี้วัดที่ |
 * รายละเอียดตัวชี้วัด | คะแนน", the Thai-digit "ตัวชี้วัดที่ ๑ … | ๑๐๐.๐๐" table, question tables
 * with EIT parts 1 and 2; seed 003: "แบบ | ลำดับ | รายละเอียดตัวชี้วัด | คะแนน"). All wording is ours.
 *
 * INVENTED FIGURES, said here and in a note cell of each workbook:
 * - seed 000: the 2567 indicator scores. Only the 2567 overall (96.67) is real; the invented
 *   indicators are chosen so that 0.3·IIT + 0.3·EIT + 0.4·OIT reproduces it exactly.
 * - the sample workbook: every figure (organisation, scores, questions, national average).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { toThaiDigits } from "../src/domain/thai/digits";
import { round2 } from "../src/domain/numbers";
import { buildUnseenWideWorkbook, buildUnseenWorkbook } from "./unseen-fixtures";
import { buildLayoutFixtures, NAMES } from "./layout-fixtures";

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures/xlsx");
const FONT = { name: "TH Sarabun New", size: 16 };
const TOOL_OF = (no: number): "IIT" | "EIT" | "OIT" => (no <= 5 ? "IIT" : no <= 8 ? "EIT" : "OIT");
const NOTE_INVENTED =
  "หมายเหตุ: คะแนนรายตัวชี้วัดของปีก่อนในแผ่นนี้เป็นตัวเลขสมมติเพื่อใช้ทดสอบ คะแนนภาพรวมของทั้งสองปีเป็นตัวเลขจริงจากรายงาน";
const NOTE_SAMPLE =
  "หมายเหตุ: ข้อมูลทั้งหมดในสมุดงานนี้เป็นข้อมูลสมมติเพื่อสาธิตการใช้งาน ไม่ใช่ผลการประเมินของหน่วยงานใด";

type Cell = string | number | null;
type Scores = Record<string, number>;

interface SeedFigures {
  "000_d90baeca0525fd39": {
    organization: string;
    district: string;
    province: string;
    overall: Scores;
    level: Record<string, string>;
    indicators_2568: Scores;
    questions_2568: { IIT: Scores; EIT_part1: Scores; EIT_part2: Scores };
  };
  "001_097b2e934efcc642": { organization: string; district: string; province: string };
  "003_1f36c2f3229b3e01": {
    organization: string;
    overall: Scores;
    district: string;
    province: string;
    indicators_2568: Scores;
  };
}

/* ------------------------------------------------------------------ helpers */

/** Writes a block of values with its top-left at (row, col), one-based; returns the next row. */
function put(ws: ExcelJS.Worksheet, row: number, col: number, rows: Cell[][]): number {
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(row + r, col + c).value = v;
    })
  );
  return row + rows.length;
}

/** Borders, header fill and the document font over a table block. */
function styleTable(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  headerRows = 1
) {
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
      if (r < top + headerRows) {
        cell.font = { ...FONT, bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      } else if (typeof cell.value === "number")
        cell.numFmt = Number.isInteger(cell.value) && cell.value > 1000 ? "0" : "0.00";
    }
}

function titles(ws: ExcelJS.Worksheet, lines: string[]): number {
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { ...FONT, bold: i === 0, size: i === 0 ? 18 : 16 };
  });
  return lines.length + 2;
}

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
    ws.getColumn(i + 1).font = FONT;
  });
  return ws;
}

/**
 * The bundled sample prints as staff would set it up: A4 portrait one page wide, rows tall enough
 * for TH Sarabun New 16 (LibreOffice keeps a row without a stored height at 15 pt), and
 * sequence and indicator numbers as "1", not "1.00".
 */
function printable(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  ws.eachRow((row) => {
    row.height = 24;
    row.eachCell((cell) => {
      if (typeof cell.value === "number" && Number.isInteger(cell.value) && cell.value <= 10)
        cell.numFmt = "0";
    });
  });
}

function note(ws: ExcelJS.Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, italic: true, color: { argb: "FF7F7F7F" } };
}

/** Tool means and the weighted overall, rounded as the reports do. */
function combine(ind: Scores): { IIT: number; EIT: number; OIT: number; overall: number } {
  const mean = (nos: number[]) => nos.reduce((s, n) => s + ind[String(n)], 0) / nos.length;
  const iit = mean([1, 2, 3, 4, 5]);
  const eit = mean([6, 7, 8]);
  const oit = mean([9, 10]);
  return {
    IIT: round2(iit),
    EIT: round2(eit),
    OIT: round2(oit),
    overall: round2(0.3 * iit + 0.3 * eit + 0.4 * oit),
  };
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  wb.creator = "ITA Analyzer fixtures";
  // Fixed dates keep the committed files stable from one build to the next.
  wb.created = new Date(Date.UTC(2025, 9, 1));
  wb.modified = wb.created;
  await wb.xlsx.writeFile(file);
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

/* ------------------------------------------------------------------ seed 000 */

/** Invented: reproduces the real 2567 overall 96.67 (IIT 96.50, EIT 95.73, OIT 97.50). */
const SEED_000_INDICATORS_2567: Scores = {
  "1": 98.5,
  "2": 95.2,
  "3": 97.8,
  "4": 96.4,
  "5": 94.6,
  "6": 97.3,
  "7": 95.1,
  "8": 94.8,
  "9": 96.0,
  "10": 99.0,
};

/** Names as seed 000's summary table prints them (its own spellings, kept as found). */
const SEED_000_SUMMARY_NAMES: Record<number, string> = {
  ...NAMES,
  1: "การปฏิบัติงานหน้าที่",
};

async function seed000(f: SeedFigures["000_d90baeca0525fd39"]): Promise<void> {
  if (combine(SEED_000_INDICATORS_2567).overall !== f.overall["2567"])
    throw new Error("invented 2567 indicators no longer reproduce the real overall");
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "ผลการประเมิน ITA", [16, 42, 14, 24]);
  let row = titles(ws, [
    "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)",
    f.organization,
    `อำเภอ${f.district} จังหวัด${f.province}`,
    "ปีงบประมาณ พ.ศ. 2568",
  ]);
  const overallTop = row;
  row = put(ws, row, 1, [
    ["ปีงบประมาณ", "คะแนน ITA", "ระดับผลการประเมิน"],
    [2567, f.overall["2567"], f.level["2567"]],
    [2568, f.overall["2568"], f.level["2568"]],
  ]);
  styleTable(ws, overallTop, 1, row - 1, 3);
  row += 1;
  const indTop = row;
  const ind: Cell[][] = [["ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน"]];
  for (let no = 1; no <= 10; no++)
    ind.push([no, SEED_000_SUMMARY_NAMES[no], f.indicators_2568[String(no)]]);
  row = put(ws, row, 1, ind);
  styleTable(ws, indTop, 1, row - 1, 3);

  // The report's second table: Thai digits as text, tool label on the first row of each tool.
  const thai = sheet(wb, "รายตัวชี้วัด (เลขไทย)", [44, 14, 18]);
  let tr = titles(thai, ["ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๘"]);
  const thaiTop = tr;
  const thaiRows: Cell[][] = [["ตัวชี้วัด", "คะแนน", "คะแนนรายเครื่องมือ"]];
  for (let no = 1; no <= 10; no++) {
    const score = toThaiDigits(f.indicators_2568[String(no)].toFixed(2));
    const first = no === 1 || no === 6 || no === 9;
    thaiRows.push([
      `ตัวชี้วัดที่ ${toThaiDigits(String(no))} ${NAMES[no]}`,
      score,
      first ? `คะแนน ${TOOL_OF(no)}` : null,
    ]);
  }
  tr = put(thai, tr, 1, thaiRows);
  styleTable(thai, thaiTop, 1, tr - 1, 3);

  const prev = sheet(wb, "ปีก่อน", [16, 42, 14]);
  let pr = titles(prev, ["ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2567"]);
  const prevTop = pr;
  const prevRows: Cell[][] = [["ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน ปี 2567"]];
  for (let no = 1; no <= 10; no++)
    prevRows.push([no, NAMES[no], SEED_000_INDICATORS_2567[String(no)]]);
  pr = put(prev, pr, 1, prevRows);
  styleTable(prev, prevTop, 1, pr - 1, 3);
  note(prev, pr + 1, NOTE_INVENTED);

  questions000(sheet(wb, "ข้อคำถาม 2568", [12, 30, 14, 12, 12, 12]), f);
  await save(wb, path.join(FIXTURES, "seed-000-muangmai.xlsx"));
}

/** IIT questions (one score) and EIT questions (parts 1 and 2 under a merged "คะแนน" header). */
function questions000(ws: ExcelJS.Worksheet, f: SeedFigures["000_d90baeca0525fd39"]): void {
  let row = titles(ws, ["คะแนนรายข้อคำถาม ปีงบประมาณ พ.ศ. 2568"]);
  const iitTop = row;
  const iit: Cell[][] = [["ตัวชี้วัด", "รายละเอียดตัวชี้วัด", "เครื่องมือการประเมิน", "ข้อคำถาม", "คะแนน"]];
  for (let q = 1; q <= 15; q++) {
    const no = Math.ceil(q / 3);
    const first = q % 3 === 1;
    iit.push([
      first ? no : null,
      first ? NAMES[no] : null,
      first ? "IIT" : null,
      `ข้อ i${q}`,
      f.questions_2568.IIT[`i${q}`],
    ]);
  }
  row = put(ws, row, 1, iit);
  styleTable(ws, iitTop, 1, row - 1, 5);
  row += 1;
  const eitTop = row;
  const eit: Cell[][] = [
    ["ตัวชี้วัด", "รายละเอียดตัวชี้วัด", "เครื่องมือการประเมิน", "ข้อคำถาม", "คะแนน", null],
    [null, null, null, null, "ส่วนที่ 1", "ส่วนที่ 2"],
  ];
  for (let q = 1; q <= 9; q++) {
    const no = 5 + Math.ceil(q / 3);
    const first = q % 3 === 1;
    eit.push([
      first ? no : null,
      first ? NAMES[no] : null,
      first ? "EIT" : null,
      `ข้อ e${q}`,
      f.questions_2568.EIT_part1[`e${q}`],
      f.questions_2568.EIT_part2[`e${q}`],
    ]);
  }
  row = put(ws, row, 1, eit);
  for (let c = 1; c <= 4; c++) ws.mergeCells(eitTop, c, eitTop + 1, c);
  ws.mergeCells(eitTop, 5, eitTop, 6);
  styleTable(ws, eitTop, 1, row - 1, 6, 2);
}

/* ------------------------------------------------------------------ seed 003 */

async function seed003(f: SeedFigures["003_1f36c2f3229b3e01"]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "สรุปผล ITA 2568", [10, 10, 40, 12]);
  let row = titles(ws, [
    "สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. 2568",
    f.organization,
    `อำเภอ${f.district} จังหวัด${f.province}`,
  ]);
  const top = row;
  const rows: Cell[][] = [["แบบ", "ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน"]];
  for (let no = 1; no <= 10; no++) {
    const first = no === 1 || no === 6 || no === 9;
    rows.push([first ? TOOL_OF(no) : null, no, NAMES[no], f.indicators_2568[String(no)]]);
  }
  row = put(ws, row, 1, rows);
  // The report merges the tool cell down over its indicators.
  ws.mergeCells(top + 1, 1, top + 5, 1);
  ws.mergeCells(top + 6, 1, top + 8, 1);
  ws.mergeCells(top + 9, 1, top + 10, 1);
  styleTable(ws, top, 1, row - 1, 4);
  await save(wb, path.join(FIXTURES, "seed-003-khamniam.xlsx"));
}

/* ------------------------------------------------------------------ bad inputs */

async function badInputs(f: SeedFigures["003_1f36c2f3229b3e01"]): Promise<void> {
  const none = new ExcelJS.Workbook();
  const ws = sheet(none, "บันทึก", [60]);
  put(ws, 1, 1, [["รายการประชุมประจำเดือน"], ["วาระที่ ๑ เรื่องแจ้งเพื่อทราบ"], ["วาระที่ ๒ เรื่องอื่น ๆ"]]);
  await save(none, path.join(FIXTURES, "bad-no-table.xlsx"));

  // Seed 003's table with two typing mistakes: a word where a score belongs, and 105.
  const bad = new ExcelJS.Workbook();
  const bs = sheet(bad, "คะแนน", [10, 10, 40, 12]);
  const top = titles(bs, ["สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. 2568", f.organization]);
  const rows: Cell[][] = [["แบบ", "ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน"]];
  for (let no = 1; no <= 10; no++) {
    const score = no === 4 ? "เต็ม" : no === 7 ? 105 : f.indicators_2568[String(no)];
    rows.push([no === 1 || no === 6 || no === 9 ? TOOL_OF(no) : null, no, NAMES[no], score]);
  }
  const end = put(bs, top, 1, rows);
  styleTable(bs, top, 1, end - 1, 4);
  await save(bad, path.join(FIXTURES, "bad-scores.xlsx"));
}

/* ------------------------------------------------------------------ sample */

/** Invented demo figures: a year of small gains, one OIT indicator still below 85. */
const SAMPLE: Record<number, Scores> = {
  2567: {
    "1": 92.45,
    "2": 88.1,
    "3": 95.3,
    "4": 90.2,
    "5": 93.75,
    "6": 91.4,
    "7": 86.25,
    "8": 84.6,
    "9": 81.0,
    "10": 87.5,
  },
  2568: {
    "1": 96.8,
    "2": 90.35,
    "3": 97.1,
    "4": 89.4,
    "5": 95.2,
    "6": 93.85,
    "7": 88.9,
    "8": 83.15,
    "9": 78.5,
    "10": 92.0,
  },
};
const SAMPLE_NATIONAL: Scores = { "2567": 90.12, "2568": 91.05 };

/** Three question scores averaging the indicator's score, none above 100. */
function spread(score: number, i: number, step: number): number {
  const d = Math.min(step, 100 - score);
  return round2(score + (i === 0 ? d : i === 2 ? -d : 0));
}

async function sample(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "คะแนน ITA", [12, 48, 12, 12, 16, 16]);
  let row = titles(ws, [
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    "องค์การบริหารส่วนตำบลตัวอย่าง",
    "อำเภอเมือง จังหวัดขอนแก่น",
    "ปีงบประมาณ พ.ศ. 2568",
  ]);
  const c67 = combine(SAMPLE[2567]);
  const c68 = combine(SAMPLE[2568]);

  // Overall and tools, with a merged two-row header ("คะแนน" over the two years).
  const ovTop = row;
  row = put(ws, row, 1, [
    ["ลำดับ", "รายการ", "คะแนน", null, "ระดับผลการประเมิน", null],
    [null, null, "ปี 2567", "ปี 2568", "ปี 2567", "ปี 2568"],
    [null, "คะแนนภาพรวม ITA", c67.overall, c68.overall, "ผ่าน", "ผ่านดี"],
    [1, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", c67.IIT, c68.IIT, null, null],
    [2, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", c67.EIT, c68.EIT, null, null],
    [3, "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)", c67.OIT, c68.OIT, null, null],
    [null, "ค่าเฉลี่ยภาพรวมระดับประเทศ", SAMPLE_NATIONAL["2567"], SAMPLE_NATIONAL["2568"], null, null],
  ]);
  ws.mergeCells(ovTop, 1, ovTop + 1, 1);
  ws.mergeCells(ovTop, 2, ovTop + 1, 2);
  ws.mergeCells(ovTop, 3, ovTop, 4);
  ws.mergeCells(ovTop, 5, ovTop, 6);
  styleTable(ws, ovTop, 1, row - 1, 6, 2);
  row += 1;

  const indTop = row;
  const ind: Cell[][] = [
    ["ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน", null, "เครื่องมือ"],
    [null, null, "ปี 2567", "ปี 2568", null],
  ];
  for (let no = 1; no <= 10; no++)
    ind.push([no, NAMES[no], SAMPLE[2567][String(no)], SAMPLE[2568][String(no)], TOOL_OF(no)]);
  row = put(ws, row, 1, ind);
  ws.mergeCells(indTop, 1, indTop + 1, 1);
  ws.mergeCells(indTop, 2, indTop + 1, 2);
  ws.mergeCells(indTop, 3, indTop, 4);
  ws.mergeCells(indTop, 5, indTop + 1, 5);
  styleTable(ws, indTop, 1, row - 1, 5, 2);
  note(ws, row + 1, NOTE_SAMPLE);

  sampleQuestions(sheet(wb, "ข้อคำถาม", [12, 14, 12, 12, 12, 12]));
  wb.eachSheet(printable);
  await save(wb, path.join(ROOT, "samples/sample-ita.xlsx"));
}

function sampleQuestions(ws: ExcelJS.Worksheet): void {
  let row = titles(ws, ["คะแนนรายข้อคำถาม ปีงบประมาณ พ.ศ. 2567 และ 2568"]);
  const iitTop = row;
  const iit: Cell[][] = [["ข้อคำถาม", "ตัวชี้วัดที่", "ปี 2567", "ปี 2568"]];
  for (let q = 1; q <= 15; q++) {
    const no = Math.ceil(q / 3);
    iit.push([
      `i${q}`,
      no,
      spread(SAMPLE[2567][String(no)], (q - 1) % 3, 2),
      spread(SAMPLE[2568][String(no)], (q - 1) % 3, 1.5),
    ]);
  }
  row = put(ws, row, 1, iit);
  styleTable(ws, iitTop, 1, row - 1, 4);
  row += 1;

  // EIT: each year over its two parts, a two-row header with merged year cells.
  const eitTop = row;
  const eit: Cell[][] = [
    ["ข้อคำถาม", "ตัวชี้วัดที่", "ปี 2567", null, "ปี 2568", null],
    [null, null, "ส่วนที่ 1", "ส่วนที่ 2", "ส่วนที่ 1", "ส่วนที่ 2"],
  ];
  for (let q = 1; q <= 9; q++) {
    const no = 5 + Math.ceil(q / 3);
    const i = (q - 1) % 3;
    const s67 = spread(SAMPLE[2567][String(no)], i, 2);
    const s68 = spread(SAMPLE[2568][String(no)], i, 2.5);
    eit.push([
      `e${q}`,
      no,
      s67,
      round2(Math.min(100, s67 + 3)),
      s68,
      round2(Math.min(100, s68 + 2.5)),
    ]);
  }
  row = put(ws, row, 1, eit);
  ws.mergeCells(eitTop, 1, eitTop + 1, 1);
  ws.mergeCells(eitTop, 2, eitTop + 1, 2);
  ws.mergeCells(eitTop, 3, eitTop, 4);
  ws.mergeCells(eitTop, 5, eitTop, 6);
  styleTable(ws, eitTop, 1, row - 1, 6, 2);
  row += 1;

  // OIT 2568: items are published (100) or not (0).
  const oitTop = row;
  const unpublished = new Set([3, 8, 14, 17, 23]);
  const oit: Cell[][] = [["ข้อคำถาม", "ตัวชี้วัดที่", "ปี 2568"]];
  for (let q = 1; q <= 26; q++) oit.push([`o${q}`, q <= 20 ? 9 : 10, unpublished.has(q) ? 0 : 100]);
  row = put(ws, row, 1, oit);
  styleTable(ws, oitTop, 1, row - 1, 3);
}

/* ------------------------------------------------------------------ main */

/** Seed 001's shapes with borrowed scores (scripts/unseen-fixtures.ts says which). */
async function unseen(figures: SeedFigures): Promise<void> {
  const wb = await buildUnseenWorkbook({
    s001: figures["001_097b2e934efcc642"],
    s003: figures["003_1f36c2f3229b3e01"],
    s000: figures["000_d90baeca0525fd39"],
  });
  wb.creator = "ITA Analyzer fixtures";
  wb.created = new Date(Date.UTC(2025, 9, 1));
  wb.modified = wb.created;
  await wb.xlsx.writeFile(path.join(FIXTURES, "layouts", "seed-001-combined.xlsx"));
  console.log("wrote layouts/seed-001-combined.xlsx");
  const wide = buildUnseenWideWorkbook({
    s001: figures["001_097b2e934efcc642"],
    s003: figures["003_1f36c2f3229b3e01"],
    s000: figures["000_d90baeca0525fd39"],
  });
  wide.creator = wb.creator;
  wide.created = wb.created;
  wide.modified = wb.created;
  await wide.xlsx.writeFile(path.join(FIXTURES, "layouts", "seed-001-wide.xlsx"));
  console.log("wrote layouts/seed-001-wide.xlsx");
}

/** `npx tsx scripts/build-fixtures.ts layouts` rebuilds only the layout-class workbooks. */
async function main(): Promise<void> {
  const file =
    process.env.ITA_SEED_FIGURES ?? path.resolve(ROOT, "../shared/fixtures/seed-figures.json");
  const figures = JSON.parse(await fs.readFile(file, "utf8")) as SeedFigures;
  const only = process.argv[2];
  if (only === "sample") return sample();
  if (only !== "layouts") {
    await seed000(figures["000_d90baeca0525fd39"]);
    await seed003(figures["003_1f36c2f3229b3e01"]);
    await badInputs(figures["003_1f36c2f3229b3e01"]);
  }
  await buildLayoutFixtures(
    {
      s000: figures["000_d90baeca0525fd39"],
      s003: figures["003_1f36c2f3229b3e01"],
      invented2567: SEED_000_INDICATORS_2567,
    },
    path.join(FIXTURES, "layouts")
  );
  await unseen(figures);
  if (only !== "layouts") await sample();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
