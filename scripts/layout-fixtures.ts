/**
 * Fixture workbooks for each layout class of issue 7 (test/fixtures/xlsx/layouts/), built from
 * the figures of the reference reports in the shapes real staff use. Called by
 * build-fixtures.ts. All wording is ours. Figures: seed 000 (overall 2567/2568, indicators,
 * EIT question parts), seed 003 (indicators 2568), the national average 2568 (93.82, domain
 * notes). INVENTED, and said so in a note cell: seed 000's 2567 indicators (passed in by the
 * caller), the provincial averages, and the figures of the budget and satisfaction tables.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { round2 } from "../src/domain/numbers";
import { toThaiDigits } from "../src/domain/thai/digits";

type Cell = string | number | null;
type Scores = Record<string, number>;

export interface LayoutFigures {
  s000: {
    organization: string;
    overall: Scores;
    level: Record<string, string>;
    indicators_2568: Scores;
    questions_2568: { EIT_part1: Scores; EIT_part2: Scores };
  };
  s003: { organization: string; overall: Scores; indicators_2568: Scores };
  /** Invented 2567 indicators of seed 000 that reproduce its real 2567 overall. */
  invented2567: Scores;
}

export const NAMES: Record<number, string> = {
  1: "การปฏิบัติหน้าที่",
  2: "การใช้งบประมาณ",
  3: "การใช้อำนาจ",
  4: "การใช้ทรัพย์สินของราชการ",
  5: "การแก้ไขปัญหาการทุจริต",
  6: "คุณภาพการดำเนินงาน",
  7: "ประสิทธิภาพการสื่อสาร",
  8: "การปรับปรุงการทำงาน",
  9: "การเปิดเผยข้อมูล",
  10: "การป้องกันการทุจริต",
};
const NAMES_EN: Record<number, string> = {
  1: "Performance of duty",
  2: "Use of budget",
  3: "Use of authority",
  4: "Use of government property",
  5: "Addressing corruption",
  6: "Quality of operations",
  7: "Communication efficiency",
  8: "Improvement of work systems",
  9: "Information disclosure",
  10: "Corruption prevention",
};
const NOS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const INVENTED = "หมายเหตุ: ตัวเลขบางส่วนในแฟ้มนี้เป็นตัวเลขสมมติเพื่อใช้ทดสอบ (ดูคำอธิบายในสคริปต์สร้างแฟ้ม)";

function put(ws: ExcelJS.Worksheet, row: number, col: number, rows: Cell[][]): number {
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(row + r, col + c).value = v;
    })
  );
  return row + rows.length;
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const toolMeans = (ind: Scores) => ({
  IIT: round2(mean([1, 2, 3, 4, 5].map((n) => ind[n]))),
  EIT: round2(mean([6, 7, 8].map((n) => ind[n]))),
  OIT: round2(mean([9, 10].map((n) => ind[n]))),
});

async function save(wb: ExcelJS.Workbook, dir: string, name: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  wb.creator = "ITA Analyzer fixtures";
  wb.created = new Date(Date.UTC(2025, 9, 1));
  wb.modified = wb.created;
  await wb.xlsx.writeFile(path.join(dir, name));
  console.log(`wrote ${path.join(path.basename(dir), name)}`);
}

/** A generic report word over year columns, each merged over "คะแนน | ระดับ" (one sheet per word). */
async function cornerWords(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const word of ["ผลการประเมิน", "รายการ", "หัวข้อ", "ประเด็น", "Item"]) {
    const ws = wb.addWorksheet(word);
    put(ws, 1, 1, [[`ผลการประเมิน ITA ${f.s000.organization}`]]);
    put(ws, 3, 1, [
      [word, "ปีงบประมาณ พ.ศ. ๒๕๖๗", null, "ปีงบประมาณ พ.ศ. ๒๕๖๘", null],
      [null, "คะแนน", "ระดับ", "คะแนน", "ระดับ"],
      [
        "คะแนนภาพรวม",
        f.s000.overall["2567"],
        f.s000.level["2567"],
        f.s000.overall["2568"],
        f.s000.level["2568"],
      ],
      ...NOS.map((no) => [
        `ตัวชี้วัดที่ ${no} ${NAMES[no]}`,
        f.invented2567[no],
        null,
        f.s000.indicators_2568[no],
        null,
      ]),
    ]);
    ws.mergeCells("B3:C3");
    ws.mergeCells("D3:E3");
    ws.mergeCells("A3:A4");
    put(ws, 17, 1, [[INVENTED]]);
  }
  await save(wb, dir, "corner-words.xlsx");
}

