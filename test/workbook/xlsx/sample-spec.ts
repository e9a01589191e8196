/** A small hand-made SheetSpec exercising every feature the adapter writes. */
import type { SheetSpec, WorkbookSpec } from "../../../src/domain/spec";

export function sampleSheet(name = "เปรียบเทียบ ITA"): SheetSpec {
  return {
    key: "comparison",
    name,
    rows: [
      [{ value: "ผลการประเมิน ITA" }],
      [{ value: "ตัวชี้วัด" }, { value: "2567" }, { value: "2568" }, { value: "ผลต่าง" }],
      [
        { value: "การปฏิบัติหน้าที่" },
        { value: 95.5 },
        { value: 100 },
        { formula: "ROUND(C3-B3,2)", value: 4.5 },
      ],
      [
        { value: "การใช้งบประมาณ" },
        { value: 99.1 },
        { value: 97.3 },
        { formula: "ROUND(C4-B4,2)", value: -1.8 },
      ],
      [
        { value: "การเปิดเผยข้อมูล" },
        { value: 77 },
        { value: 90 },
        { formula: "ROUND(C5-B5,2)", value: 13 },
      ],
      [{ value: "=SUM(A1)" }, null, { formula: 'IF(C4<85,"ต่ำ","ผ่าน")', value: "ผ่าน" }],
      [{ value: "หน่วยงาน" }, { value: "" }],
      [{ value: "[ita-analyzer:comparison:1:0badf00d]" }],
    ],
    defaultFont: { name: "TH Sarabun New", size: 16 },
    columnWidths: [30, 12, 12, 12],
    rowHeights: { 0: 30 },
    formats: [
      { range: "A1", style: { font: { bold: true, size: 20, color: "#1F4E79" } } },
      {
        range: "A2:D2",
        style: { fill: "#DDEBF7", font: { bold: true }, horizontal: "center", border: "thin" },
      },
      { range: "B3:D5", style: { numberFormat: "0.00", border: "thin", borderColor: "#808080" } },
      { range: "A3:A5", style: { wrap: true, vertical: "top" } },
    ],
    merges: ["A1:D1"],
    freeze: { rows: 2, columns: 1 },
    conditionalFormats: [
      {
        range: "D3:D5",
        rule: { kind: "cellValue", operator: "lessThan", formula1: "0" },
        style: { fontColor: "#C00000", bold: true },
      },
      {
        range: "C3:C5",
        rule: { kind: "expression", formula: "C3<85" },
        style: { fill: "#FCE4D6" },
      },
    ],
    tables: [{ name: "ItaCompare", range: "A2:D5", style: "TableStyleLight9" }],
    validations: [
      {
        range: "B7",
        rule: { kind: "list", source: "สำนักปลัด,กองคลัง,กองช่าง" },
        allowBlank: true,
        errorStyle: "warning",
        prompt: { title: "หน่วยงาน", message: "เลือกหน่วยงานที่รับผิดชอบ" },
        error: { title: "ไม่อยู่ในรายการ", message: "พิมพ์ได้หลายหน่วยงาน" },
      },
      {
        range: "B3:C5",
        rule: { kind: "decimal", min: 0, max: 100 },
        allowBlank: false,
        errorStyle: "stop",
      },
    ],
    charts: [
      {
        kind: "barClustered",
        title: "คะแนนรายตัวชี้วัด",
        categories: "A3:A5",
        series: [
          { name: "2567", values: "B3:B5" },
          { name: "2568", values: "C3:C5" },
        ],
        anchor: { from: "F2", to: "M18" },
        valueAxis: { min: 0, max: 100, title: "คะแนน" },
        categoryAxis: { reverseOrder: true },
      },
      {
        kind: "line",
        title: "แนวโน้ม",
        categories: "A3:A5",
        series: [{ name: "ผลต่าง", values: "D3:D5" }],
        anchor: { from: "F20", to: "M34" },
      },
    ],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "1:2",
      footer: "&Cหน้า &P / &N",
      pageBreaksBefore: [6],
      centerHorizontally: true,
    },
    tabColor: "#1F4E79",
    marker: { key: "comparison", version: "1", fingerprint: "0badf00d" },
  };
}

export function sampleSpec(): WorkbookSpec {
  const hidden: SheetSpec = {
    ...sampleSheet("หน่วยงาน"),
    key: "units",
    rows: [[{ value: "สำนักปลัด" }], [{ value: "กองคลัง" }]],
    formats: [],
    merges: [],
    freeze: undefined,
    conditionalFormats: [],
    tables: [],
    validations: [],
    charts: [],
    visibility: "hidden",
    tabColor: undefined,
    marker: { key: "units", version: "1", fingerprint: "00000001" },
  };
  return { sheets: [sampleSheet(), hidden], activate: "comparison" };
}
