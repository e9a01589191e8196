import type { Entry } from "./format";

/**
 * Task pane texts. Plain words for people who are not Excel experts; every action says what it
 * does to the workbook. Placeholders are listed next to the code that fills them.
 */
export const paneMessages = {
  PANE_TITLE: { th: "วิเคราะห์ผล ITA", en: "ITA Analyzer" },
  PANE_SUBTITLE: {
    th: "เปรียบเทียบคะแนนการประเมินคุณธรรมและความโปร่งใสสองปี แล้วสร้างชีตวิเคราะห์",
    en: "Compare two years of Integrity and Transparency Assessment scores and create analysis sheets.",
  },
  PANE_LANGUAGE_BUTTON: { th: "English", en: "ไทย" },
  /* Starts with the visible word, so voice control users can say what they see. */
  PANE_LANGUAGE_BUTTON_LABEL: {
    th: "English: เปลี่ยนภาษาของบานหน้าต่างเป็นภาษาอังกฤษ",
    en: "ไทย: switch the pane to Thai",
  },
  PANE_LOADING: { th: "กำลังเริ่มต้น…", en: "Starting…" },
  PANE_NOT_IN_OFFICE_TITLE: { th: "เปิดหน้านี้ใน Excel", en: "Open this in Excel" },
  PANE_NOT_IN_OFFICE_BODY: {
    th: "หน้านี้เป็นส่วนเสริมของ Excel จึงทำงานในเว็บเบราว์เซอร์โดยตรงไม่ได้ เปิดสมุดงานใน Excel แล้วเลือก “วิเคราะห์ ITA” บนแท็บหน้าแรก",
    en: "This page is an Excel add-in and cannot work on its own in a web browser. Open your workbook in Excel and choose “Analyze ITA” on the Home tab.",
  },
  PANE_STEPS_LABEL: { th: "ขั้นตอน", en: "Steps" },
  PANE_STEP_NUMBER: { th: "ขั้นที่ {n}", en: "Step {n}" },

  /* Step 1: data */
  PANE_STEP_DATA: { th: "ข้อมูลคะแนน", en: "Score data" },
  PANE_DATA_HINT: {
    th: "พิมพ์หรือวางตารางคะแนน ITA ลงในชีตใดก็ได้ แล้วกดค้นหา หรือแทรกแม่แบบว่างเพื่อกรอกคะแนน",
    en: "Type or paste your ITA score tables into any sheet and search, or insert the blank template and fill it in.",
  },
  PANE_FIND: { th: "ค้นหาตารางคะแนน", en: "Find score tables" },
  PANE_FINDING: { th: "กำลังอ่านสมุดงาน…", en: "Reading the workbook…" },
  PANE_INSERT_TEMPLATE: { th: "แทรกแม่แบบว่าง", en: "Insert blank template" },
  PANE_INSERTING_TEMPLATE: { th: "กำลังแทรกแม่แบบ…", en: "Inserting the template…" },
  PANE_TEMPLATE_INSERTED: {
    th: "แทรกชีต “{sheet}” แล้ว กรอกคะแนนแล้วกดค้นหาตารางคะแนนอีกครั้ง",
    en: "The sheet “{sheet}” was inserted. Fill in the scores, then find the score tables again.",
  },
  PANE_FOUND_TITLE: { th: "สิ่งที่พบ", en: "What was found" },
  PANE_ORGANIZATION: { th: "หน่วยงาน", en: "Organisation" },
  PANE_NOT_STATED: { th: "ไม่ระบุ", en: "Not stated" },
  /* A fiscal year as the data has it (Buddhist era): an English reader is told so. */
  PANE_YEAR: { th: "{year}", en: "{year} B.E." },
  PANE_YEARS: { th: "{years}", en: "{years} B.E." },
  PANE_YEARS_FOUND: { th: "ปีที่มีคะแนน", en: "Years with scores" },
  PANE_TABLES_FOUND: { th: "ตารางที่พบ ({count})", en: "Tables found ({count})" },
  PANE_TABLE_OVERALL: { th: "คะแนนภาพรวม", en: "Overall score" },
  PANE_TABLE_TOOLS: { th: "คะแนนรายเครื่องมือ", en: "Scores by tool" },
  PANE_TABLE_INDICATORS: { th: "คะแนนรายตัวชี้วัด", en: "Scores by indicator" },
  PANE_TABLE_QUESTIONS: { th: "คะแนนรายข้อคำถาม", en: "Scores by question" },
  PANE_TABLE_ORGANIZATION: { th: "ข้อมูลหน่วยงาน", en: "Organisation details" },
  PANE_TABLE_TEMPLATE: { th: "แม่แบบกรอกคะแนน", en: "Score template" },
  PANE_TABLE_DETAIL: { th: "{rows} แถว · ปี {years}", en: "{rows} rows · {years}" },
  PANE_GO_TO: { th: "ไปที่ {cell}", en: "Go to {cell}" },
  PANE_PROBLEMS_TITLE: { th: "สิ่งที่ควรตรวจสอบ ({count})", en: "Things to check ({count})" },
  PANE_PROBLEMS_HINT: {
    th: "เลือกรายการเพื่อไปยังเซลล์นั้นในชีต",
    en: "Choose an item to go to its cell in the sheet.",
  },
  PANE_SEVERITY_ERROR: { th: "ต้องแก้ไข", en: "Must fix" },
  PANE_SEVERITY_WARNING: { th: "คำเตือน", en: "Warning" },
  PANE_SEVERITY_INFO: { th: "หมายเหตุ", en: "Note" },
  PANE_NO_PROBLEMS: { th: "ไม่พบปัญหาในข้อมูล", en: "No problems were found in the data." },
  PANE_FIX_ERRORS_FIRST: {
    th: "แก้ไขรายการที่ “ต้องแก้ไข” ในสมุดงาน แล้วกดค้นหาตารางคะแนนอีกครั้ง",
    en: "Fix the items marked “Must fix” in the workbook, then find the score tables again.",
  },

  /* Step 2: options */
  PANE_STEP_OPTIONS: { th: "ตัวเลือก", en: "Options" },
  PANE_OPTIONS_NEED_DATA: {
    th: "ค้นหาตารางคะแนนก่อน จึงจะเลือกปีที่เปรียบเทียบได้",
    en: "Find the score tables first to choose the years to compare.",
  },
  PANE_FROM_YEAR: { th: "ปีที่ใช้เทียบ (ปีก่อน)", en: "Compare from (earlier year)" },
  PANE_TO_YEAR: { th: "ปีที่วิเคราะห์ (ปีหลัง)", en: "Compare to (later year)" },
  PANE_NO_FROM_YEAR: { th: "ไม่เปรียบเทียบ", en: "No comparison" },
  PANE_YEAR_ORDER: {
    th: "ปีที่ใช้เทียบต้องมาก่อนปีที่วิเคราะห์",
    en: "The earlier year must come before the later year.",
  },
  PANE_THRESHOLD: { th: "เกณฑ์คะแนน", en: "Threshold" },
  PANE_THRESHOLD_HINT: {
    th: "ตัวชี้วัดที่ได้ต่ำกว่าเกณฑ์นี้ถือว่าควรพัฒนา",
    en: "Indicators scoring below this need work.",
  },
  PANE_THRESHOLD_INVALID: {
    th: "กรอกตัวเลขตั้งแต่ 0 ถึง 100",
    en: "Enter a number from 0 to 100.",
  },
  PANE_THAI_DIGITS: { th: "ใช้เลขไทยในข้อความที่สร้าง", en: "Thai digits in generated text" },
  PANE_OUTPUT_LANG: { th: "ภาษาของชีตที่สร้าง", en: "Language of generated sheets" },
  PANE_LANG_TH: { th: "ไทย", en: "Thai" },
  PANE_LANG_EN: { th: "อังกฤษ", en: "English" },
  PANE_ERA: { th: "ปีในชีตที่สร้าง", en: "Years in generated sheets" },
  PANE_ERA_BE: { th: "พุทธศักราช (พ.ศ.)", en: "Buddhist era (B.E.)" },
  PANE_ERA_CE: { th: "คริสต์ศักราช (ค.ศ.)", en: "Common era (CE)" },

  /* Step 4: measures (its own texts load with it, src/domain/messages/pane-measures.ts) */
  PANE_STEP_MEASURES: {
    th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    en: "Integrity and transparency measures",
  },
  PANE_STEP_LOADING: { th: "กำลังโหลดขั้นตอนนี้…", en: "Loading this step…" },

  /* Step 3: create */
  PANE_STEP_CREATE: { th: "สร้างการวิเคราะห์", en: "Create analysis" },
  PANE_CREATE: { th: "สร้างการวิเคราะห์", en: "Create analysis" },
  PANE_CREATE_HINT: {
    th: "สร้างชีตใหม่ (เปรียบเทียบ ข้อค้นพบ สรุป) พร้อมสูตร แผนภูมิ และการตั้งค่าพิมพ์ ชีตเดิมของคุณจะไม่ถูกแก้ไข",
    en: "Creates new sheets (comparison, findings, summary) with formulas, charts and print settings. Your own sheets are not changed.",
  },
  PANE_CREATE_NEED_DATA: {
    th: "ค้นหาตารางคะแนนและแก้ไขข้อผิดพลาดก่อน",
    en: "Find the score tables and fix any errors first.",
  },
  PANE_PROGRESS_LABEL: { th: "ความคืบหน้า", en: "Progress" },
  PANE_PROGRESS_READING: { th: "กำลังอ่านข้อมูล…", en: "Reading the data…" },
  PANE_PROGRESS_CHECKING: { th: "กำลังตรวจชีตที่สร้างไว้เดิม…", en: "Checking earlier sheets…" },
  PANE_PROGRESS_ANALYSING: { th: "กำลังวิเคราะห์…", en: "Analysing…" },
  PANE_PROGRESS_WRITING: { th: "กำลังสร้างชีต…", en: "Creating the sheets…" },
  PANE_RUN_BLOCKED: {
    th: "ยังสร้างการวิเคราะห์ไม่ได้ เพราะข้อมูลมีรายการที่ต้องแก้ไข",
    en: "The analysis cannot be created yet: the data has items that must be fixed.",
  },
  PANE_RESULT_STALE: {
    th: "ผลด้านล่างจัดทำตามตัวเลือกเดิม (เกณฑ์ {threshold}) ซึ่งได้เปลี่ยนแปลงแล้ว กด “สร้างการวิเคราะห์” อีกครั้งเพื่อปรับปรุงผลให้ตรงกับตัวเลือกปัจจุบัน",
    en: "The result below was made with earlier options (threshold {threshold}), which have since changed. Choose “Create analysis” again to bring it up to date.",
  },
  PANE_RESULT_WARNINGS: {
    th: "ข้อสังเกตจากการวิเคราะห์ครั้งนี้ ({count} รายการ)",
    en: "Warnings from this run ({count})",
  },
  PANE_SUMMARY_TITLE: { th: "ผลการวิเคราะห์", en: "Result" },
  PANE_SUMMARY_ORG: { th: "{name} ปีงบประมาณ {year}", en: "{name}, fiscal year {year}" },
  PANE_SUMMARY_SCORE: {
    th: "คะแนนภาพรวม {score} ({level})",
    en: "Overall score {score} ({level})",
  },
  /* Beside a figure the engine computed: the sheets say so too (see docs/architecture.md, Provenance). */
  PANE_SUMMARY_COMPUTED: {
    th: "คะแนนภาพรวมและระดับผลการประเมินคำนวณจากคะแนนรายตัวชี้วัด มิใช่ผลที่ประกาศ",
    en: "The overall score and level were computed from the indicator scores, not taken from the announcement.",
  },
  PANE_SUMMARY_COMPUTED_FROM: {
    th: "คะแนนภาพรวมปี {from} คำนวณจากคะแนนรายตัวชี้วัด มิใช่ผลที่ประกาศ",
    en: "The overall score of {from} was computed from the indicator scores, not taken from the announcement.",
  },
  PANE_SUMMARY_UP: {
    th: "เพิ่มขึ้น {diff} คะแนน (ร้อยละ {pct}) จากปี {from}",
    en: "Up {diff} points ({pct}%) from {from}",
  },
  PANE_SUMMARY_DOWN: {
    th: "ลดลง {diff} คะแนน (ร้อยละ {pct}) จากปี {from}",
    en: "Down {diff} points ({pct}%) from {from}",
  },
  PANE_SUMMARY_SAME: { th: "เท่ากับปี {from}", en: "The same as in {from}" },
  /* The counts below join only those above zero ("… และคะแนนลดลง 3 ตัวชี้วัด"). */
  PANE_SUMMARY_COUNTS: {
    th: "เทียบกับปีก่อน {list}",
    en: "Indicators against the year before: {list}.",
  },
  PANE_SUMMARY_COUNT_UP: { th: "คะแนนเพิ่มขึ้น {count} ตัวชี้วัด", en: "{count} up" },
  PANE_SUMMARY_COUNT_SAME: { th: "คะแนนเท่าเดิม {count} ตัวชี้วัด", en: "{count} unchanged" },
  PANE_SUMMARY_COUNT_DOWN: { th: "คะแนนลดลง {count} ตัวชี้วัด", en: "{count} down" },
  PANE_SUMMARY_WEAKEST: { th: "ตัวชี้วัดที่ควรพัฒนาของแต่ละเครื่องมือ", en: "Weakest indicator per tool" },
  PANE_SUMMARY_WEAKEST_ITEM: {
    th: "{tool}: ตัวชี้วัดที่ {no} {name} ({score})",
    en: "{tool}: indicator {no}, {name} ({score})",
  },
  PANE_SUMMARY_BELOW: {
    th: "ต่ำกว่าเกณฑ์ {threshold}: {count} ตัวชี้วัด",
    en: "Below the threshold of {threshold}: {count} indicators",
  },
  PANE_SHEETS_CREATED: { th: "ชีตที่สร้าง", en: "Sheets created" },
  PANE_OPEN_SHEET: { th: "เปิดชีต {sheet}", en: "Open sheet {sheet}" },
  PANE_SKIPPED_TITLE: {
    th: "Excel รุ่นนี้ไม่รองรับบางส่วน จึงข้ามไป:",
    en: "This version of Excel lacks some features, so these were skipped:",
  },
  PANE_SKIPPED_UNKNOWN: {
    th: "การจัดรูปแบบบางอย่าง",
    en: "some formatting",
  },

  /* Replace dialog */
  PANE_REPLACE_TITLE: { th: "มีชีตวิเคราะห์เดิมอยู่แล้ว", en: "Analysis sheets already exist" },
  PANE_REPLACE_BODY: {
    th: "สมุดงานนี้มีชีตที่ ITA Analyzer สร้างไว้ก่อนหน้า จะแทนที่ด้วยชีตใหม่หรือเก็บไว้ทั้งคู่",
    en: "This workbook has sheets ITA Analyzer created earlier. Replace them with new ones, or keep both?",
  },
  PANE_SHEET_EDITED: { th: "มีการแก้ไข", en: "edited" },
  PANE_REPLACE_EDITED_WARNING: {
    th: "ชีตที่ “มีการแก้ไข” ถูกเปลี่ยนหลังจากสร้าง ถ้าแทนที่ สิ่งที่แก้ไขไว้จะหายไปและกู้คืนไม่ได้",
    en: "Sheets marked “edited” were changed after they were created. Replacing them loses those changes for good.",
  },
  PANE_REPLACE: { th: "แทนที่ชีตเดิม", en: "Replace" },
  PANE_KEEP_BOTH: { th: "เก็บไว้ทั้งคู่", en: "Keep both" },
  PANE_CANCEL: { th: "ยกเลิก", en: "Cancel" },

  /* Errors */
  PANE_ERROR_TITLE: { th: "ทำต่อไม่ได้", en: "Could not continue" },
  PANE_ERROR_GENERIC: {
    th: "เกิดข้อผิดพลาดขณะทำงานกับสมุดงาน ลองอีกครั้ง หากยังไม่ได้ ให้ปิดแล้วเปิดบานหน้าต่างใหม่",
    en: "Something went wrong while working with the workbook. Try again; if it still fails, close and reopen the pane.",
  },
  PANE_ERROR_CELL_EDIT: {
    th: "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc ในชีตก่อน แล้วลองอีกครั้ง",
    en: "Excel is editing a cell. Press Enter or Esc in the sheet first, then try again.",
  },
  PANE_ERROR_SELECT: {
    th: "ไปยังเซลล์ {cell} ไม่ได้ ชีตอาจถูกเปลี่ยนชื่อหรือลบไปแล้ว",
    en: "Could not go to {cell}. The sheet may have been renamed or deleted.",
  },
  PANE_DISMISS: { th: "ปิดข้อความ", en: "Dismiss" },
} satisfies Record<string, Entry>;
