/**
 * A workbook in shapes no earlier fixture used, for the generalisation check of issue 7
 * (test/fixtures/xlsx/layouts/seed-001-combined.xlsx). The organisation, its district and
 * province, its fiscal years (2566 assessed), its indicator labels ("ตัวชี้วัดที่ ๒ ๒. การใช้
 * งบประมาณ", the number twice, Thai digits) and its OIT codes written with a Thai zero for the
 * letter O ("๐๑๒") come from seed 001, a measures report with no scores of its own. The scores
 * are therefore borrowed, and a note cell says so: seed 003's indicators and overall stand for
 * 2565, seed 000's 2568 indicators, overall and IIT/EIT question scores for 2566. INVENTED, and
 * said so: the OIT question scores (published 100 / not 0), the budget table, the levels of 2565.
 * Every §1 failure class of the issue appears, several at once.
 */
import ExcelJS from "exceljs";
import { round2 } from "../src/domain/numbers";
import { toThaiDigits } from "../src/domain/thai/digits";

type Cell = string | number | null;
type Scores = Record<string, number>;

export interface UnseenFigures {
  s001: { organization: string; district: string; province: string };
  /** Stands for 2565. */
  s003: { overall: Scores; indicators_2568: Scores };
  /** Its 2568 figures stand for 2566. */
  s000: {
    overall: Scores;
    indicators_2568: Scores;
    questions_2568: { IIT: Scores; EIT_part1: Scores; EIT_part2: Scores };
  };
}

/** Seed 001's own wording of each indicator ("๒. การใช้งบประมาณ"), with two small typos. */
const LABELS: Record<number, string> = {
  1: "๑. การปฏิบัติหน้าที่",
  2: "๒. การใช้งบประมาน",
  3: "๓. การใช้อำนาจ",
  4: "๔.การใช้ทรัพย์สินของทางราชการ",
  5: "๕. การแก้ไขปัญหาการทุจริต",
  6: "๖. คุณภาพการดำเนินงาน",
  7: "๗. ประสิทธิภาพการสื่อสาร",
  8: "๘. การปรับปรุงระบบการทำงาน",
  9: "๙. การเปิดเผยข้อมุล",
  10: "๑๐. การป้องกันการทุจริต",
};
const NOS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** OIT items seed 001 names under indicator 9, scores invented. */
export const OIT_001: Record<string, number> = { o12: 100, o13: 100, o14: 0, o15: 100, o19: 100 };
const NOTE =
  "หมายเหตุ: คะแนนในแฟ้มนี้ยืมจากรายงานอื่นและบางส่วนเป็นตัวเลขสมมติเพื่อใช้ทดสอบ (ดูคำอธิบายในสคริปต์สร้างแฟ้ม)";

const th = (n: number | string) => toThaiDigits(String(n));
const label = (no: number) => `ตัวชี้วัดที่ ${th(no)} ${LABELS[no]}`;
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function put(ws: ExcelJS.Worksheet, row: number, col: number, rows: Cell[][]): number {
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(row + r, col + c).value = v;
    })
  );
  return row + rows.length;
}

/** A cover sheet: the document title names the assessed year; the organisation and its place. */
function cover(wb: ExcelJS.Workbook, f: UnseenFigures): void {
  const ws = wb.addWorksheet("ปก");
  put(ws, 2, 2, [
    ["รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖"],
    [f.s001.organization],
    [`อำเภอ${f.s001.district} จังหวัด${f.s001.province}`],
  ]);
}

/**
 * 2565 on a sheet named in Thai digits; a two-row header, "ประเด็น" merged over both rows, a
 * group word (not a year) merged over คะแนน | ระดับ; scores typed as percentages.
 */
function year2565(wb: ExcelJS.Workbook, f: UnseenFigures): void {
  const ws = wb.addWorksheet("ปี ๒๕๖๕");
  put(ws, 1, 1, [["ผลการประเมินรายตัวชี้วัด"]]);
  put(ws, 3, 1, [
    ["ประเด็น", "ผลการประเมิน", null],
    [null, "คะแนน", "ระดับ"],
  ]);
  ws.mergeCells("A3:A4");
  ws.mergeCells("B3:C3");
  const rows: [string, number, string][] = [
    ...NOS.map((no): [string, number, string] => [
      label(no),
      f.s003.indicators_2568[no],
      f.s003.indicators_2568[no] >= 85 ? "A" : "B",
    ]),
    ["คะแนนภาพรวม", f.s003.overall["2568"], "A"],
  ];
  rows.forEach(([text, score, level], i) => {
    ws.getCell(5 + i, 1).value = text;
    const cell = ws.getCell(5 + i, 2);
    cell.value = Number((score / 100).toPrecision(12));
    cell.numFmt = "0.00%";
    ws.getCell(5 + i, 3).value = level;
  });
  put(ws, 18, 1, [[NOTE]]);
}

/**
 * 2566, one sheet: indicators as Thai-digit text under a title in Thai digits; an English tool
 * table with EIT parts, the overall and the national average; a budget table with ลำดับ and รวม
 * between; EIT questions wide (a year merged over ส่วนที่ ๑ | ส่วนที่ ๒); OIT codes "๐๑๒".
 */