/** One sheet per year ("2567", "ปี 2568", "ผล ITA 2568"), yearless tables, a misleading document title. */
async function sheetPerYear(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("สรุป");
  put(cover, 1, 1, [
    ["รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568"],
    [f.s000.organization],
  ]);
  const y67 = wb.addWorksheet("2567");
  put(y67, 1, 1, [
    ["ตัวชี้วัด", "คะแนน"],
    ...NOS.map((no) => [NAMES[no], f.invented2567[no]]),
    ["คะแนนภาพรวม", f.s000.overall["2567"]],
  ]);
  put(y67, 14, 1, [[INVENTED]]);
  const tools = toolMeans(f.s000.indicators_2568);
  const y68a = wb.addWorksheet("ปี 2568");
  put(y68a, 1, 1, [
    ["ผลการประเมินรายเครื่องมือ"],
    [],
    ["เครื่องมือ", "คะแนน"],
    ["IIT", tools.IIT],
    ["EIT", tools.EIT],
    ["OIT", tools.OIT],
    ["คะแนนภาพรวม", f.s000.overall["2568"]],
  ]);
  const y68b = wb.addWorksheet("ผล ITA 2568");
  put(y68b, 2, 2, [
    ["ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน"],
    ...NOS.map((no) => [no, NAMES[no], f.s000.indicators_2568[no]]),
  ]);
  await save(wb, dir, "sheet-per-year.xlsx");
}

/** Several tables stacked on one sheet, each under its own year title; the last has none. */
async function stacked(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ผลการประเมิน");
  const tools = toolMeans(f.s000.indicators_2568);
  let row = put(ws, 1, 1, [
    [`ผลการประเมิน ITA ${f.s000.organization} ปีงบประมาณ พ.ศ. 2568`],
    [],
    ["ตารางที่ 1 ผลการประเมินปีงบประมาณ พ.ศ. 2567"],
    ["ตัวชี้วัด", "คะแนน"],
    ...NOS.map((no) => [NAMES[no], f.invented2567[no]]),
    [],
    [],
    ["ตารางที่ 2 ผลการประเมินปีงบประมาณ พ.ศ. 2568"],
    ["ตัวชี้วัด", "คะแนน"],
    ...NOS.map((no) => [NAMES[no], f.s000.indicators_2568[no]]),
    [],
    ["เครื่องมือ", "คะแนน"],
    ["IIT", tools.IIT],
    ["EIT", tools.EIT],
    ["OIT", tools.OIT],
  ]);
  put(ws, row + 1, 1, [[INVENTED]]);
  await save(wb, dir, "stacked-tables.xlsx");
}

/** Seed 003's table with a satisfaction table and a budget table (ลำดับ, รวม) on the same sheet. */
async function unrelated(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("สรุปผล");
  let row = put(ws, 1, 1, [
    [`สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. 2568 ${f.s003.organization}`],
    [],
    ["ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน"],
    ...NOS.map((no) => [no, NAMES[no], f.s003.indicators_2568[no]]),
    ["ภาพรวม", null, f.s003.overall["2568"]],
  ]);
  row = put(ws, row + 1, 1, [
    ["ผลการสำรวจความพึงพอใจของผู้รับบริการ ปีงบประมาณ พ.ศ. 2568"],
    ["ลำดับ", "ประเด็นความพึงพอใจ", "คะแนนเฉลี่ย"],
    [1, "ความสะดวกในการติดต่อ", 88.4],
    [2, "ความเหมาะสมของขั้นตอน", 86.2],
    [3, "ความสุภาพของเจ้าหน้าที่", 94.5],
    [null, "รวม", 89.7],
  ]);
  row = put(ws, row + 1, 1, [
    ["ผลการเบิกจ่ายงบประมาณตามแผนงาน"],
    ["ลำดับ", "แผนงาน", "คะแนนผลการดำเนินงาน"],
    [1, "แผนงานเคหะและชุมชน", 72.5],
    [2, "แผนงานการศึกษา", 91],
    [3, "แผนงานสาธารณสุข", 64.25],
    ["รวม", null, 75.92],
  ]);
  put(ws, row + 1, 1, [[INVENTED]]);
  await save(wb, dir, "unrelated-tables.xlsx");
}

