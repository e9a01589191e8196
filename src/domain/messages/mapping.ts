import type { Entry } from "./format";

/**
 * Problems raised by a saved or supplied mapping ("use the selected range"). Every template
 * may use {cell}, which names the mapped range ("'Sheet'!A3:F14") or one of its cells.
 * Other placeholders: {sheet}, {range}, {columns}, {value}, {score}, {year},
 * {path} (a JSON path such as tables[0].columns[2].year).
 */
export const mappingProblemMessages = {
  MAPPING_INVALID: {
    th: "ข้อมูลการกำหนดตารางไม่ถูกต้องที่ {path} กรุณาตรวจสอบกับคำอธิบายรูปแบบใน docs/mapping.schema.json",
    en: "The table mapping is not valid at {path}; check it against docs/mapping.schema.json.",
  },
  MAPPING_SHEET_MISSING: {
    th: "การกำหนดตาราง {range} อ้างถึงชีต “{sheet}” ซึ่งไม่มีในสมุดงานนี้",
    en: "The mapping of {range} refers to the sheet “{sheet}”, which this workbook does not have.",
  },
  MAPPING_RANGE_EMPTY: {
    th: "ช่วงเซลล์ {cell} ที่กำหนดไว้ไม่มีข้อมูล กรุณาเลือกตารางใหม่แล้วกำหนดคอลัมน์อีกครั้ง",
    en: "The mapped range {cell} is empty. Select the table again and map its columns.",
  },
  MAPPING_COLUMNS_MISSING: {
    th: "ช่วงเซลล์ {cell} ไม่มีข้อมูลในคอลัมน์ {columns} ที่กำหนดไว้ ตารางอาจถูกย้ายหรือลบคอลัมน์ กรุณากำหนดตารางอีกครั้ง",
    en: "The mapped range {cell} has nothing in its mapped column(s) {columns}; the table may have moved or lost columns. Map it again.",
  },
  MAPPING_WIDTH_MISMATCH: {
    th: "การกำหนดตาราง {cell} ระบุ {value} คอลัมน์ แต่ช่วงเซลล์กว้าง {columns} คอลัมน์",
    en: "The mapping of {cell} describes {value} columns, but the range is {columns} columns wide.",
  },
  MAPPING_CHANGED: {
    th: "ตารางที่ {cell} ถูกย้ายหรือเปลี่ยนรูปแบบหลังจากที่กำหนดไว้ กรุณาตรวจสอบการกำหนดคอลัมน์อีกครั้ง",
    en: "The table at {cell} has moved or changed shape since it was mapped. Check its mapping again.",
  },
  MAPPING_NO_SCORE_COLUMN: {
    th: "การกำหนดตาราง {cell} ไม่มีคอลัมน์คะแนนของปีใดเลย กรุณาระบุอย่างน้อยหนึ่งคอลัมน์",
    en: "The mapping of {cell} has no score column for any year. Mark at least one.",
  },
  MAPPING_NO_LABEL_COLUMN: {
    th: "การกำหนดตาราง {cell} ไม่มีคอลัมน์ที่ระบุรายการ (ชื่อรายการ ตัวชี้วัด เครื่องมือ หรือข้อคำถาม)",
    en: "The mapping of {cell} has no column naming the items (item, indicator, tool or question).",
  },
  MAPPING_COLUMN_TWICE: {
    th: "การกำหนดตาราง {cell} ระบุให้คอลัมน์ {columns} เป็นข้อมูลชนิดเดียวกันของปี {year} กรุณาแก้ไขให้เหลือคอลัมน์เดียว",
    en: "The mapping of {cell} gives columns {columns} the same role for {year}; keep only one.",
  },
  MAPPING_ROW_UNKNOWN: {
    th: "ไม่ทราบว่าแถว “{value}” ในเซลล์ {cell} เป็นรายการใด จึงข้ามไป กำหนดบทบาทของแถวนี้ได้ในการกำหนดตาราง",
    en: "The row “{value}” in {cell} names no known item and was skipped; you can give it a role in the mapping.",
  },
  MAPPING_PERCENT_SCALED: {
    th: "เซลล์ {cell} จัดรูปแบบเป็นร้อยละ ({value}) จึงอ่านเป็นคะแนน {score}",
    en: "Cell {cell} is formatted as a percentage ({value}), so it was read as the score {score}.",
  },
  MAPPING_DATE_IN_SCORE: {
    th: "เซลล์ {cell} ในคอลัมน์คะแนนจัดรูปแบบเป็นวันที่ จึงไม่อาจอ่านเป็นคะแนนได้ กรุณาเปลี่ยนรูปแบบเป็นตัวเลข",
    en: "Cell {cell} in a score column is formatted as a date and cannot be read as a score. Format it as a number.",
  },
  MAPPING_APPLIED: {
    th: "อ่านตาราง {cell} ตามการกำหนดตารางที่บันทึกไว้",
    en: "The table at {cell} was read with its saved mapping.",
  },
} satisfies Record<string, Entry>;

