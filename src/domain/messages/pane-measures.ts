import type { Entry } from "./format";

/** Texts of the task pane's Measures step (src/taskpane/measures). */
export const paneMeasuresMessages = {
  /** Step title, for the pane's step heading. */
  "measures.pane.title": {
    th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    en: "Integrity and transparency measures",
  },
  "measures.pane.needAnalysis": {
    th: "สร้างการวิเคราะห์ในขั้นก่อนหน้าก่อน แล้วระบบจะเสนอมาตรการจากผลการวิเคราะห์ที่นี่",
    en: "Create the analysis in the step above first; measures will then be proposed here from its result.",
  },
  "measures.pane.intro": {
    th: "ระบบเสนอมาตรการจากผลการวิเคราะห์ เลือก แก้ไข หรือเพิ่มมาตรการได้ก่อนแทรกตารางลงในสมุดงาน",
    en: "Measures are proposed from the analysis. Choose, edit or add measures before inserting the table into the workbook.",
  },
  "measures.pane.fiscalYear": {
    th: "มาตรการสำหรับปีงบประมาณ พ.ศ. {year}",
    en: "Measures for fiscal year {year} (Buddhist era)",
  },
  "measures.pane.loading": {
    th: "กำลังอ่านสมุดงาน…",
    en: "Reading the workbook…",
  },
  "measures.pane.noProposals": {
    th: "ไม่มีมาตรการที่เสนอ เพิ่มมาตรการเองได้ภายใต้ตัวชี้วัดด้านล่าง",
    en: "No measures were proposed. You can add your own under an indicator below.",
  },
  "measures.pane.weaknessesOnly": {
    th: "เฉพาะมาตรการสำหรับประเด็นที่ต้องพัฒนา (ไม่รวมมาตรการรักษาระดับของจุดแข็ง)",
    en: "Weaknesses only (no keep-the-level measures for strengths)",
  },
  "measures.pane.indicatorHeading": {
    th: "ตัวชี้วัดที่ {no} {name}",
    en: "Indicator {no}: {name}",
  },
  "measures.pane.indicatorScore": {
    th: "คะแนน {score}",
    en: "Score {score}",
  },
  "measures.pane.selectedCount": {
    th: "เลือก {selected} จาก {total} มาตรการ",
    en: "{selected} of {total} measures selected",
  },
  "measures.pane.untitled": { th: "(ยังไม่มีชื่อมาตรการ)", en: "(measure without a title)" },
  "measures.pane.customBadge": { th: "เพิ่มเอง", en: "Your own" },
  "measures.pane.reasons": { th: "เหตุผลที่เสนอ", en: "Why it is proposed" },
  "measures.pane.edit": { th: "แก้ไข", en: "Edit" },
  "measures.pane.closeShort": { th: "ปิด", en: "Close" },
  "measures.pane.groupCount": {
    th: "เลือก {selected} จาก {total}",
    en: "{selected} of {total} chosen",
  },
  "measures.pane.groupEmpty": {
    th: "ยังไม่มีมาตรการในตัวชี้วัดนี้",
    en: "No measure under this indicator yet.",
  },
  "measures.pane.editMeasure": {
    th: "แก้ไขมาตรการ “{title}”",
    en: "Edit the measure “{title}”",
  },
  "measures.pane.closeEditor": {
    th: "ปิดการแก้ไข “{title}”",
    en: "Close the editor of “{title}”",
  },
  "measures.pane.moveUp": {
    th: "เลื่อน “{title}” ขึ้น",
    en: "Move “{title}” up",
  },
  "measures.pane.moveDown": {
    th: "เลื่อน “{title}” ลง",
    en: "Move “{title}” down",
  },
  "measures.pane.deleteCustom": {
    th: "ลบมาตรการ “{title}”",
    en: "Delete the measure “{title}”",
  },
  "measures.pane.field.title": {
    th: "ชื่อมาตรการ/โครงการ/กิจกรรม",
    en: "Measure, project or activity",
  },
  "measures.pane.field.steps": {
    th: "ขั้นตอน/วิธีดำเนินการ (บรรทัดละหนึ่งขั้นตอน)",
    en: "Steps (one per line)",
  },
  "measures.pane.field.units": { th: "ผู้รับผิดชอบ", en: "Responsible units" },
  "measures.pane.field.unitsHint": {
    th: "เลือกได้มากกว่าหนึ่งส่วนราชการ",
    en: "You can choose more than one unit",
  },
  "measures.pane.field.unitsNone": { th: "ยังไม่ได้เลือก", en: "None chosen" },
  "measures.pane.field.timeline": { th: "ระยะเวลาดำเนินการ", en: "Timeline" },
  "measures.pane.field.fromMonth": { th: "ตั้งแต่เดือน", en: "From month" },
  "measures.pane.field.toMonth": { th: "ถึงเดือน", en: "To month" },
  "measures.pane.field.startDate": { th: "วันเริ่มต้น", en: "Start date" },
  "measures.pane.field.endDate": { th: "วันสิ้นสุด", en: "End date" },
  "measures.pane.timeline.endBeforeStart": {
    th: "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น",
    en: "The end date must not be before the start date.",
  },
  "measures.pane.timeline.monthOrder": {
    th: "เดือนสิ้นสุดต้องไม่ก่อนเดือนเริ่มต้น (นับตามปีงบประมาณ ต.ค.–ก.ย.)",
    en: "The last month must not come before the first (fiscal-year order, Oct–Sep).",
  },
  "measures.pane.timeline.missingDate": {
    th: "กรุณาระบุทั้งวันเริ่มต้นและวันสิ้นสุด",
    en: "Give both a start date and an end date.",
  },
  "measures.pane.timeline.months": { th: "ช่วงเดือน", en: "Month range" },
  "measures.pane.timeline.custom": { th: "กำหนดวันเอง", en: "Custom dates" },
  "measures.pane.addMeasure": {
    th: "เพิ่มมาตรการใต้ตัวชี้วัดที่ {no}",
    en: "Add a measure under indicator {no}",
  },
  "measures.pane.addMeasureShort": { th: "เพิ่มมาตรการ", en: "Add a measure" },
  "measures.pane.addUnderIndicator": { th: "ตัวชี้วัด", en: "Indicator" },
  "measures.pane.newMeasureTitle": { th: "มาตรการใหม่", en: "New measure" },
  "measures.pane.units.heading": {
    th: "ส่วนราชการของหน่วยงาน ({count})",
    en: "Your units ({count})",
  },
  "measures.pane.units.intro": {
    th: "รายชื่อนี้ใช้เลือกผู้รับผิดชอบ และจะบันทึกลงในแผ่นงานรายชื่อส่วนราชการ",
    en: "This list is used to choose responsible units and is saved to the units sheet.",
  },
  "measures.pane.units.fromWorkbook": {
    th: "อ่านรายชื่อจากแผ่นงานรายชื่อส่วนราชการในสมุดงานนี้",
    en: "List read from the units sheet in this workbook",
  },
  "measures.pane.units.defaultList": {
    th: "รายชื่อเริ่มต้นสำหรับ{kind} แก้ไขให้ตรงกับหน่วยงานของคุณได้",
    en: "Default list for a {kind}; edit it to match your organisation",
  },
  "measures.pane.units.kind.municipality": { th: "เทศบาล", en: "municipality" },
  "measures.pane.units.kind.sao": {
    th: "องค์การบริหารส่วนตำบล",
    en: "subdistrict administrative organisation",
  },
  "measures.pane.units.name": { th: "ชื่อส่วนราชการ {n}", en: "Unit name {n}" },
  "measures.pane.units.remove": { th: "ลบ “{name}”", en: "Remove “{name}”" },
  "measures.pane.units.newName": { th: "ชื่อส่วนราชการใหม่", en: "New unit name" },
  "measures.pane.units.add": { th: "เพิ่มส่วนราชการ", en: "Add unit" },
  "measures.pane.units.empty": { th: "กรุณาพิมพ์ชื่อส่วนราชการ", en: "Type a unit name." },
  "measures.pane.units.duplicate": {
    th: "มี “{name}” อยู่ในรายชื่อแล้ว",
    en: "“{name}” is already in the list.",
  },
  "measures.pane.units.inUse": {
    th: "ลบ “{name}” แล้ว และนำออกจากผู้รับผิดชอบ {count} มาตรการ",
    en: "Removed “{name}” and took it off {count} measures.",
  },
  "measures.pane.layout.heading": { th: "รูปแบบตาราง", en: "Table layout" },
  "measures.pane.layout.a": { th: "แบบ ก: ตารางเดียว", en: "Layout A: one table" },
  "measures.pane.layout.a.desc": {
    th: "ทุกมาตรการในตารางเดียว เรียงตามตัวชี้วัด เหมาะสำหรับเผยแพร่บนเว็บไซต์",
    en: "All measures in one table, ordered by indicator; good for publishing on the website.",
  },
  "measures.pane.layout.b": { th: "แบบ ข: แยกตามตัวชี้วัด", en: "Layout B: by indicator" },
  "measures.pane.layout.b.desc": {
    th: "ตารางเดียวที่ระบุตัวชี้วัด ข้อคำถาม และผลการวิเคราะห์อันเป็นที่มาของแต่ละมาตรการ",
    en: "One table naming each measure's indicator, ITA question and analysis finding.",
  },
  "measures.pane.layout.c": { th: "แบบ ค: พร้อมติดตามผล", en: "Layout C: with follow-up" },
  "measures.pane.layout.c.desc": {
    th: "ตารางเดียวสำหรับรายงานผลการดำเนินการ แสดงสถานะ สรุปผล ผลลัพธ์ และร้อยละความคืบหน้าของแต่ละมาตรการ",
    en: "One table for the progress report: each measure's status, result, outcome and percent done.",
  },
  "measures.pane.preview.heading": { th: "สิ่งที่จะเปลี่ยนแปลง", en: "What will change" },
  "measures.pane.preview.new": {
    th: "จะสร้างแผ่นงาน “{measures}” ({count} มาตรการ) และ “{units}” ({unitCount} ส่วนราชการ)",
    en: "Will create the sheets “{measures}” ({count} measures) and “{units}” ({unitCount} units).",
  },
  "measures.pane.preview.existing": {
    th: "พบตารางมาตรการเดิมในแผ่นงาน “{sheet}”",
    en: "An existing measures table was found on the sheet “{sheet}”.",
  },
  "measures.pane.preview.summary": {
    th: "คงไว้ {kept} (คุณแก้ไข {edited}) เพิ่ม {added} ไม่มีการลบ",
    en: "Kept {kept} ({edited} edited by you), added {added}, nothing deleted.",
  },
  "measures.pane.preview.summaryRemoved": {
    th: "คงไว้ {kept} (คุณแก้ไข {edited}) เพิ่ม {added} นำออก {removed}",
    en: "Kept {kept} ({edited} edited by you), added {added}, removed {removed}.",
  },
  "measures.pane.preview.kept": { th: "คงไว้", en: "Kept" },
  "measures.pane.preview.keptEdited": { th: "คงไว้ (คุณแก้ไข)", en: "Kept (edited by you)" },
  "measures.pane.preview.added": { th: "เพิ่ม", en: "Added" },
  "measures.pane.preview.removed": { th: "นำออก", en: "Removed" },
  "measures.pane.preview.allowRemoval": {
    th: "ให้เลือกนำแถวเดิมออกได้",
    en: "Let me remove existing rows",
  },
  "measures.pane.preview.removeRow": {
    th: "นำแถว “{title}” ออก",
    en: "Remove the row “{title}”",
  },
  "measures.pane.preview.newSheet": {
    th: "ตารางที่รวมแล้วจะแทนที่แผ่นงานเดิม “{sheet}” แถวที่คุณแก้ไขไว้จะคงไว้ตามที่เขียนทุกประการ ส่วนข้อความอื่นที่อยู่นอกตารางในแผ่นงานนั้นจะไม่ถูกนำมาด้วย",
    en: "The merged table will replace the existing sheet “{sheet}”. Rows you edited stay exactly as you wrote them; anything else on that sheet outside the table is not carried over.",
  },
  "measures.pane.preview.replaceUnits": {
    th: "แผ่นงานรายชื่อส่วนราชการเดิม “{sheet}” จะถูกแทนที่ด้วยรายชื่อด้านบน",
    en: "The existing units sheet “{sheet}” will be replaced by the list above.",
  },
  "measures.pane.apply": { th: "แทรกตารางมาตรการ", en: "Insert measures table" },
  "measures.pane.applying": { th: "กำลังแทรกตารางมาตรการ…", en: "Inserting the measures table…" },
  "measures.pane.applied": {
    th: "แทรกแผ่นงาน {sheets} เรียบร้อยแล้ว",
    en: "Inserted the sheets {sheets}.",
  },
  "measures.pane.nothingSelected": {
    th: "ยังไม่ได้เลือกมาตรการใด กรุณาเลือกอย่างน้อยหนึ่งมาตรการ",
    en: "No measure is selected. Select at least one measure.",
  },
  "measures.pane.warningsTitle": {
    th: "ข้อควรทราบก่อนแทรกตาราง",
    en: "Before you insert the table",
  },
  "measures.pane.error.read": {
    th: "อ่านสมุดงานไม่สำเร็จ จึงใช้รายชื่อส่วนราชการเริ่มต้น ({detail})",
    en: "The workbook could not be read, so the default unit list is used ({detail}).",
  },
  "measures.pane.error.apply": {
    th: "แทรกตารางมาตรการไม่สำเร็จ สมุดงานไม่มีการเปลี่ยนแปลง กรุณาลองอีกครั้ง ({detail})",
    en: "The measures table could not be inserted; the workbook was not changed. Please try again ({detail}).",
  },
  "measures.pane.error.timeline": {
    th: "ระยะเวลาของมาตรการ “{title}” ไม่ถูกต้อง กรุณาแก้ไขก่อนแทรกตาราง",
    en: "The timeline of the measure “{title}” is not valid; correct it before inserting the table.",
  },
  "measures.pane.error.noTitle": {
    th: "มีมาตรการใต้ตัวชี้วัดที่ {no} ที่ยังไม่มีชื่อ กรุณาตั้งชื่อหรือยกเลิกการเลือก",
    en: "A measure under indicator {no} has no title; give it one or unselect it.",
  },
  "measures.pane.dismiss": { th: "ปิดข้อความ", en: "Dismiss" },
} satisfies Record<string, Entry>;
