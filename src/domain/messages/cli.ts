import type { Entry } from "./format";

/**
 * Texts of the `ita` command line. Placeholders: {path}, {option}, {value}, {choices},
 * {year}, {from}, {to}, {score}, {fromScore}, {toScore}, {diff}, {pct}, {level}, {tool},
 * {no}, {name}, {cell}, {message}, {count}.
 */
export const cliMessages = {
  "cli.usage": {
    th: [
      "ITA Analyzer — วิเคราะห์ผลการประเมิน ITA จากไฟล์ Excel",
      "",
      "วิธีใช้:",
      "  ita analyze INPUT.xlsx -o OUTPUT.xlsx [ตัวเลือก]",
      "",
      "ตัวเลือก:",
      "  -o, --output FILE    ไฟล์ผลลัพธ์ (ต้องไม่ใช่ไฟล์เดียวกับ INPUT ซึ่งจะไม่ถูกแก้ไข)",
      "      --json FILE      บันทึกผลการวิเคราะห์เป็น JSON ด้วย",
      "      --from YEAR      ปีที่ใช้เปรียบเทียบ (พ.ศ. เช่น 2567 หรือ ค.ศ. เช่น 2024)",
      "      --to YEAR        ปีที่วิเคราะห์ (ค่าเริ่มต้น: ปีล่าสุดที่พบ)",
      "      --threshold N    เกณฑ์คะแนนที่ถือว่าต่ำ (ค่าเริ่มต้น 85)",
      "      --lang th|en     ภาษาของชีตที่สร้างและข้อความ (ค่าเริ่มต้น th)",
      "      --thai-digits    ใช้เลขไทยในข้อความของชีตที่สร้าง",
      "      --era be|ce      แสดงปีเป็น พ.ศ. หรือ ค.ศ. (ค่าเริ่มต้น be)",
      "      --measures       เพิ่มชีตมาตรการ",
      "      --layout a|b|c   รูปแบบตารางมาตรการ",
      "      --report-info FILE  ข้อมูลประกอบรายงาน (JSON: วันที่ประกาศผล ผู้จัดทำ ผู้ตรวจสอบ ผู้อนุมัติ บทนำ)",
      "      --weaknesses-only   มาตรการในรายงานเฉพาะตัวชี้วัดที่เป็นจุดอ่อน (ค่าเริ่มต้น: ครบ 10 ตัวชี้วัด)",
      "  -h, --help           แสดงวิธีใช้นี้",
      "",
      "รหัสออก: 0 สำเร็จ, 2 ข้อมูลนำเข้ามีปัญหา (ไม่เขียนไฟล์ใด), 1 ข้อผิดพลาดภายในโปรแกรม",
    ].join("\n"),
    en: [
      "ITA Analyzer — analyse ITA results from an Excel file",
      "",
      "Usage:",
      "  ita analyze INPUT.xlsx -o OUTPUT.xlsx [options]",
      "",
      "Options:",
      "  -o, --output FILE    result workbook (must differ from INPUT, which is never modified)",
      "      --json FILE      also write the analysis as JSON",
      "      --from YEAR      year to compare with (Buddhist era, e.g. 2567, or Common era, e.g. 2024)",
      "      --to YEAR        year to analyse (default: the latest found)",
      "      --threshold N    score below which an item counts as weak (default 85)",
      "      --lang th|en     language of the generated sheets and messages (default th)",
      "      --thai-digits    write Thai digits in the generated sheets' text",
      "      --era be|ce      show years as Buddhist era or Common era (default be)",
      "      --measures       add the measures sheet",
      "      --layout a|b|c   layout of the measures table",
      "      --report-info FILE  report details (JSON: announcement date, prepared/reviewed/approved by, introduction)",
      "      --weaknesses-only   report measures for weak indicators only (default: all ten indicators)",
      "  -h, --help           show this help",
      "",
      "Exit codes: 0 success, 2 problems in the input (nothing written), 1 internal error",
    ].join("\n"),
  },
  "cli.args.unknownCommand": {
    th: "ไม่รู้จักคำสั่ง “{value}” (มีเฉพาะ analyze) ดูวิธีใช้ด้วย --help",
    en: "Unknown command “{value}” (only analyze exists). See --help.",
  },
  "cli.args.invalid": {
    th: "ตัวเลือกไม่ถูกต้อง: {message} ดูวิธีใช้ด้วย --help",
    en: "Invalid options: {message}. See --help.",
  },
  "cli.args.missingInput": {
    th: "กรุณาระบุไฟล์ Excel ที่จะวิเคราะห์ เช่น ita analyze คะแนน.xlsx -o ผล.xlsx",
    en: "Name the Excel file to analyse, e.g. ita analyze scores.xlsx -o result.xlsx.",
  },
  "cli.args.missingOutput": {
    th: "กรุณาระบุไฟล์ผลลัพธ์ด้วย -o OUTPUT.xlsx",
    en: "Name the result file with -o OUTPUT.xlsx.",
  },
  "cli.args.badYear": {
    th: "{option} ต้องเป็นปี พ.ศ. (เช่น 2568) หรือ ค.ศ. (เช่น 2025) แต่ได้รับ “{value}”",
    en: "{option} must be a Buddhist-era year (e.g. 2568) or a Common-era year (e.g. 2025), not “{value}”.",
  },
  "cli.args.badThreshold": {
    th: "--threshold ต้องเป็นตัวเลขระหว่าง 0 ถึง 100 แต่ได้รับ “{value}”",
    en: "--threshold must be a number from 0 to 100, not “{value}”.",
  },
  "cli.args.badChoice": {
    th: "{option} ต้องเป็นหนึ่งใน {choices} แต่ได้รับ “{value}”",
    en: "{option} must be one of {choices}, not “{value}”.",
  },
  "cli.sameFile": {
    th: "ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์เดียวกับไฟล์นำเข้า ({path}) เพราะไฟล์นำเข้าจะไม่ถูกแก้ไข",
    en: "The result file must not be the input file ({path}); the input is never modified.",
  },
  "cli.cannotRead": {
    th: "เปิดไฟล์ {path} เป็นสมุดงาน .xlsx ไม่ได้: {message}",
    en: "Cannot open {path} as an .xlsx workbook: {message}",
  },
  "cli.inputProblems": {
    th: "ข้อมูลในไฟล์มีปัญหา {count} รายการ จึงไม่ได้เขียนไฟล์ผลลัพธ์:",
    en: "The input has {count} problem(s), so no result was written:",
  },
  "cli.severity.error": { th: "ข้อผิดพลาด", en: "error" },
  "cli.severity.warning": { th: "คำเตือน", en: "warning" },
  "cli.severity.info": { th: "หมายเหตุ", en: "note" },
  "cli.written": {
    th: "บันทึกผลการวิเคราะห์ไว้ที่ {path}",
    en: "Analysis written to {path}",
  },
  "cli.jsonWritten": {
    th: "บันทึกผลแบบ JSON ไว้ที่ {path}",
    en: "JSON written to {path}",
  },
  "cli.sheetsAdded": {
    th: "ชีตที่เพิ่ม: {value}",
    en: "Sheets added: {value}",
  },
  "cli.overallChange": {
    th: "คะแนนภาพรวม ปี {from} {fromScore} → ปี {to} {toScore} (ผลต่าง {diff} คะแนน, ร้อยละ {pct}) ระดับ {level}",
    en: "Overall score {from} {fromScore} → {to} {toScore} (change {diff} points, {pct}%), level {level}",
  },
  "cli.overallSingle": {
    th: "คะแนนภาพรวม ปี {year} {score} ระดับ {level}",
    en: "Overall score {year} {score}, level {level}",
  },
  "cli.weakestHeading": {
    th: "ตัวชี้วัดที่คะแนนต่ำสุดของแต่ละเครื่องมือ (ปี {year}):",
    en: "Weakest indicator of each tool ({year}):",
  },
  "cli.weakestItem": {
    th: "  {tool}: ตัวชี้วัดที่ {no} {name} {score}",
    en: "  {tool}: indicator {no} {name} {score}",
  },
  "cli.problemsHeading": {
    th: "ข้อสังเกต {count} รายการ:",
    en: "{count} note(s):",
  },
  "cli.inputPartsDropped": {
    th: "หมายเหตุ: สำเนาชีตเดิมในไฟล์ผลลัพธ์จะไม่มี {value} ของไฟล์นำเข้า (ไฟล์นำเข้าไม่ถูกแก้ไข)",
    en: "Note: the copy of the input sheets in the result lacks the input's {value} (the input file itself is unchanged).",
  },
  "cli.part.charts": { th: "แผนภูมิ", en: "charts" },
  "cli.part.pivotTables": { th: "PivotTable", en: "pivot tables" },
  "cli.part.slicers": { th: "ตัวแบ่งส่วนข้อมูล", en: "slicers" },
  "cli.part.macros": { th: "แมโคร", en: "macros" },
  "cli.part.externalLinks": { th: "การเชื่อมโยงไปยังไฟล์อื่น", en: "links to other files" },
  "cli.internalError": {
    th: "ข้อผิดพลาดภายในโปรแกรม: {message}",
    en: "Internal error: {message}",
  },
} satisfies Record<string, Entry>;