export type MappingProblemCode = keyof typeof mappingProblemMessages;

/** Names of the column and row roles, for the pane's dropdowns. */
export const mappingRoleMessages = {
  "mapping.role.item": { th: "ชื่อรายการ", en: "Item label" },
  "mapping.role.indicator": { th: "ลำดับตัวชี้วัด", en: "Indicator number" },
  "mapping.role.tool": { th: "เครื่องมือ (IIT/EIT/OIT)", en: "Tool (IIT/EIT/OIT)" },
  "mapping.role.question": { th: "รหัสข้อคำถาม", en: "Question code" },
  "mapping.role.ignore": { th: "ไม่ใช้", en: "Ignore" },
  "mapping.roleName.score": { th: "คะแนน", en: "Score" },
  "mapping.roleName.part1": { th: "EIT ส่วนที่ 1", en: "EIT part 1" },
  "mapping.roleName.part2": { th: "EIT ส่วนที่ 2", en: "EIT part 2" },
  "mapping.roleName.level": { th: "ระดับผลการประเมิน", en: "Level" },
  "mapping.row.auto": { th: "ตามชื่อรายการ", en: "From its label" },
  "mapping.row.overall": { th: "คะแนนภาพรวมของหน่วยงาน", en: "Organisation's overall" },
  "mapping.row.national": { th: "ค่าเฉลี่ยระดับประเทศ", en: "National average" },
  "mapping.row.province": { th: "ค่าเฉลี่ยระดับจังหวัด", en: "Provincial average" },
  "mapping.row.ignore": { th: "ไม่ใช้", en: "Ignore" },
} satisfies Record<string, Entry>;

/** Command-line texts of `--map` and `ita map export`. Placeholders: {path}, {message}, {count}, {value}. */
export const mappingCliMessages = {
  "cli.map.usage": {
    th: [
      "การกำหนดตาราง:",
      "  ita analyze INPUT.xlsx -o OUTPUT.xlsx --map MAP.json   ใช้การกำหนดตารางจากไฟล์ JSON แทนที่บันทึกไว้ในสมุดงาน",
      "  ita map export INPUT.xlsx [-o MAP.json]               ส่งออกการกำหนดตารางที่บันทึกไว้ในสมุดงาน (รูปแบบตาม docs/mapping.schema.json)",
      "  ita map import INPUT.xlsx MAP.json -o OUTPUT.xlsx     บันทึกการกำหนดตารางจากไฟล์ JSON ลงในสำเนาของสมุดงาน เพื่อส่งต่อให้หน่วยงานอื่น (ไฟล์ INPUT จะไม่ถูกแก้ไข)",
    ].join("\n"),
    en: [
      "Table mappings:",
      "  ita analyze INPUT.xlsx -o OUTPUT.xlsx --map MAP.json   apply the mappings in a JSON file instead of those saved in the workbook",
      "  ita map export INPUT.xlsx [-o MAP.json]               export the mappings saved in the workbook (shape: docs/mapping.schema.json)",
      "  ita map import INPUT.xlsx MAP.json -o OUTPUT.xlsx     save the mappings of a JSON file in a copy of the workbook, to pass on (INPUT is never modified)",
    ].join("\n"),
  },
  "cli.map.unknownCommand": {
    th: "ไม่รู้จักคำสั่ง “{value}” คำสั่ง map มีเฉพาะ ita map export INPUT.xlsx [-o MAP.json] และ ita map import INPUT.xlsx MAP.json -o OUTPUT.xlsx",
    en: "Unknown command “{value}”; map has only ita map export INPUT.xlsx [-o MAP.json] and ita map import INPUT.xlsx MAP.json -o OUTPUT.xlsx.",
  },
  "cli.map.importMissing": {
    th: "กรุณาระบุสมุดงานและไฟล์การกำหนดตาราง เช่น ita map import คะแนน.xlsx map.json -o คะแนน-กำหนดตาราง.xlsx",
    en: "Name the workbook and the mapping file, e.g. ita map import scores.xlsx map.json -o scores-mapped.xlsx.",
  },
  "cli.map.imported": {
    th: "บันทึกการกำหนดตาราง {count} ตารางไว้ในสมุดงาน {path} แล้ว",
    en: "{count} table mapping(s) saved in the workbook {path}.",
  },
  "cli.map.missingInput": {
    th: "กรุณาระบุไฟล์ Excel ที่จะส่งออกการกำหนดตาราง เช่น ita map export คะแนน.xlsx -o map.json",
    en: "Name the Excel file whose mappings to export, e.g. ita map export scores.xlsx -o map.json.",
  },
  "cli.map.cannotRead": {
    th: "อ่านไฟล์การกำหนดตาราง {path} ไม่ได้: {message}",
    en: "Cannot read the mapping file {path}: {message}",
  },
  "cli.map.none": {
    th: "สมุดงาน {path} ไม่มีการกำหนดตารางที่บันทึกไว้",
    en: "The workbook {path} has no saved table mapping.",
  },
  "cli.map.written": {
    th: "บันทึกการกำหนดตาราง {count} ตารางไว้ที่ {path} แล้ว",
    en: "{count} table mapping(s) written to {path}.",
  },
  "cli.map.fromWorkbook": {
    th: "ใช้การกำหนดตารางที่บันทึกไว้ในสมุดงาน {count} ตาราง",
    en: "Using {count} table mapping(s) saved in the workbook.",
  },
} satisfies Record<string, Entry>;

