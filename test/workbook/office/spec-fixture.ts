/**
 * A hand-made WorkbookSpec that uses every feature the adapter writes, with a marker cell whose
 * fingerprint is computed the way the report stage does it. `questionRows` scales the data block.
 */
import { a1, rangeA1 } from "../../../src/domain/grid";
import { fingerprint, markerToken, MARKER_VERSION } from "../../../src/domain/report/marker";
import type { CellSpec, SheetKey, SheetSpec, WorkbookSpec } from "../../../src/domain/spec";

export const RISKY_TEXT = [
  '=HYPERLINK("http://x","y")',
  "+abc",
  "-x",
  "@y",
  "'quoted",
  "2567",
  "TRUE",
  "12%",
];

function withMarker(
  key: SheetKey,
  name: string,
  rows: (CellSpec | null)[][],
  base: Partial<SheetSpec>
): SheetSpec {
  const print = fingerprint(
    rows.map((row) => row.map((c) => (c?.formula ? `=${c.formula}` : c?.value)))
  );
  const marker = { key, version: MARKER_VERSION, fingerprint: print };
  const withFooter = [...rows, [{ value: `สร้างโดย ITA Analyzer ${markerToken(marker)}` }]];
  return {
    key,
    name,
    rows: withFooter,
    defaultFont: { name: "TH Sarabun New", size: 14 },
    columnWidths: [],
    rowHeights: {},
    formats: [],
    merges: [],
    conditionalFormats: [],
    tables: [],
    validations: [],
    charts: [],
    print: { orientation: "portrait", paper: "A4", fitToWidth: 1, fitToHeight: 0 },
    marker,
    ...base,
  };
}

export function comparisonSheet(questionRows: number, name = "เปรียบเทียบ ITA"): SheetSpec {
  const header: CellSpec[] = ["ข้อ", "คำถาม", "2567", "2568", "ผลต่าง", "หมายเหตุ"].map((value) => ({
    value,
  }));
  const body: CellSpec[][] = [];
  for (let i = 0; i < questionRows; i++) {
    const line = i + 3;
    body.push([
      { value: `i${i + 1}` },
      { value: RISKY_TEXT[i % RISKY_TEXT.length] + ` คำถามข้อที่ ${i + 1}` },
      { formula: `'ข้อมูล'!B${line}`, value: 80 },
      { formula: `'ข้อมูล'!C${line}`, value: 85 },
      { formula: `ROUND(D${line}-C${line},2)`, value: 5 },
      { value: i % 2 === 0 ? RISKY_TEXT[i % RISKY_TEXT.length] : "" },
    ]);
  }
  const last = body.length + 2;
  return withMarker("comparison", name, [[{ value: "ผลการเปรียบเทียบ" }], header, ...body], {
    columnWidths: [8, 60, 10, 10, 10, 20],
    rowHeights: { 0: 28 },
    formats: [
      {
        range: "A1:F1",
        style: { font: { bold: true, size: 18, color: "#1F3864" }, horizontal: "center" },
      },
      { range: `A2:F${last}`, style: { border: "thin", borderColor: "#808080", wrap: true } },
      { range: `C3:E${last}`, style: { numberFormat: "0.00", horizontal: "right" } },
      { range: "A2:F2", style: { fill: "#D9E1F2", font: { bold: true }, vertical: "middle" } },
    ],
    merges: ["A1:F1"],
    freeze: { rows: 2, columns: 2 },
    conditionalFormats: [
      {
        range: `E3:E${last}`,
        rule: { kind: "cellValue", operator: "lessThan", formula1: "0" },
        style: { fontColor: "#C00000", bold: true },
      },
      {
        range: `A3:F${last}`,
        rule: { kind: "expression", formula: "$E3>=10" },
        style: { fill: "#E2EFDA" },
      },
    ],
    tables: [{ name: "ITA_Comparison", range: `A2:F${last}`, style: "TableStyleLight9" }],
    charts: [
      {
        kind: "barClustered",
        title: "คะแนนรายข้อ",
        categories: `A3:A${last}`,
        series: [
          { name: "2567", values: `C3:C${last}` },
          { name: "2568", values: `D3:D${last}` },
        ],
        anchor: { from: "H2", to: "P20" },
        valueAxis: { min: 0, max: 100, title: "คะแนน" },
        categoryAxis: { reverseOrder: true },
      },
    ],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "1:2",
      footer: "หน้า &P / &N",
      centerHorizontally: true,
      pageBreaksBefore: [30],
    },
    tabColor: "#2F5597",
  });
}

export function unitsSheet(name = "หน่วยงาน"): SheetSpec {
  return withMarker(
    "units",
    name,
    [[{ value: "หน่วยงาน" }], [{ value: "สำนักปลัด" }], [{ value: "กองคลัง" }]],
    {
      visibility: "hidden",
      columnWidths: [30],
    }
  );
}

export function measuresSheet(name = "มาตรการ"): SheetSpec {
  return withMarker(
    "measures",
    name,
    [
      [{ value: "มาตรการ" }, { value: "ผู้รับผิดชอบ" }, { value: "ร้อยละ" }],
      [{ value: "-เผยแพร่ข้อมูล" }, null, null],
    ],
    {
      validations: [
        {
          range: "B2:B20",
          rule: { kind: "list", source: "='หน่วยงาน'!$A$2:$A$20" },
          allowBlank: true,
          errorStyle: "warning",
          prompt: { title: "ผู้รับผิดชอบ", message: "เลือกจากรายการ" },
        },
        {
          range: "C2:C20",
          rule: { kind: "decimal", min: 0, max: 100 },
          allowBlank: true,
          errorStyle: "stop",
          error: { title: "ค่าไม่ถูกต้อง", message: "0–100" },
        },
      ],
    }
  );
}

export function fullSpec(questionRows = 10): WorkbookSpec {
  return {
    sheets: [comparisonSheet(questionRows), measuresSheet(), unitsSheet()],
    activate: "comparison",
  };
}

/** Input sheet the generated formulas point at. */
export function inputSheets(): Record<string, (string | number | boolean)[][]> {
  return {
    ข้อมูล: [
      ["ข้อ", "2567", "2568"],
      ["", "", ""],
      ["i1", 80, 85.5],
      ["i2", 90, 88],
    ],
  };
}

export const cellOf = (row: number, col: number) => a1(row, col);
export const block = rangeA1;