function year2566(wb: ExcelJS.Workbook, f: UnseenFigures): void {
  const ws = wb.addWorksheet("ผล ITA ๒๕๖๖");
  const ind = f.s000.indicators_2568;
  const q = f.s000.questions_2568;
  let row = put(ws, 1, 1, [
    [`ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ${f.s001.organization}`],
    [],
    ["ตัวชี้วัด", "คะแนน"],
    ...NOS.map((no) => [label(no), th(ind[no].toFixed(2))]),
    [],
    ["ผลการเบิกจ่ายงบประมาณรายจ่ายประจำปี"],
    ["ลำดับ", "แผนงาน", "ร้อยละการเบิกจ่าย"],
    [th(1), "แผนงานบริหารงานทั่วไป", 88.25],
    [th(2), "แผนงานการศึกษา", 97.1],
    [th(3), "แผนงานเคหะและชุมชน", 61.4],
    ["รวม", null, 82.25],
    [],
    ["Tool", "Score"],
    ["IIT", round2(mean([1, 2, 3, 4, 5].map((n) => ind[n])))],
    ["EIT part 1", round2(mean(Object.values(q.EIT_part1)))],
    ["EIT part 2", round2(mean(Object.values(q.EIT_part2)))],
    ["OIT", round2(mean([9, 10].map((n) => ind[n])))],
    ["Overall score", f.s000.overall["2568"]],
    ["National average", 94.12],
    [],
  ]);
  const eitTop = row;
  row = put(ws, row, 1, [
    ["ข้อคำถาม", "ตัวชี้วัดที่", "ปีงบประมาณ ๒๕๖๖", null],
    [null, null, "ส่วนที่ ๑", "ส่วนที่ ๒"],
    ...Object.keys(q.EIT_part1).map((code, i) => [
      `ข้อ e${th(i + 1)}`,
      th(6 + Math.floor(i / 3)),
      q.EIT_part1[code],
      q.EIT_part2[code],
    ]),
  ]);
  ws.mergeCells(eitTop, 1, eitTop + 1, 1);
  ws.mergeCells(eitTop, 2, eitTop + 1, 2);
  ws.mergeCells(eitTop, 3, eitTop, 4);
  row = put(ws, row + 1, 1, [
    ["ข้อคำถาม", "คะแนน"],
    ...Object.entries(OIT_001).map(([code, v]) => [
      `${th("0" + code.slice(1))} ${code === "o12" ? "รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน" : ""}`.trim(),
      v,
    ]),
  ]);
  put(ws, row + 1, 1, [[NOTE]]);
}

/** IIT questions of 2566 in the long shape, a year column in Thai digits; an English header. */
function questionsLong(wb: ExcelJS.Workbook, f: UnseenFigures): void {
  const ws = wb.addWorksheet("คะแนนรายข้อ");
  put(ws, 1, 1, [
    ["ปีงบประมาณ", "Question", "Indicator", "Score"],
    ...Object.entries(f.s000.questions_2568.IIT).map(([code, v], i) => [
      "๒๕๖๖",
      code.toUpperCase(),
      th(Math.ceil((i + 1) / 3)),
      th(v),
    ]),
  ]);
}

/**
 * The same figures in the other shapes reports use, on one sheet: both years side by side with
 * a ลำดับ column, Thai-digit years merged over คะแนน | ระดับ, indicator, EIT-part and provincial
 * rows in one table; overall and tools turned so that years are rows; IIT questions wide by year.
 */
export function buildUnseenWideWorkbook(f: UnseenFigures): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  const ind65 = f.s003.indicators_2568;
  const ind66 = f.s000.indicators_2568;
  const q = f.s000.questions_2568;
  const p1 = round2(mean(Object.values(q.EIT_part1)));
  const p2 = round2(mean(Object.values(q.EIT_part2)));
  const iit = (ind: Scores) => round2(mean([1, 2, 3, 4, 5].map((n) => ind[n])));
  const oit = (ind: Scores) => round2(mean([9, 10].map((n) => ind[n])));
  let row = put(ws, 1, 1, [
    [`สรุปผลการประเมิน ITA ${f.s001.organization}`],
    [],
    ["ลำดับ", "ประเด็นการประเมิน", "ปีงบประมาณ พ.ศ. ๒๕๖๕", null, "ปีงบประมาณ พ.ศ. ๒๕๖๖", null],
    [null, null, "คะแนน", "ระดับ", "คะแนน", "ระดับ"],
    ...NOS.map((no) => [
      th(no),
      label(no).replace(/^ตัวชี้วัดที่ \S+ /, ""),
      ind65[no],
      null,
      ind66[no],
      null,
    ]),
    [null, "EIT (ส่วนที่ ๑)", null, null, p1, null],
    [null, "EIT (ส่วนที่ ๒)", null, null, p2, null],
    [null, "Provincial average", 91.5, null, 92.75, null],
  ]);
  ws.mergeCells("A3:A4");
  ws.mergeCells("B3:B4");
  ws.mergeCells("C3:D3");
  ws.mergeCells("E3:F3");
  row = put(ws, row + 1, 1, [
    ["ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนภาพรวม", "ระดับผลการประเมิน"],
    [
      "๒๕๖๕",
      iit(ind65),
      round2(mean([6, 7, 8].map((n) => ind65[n]))),
      oit(ind65),
      f.s003.overall["2568"],
      "A",
    ],
    [
      "๒๕๖๖",
      iit(ind66),
      round2(mean([6, 7, 8].map((n) => ind66[n]))),
      oit(ind66),
      f.s000.overall["2568"],
      "ผ่านดีเยี่ยม",
    ],
  ]);
  row = put(ws, row + 1, 1, [
    ["ข้อ", "ปี ๒๕๖๕", "ปี ๒๕๖๖"],
    ...Object.entries(q.IIT).map(([code, v]) => [`ข้อ ${code}`, null, th(v)]),
  ]);
  put(ws, row + 1, 1, [[NOTE]]);
  return wb;
}

export async function buildUnseenWorkbook(f: UnseenFigures): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  cover(wb, f);
  year2565(wb, f);
  year2566(wb, f);
  questionsLong(wb, f);
  return Promise.resolve(wb);
}