/** Scores typed as percentages (98.84% is stored as 0.9884). */
async function percent(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ITA 2568");
  put(ws, 1, 1, [["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"], ["ตัวชี้วัด", "คะแนน"]]);
  NOS.forEach((no, i) => {
    ws.getCell(3 + i, 1).value = `ตัวชี้วัดที่ ${toThaiDigits(String(no))} ${NAMES[no]}`;
    const cell = ws.getCell(3 + i, 2);
    cell.value = Number((f.s003.indicators_2568[no] / 100).toPrecision(12));
    cell.numFmt = "0.00%";
  });
  await save(wb, dir, "percent-scores.xlsx");
}

/** A date-formatted score and a formula with no cached result: both named problems. */
async function badCells(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ITA 2568");
  put(ws, 1, 1, [
    ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"],
    ["ตัวชี้วัด", "คะแนน"],
    ...NOS.map((no) => [NAMES[no], f.s003.indicators_2568[no]]),
  ]);
  // Indicator 6 typed into a date-formatted cell; the overall as a formula never calculated.
  ws.getCell("B8").numFmt = "d/m/yyyy";
  ws.getCell("A13").value = "คะแนนภาพรวม";
  ws.getCell("B13").value = { formula: "ROUND(AVERAGE(B3:B12),2)" } as ExcelJS.CellFormulaValue;
  await save(wb, dir, "date-and-uncalculated.xlsx");
}

/** Tool tables with EIT parts and "คะแนนภาพรวม", as rows and as columns. */
async function labels(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const tools = toolMeans(f.s000.indicators_2568);
  const p1 = round2(mean(Object.values(f.s000.questions_2568.EIT_part1)));
  const p2 = round2(mean(Object.values(f.s000.questions_2568.EIT_part2)));
  const rows = wb.addWorksheet("รายเครื่องมือ");
  put(rows, 1, 1, [
    ["ผลการประเมินรายเครื่องมือ ปีงบประมาณ พ.ศ. 2568"],
    ["เครื่องมือ", "คะแนน"],
    ["IIT", tools.IIT],
    ["EIT ส่วนที่ 1", p1],
    ["EIT ส่วนที่ 2", p2],
    ["OIT", tools.OIT],
    ["คะแนนภาพรวม", f.s000.overall["2568"]],
  ]);
  const cols = wb.addWorksheet("แนวนอน");
  put(cols, 1, 1, [
    ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"],
    ["หน่วยงาน", "IIT", "EIT (ส่วนที่ 1)", "EIT part 2", "OIT", "คะแนนภาพรวม"],
    [f.s000.organization, tools.IIT, p1, p2, tools.OIT, f.s000.overall["2568"]],
  ]);
  await save(wb, dir, "eit-parts-and-overall.xlsx");
}

/** English labels: Indicator / Tool / Overall score / Provincial and National average. */
async function english(f: LayoutFigures, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ITA");
  const tools = toolMeans(f.s003.indicators_2568);
  let row = put(ws, 1, 1, [
    ["ITA results, fiscal year 2025"],
    [],
    ["Indicator", "Indicator name", "Score"],
    ...NOS.map((no) => [no, NAMES_EN[no], f.s003.indicators_2568[no]]),
    ["Overall score", null, f.s003.overall["2568"]],
    ["Provincial average", null, 92.15],
    ["National average", null, 93.82],
  ]);
  row = put(ws, row + 1, 1, [
    ["Tool", "Score"],
    ["IIT", tools.IIT],
    ["EIT", tools.EIT],
    ["OIT", tools.OIT],
    ["Province", 91.4],
  ]);
  put(ws, row + 1, 1, [["Note: the provincial averages in this file are invented for testing."]]);
  await save(wb, dir, "english-labels.xlsx");
}

export async function buildLayoutFixtures(f: LayoutFigures, dir: string): Promise<void> {
  await cornerWords(f, dir);
  await sheetPerYear(f, dir);
  await stacked(f, dir);
  await unrelated(f, dir);
  await percent(f, dir);
  await badCells(f, dir);
  await labels(f, dir);
  await english(f, dir);
}
