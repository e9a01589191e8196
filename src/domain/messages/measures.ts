import type { Entry } from "./format";

/**
 * Texts of the measures table: column headers, timeline presets, reasons a measure was proposed,
 * status values, the measures sheet and the units sheet. Ids start with "measures." and never
 * "measures.pane." (the task pane's part).
 */
export const measuresMessages = {
  /* ---------------------------------------------------------------- column headers */
  "measures.col.indicator": { th: "ตัวชี้วัด", en: "Indicator" },
  "measures.col.issue": { th: "ประเด็นที่ต้องพัฒนา", en: "Issue" },
  "measures.col.question": { th: "ข้อคำถาม ITA", en: "ITA question" },
  "measures.col.finding": { th: "ผลการวิเคราะห์", en: "Analysis finding" },
  "measures.col.measure": { th: "มาตรการ/โครงการ/กิจกรรม", en: "Measure / project / activity" },
  "measures.col.linkedFinding": {
    th: "ประเด็นจากผลการประเมินที่มาตรการนี้ตอบ",
    en: "Finding the measure answers",
  },
  "measures.col.steps": { th: "ขั้นตอน/วิธีดำเนินการ", en: "Steps" },
  "measures.col.responsible": { th: "ผู้รับผิดชอบ", en: "Responsible" },
  "measures.col.timeline": { th: "ระยะเวลาดำเนินการ", en: "Timeline" },
  "measures.col.start": { th: "วันเริ่มต้น", en: "Start date" },
  "measures.col.end": { th: "วันสิ้นสุด", en: "End date" },
  "measures.col.followUp": { th: "การติดตามผล", en: "Follow-up" },
  "measures.col.status": { th: "สถานะ", en: "Status" },
  "measures.col.result": { th: "สรุปผลการดำเนินการ", en: "Result summary" },
  "measures.col.outcome": { th: "ผลลัพธ์ที่เกิดขึ้น", en: "Outcome" },
  "measures.col.percent": { th: "ร้อยละความคืบหน้า", en: "Percent done" },
  "measures.col.key": { th: "รหัสอ้างอิง", en: "Key" },

  /* ---------------------------------------------------------------- cell texts */
  "measures.cell.indicator": { th: "ตัวชี้วัดที่ {no} {name}", en: "Indicator {no}: {name}" },
  "measures.cell.questions": { th: "ข้อ {codes}", en: "Item {codes}" },
  "measures.kind.measure": { th: "มาตรการ", en: "Measure" },
  "measures.kind.project": { th: "โครงการ", en: "Project" },
  "measures.kind.activity": { th: "กิจกรรม", en: "Activity" },

  /* ---------------------------------------------------------------- status values */
  "measures.status.notStarted": { th: "ยังไม่ดำเนินการ", en: "Not started" },
  "measures.status.inProgress": { th: "อยู่ระหว่างดำเนินการ", en: "In progress" },
  "measures.status.done": { th: "ดำเนินการแล้วเสร็จ", en: "Completed" },

  /* ---------------------------------------------------------------- timeline presets */
  "measures.preset.fiscalYear": { th: "ตลอดปีงบประมาณ", en: "Whole fiscal year" },
  "measures.preset.halfYear": {
    th: "รอบ 6 เดือน (ต.ค. – มี.ค.)",
    en: "First six months (Oct – Mar)",
  },
  "measures.preset.quarter": { th: "ไตรมาสที่ {q}", en: "Quarter {q}" },
  "measures.preset.quarters": { th: "ไตรมาสที่ {from}–{to}", en: "Quarters {from}–{to}" },
  "measures.preset.months": { th: "ช่วงเดือน", en: "Month range" },
  "measures.preset.custom": { th: "กำหนดวันที่เอง", en: "Custom dates" },
  "measures.timeline.quarter": { th: "ไตรมาสที่ {q} ({span})", en: "Q{q} ({span})" },
  "measures.timeline.quarters": {
    th: "ไตรมาสที่ {from}–{to} ({span})",
    en: "Q{from}–Q{to} ({span})",
  },
  /* ---------------------------------------------------------------- targets (follow-up column) */
  "measures.target.percent": {
    th: "ค่าเป้าหมาย: {of}ไม่น้อยกว่าร้อยละ {percent}",
    en: "Target: at least {percent} per cent of {of}",
  },
  /** A full share: "not less than 100 per cent" is what Thai documents say, not English ones. */
  "measures.target.all": {
    th: "ค่าเป้าหมาย: {of}ไม่น้อยกว่าร้อยละ 100",
    en: "Target: 100 per cent of {of}",
  },
  "measures.target.score": { th: "ค่าเป้าหมาย: {text}", en: "Target: {text}" },
  "measures.target.none": {
    th: "ไม่กำหนดค่าเป้าหมายเชิงปริมาณ ตัวชี้วัดความสำเร็จ: {success}",
    en: "No numeric target; success is {success}",
  },
  "measures.timeline.withFollowUp": {
    th: "ดำเนินการ {setup} และติดตามผลจนถึง {end}",
    en: "{setup}, followed up until {end}",
  },
  "measures.timeline.halfYear": { th: "รอบ 6 เดือน ({span})", en: "First six months ({span})" },

  /* ---------------------------------------------------------------- why a measure is proposed */
  "measures.reasonKind.belowThreshold": { th: "ต่ำกว่าค่าเป้าหมาย", en: "Below target" },
  "measures.reasonKind.weakestInTool": { th: "ต่ำสุดในแบบวัด", en: "Weakest in its tool" },
  "measures.reasonKind.fell": { th: "คะแนนลดลง", en: "Score fell" },
  "measures.reasonKind.weakQuestion": { th: "ข้อคำถามที่ต้องพัฒนา", en: "Weak question" },
  "measures.reasonKind.strength": { th: "รักษาระดับ", en: "Keep the level" },
  "measures.reasonKind.custom": { th: "เพิ่มเอง", en: "Added by user" },
  "measures.reason.belowThreshold": {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "Indicator {no} ({name}) scored {score}, below the target of {threshold}.",
  },
  "measures.reason.weakestInTool": {
    th: "ตัวชี้วัดที่ {no} {name} ได้คะแนนต่ำที่สุดใน{tool} ({score} คะแนน)",
    en: "Indicator {no} ({name}) has the lowest score in {tool} ({score}).",
  },
  "measures.reason.fell": {
    th: "ตัวชี้วัดที่ {no} {name} คะแนนลดลงจาก {from} (ปี {fromYear}) เป็น {to} (ปี {toYear})",
    en: "Indicator {no} ({name}) fell from {from} ({fromYear}) to {to} ({toYear}).",
  },
  "measures.reason.weakQuestionBelow": {
    th: "ข้อ {code} ได้ {score} คะแนน ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "Item {code} scored {score}, below the target of {threshold}.",
  },
  "measures.reason.itemNotDisclosed": {
    th: "ข้อ {codes} ยังไม่ผ่านเกณฑ์การเปิดเผยข้อมูลสาธารณะ",
    en: "Item {codes} did not pass the open-data assessment.",
  },
  "measures.reason.weakQuestionLow": {
    th: "ข้อ {code} ได้ {score} คะแนน ต่ำเป็นลำดับที่ {rank} ของปีที่ประเมิน",
    en: "Item {code} scored {score}, the number {rank} lowest of the assessed year.",
  },
  "measures.reason.strength": {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน เป็นจุดแข็งที่จะรักษาไว้",
    en: "Indicator {no} ({name}) scored {score}, a strength to keep.",
  },
  "measures.reason.custom": { th: "มาตรการที่ผู้ใช้เพิ่มเอง", en: "A measure added by the user." },

  /* ---------------------------------------------------------------- measures sheet */
  "measures.sheet.name": { th: "มาตรการส่งเสริมคุณธรรม {year}", en: "Measures FY{year}" },
  "measures.sheet.title": {
    th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {era} {year}",
    en: "Integrity and transparency measures for fiscal year {year} ({era})",
  },
  "measures.sheet.subtitle": {
    th: "จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ {era} {year}",
    en: "Based on the ITA result of fiscal year {year} ({era})",
  },
  "measures.sheet.footer": {
    th: "สร้างโดย ITA Analyzer คอลัมน์ “{key}” ใช้จับคู่แถวเมื่อปรับปรุงตาราง โปรดอย่าลบ",
    en: "Made by ITA Analyzer. The “{key}” column matches rows when the table is updated; please keep it.",
  },
  "measures.print.footer": { th: "หน้า &P จาก &N", en: "Page &P of &N" },
  "measures.validation.unitsTitle": { th: "ผู้รับผิดชอบ", en: "Responsible" },
  "measures.validation.unitsPrompt": {
    th: "เลือกจากรายการในแผ่นงาน “{sheet}” หรือพิมพ์หลายหน่วยงานคั่นด้วยจุลภาค",
    en: "Pick from the list on sheet “{sheet}”, or type several units separated by commas.",
  },
  "measures.validation.unitsError": {
    th: "ชื่อนี้ไม่อยู่ในรายการหน่วยงาน หากตั้งใจใส่หลายหน่วยงานหรือชื่ออื่น ให้กดตกลง",
    en: "This name is not in the unit list. Choose OK if you meant several units or another name.",
  },
  "measures.validation.statusTitle": { th: "สถานะ", en: "Status" },
  "measures.validation.statusPrompt": {
    th: "เลือกสถานะการดำเนินการจากรายการ",
    en: "Pick the progress status from the list.",
  },
  "measures.validation.statusError": {
    th: "กรุณาเลือกสถานะจากรายการ",
    en: "Please pick a status from the list.",
  },
  "measures.validation.percentTitle": { th: "ร้อยละความคืบหน้า", en: "Percent done" },
  "measures.validation.percentPrompt": {
    th: "ใส่ตัวเลข 0 ถึง 100",
    en: "Enter a number from 0 to 100.",
  },
  "measures.validation.percentError": {
    th: "ร้อยละต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100",
    en: "The percentage must be a number from 0 to 100.",
  },

  /* ---------------------------------------------------------------- units sheet */
  "measures.units.sheetName": { th: "หน่วยงานรับผิดชอบ", en: "Responsible units" },
  "measures.units.header": { th: "หน่วยงานรับผิดชอบ", en: "Responsible unit" },
  "measures.units.note": {
    th: "แก้ไข เพิ่ม หรือลบชื่อหน่วยงานในคอลัมน์ A ได้ รายการนี้เป็นตัวเลือกของคอลัมน์ผู้รับผิดชอบ",
    en: "Edit, add or remove unit names in column A. This list feeds the Responsible column.",
  },
} satisfies Record<string, Entry>;
