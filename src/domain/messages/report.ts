import type { Entry } from "./format";

/**
 * Texts of the generated sheets (comparison, findings, summary) and of the blank input template.
 * All wording is ours. Numbers arrive already formatted (2 decimals, era, digits); years arrive
 * as plain numbers in the chosen era and `{era}` is the era's abbreviation.
 */
export const reportMessages = {
  /* ------------------------------------------------------------ sheet names (≤ 31 chars) */
  REPORT_SHEET_COMPARISON: { th: "เปรียบเทียบผล ITA", en: "ITA comparison" },
  REPORT_SHEET_FINDINGS: { th: "จุดอ่อนและจุดแข็ง", en: "Weaknesses and strengths" },
  REPORT_SHEET_SUMMARY: { th: "สรุปผลการวิเคราะห์", en: "Analysis summary" },
  REPORT_SHEET_TEMPLATE: { th: "ข้อมูล ITA", en: "ITA data" },

  /* ------------------------------------------------------------ shared pieces */
  REPORT_ERA_BE: { th: "พ.ศ.", en: "B.E." },
  REPORT_ERA_CE: { th: "ค.ศ.", en: "CE" },
  REPORT_YEAR_WITH_ERA: { th: "{era} {year}", en: "{year} {era}" },
  REPORT_ORG_UNNAMED: { th: "(ไม่ได้ระบุชื่อหน่วยงาน)", en: "(organisation not named)" },
  REPORT_ORG_IN_TEXT: { th: "หน่วยงาน", en: "the organisation" },
  REPORT_DISTRICT: { th: "อำเภอ{district}", en: "{district} District" },
  REPORT_PROVINCE: { th: "จังหวัด{province}", en: "{province} Province" },
  REPORT_FOOTER: { th: "จัดทำโดย ITA Analyzer", en: "Made with ITA Analyzer" },
  REPORT_FOOTER_VERSION: { th: "รุ่น {version}", en: "version {version}" },
  REPORT_FOOTER_DATE: { th: "เมื่อ {date}", en: "on {date}" },
  /** Page footer; &P and &N are Excel's page-number and page-count codes. */
  REPORT_PAGE_FOOTER: { th: "หน้า &P จาก &N", en: "Page &P of &N" },
  REPORT_TOOLNAME_IIT: {
    th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    en: "internal stakeholders' perception",
  },
  REPORT_TOOLNAME_EIT: {
    th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    en: "external stakeholders' perception",
  },
  REPORT_TOOLNAME_OIT: { th: "แบบวัดการเปิดเผยข้อมูลสาธารณะ", en: "open data" },
  REPORT_TOOL_ROW: { th: "{code} {name}", en: "{code} – {name}" },
  REPORT_INDICATOR_REF: { th: "ตัวชี้วัดที่ {no} {name}", en: "indicator {no}, {name}" },
  REPORT_DIR_UP: { th: "เพิ่มขึ้น", en: "Increased" },
  REPORT_DIR_SAME: { th: "คงที่", en: "Unchanged" },
  REPORT_DIR_DOWN: { th: "ลดลง", en: "Decreased" },

  /* ------------------------------------------------------------ comparison sheet */
  REPORT_CMP_TITLE: {
    th: "ผลการประเมิน ITA ปีงบประมาณ {era} {from} เทียบกับ {to}",
    en: "ITA results: fiscal year {from} compared with {to} ({era})",
  },
  REPORT_CMP_TITLE_ONE: {
    th: "ผลการประเมิน ITA ปีงบประมาณ {era} {to}",
    en: "ITA results: fiscal year {to} ({era})",
  },
  REPORT_COL_NO: { th: "ตัวชี้วัดที่", en: "No." },
  REPORT_COL_ITEM: { th: "รายการ", en: "Item" },
  REPORT_COL_TOOL: { th: "เครื่องมือ", en: "Tool" },
  REPORT_COL_SCORE_YEAR: { th: "คะแนนปี {year}", en: "Score {year}" },
  REPORT_COL_DIFF: { th: "ผลต่าง (คะแนน)", en: "Change (points)" },
  REPORT_COL_PCT: { th: "ร้อยละที่เปลี่ยนแปลง", en: "Change (%)" },
  REPORT_COL_DIRECTION: { th: "ทิศทาง", en: "Direction" },
  REPORT_COL_LEVEL_YEAR: { th: "ระดับผลการประเมินปี {year}", en: "Level {year}" },
  REPORT_COL_RANK: { th: "อันดับปี {year}", en: "Rank {year}" },
  REPORT_ROW_OVERALL: { th: "คะแนนภาพรวม", en: "Overall score" },
  REPORT_COUNT_UP: { th: "จำนวนตัวชี้วัดที่คะแนนเพิ่มขึ้น", en: "Indicators whose score rose" },
  REPORT_COUNT_SAME: { th: "จำนวนตัวชี้วัดที่คะแนนคงที่", en: "Indicators whose score held" },
  REPORT_COUNT_DOWN: { th: "จำนวนตัวชี้วัดที่คะแนนลดลง", en: "Indicators whose score fell" },
  REPORT_CMP_LEGEND: {
    th: "คะแนนที่ต่ำกว่าค่าเป้าหมาย {threshold} คะแนนแสดงด้วยพื้นสีแดง ผลต่างที่ลดลงแสดงด้วยเครื่องหมายลบและสีแดง ที่เพิ่มขึ้นแสดงด้วยเครื่องหมายบวกและสีเขียว",
    en: "Scores below the target of {threshold} have a red fill; falls show a minus sign in red, rises a plus sign in green.",
  },
  REPORT_CMP_FORMULA_NOTE: {
    th: "ตัวเลขในตารางเป็นสูตรที่อ้างอิงเซลล์ข้อมูลต้นทาง หากแก้ไขคะแนนต้นทาง ตารางนี้จะคำนวณใหม่เอง",
    en: "The figures are formulas over the input cells: correct a score there and this table recalculates.",
  },
  REPORT_BENCH_CAPTION: { th: "เทียบกับค่าเฉลี่ย", en: "Compared with averages" },
  REPORT_BENCH_COL_LABEL: { th: "ค่าเฉลี่ย", en: "Average" },
  REPORT_COL_YEAR: { th: "ปี", en: "Year" },
  REPORT_COL_OVERALL: { th: "คะแนนภาพรวม", en: "Overall" },
  REPORT_BENCH_COL_OWN: { th: "คะแนนของหน่วยงาน", en: "Our overall" },
  REPORT_BENCH_COL_GAP: { th: "สูงกว่า (+) / ต่ำกว่า (−)", en: "Above (+) / below (−)" },
  REPORT_TREND_CAPTION: {
    th: "คะแนนภาพรวมและรายเครื่องมือทุกปี (ข้อมูลของกราฟเส้น)",
    en: "Overall and tool scores in every year (line chart data)",
  },
  REPORT_BAR_CAPTION: {
    th: "คะแนนรายตัวชี้วัด (ข้อมูลของกราฟแท่ง)",
    en: "Indicator scores (bar chart data)",
  },
  REPORT_CHART_INDICATORS: {
    th: "คะแนนรายตัวชี้วัด ปี {from} และ {to}",
    en: "Indicator scores, {from} and {to}",
  },
  REPORT_CHART_INDICATORS_ONE: { th: "คะแนนรายตัวชี้วัด ปี {to}", en: "Indicator scores, {to}" },
  REPORT_CHART_TREND: {
    th: "แนวโน้มคะแนนภาพรวมและรายเครื่องมือ",
    en: "Overall and tool scores over the years",
  },
  REPORT_SERIES_YEAR: { th: "ปี {year}", en: "{year}" },
  REPORT_AXIS_SCORE: { th: "คะแนน", en: "Score" },

  /* ------------------------------------------------------------ findings sheet */
  REPORT_FIND_TITLE: {
    th: "จุดอ่อนและจุดแข็งจากผลการประเมิน ITA ปีงบประมาณ {era} {year}",
    en: "Weaknesses and strengths in the ITA results, fiscal year {year} ({era})",
  },
  REPORT_FIND_SEC_WEAKEST: { th: "ตัวชี้วัดที่ได้คะแนนต่ำที่สุด", en: "Weakest indicators" },
  REPORT_FIND_SEC_BELOW: {
    th: "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ {threshold} คะแนน",
    en: "Indicators below the threshold of {threshold}",
  },
  REPORT_FIND_SEC_QUESTIONS: {
    th: "ข้อคำถามที่ได้คะแนนไม่เต็ม (เรียงจากคะแนนต่ำสุด)",
    en: "Questions below full marks (weakest first)",
  },
  REPORT_FIND_SEC_FALLEN: {
    th: "ข้อคำถามที่คะแนนลดลงจากปี {from}",
    en: "Questions whose score fell since {from}",
  },
  REPORT_FIND_SEC_STRENGTHS: { th: "จุดแข็งที่ควรรักษาไว้", en: "Strengths to keep" },
  REPORT_COL_SCOPE: { th: "ต่ำที่สุดใน", en: "Lowest in" },
  REPORT_COL_INDICATOR: { th: "ตัวชี้วัด", en: "Indicator" },
  REPORT_COL_INDICATOR_NAME: { th: "ชื่อตัวชี้วัด", en: "Indicator name" },
  REPORT_COL_SCORE: { th: "คะแนน", en: "Score" },
  REPORT_COL_GAP: { th: "ห่างจากเกณฑ์", en: "Short of threshold" },
  REPORT_COL_FINDING: { th: "ข้อค้นพบ", en: "Finding" },
  REPORT_COL_QUESTION: { th: "ข้อคำถาม", en: "Question" },
  REPORT_COL_QUESTION_TEXT: { th: "ประเด็นที่ประเมิน", en: "What it assesses" },
  REPORT_COL_PART1: { th: "EIT ส่วนที่ 1", en: "EIT part 1" },
  REPORT_COL_PART2: { th: "EIT ส่วนที่ 2", en: "EIT part 2" },
  REPORT_COL_FELL: { th: "ลดลง (คะแนน)", en: "Fell by" },
  REPORT_SCOPE_OVERALL: { th: "ทุกตัวชี้วัด", en: "All indicators" },
  REPORT_SCOPE_TOOL: { th: "เครื่องมือ {tool}", en: "{tool} tool" },
  REPORT_FIND_WEAKEST_OVERALL: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดในบรรดาตัวชี้วัดทั้งหมด ควรจัดเป็นเรื่องแรกที่ต้องพัฒนา",
    en: "Indicator {no}, {name}, scored {score}, the lowest of all indicators: make it the first thing to improve.",
  },
  REPORT_FIND_WEAKEST_TOOL: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดในเครื่องมือ {tool} ควรเร่งปรับปรุง",
    en: "Indicator {no}, {name}, scored {score}, the lowest in the {tool} tool: improve it first there.",
  },
  REPORT_FIND_WEAKEST_OVERALL_OK: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดในบรรดาตัวชี้วัดทั้งหมดแม้จะผ่านเกณฑ์แล้ว ยังพัฒนาให้ถึงคะแนนเต็มได้",
    en: "Indicator {no}, {name}, scored {score}, the lowest of all indicators though above the threshold: there is still room to reach full marks.",
  },
  REPORT_FIND_WEAKEST_TOOL_OK: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดในเครื่องมือ {tool} แต่ผ่านเกณฑ์แล้ว ควรพัฒนาต่อเพื่อรักษาระดับ",
    en: "Indicator {no}, {name}, scored {score}, the lowest in the {tool} tool but above the threshold: keep improving it to hold the level.",
  },
  REPORT_FIND_BELOW: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ยังขาดอีก {gap} คะแนนจึงจะถึงเกณฑ์ {threshold} คะแนน",
    en: "Indicator {no}, {name}, scored {score}: {gap} points short of the threshold of {threshold}.",
  },
  REPORT_FIND_NONE_BELOW: {
    th: "ไม่มีตัวชี้วัดใดได้คะแนนต่ำกว่าเกณฑ์ {threshold} คะแนน",
    en: "No indicator scored below the threshold of {threshold}.",
  },
  REPORT_FIND_QUESTION: {
    th: "ข้อ {code} ได้ {score} คะแนน เป็นประเด็นที่ควรหาสาเหตุและแก้ไขในตัวชี้วัดที่ {no}",
    en: "Question {code} scored {score}: find out why and address it within indicator {no}.",
  },
  REPORT_FIND_QUESTION_PARTS: {
    th: "ข้อ {code} ได้ {part1} คะแนนในส่วนที่ 1 และ {part2} คะแนนในส่วนที่ 2 ควรพัฒนาส่วนที่ได้คะแนนน้อยกว่า",
    en: "Question {code} scored {part1} in part 1 and {part2} in part 2: work on the lower part.",
  },
  REPORT_FIND_NO_QUESTIONS: {
    th: "ไม่มีคะแนนรายข้อคำถามในข้อมูล หากต้องการวิเคราะห์ละเอียดขึ้น ให้กรอกคะแนนรายข้อในตารางคะแนนรายข้อคำถาม",
    en: "The data has no question scores; add them to the question table for a finer analysis.",
  },
  REPORT_FIND_ALL_FULL: {
    th: "ทุกข้อคำถามได้คะแนนเต็ม",
    en: "Every question scored full marks.",
  },
  REPORT_FIND_FELL: {
    th: "ข้อ {code} ลดลง {fell} คะแนน จาก {from} เหลือ {to} คะแนน ควรตรวจสอบว่าเกิดจากการดำเนินงานเรื่องใด",
    en: "Question {code} fell by {fell} points, from {from} to {to}: check which part of the work caused it.",
  },
  REPORT_FIND_NONE_FELL: {
    th: "ไม่มีข้อคำถามที่คะแนนลดลง",
    en: "No question's score fell.",
  },
  REPORT_FIND_STRENGTH_FULL: {
    th: "ตัวชี้วัดที่ {no} {name} ได้คะแนนเต็ม ควรรักษาแนวทางการดำเนินงานนี้ไว้",
    en: "Indicator {no}, {name}, has full marks: keep doing what earned them.",
  },
  REPORT_FIND_STRENGTH: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน สูงที่สุดของหน่วยงาน ควรรักษาไว้และใช้เป็นแบบอย่าง",
    en: "Indicator {no}, {name}, scored {score}, our best: keep it up and use it as a model.",
  },

  /* ------------------------------------------------------------ summary sheet */
  REPORT_SUM_TITLE: {
    th: "สรุปผลการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ {era} {year}",
    en: "Summary of the ITA results, fiscal year {year} ({era})",
  },
  REPORT_SUM_NOTE: {
    th: "แต่ละย่อหน้าด้านล่างคัดลอกไปใช้ในรายงานได้ทันที",
    en: "Each paragraph below can be copied straight into a report.",
  },
  REPORT_SUM_RESULT: {
    th: "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของ{org} ประจำปีงบประมาณ {year} ได้คะแนนภาพรวม {score} คะแนน อยู่ในระดับ “{level}”",
    en: "In the Integrity and Transparency Assessment (ITA) for fiscal year {year}, {org} scored {score} overall, at the level “{level}”.",
  },
  REPORT_SUM_RESULT_NO_OVERALL: {
    th: "ข้อมูลผลการประเมิน ITA ของ{org} ประจำปีงบประมาณ {year} ไม่มีคะแนนภาพรวม จึงวิเคราะห์จากคะแนนรายตัวชี้วัด",
    en: "The ITA data of {org} for fiscal year {year} has no overall score, so the analysis works from the indicator scores.",
  },
  REPORT_SUM_TOOLS: {
    th: "เมื่อแยกตามเครื่องมือ ได้คะแนนดังนี้ {items}",
    en: "By tool, the scores were: {items}.",
  },
  REPORT_SUM_TOOL_ITEM: { th: "{tool} {score} คะแนน", en: "{tool} {score}" },
  REPORT_SUM_CALC: {
    th: "({to} − {from}) ÷ {from} × 100 = {pct}%",
    en: "({to} − {from}) ÷ {from} × 100 = {pct}%",
  },
  REPORT_SUM_CHANGE_UP: {
    th: "เมื่อเทียบกับปีงบประมาณ {year} ซึ่งได้ {from} คะแนน คะแนนภาพรวมเพิ่มขึ้น {diff} คะแนน หรือเพิ่มขึ้นร้อยละ {pct} ของคะแนนปีก่อน คำนวณได้จาก {calc}",
    en: "Against fiscal year {year}, when the overall was {from}, the score rose by {diff} points, {pct}% of the earlier score, worked out as {calc}.",
  },
  REPORT_SUM_CHANGE_DOWN: {
    th: "เมื่อเทียบกับปีงบประมาณ {year} ซึ่งได้ {from} คะแนน คะแนนภาพรวมลดลง {diff} คะแนน หรือลดลงร้อยละ {pct} ของคะแนนปีก่อน คำนวณได้จาก {calc}",
    en: "Against fiscal year {year}, when the overall was {from}, the score fell by {diff} points, {pct}% of the earlier score, worked out as {calc}.",
  },
  REPORT_SUM_CHANGE_SAME: {
    th: "คะแนนภาพรวมเท่ากับปีงบประมาณ {year} คือ {from} คะแนน",
    en: "The overall score equals that of fiscal year {year}: {from}.",
  },
  REPORT_SUM_COUNTS: {
    th: "เมื่อพิจารณารายตัวชี้วัดที่มีคะแนนทั้งสองปี จำนวน {total} ตัว พบว่าคะแนนเพิ่มขึ้น {up} ตัว คงที่ {same} ตัว และลดลง {down} ตัว",
    en: "Of the {total} indicators scored in both years, {up} rose, {same} held and {down} fell.",
  },
  REPORT_SUM_TOOL_CHANGES: {
    th: "คะแนนรายเครื่องมือเปลี่ยนแปลงจากปีก่อนดังนี้ {items}",
    en: "Against the year before, the tools changed as follows: {items}.",
  },
  REPORT_SUM_TOOL_CHANGE_ITEM: {
    th: "{tool} จาก {from} เป็น {to} คะแนน ({diff})",
    en: "{tool} from {from} to {to} ({diff})",
  },
  REPORT_SUM_TOOL_SAME_ITEM: {
    th: "{tool} {to} คะแนน เท่ากับปีก่อน",
    en: "{tool} unchanged at {to}",
  },
  REPORT_SUM_WEAKEST: {
    th: "ตัวชี้วัดที่ได้คะแนนต่ำที่สุดของแต่ละเครื่องมือ ได้แก่ {items}",
    en: "The weakest indicator of each tool: {items}.",
  },
  REPORT_SUM_WEAKEST_ITEM: {
    th: "{tool} คือตัวชี้วัดที่ {no} {name} ({score} คะแนน)",
    en: "{tool}, indicator {no} {name} ({score})",
  },
  REPORT_SUM_BELOW: {
    th: "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ {threshold} คะแนน ซึ่งควรนำไปจัดทำมาตรการพัฒนาเป็นลำดับแรก ได้แก่ {items}",
    en: "Indicators below the threshold of {threshold}, to be addressed first in the measures: {items}.",
  },
  REPORT_SUM_BELOW_ITEM: {
    th: "ตัวชี้วัดที่ {no} {name} ({score} คะแนน)",
    en: "indicator {no} {name} ({score})",
  },
  REPORT_SUM_NONE_BELOW: {
    th: "ไม่มีตัวชี้วัดใดได้คะแนนต่ำกว่าเกณฑ์ {threshold} คะแนน หน่วยงานควรรักษามาตรฐานและพัฒนาตัวชี้วัดที่คะแนนยังไม่เต็ม",
    en: "No indicator is below the threshold of {threshold}; keep the standard and raise the indicators short of full marks.",
  },
  REPORT_SUM_QUESTIONS: {
    th: "ข้อคำถามที่ได้คะแนนต่ำที่สุด ได้แก่ {items}",
    en: "The lowest-scoring questions: {items}.",
  },
  REPORT_SUM_QUESTION_ITEM: { th: "ข้อ {code} ({score} คะแนน)", en: "{code} ({score})" },
  REPORT_SUM_BENCH_ABOVE: {
    th: "เมื่อเทียบกับ{label}ปี {year} ซึ่งได้ {bench} คะแนน หน่วยงานได้คะแนนสูงกว่า {diff} คะแนน",
    en: "Compared with the {label} for {year} ({bench}), the organisation scored {diff} points higher.",
  },
  REPORT_SUM_BENCH_BELOW: {
    th: "เมื่อเทียบกับ{label}ปี {year} ซึ่งได้ {bench} คะแนน หน่วยงานได้คะแนนต่ำกว่า {diff} คะแนน",
    en: "Compared with the {label} for {year} ({bench}), the organisation scored {diff} points lower.",
  },
  REPORT_SUM_BENCH_EQUAL: {
    th: "เมื่อเทียบกับ{label}ปี {year} หน่วยงานได้คะแนนเท่ากัน คือ {bench} คะแนน",
    en: "Compared with the {label} for {year}, the organisation scored the same: {bench}.",
  },

  /* ------------------------------------------------------------ input template */
  REPORT_TPL_TITLE: { th: "แม่แบบข้อมูลผลการประเมิน ITA", en: "ITA data template" },
  REPORT_TPL_INSTRUCTIONS: {
    th: "กรอกข้อมูลในช่องว่าง คะแนน 0–100 (Fill in the blanks: organisation, overall & tools, indicators, questions; scores 0–100) ไม่จำเป็นต้องกรอกครบทุกตาราง แล้วกด “วิเคราะห์” (Analyse)",
    en: "Fill in the blank cells with scores from 0 to 100 (organisation, overall and tools, indicators, questions; not every table is needed), then press “Analyse”. Keep the Thai column headers as they are.",
  },
  REPORT_TPL_CAP_ORG: { th: "ข้อมูลหน่วยงาน", en: "Organisation" },
  REPORT_TPL_CAP_OVERALL: {
    th: "คะแนนภาพรวมและรายเครื่องมือ",
    en: "Overall and tool scores",
  },
  REPORT_TPL_CAP_INDICATORS: { th: "คะแนนรายตัวชี้วัด", en: "Indicator scores" },
  REPORT_TPL_CAP_QUESTIONS: {
    th: "คะแนนรายข้อคำถาม (ถ้ามี; ข้อ e ใช้คะแนน EIT ส่วนที่ 1 และ 2)",
    en: "Question scores (optional; e questions use EIT parts 1 and 2)",
  },
  REPORT_TPL_SCORE_ERROR_TITLE: { th: "คะแนนไม่ถูกต้อง", en: "Invalid score" },
  REPORT_TPL_SCORE_ERROR: {
    th: "กรุณากรอกคะแนนเป็นตัวเลขตั้งแต่ 0 ถึง 100",
    en: "Enter a score as a number from 0 to 100.",
  },
  REPORT_TPL_YEAR_ERROR_TITLE: { th: "ปีไม่ถูกต้อง", en: "Invalid year" },
  REPORT_TPL_YEAR_ERROR: {
    th: "กรุณากรอกปีงบประมาณเป็นปี พ.ศ. เช่น 2568",
    en: "Enter the fiscal year in the Buddhist era, e.g. 2568.",
  },
} satisfies Record<string, Entry>;