/**
 * Task-pane texts of "Use the selected range" and the mapping editor. Placeholders: {cell},
 * {range}, {col}, {header}, {row}, {label}, {year}, {score}, {count}, {tools}, {items}.
 */
export const mappingPaneMessages = {
  "mapping.pane.useRange": { th: "ใช้ช่วงเซลล์ที่เลือก", en: "Use the selected range" },
  "mapping.pane.useRangeHint": {
    th: "หากโปรแกรมอ่านตารางใดไม่ได้หรืออ่านไม่ถูกต้อง ให้เลือกตารางนั้นทั้งตารางใน Excel รวมหัวตาราง แล้วกดใช้ช่วงเซลล์ที่เลือก เพื่อระบุว่าแต่ละคอลัมน์คืออะไร",
    en: "If a table is not read, or read wrongly, select the whole table in Excel, headers included, then choose Use the selected range to say what each column holds.",
  },
  "mapping.pane.useRangeFor": {
    th: "ใช้ช่วงเซลล์ที่เลือกสำหรับตารางที่ {cell}",
    en: "Use the selected range for the table at {cell}",
  },
  "mapping.pane.selectTableFirst": {
    th: "กรุณาเลือกตารางให้ครบทั้งตาราง (อย่างน้อย 2 แถว และ 2 คอลัมน์) ใน Excel ก่อน แล้วกดใช้ช่วงเซลล์ที่เลือกอีกครั้ง",
    en: "Select the whole table in Excel first (at least two rows and two columns), then choose Use the selected range again.",
  },
  "mapping.pane.reading": { th: "กำลังอ่านช่วงเซลล์ที่เลือก…", en: "Reading the selected range…" },
  "mapping.pane.editorTitle": { th: "กำหนดตาราง {range}", en: "Map the table {range}" },
  "mapping.pane.editorHint": {
    th: "ระบุว่าแต่ละคอลัมน์คืออะไร ค่าที่แสดงไว้คือการคาดคะเนของโปรแกรม ตรวจสอบตัวเลขด้านล่างก่อนบันทึก",
    en: "Say what each column holds; the choices shown are the reader's best guess. Check the figures below before saving.",
  },
  "mapping.pane.previousUsed": {
    th: "ตารางนี้เคยกำหนดไว้แล้ว จึงใช้การกำหนดเดิมเป็นค่าเริ่มต้น",
    en: "This table was mapped before; the earlier mapping is the default.",
  },
  "mapping.pane.headerRows": { th: "จำนวนแถวหัวตาราง", en: "Header rows" },
  "mapping.pane.columnsTitle": { th: "คอลัมน์", en: "Columns" },
  "mapping.pane.columnLabel": { th: "คอลัมน์ {col}: {header}", en: "Column {col}: {header}" },
  "mapping.pane.columnYear": { th: "ปีของคอลัมน์ {col}", en: "Year of column {col}" },
  "mapping.pane.emptyHeader": { th: "(ไม่มีหัวคอลัมน์)", en: "(no header)" },
  "mapping.pane.rowsTitle": { th: "บทบาทของแถว (ถ้าจำเป็น)", en: "Row roles (where needed)" },
  "mapping.pane.rowLabel": { th: "แถว {row}: {label}", en: "Row {row}: {label}" },
  "mapping.pane.previewTitle": { th: "ตัวเลขที่จะได้จากการกำหนดนี้", en: "Figures this mapping gives" },
  "mapping.pane.previewYear": {
    th: "ปี {year}: ภาพรวม {score} · {tools} · ตัวชี้วัด {count} รายการ",
    en: "{year}: overall {score} · {tools} · {count} indicator(s)",
  },
  "mapping.pane.previewItems": { th: "ตัวชี้วัด: {items}", en: "Indicators: {items}" },
  "mapping.pane.previewQuestions": { th: "ข้อคำถาม {count} ข้อ", en: "{count} question(s)" },
  "mapping.pane.previewBenchmark": {
    th: "{label} ปี {year}: {score}",
    en: "{label}, {year}: {score}",
  },
  "mapping.pane.previewNone": {
    th: "การกำหนดนี้ยังไม่ได้คะแนนใดเลย กรุณาตรวจสอบคอลัมน์คะแนนและปี",
    en: "This mapping gives no scores yet. Check the score columns and their years.",
  },
  "mapping.pane.checksTitle": { th: "สิ่งที่ควรตรวจสอบ ({count})", en: "Things to check ({count})" },
  "mapping.pane.save": { th: "บันทึกและใช้การกำหนดนี้", en: "Save and use this mapping" },
  "mapping.pane.saving": { th: "กำลังบันทึก…", en: "Saving…" },
  "mapping.pane.cancel": { th: "ยกเลิก", en: "Cancel" },
  "mapping.pane.saved": {
    th: "บันทึกการกำหนดตาราง {range} ไว้ในสมุดงานแล้ว การวิเคราะห์ครั้งต่อไปจะอ่านตารางนี้โดยไม่ถามอีก",
    en: "The mapping of {range} is saved in the workbook; later runs read this table without asking.",
  },
  "mapping.pane.saveFailed": {
    th: "บันทึกการกำหนดตารางลงในสมุดงานไม่สำเร็จ สมุดงานอาจเปิดแบบอ่านอย่างเดียว กรุณาลองอีกครั้ง",
    en: "The mapping could not be saved in the workbook; it may be open read-only. Please try again.",
  },
  "mapping.pane.noStore": {
    th: "Excel ที่ใช้อยู่ไม่อนุญาตให้บันทึกการกำหนดตารางไว้ในสมุดงาน",
    en: "This Excel does not let the add-in save table mappings in the workbook.",
  },
  "mapping.pane.unreadable": {
    th: "การกำหนดตารางที่บันทึกไว้ในสมุดงานนี้ไม่อยู่ในรูปแบบที่โปรแกรมอ่านได้ (ที่ {path}) จึงไม่ได้นำมาใช้ในการอ่านตาราง ข้อมูลดังกล่าวอาจบันทึกโดยโปรแกรมเสริมรุ่นอื่นหรือถูกแก้ไขจากภายนอก หากไม่ประสงค์จะใช้ต่อไป ให้ล้างการกำหนดตารางที่บันทึกไว้ แล้วกำหนดตารางใหม่ตามความจำเป็น",
    en: "The table mappings saved in this workbook are not in a form this add-in can read (at {path}), so they are not used. They may have been saved by another version of the add-in or edited outside it. If they are no longer needed, forget them and map the tables again where needed.",
  },
  "mapping.pane.forgetUnreadable": {
    th: "ล้างการกำหนดตารางที่บันทึกไว้",
    en: "Forget the saved mappings",
  },
  "mapping.pane.unreadableForgotten": {
    th: "ล้างการกำหนดตารางที่บันทึกไว้ในสมุดงานแล้ว",
    en: "The saved table mappings are forgotten.",
  },
  "mapping.pane.mapped": { th: "กำหนดโดยผู้ใช้", en: "Mapped by you" },
  "mapping.pane.edit": { th: "แก้ไข", en: "Edit" },
  "mapping.pane.editLabel": { th: "แก้ไขการกำหนดตาราง {range}", en: "Edit the mapping of {range}" },
  "mapping.pane.forget": { th: "เลิกใช้", en: "Forget" },
  "mapping.pane.forgetLabel": {
    th: "เลิกใช้การกำหนดตาราง {range}",
    en: "Forget the mapping of {range}",
  },
  "mapping.pane.forgotten": {
    th: "เลิกใช้การกำหนดตาราง {range} แล้ว โปรแกรมจะอ่านตารางนี้ด้วยตนเอง",
    en: "The mapping of {range} is forgotten; the reader reads this table on its own again.",
  },
} satisfies Record<string, Entry>;

/**
 * Every other mapping text, as registered in the catalogue (index.ts); the problems join the
 * reader's in problemMessages (problems.ts), so ProblemCode names them all.
 */
export const mappingMessages = {
  ...mappingRoleMessages,
  ...mappingCliMessages,
  ...mappingPaneMessages,
} satisfies Record<string, Entry>;
