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
  /** A tool named in a sentence: its Thai name with the code in Thai, the code in English. */
  REPORT_TOOL_PROSE: { th: "{name} ({code})", en: "{name} ({code})" },
  REPORT_TOOL_ROW: { th: "{code} {name}", en: "{code} – {name}" },
  REPORT_INDICATOR_REF: { th: "ตัวชี้วัดที่ {no} {name}", en: "indicator {no}, {name}" },
  /** Words of the comparison table's narrow direction column: short enough never to break. */
  REPORT_DIR_UP: { th: "เพิ่มขึ้น", en: "Higher" },
  REPORT_DIR_SAME: { th: "คงที่", en: "Same" },
  REPORT_DIR_DOWN: { th: "ลดลง", en: "Lower" },

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
  REPORT_CMP_COMPUTED_NOTE: {
    th: "* คะแนนที่คำนวณจากคะแนนรายตัวชี้วัด (คะแนนแบบวัด = ค่าเฉลี่ยของตัวชี้วัด คะแนนภาพรวม = 0.3 × IIT + 0.3 × EIT + 0.4 × OIT) เนื่องจากข้อมูลไม่มีคะแนนที่ประกาศ",
    en: "* Computed from the indicator scores (tool = mean of its indicators; overall = 0.3 × IIT + 0.3 × EIT + 0.4 × OIT): the data had no announced figure.",
  },
  REPORT_CMP_COMPUTED_LEVEL_NOTE: {
    th: "* ระดับที่มีเครื่องหมาย * พิจารณาจากคะแนนภาพรวมที่คำนวณ มิใช่ระดับที่ประกาศ",
    en: "* A level marked * follows from a computed overall score.",
  },
  REPORT_CMP_FORMULA_NOTE: {
    th: "ตัวเลขในตารางเป็นสูตรที่อ้างอิงเซลล์ข้อมูลต้นทาง หากแก้ไขคะแนนต้นทาง ตารางนี้จะคำนวณใหม่เอง",
    en: "The figures are formulas over the input cells: correct a score there and this table recalculates.",
  },
  REPORT_BENCH_CAPTION: { th: "เทียบกับค่าเฉลี่ย", en: "Compared with averages" },
  REPORT_BENCH_COL_LABEL: { th: "ค่าเฉลี่ย", en: "Average" },
  REPORT_BENCH_NATIONAL: { th: "ค่าเฉลี่ยระดับประเทศ", en: "national average" },
  REPORT_BENCH_NATIONAL_TYPED: { th: "ค่าเฉลี่ยระดับประเทศ", en: "National average" },
  /** Printed below the benchmark table: where the national averages we supply come from. */
  REPORT_BENCH_BUILT_IN_NOTE: {
    th: "ที่มา: ค่าเฉลี่ยระดับประเทศปี {years} เป็นผลการประเมินที่สำนักงาน ป.ป.ช. ประกาศ ตามที่สื่อมวลชนเผยแพร่",
    en: "Source of the national average for {years}: the results announced by the NACC, as reported in the press.",
  },
  /** On screen only (below the printed area): how to use other national averages. */
  REPORT_BENCH_TYPED_HINT: {
    th: "หากต้องการใช้ค่าเฉลี่ยระดับประเทศอื่น ให้พิมพ์ค่าเฉลี่ยนั้นไว้ในแผ่นงานข้อมูลต้นทาง แล้ววิเคราะห์ใหม่ ค่าที่พิมพ์ไว้จะใช้แทนค่าที่ประกาศ",
    en: "To use other national averages, type them in the input sheet and analyse again: a typed national average replaces the announced one.",
  },
  REPORT_CMP_LEVEL_EIT_NOTE: {
    th: "ระดับผลการประเมินปี {years} พิจารณาจากคะแนน EIT ภาพรวม เนื่องจากไม่มีคะแนน EIT แยกตามกลุ่มผู้ตอบ (ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย) หากคะแนนของกลุ่มใดต่ำกว่าเกณฑ์ ระดับผลการประเมินอาจต่ำกว่าที่แสดงไว้",
    en: "The result levels for {years} are based on the overall EIT score, as no EIT scores by respondent group (service users, stakeholders) are available; if either group scored below the mark, the level may be lower than shown.",
  },
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
    th: "ตัวชี้วัดที่ได้คะแนนต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "Indicators below the target of {threshold}",
  },
  REPORT_FIND_SEC_QUESTIONS: {
    th: "ข้อที่ได้คะแนนไม่เต็ม (เรียงจากคะแนนต่ำสุด)",
    en: "Items below full marks (lowest first)",
  },
  REPORT_FIND_SEC_FALLEN: {
    th: "ข้อที่คะแนนลดลงจากปี {from}",
    en: "Items whose score fell since {from}",
  },
  REPORT_FIND_SEC_STRENGTHS: {
    th: "จุดแข็ง: ตัวชี้วัดที่ได้คะแนนไม่ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "Strengths: indicators at or above the target of {threshold}",
  },
  REPORT_COL_SCOPE: { th: "ต่ำที่สุดใน", en: "Lowest in" },
  REPORT_COL_INDICATOR: { th: "ตัวชี้วัด", en: "Indicator" },
  REPORT_COL_INDICATOR_NAME: { th: "ชื่อตัวชี้วัด", en: "Indicator name" },
  REPORT_COL_SCORE: { th: "คะแนน", en: "Score" },
  REPORT_COL_GAP: {
    th: "คะแนนที่ต่ำกว่าค่าเป้าหมาย",
    en: "Below target by",
  },
  REPORT_COL_FINDING: { th: "ข้อค้นพบ", en: "Finding" },
  REPORT_COL_QUESTION: {
    th: "ข้อ",
    en: "Item",
  },
  REPORT_COL_QUESTION_TEXT: { th: "ประเด็นที่ประเมิน", en: "What it assesses" },
  REPORT_COL_PART1: {
    th: "คะแนน EIT (ผู้รับบริการที่ตอบด้วยตนเอง)",
    en: "EIT: service users who chose to answer",
  },
  REPORT_COL_PART2: {
    th: "คะแนน EIT (ผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงาน)",
    en: "EIT: those the agency listed",
  },
  REPORT_COL_FELL: { th: "คะแนนที่ลดลง", en: "Fell by" },
  REPORT_SCOPE_OVERALL: { th: "ทุกตัวชี้วัด", en: "All indicators" },
  REPORT_SCOPE_TOOL: {
    th: "แบบวัด {tool}",
    en: "{tool}",
  },
  REPORT_FIND_WEAKEST_OVERALL: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดในบรรดาตัวชี้วัดทั้งหมด และต่ำกว่าค่าเป้าหมาย",
    en: "Indicator {no}, {name}, scored {score}, the lowest of all indicators and below the target.",
  },
  REPORT_FIND_WEAKEST_TOOL: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดใน{tool} และต่ำกว่าค่าเป้าหมาย",
    en: "Indicator {no}, {name}, scored {score}, the lowest in {tool} and below the target.",
  },
  REPORT_FIND_WEAKEST_OVERALL_OK: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดในบรรดาตัวชี้วัดทั้งหมด แต่ไม่ต่ำกว่าค่าเป้าหมาย",
    en: "Indicator {no}, {name}, scored {score}, the lowest of all indicators though not below the target.",
  },
  REPORT_FIND_WEAKEST_TOOL_OK: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำที่สุดใน{tool} แต่ไม่ต่ำกว่าค่าเป้าหมาย",
    en: "Indicator {no}, {name}, scored {score}, the lowest in {tool} though not below the target.",
  },
  REPORT_FIND_BELOW: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน อยู่ {gap} คะแนน",
    en: "Indicator {no}, {name}, scored {score}, {gap} points below the target of {threshold}.",
  },
  REPORT_FIND_NONE_BELOW: {
    th: "ไม่มีตัวชี้วัดใดได้คะแนนต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "No indicator scored below the target of {threshold}.",
  },
  REPORT_FIND_QUESTION: {
    th: "ข้อ {code} ในตัวชี้วัดที่ {no} ได้ {score} คะแนน",
    en: "Item {code} of indicator {no} scored {score}.",
  },
  REPORT_FIND_QUESTION_PARTS: {
    th: "ข้อ {code} ได้ {part1} คะแนนจากผู้รับบริการที่ตอบด้วยตนเอง และ {part2} คะแนนจากผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงาน",
    en: "Item {code} scored {part1} from service users answering on their own and {part2} from the stakeholders the agency listed.",
  },
  REPORT_FIND_ALL_FULL: {
    th: "ทุกข้อได้คะแนนเต็ม",
    en: "Every item scored full marks.",
  },
  REPORT_FIND_FELL: {
    th: "ข้อ {code} ลดลง {fell} คะแนน จาก {from} คะแนน เป็น {to} คะแนน",
    en: "Item {code} fell by {fell} points, from {from} to {to}.",
  },
  REPORT_FIND_NONE_FELL: {
    th: "ไม่มีข้อที่คะแนนลดลง",
    en: "No item's score fell.",
  },
  REPORT_FIND_STRENGTH_FULL: {
    th: "ตัวชี้วัดที่ {no} {name} ได้คะแนนเต็ม 100 คะแนน",
    en: "Indicator {no}, {name}, scored full marks (100).",
  },
  REPORT_FIND_STRENGTH: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ไม่ต่ำกว่าค่าเป้าหมาย",
    en: "Indicator {no}, {name}, scored {score}, at or above the target.",
  },

  REPORT_FIND_STRENGTH_FELL: {
    th: "ตัวชี้วัดที่ {no} {name} ได้ {score} คะแนน ไม่ต่ำกว่าค่าเป้าหมาย แต่ลดลง {fell} คะแนนจากปีก่อน",
    en: "Indicator {no}, {name}, scored {score}, at or above the target, but {fell} points lower than the year before.",
  },
  REPORT_FIND_ITEM_NOT_DISCLOSED: {
    th: "ข้อ {code} ในตัวชี้วัดที่ {no} ยังไม่ผ่านเกณฑ์การเปิดเผยข้อมูลสาธารณะ",
    en: "Item {code} of indicator {no} did not pass the open-data assessment.",
  },

  /* ------------------------------------------------------------ summary sheet */
  REPORT_SUM_TITLE: {
    th: "สรุปผลการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ {era} {year}",
    en: "Summary of the ITA results, fiscal year {year} ({era})",
  },
  REPORT_SUM_NOTE: {
    th: "แต่ละย่อหน้าด้านบนคัดลอกไปใช้ในรายงานได้ทันที (ข้อความนี้ไม่พิมพ์)",
    en: "Each paragraph above can be copied straight into a report (this line does not print).",
  },
  REPORT_SUM_RESULT: {
    th: "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของ{org} ประจำปีงบประมาณ {year} ได้คะแนนภาพรวม {score} คะแนน อยู่ในระดับ “{level}”",
    en: "In the Integrity and Transparency Assessment (ITA) for fiscal year {year}, {org} scored {score} overall, at the level “{level}”.",
  },
  REPORT_SUM_COMPUTED_OVERALL: {
    th: "ทั้งนี้ คะแนนภาพรวมและระดับผลการประเมินดังกล่าวเป็นผลการคำนวณจากคะแนนรายตัวชี้วัด (IIT ร้อยละ 30 EIT ร้อยละ 30 และ OIT ร้อยละ 40) มิใช่ผลที่ประกาศ",
    en: "This overall score and level were computed from the indicator scores (IIT 30%, EIT 30%, OIT 40%), not taken from the announcement.",
  },
  REPORT_SUM_COMPUTED_TOOLS: {
    th: "คะแนนของ {tools} เป็นผลการคำนวณจากค่าเฉลี่ยของคะแนนรายตัวชี้วัด มิใช่ผลที่ประกาศ",
    en: "The {tools} scores were computed as the mean of their indicators, not taken from the announcement.",
  },
  REPORT_SUM_COMPUTED_FROM: {
    th: "ทั้งนี้ คะแนนภาพรวมของปีงบประมาณ {year} เป็นผลการคำนวณจากคะแนนรายตัวชี้วัด มิใช่ผลที่ประกาศ",
    en: "The overall score of fiscal year {year} was computed from the indicator scores, not taken from the announcement.",
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
    th: "({to} − {from}) ÷ {from} × 100 = {pct}",
    en: "({to} − {from}) ÷ {from} × 100 = {pct}%",
  },
  REPORT_SUM_CHANGE_UP: {
    th: "เมื่อเทียบกับปีงบประมาณ {year} ซึ่งได้ {from} คะแนน คะแนนภาพรวมเพิ่มขึ้น {diff} คะแนน คิดเป็นร้อยละ {pct} ของคะแนนปีก่อน (คำนวณจาก {calc})",
    en: "Against fiscal year {year}, when the overall was {from}, the score rose by {diff} points, {pct} per cent of the earlier score (worked out as {calc}).",
  },
  REPORT_SUM_CHANGE_DOWN: {
    th: "เมื่อเทียบกับปีงบประมาณ {year} ซึ่งได้ {from} คะแนน คะแนนภาพรวมลดลง {diff} คะแนน คิดเป็นร้อยละ {pct} ของคะแนนปีก่อน (คำนวณจาก {calc})",
    en: "Against fiscal year {year}, when the overall was {from}, the score fell by {diff} points, {pct} per cent of the earlier score (worked out as {calc}).",
  },
  REPORT_SUM_CHANGE_SAME: {
    th: "คะแนนภาพรวมเท่ากับปีงบประมาณ {year} คือ {from} คะแนน",
    en: "The overall score equals that of fiscal year {year}: {from}.",
  },
  REPORT_SUM_COUNTS: {
    th: "เมื่อพิจารณาตัวชี้วัดที่มีคะแนนทั้งสองปี จำนวน {total} ตัวชี้วัด มี{items}",
    en: "Of the {total} indicators scored in both years, {items}.",
  },
  REPORT_SUM_COUNT_UP: { th: "คะแนนเพิ่มขึ้น {n} ตัวชี้วัด", en: "{n} rose" },
  REPORT_SUM_COUNT_SAME: { th: "คะแนนเท่าเดิม {n} ตัวชี้วัด", en: "{n} held" },
  REPORT_SUM_COUNT_DOWN: { th: "คะแนนลดลง {n} ตัวชี้วัด", en: "{n} fell" },
  REPORT_SUM_TOOL_CHANGES: {
    th: "คะแนนรายเครื่องมือเปลี่ยนแปลงจากปีก่อนดังนี้ {items}",
    en: "Against the year before, the tools changed as follows: {items}.",
  },
  REPORT_SUM_TOOL_CHANGE_ITEM: {
    th: "{tool} {dir} {diff} คะแนน จาก {from} คะแนน เป็น {to} คะแนน",
    en: "{tool} {dir} by {diff}, from {from} to {to}",
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
    th: "ตัวชี้วัดที่ได้คะแนนต่ำกว่าค่าเป้าหมาย {threshold} คะแนน ได้แก่ {items}",
    en: "Indicators below the target of {threshold}: {items}.",
  },
  REPORT_SUM_BELOW_ITEM: {
    th: "ตัวชี้วัดที่ {no} {name} ({score} คะแนน)",
    en: "indicator {no} {name} ({score})",
  },
  REPORT_SUM_NONE_BELOW: {
    th: "ทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "Every indicator is at or above the target of {threshold}.",
  },
  REPORT_SUM_QUESTIONS: {
    th: "ข้อที่ได้คะแนนต่ำที่สุด ได้แก่ {items}",
    en: "The lowest-scoring items: {items}.",
  },
  /** After the disclosure items that did not pass: the lowest of the rest. */
  REPORT_SUM_QUESTIONS_OTHER: {
    th: "ข้ออื่นที่ได้คะแนนต่ำที่สุด ได้แก่ {items}",
    en: "The other lowest-scoring items: {items}.",
  },
  REPORT_SUM_QUESTION_ITEM: { th: "ข้อ {code} ({score} คะแนน)", en: "{code} ({score})" },
  /** OIT items are scored pass or fail: one at 0 is named as not passed, never as "0.00". */
  REPORT_SUM_NOT_DISCLOSED: {
    th: "รายการเปิดเผยข้อมูลสาธารณะ (OIT) ที่ยังไม่ผ่านเกณฑ์ ได้แก่ ข้อ {codes}",
    en: "Open-data (OIT) items that did not pass the assessment: {codes}.",
  },
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
