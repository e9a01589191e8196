import type { Entry } from "./format";

/**
 * Texts of the report sheet: the analysis document itself (title, introduction, tables,
 * analysis paragraphs, weakest questions, measures, signature block) and its hidden details
 * sheet. All wording is ours, in the register of an official Thai document. Numbers arrive
 * already formatted (two decimals, era, digits).
 */
export const reportDocumentMessages = {
  /* ------------------------------------------------------------ sheet names (≤ 31 chars) */
  DOC_SHEET_NAME: { th: "รายงานผลการวิเคราะห์ ITA", en: "ITA analysis report" },
  DOC_DETAILS_SHEET_NAME: { th: "ข้อมูลรายงาน", en: "Report details" },

  /* ------------------------------------------------------------ title and introduction */
  DOC_TITLE: {
    th: "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    en: "Analysis of the Integrity and Transparency Assessment (ITA) result",
  },
  DOC_TITLE_YEAR: { th: "ประจำปีงบประมาณ {year}", en: "Fiscal year {year}" },
  DOC_SECTION_INTRO: { th: "1. ความเป็นมา", en: "1. Background" },
  DOC_INTRO_ASSESSMENT: {
    th: "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) เป็นประจำทุกปี เพื่อเป็นกลไกส่งเสริมให้หน่วยงานภาครัฐดำเนินงานอย่างมีคุณธรรมและโปร่งใส โดยใช้เครื่องมือการประเมิน 3 แบบ ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) รวม 10 ตัวชี้วัด",
    en: "The National Anti-Corruption Commission (NACC) runs the Integrity and Transparency Assessment (ITA) of public agencies every year to encourage them to work with integrity and openly. It uses 3 tools: the internal stakeholders' perception survey (IIT), the external stakeholders' perception survey (EIT) and the open data assessment (OIT), covering 10 indicators.",
  },
  DOC_INTRO_ANNOUNCED_ON: {
    th: "สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินประจำปีงบประมาณ {year} เมื่อวันที่ {date}",
    en: "The NACC announced the results for fiscal year {year} on {date}.",
  },
  DOC_INTRO_ANNOUNCED: {
    th: "สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินประจำปีงบประมาณ {year} แล้ว",
    en: "The NACC has announced the results for fiscal year {year}.",
  },
  DOC_INTRO_PURPOSE: {
    th: "{org} จึงได้วิเคราะห์ผลการประเมินดังกล่าวเพื่อระบุจุดแข็งที่ควรรักษาไว้และจุดที่ต้องพัฒนา และนำไปกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ {next} โดยมีรายละเอียดดังนี้",
    en: "{org} has therefore analysed the result to identify the strengths to keep and the points to improve, and to set its measures to promote integrity and transparency for fiscal year {next}, as follows.",
  },

  /* ------------------------------------------------------------ overall (table 1) */
  DOC_SECTION_OVERALL: { th: "2. ผลการประเมินภาพรวม", en: "2. Overall result" },
  DOC_OVERALL_ONE: {
    th: "ผลการประเมินประจำปีงบประมาณ {year} {org} ได้คะแนนภาพรวม {score} คะแนน อยู่ในระดับ{level}",
    en: "In fiscal year {year}, {org} scored {score} overall, at the level “{level}”.",
  },
  DOC_OVERALL_CHANGE: {
    th: "เมื่อเทียบกับปีงบประมาณ {from} ซึ่งได้ {fromScore} คะแนน (ระดับ{fromLevel}) คะแนนภาพรวม{direction} {diff} คะแนน คิดเป็นร้อยละ {pct}",
    en: "Compared with fiscal year {from}, when it scored {fromScore} (“{fromLevel}”), the overall score {direction} by {diff} points, or {pct} per cent.",
  },
  DOC_OVERALL_SAME: {
    th: "เมื่อเทียบกับปีงบประมาณ {from} ซึ่งได้ {fromScore} คะแนน (ระดับ{fromLevel}) คะแนนภาพรวมเท่าเดิม",
    en: "Compared with fiscal year {from}, when it scored {fromScore} (“{fromLevel}”), the overall score is unchanged.",
  },
  DOC_DIR_UP: { th: "เพิ่มขึ้น", en: "rose" },
  DOC_DIR_DOWN: { th: "ลดลง", en: "fell" },
  DOC_BENCH_ABOVE: {
    th: "สูงกว่า{label}ของปีงบประมาณเดียวกัน ({score} คะแนน)",
    en: "above the {label} of the same year ({score})",
  },
  DOC_BENCH_BELOW: {
    th: "ต่ำกว่า{label}ของปีงบประมาณเดียวกัน ({score} คะแนน)",
    en: "below the {label} of the same year ({score})",
  },
  DOC_BENCH_EQUAL: {
    th: "เท่ากับ{label}ของปีงบประมาณเดียวกัน ({score} คะแนน)",
    en: "equal to the {label} of the same year ({score})",
  },
  DOC_BENCH_SENTENCE: { th: "คะแนนภาพรวมของหน่วยงาน{list}", en: "The overall score is {list}." },
  DOC_BENCH_NATIONAL: { th: "ค่าเฉลี่ยระดับประเทศ", en: "national average" },
  DOC_BENCH_PROVINCE: { th: "ค่าเฉลี่ยระดับจังหวัด", en: "provincial average" },
  DOC_BENCH_GROUP: { th: "ค่าเฉลี่ยของกลุ่มหน่วยงาน", en: "average of the agency group" },
  DOC_TABLE1_CAPTION: {
    th: "ตารางที่ {no} คะแนนภาพรวมและระดับผลการประเมิน เทียบกับค่าเฉลี่ย",
    en: "Table {no} Overall score and level, compared with averages",
  },
  /** Table 1 when no year shown has a benchmark. */
  DOC_TABLE1_CAPTION_PLAIN: {
    th: "ตารางที่ {no} คะแนนภาพรวมและระดับผลการประเมิน",
    en: "Table {no} Overall score and level",
  },
  DOC_COL_FISCAL_YEAR: { th: "ปีงบประมาณ", en: "Fiscal year" },
  /** Table 1's own score, in a column narrow enough that the level beside it fits whole. */
  DOC_COL_OWN_SCORE: { th: "คะแนนภาพรวม", en: "Overall score" },
  DOC_COL_LEVEL: { th: "ระดับผลการประเมิน", en: "Level" },
  DOC_COL_NATIONAL: { th: "ค่าเฉลี่ยระดับประเทศ", en: "National average" },
  DOC_COL_PROVINCE: { th: "ค่าเฉลี่ย\nระดับจังหวัด", en: "Provincial average" },
  DOC_NOT_KNOWN: { th: "ไม่มีข้อมูล", en: "not available" },
  DOC_OVERALL_COMPUTED: {
    th: "ทั้งนี้ คะแนนภาพรวมและระดับผลการประเมินดังกล่าวเป็นผลการคำนวณจากคะแนนรายตัวชี้วัด มิใช่ผลที่ประกาศ",
    en: "This overall score and level were computed from the indicator scores, not taken from the announcement.",
  },
  DOC_COMPUTED_NOTE: {
    th: "หมายเหตุ: คะแนนภาพรวมที่มีเครื่องหมาย * ของปี {years} และระดับผลการประเมินที่พิจารณาจากคะแนนดังกล่าว คำนวณจากคะแนนรายตัวชี้วัด (IIT ร้อยละ 30 EIT ร้อยละ 30 และ OIT ร้อยละ 40) มิใช่ผลที่ประกาศ",
    en: "Note: the overall score of {years}, marked *, and the level that follows from it were computed from the indicator scores (IIT 30%, EIT 30%, OIT 40%), not taken from the announcement.",
  },
  DOC_COMPUTED_TOOLS_NOTE: {
    th: "หมายเหตุ: คะแนนรายเครื่องมือที่มีเครื่องหมาย * คำนวณจากค่าเฉลี่ยของคะแนนรายตัวชี้วัด มิใช่คะแนนที่ประกาศ",
    en: "Note: tool scores marked * were computed as the mean of their indicators, not taken from the announcement.",
  },

  /* ------------------------------------------------------------ indicators (table 2) */
  DOC_SECTION_INDICATORS: {
    th: "3. ผลการประเมินรายตัวชี้วัดและรายเครื่องมือ",
    en: "3. Results by indicator and by tool",
  },
  DOC_INDICATORS_NO_DATA: {
    th: "ข้อมูลที่ได้รับไม่มีคะแนนรายตัวชี้วัด จึงไม่อาจจัดอันดับตัวชี้วัดได้",
    en: "The data has no indicator scores, so the indicators cannot be ranked.",
  },
  DOC_TABLE2_CAPTION: {
    th: "ตารางที่ {no} คะแนนรายตัวชี้วัดและอันดับ ประจำปีงบประมาณ {year}",
    en: "Table {no} Indicator scores and ranking, fiscal year {year}",
  },
  DOC_COL_RANK: { th: "อันดับ", en: "Rank" },
  DOC_COL_INDICATOR: { th: "ตัวชี้วัด", en: "Indicator" },
  DOC_COL_TOOL: { th: "เครื่องมือ", en: "Tool" },
  DOC_COL_SCORE_YEAR: { th: "คะแนนปี {year}", en: "Score {year}" },
  DOC_COL_DIFF: { th: "ผลต่าง\nคะแนน", en: "Diff.\npoints" },
  DOC_COL_PCT: { th: "ผลต่าง\nร้อยละ", en: "Diff.\n%" },
  DOC_INDICATOR_LABEL: { th: "ตัวชี้วัดที่ {no} {name}", en: "Indicator {no}: {name}" },
  DOC_HIGHEST: {
    th: "ตัวชี้วัดที่ได้คะแนนสูงสุด ได้แก่ {list} ({score} คะแนน)",
    en: "Highest score: {list} ({score}).",
  },
  DOC_LOWEST: {
    th: "ตัวชี้วัดที่ได้คะแนนต่ำสุด ได้แก่ {list} ({score} คะแนน)",
    en: "Lowest score: {list} ({score}).",
  },
  DOC_COUNTS: {
    th: "เมื่อเทียบกับปีงบประมาณ {from} {parts}",
    en: "Compared with fiscal year {from}, {parts}.",
  },
  DOC_COUNT_UP: { th: "มีตัวชี้วัดที่คะแนนเพิ่มขึ้น {n} ตัวชี้วัด", en: "{n} indicators rose" },
  DOC_COUNT_SAME: { th: "คะแนนเท่าเดิม {n} ตัวชี้วัด", en: "{n} held" },
  DOC_COUNT_DOWN: { th: "คะแนนลดลง {n} ตัวชี้วัด", en: "{n} fell" },
  DOC_ALL_SAME: {
    th: "คะแนนของทุกตัวชี้วัดเท่าเดิม",
    en: "every indicator held its score",
  },
  DOC_TABLE3_CAPTION: {
    th: "ตารางที่ {no} คะแนนรายเครื่องมือ",
    en: "Table {no} Scores by tool",
  },
  DOC_TOOL_LABEL: { th: "{name} ({code})", en: "{name} ({code})" },
  /**
   * EIT's two parts, named by who answered them (as the findings sheet's column headers do):
   * part 1 by service users answering on their own, part 2 by the stakeholders the agency listed.
   */
  DOC_EIT_WHO_1: {
    th: "ผู้รับบริการที่ตอบด้วยตนเอง",
    en: "service users answering on their own",
  },
  DOC_EIT_WHO_2: {
    th: "ผู้มีส่วนได้ส่วนเสียตามรายชื่อของหน่วยงาน",
    en: "stakeholders the agency listed",
  },
  DOC_EIT_PART_ROW: { th: "– {who}", en: "– {who}" },
  DOC_TOOL_EIT_PARTS: { th: "โดย{list}", en: "By respondents, {list}." },
  DOC_TOOL_EIT_PARTS_ONLY: { th: "ในแบบวัดนี้ {list}", en: "In this tool, {list}." },
  DOC_TOOL_EIT_PART: { th: "{who}ให้ {score} คะแนน", en: "{who} gave {score}" },

  /* ------------------------------------------------------------ analysis paragraphs */
  DOC_SECTION_ANALYSIS: {
    th: "4. การวิเคราะห์ผลการประเมินรายเครื่องมือและรายตัวชี้วัด",
    en: "4. Analysis by tool and by indicator",
  },
  DOC_TABLE_REF: { th: "ตารางที่ {no}", en: "Table {no}" },
  DOC_ANALYSIS_LEAD: {
    th: "จากผลการประเมินใน{tables} สามารถวิเคราะห์จุดแข็งและจุดที่ต้องพัฒนาของแต่ละเครื่องมือและตัวชี้วัดได้ดังนี้",
    en: "From {tables}, the strengths and the points to improve of each tool and indicator are as follows.",
  },
  DOC_TOOL_HEADING: { th: "4.{n} {name} ({code})", en: "4.{n} {name} ({code})" },
  DOC_TOOL_WHAT_IIT: {
    th: "แบบวัดนี้วัดการรับรู้ของบุคลากรภายในต่อการดำเนินงานของหน่วยงาน ประกอบด้วยตัวชี้วัดที่ 1 ถึง 5",
    en: "This tool measures how the organisation's own staff see its work; it covers indicators 1 to 5.",
  },
  DOC_TOOL_WHAT_EIT: {
    th: "แบบวัดนี้วัดการรับรู้ของผู้รับบริการ ผู้มาติดต่อ และผู้มีส่วนได้ส่วนเสียภายนอก ประกอบด้วยตัวชี้วัดที่ 6 ถึง 8",
    en: "This tool measures how service users, visitors and other outside stakeholders see the organisation; it covers indicators 6 to 8.",
  },
  DOC_TOOL_WHAT_OIT: {
    th: "แบบวัดนี้ตรวจการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานตามรายการที่กำหนด ประกอบด้วยตัวชี้วัดที่ 9 และ 10",
    en: "This tool checks the public information on the organisation's website against a set list of items; it covers indicators 9 and 10.",
  },
  DOC_TOOL_SCORE: {
    th: "ผลการประเมินได้ {score} คะแนน",
    en: "It scored {score}.",
  },
  DOC_TOOL_SCORE_CHANGE: {
    th: "ผลการประเมินได้ {score} คะแนน {direction}จากปีงบประมาณ {from} ({fromScore} คะแนน) {diff} คะแนน",
    en: "It scored {score}, which {direction} by {diff} points from fiscal year {from} ({fromScore}).",
  },
  DOC_TOOL_SCORE_SAME: {
    th: "ผลการประเมินได้ {score} คะแนน เท่ากับปีงบประมาณ {from}",
    en: "It scored {score}, the same as in fiscal year {from}.",
  },
  DOC_TOOL_WEAKEST: {
    th: "ตัวชี้วัดที่ได้คะแนนต่ำสุดในแบบวัดนี้ คือ {indicator} ({score} คะแนน)",
    en: "Its lowest indicator is {indicator} ({score}).",
  },
  DOC_TOOL_ALL_FULL: {
    th: "ทุกตัวชี้วัดในแบบวัดนี้ได้คะแนนเต็ม",
    en: "Every indicator of this tool scored full marks.",
  },
  DOC_IND_HEADING: { th: "({no}) ตัวชี้วัดที่ {no} {name}", en: "({no}) Indicator {no}: {name}" },
  DOC_IND_SCORE: {
    th: "ได้ {score} คะแนน",
    en: "Scored {score}.",
  },
  DOC_IND_SCORE_CHANGE: {
    th: "ได้ {score} คะแนน {direction}จากปีงบประมาณ {from} ({fromScore} คะแนน) {diff} คะแนน",
    en: "Scored {score}, which {direction} by {diff} points from fiscal year {from} ({fromScore}).",
  },
  DOC_IND_SCORE_SAME: {
    th: "ได้ {score} คะแนน เท่ากับปีงบประมาณ {from}",
    en: "Scored {score}, the same as in fiscal year {from}.",
  },
  DOC_IND_WHAT: { th: "ตัวชี้วัดนี้ประเมิน{what}", en: "This indicator assesses {what}." },
  DOC_IND_FULL: {
    th: "ผลการประเมินได้คะแนนเต็ม จึงเป็นจุดแข็งที่ควรรักษาไว้",
    en: "It scored full marks: a strength to keep.",
  },
  DOC_IND_STRONG: {
    th: "คะแนนไม่ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน จึงเป็นจุดแข็งที่ควรรักษาระดับไว้",
    en: "The score is not below the target of {threshold}: a strength whose level should be kept.",
  },
  DOC_IND_STRONG_WEAKEST: {
    th: "คะแนนไม่ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน แต่เป็นตัวชี้วัดที่ได้คะแนนต่ำสุดของแบบวัด {tool} จึงเป็นจุดที่ควรพัฒนาต่อ",
    en: "The score is not below the target of {threshold}, but it is the lowest of {tool}: a point to improve further.",
  },
  DOC_IND_FELL: {
    th: "คะแนนไม่ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน แต่ลดลงจากปีก่อน จึงเป็นจุดที่ต้องเฝ้าระวังและปรับปรุง",
    en: "The score is not below the target of {threshold}, but it fell from the year before: a point to watch and improve.",
  },
  /** The lowest of the indicators below the target (all of them when tied): first priority. */
  DOC_IND_BELOW_FIRST: {
    th: "คะแนนต่ำกว่าค่าเป้าหมาย {threshold} คะแนน และต่ำที่สุดในบรรดาตัวชี้วัดทั้งหมด จึงเป็นจุดอ่อนที่ต้องพัฒนาเป็นลำดับแรก",
    en: "The score is below the target of {threshold} and the lowest of all indicators: the weakness to improve first.",
  },
  /** Any other indicator below the target. */
  DOC_IND_BELOW: {
    th: "คะแนนต่ำกว่าค่าเป้าหมาย {threshold} คะแนน จึงเป็นจุดอ่อนที่ต้องพัฒนา",
    en: "The score is below the target of {threshold}: a weakness to improve.",
  },
  DOC_IND_LOW_ITEMS: {
    th: "ข้อที่ได้คะแนนต่ำที่สุดของตัวชี้วัดนี้ ได้แก่ {list}",
    en: "Its lowest items: {list}.",
  },
  DOC_IND_LOW_ITEM: {
    th: "ข้อที่ได้คะแนนต่ำที่สุดของตัวชี้วัดนี้ ได้แก่ {list}",
    en: "Its lowest item: {list}.",
  },
  DOC_ITEM_SCORE: { th: "ข้อ {code} ({score} คะแนน)", en: "{code} ({score})" },
  /** An OIT item is a disclosure item, scored pass or fail: at 0 it did not pass. */
  DOC_IND_FAILED_ITEM: {
    th: "รายการที่ไม่ผ่านเกณฑ์ของตัวชี้วัดนี้ ได้แก่ ข้อ {list}",
    en: "The item that did not pass: {list}.",
  },
  DOC_IND_FAILED_ITEMS: {
    th: "รายการที่ไม่ผ่านเกณฑ์ของตัวชี้วัดนี้ ได้แก่ ข้อ {list}",
    en: "The items that did not pass: {list}.",
  },
  /** The same in Table 4's narrow score column. */
  DOC_OIT_FAILED: { th: "ไม่ผ่าน", en: "Fail" },

  /* ------------------------------------------------------------ weakest questions (table 4) */
  DOC_SECTION_QUESTIONS: {
    th: "5. ข้อคำถามที่ได้คะแนนต่ำ ข้อบกพร่อง และแนวทางแก้ไข",
    en: "5. Lowest questions: deficiency and fix",
  },
  DOC_QUESTIONS_LEAD: {
    th: "ข้อคำถามและรายการประเมินที่ได้คะแนนต่ำกว่าคะแนนเต็ม เรียงจากคะแนนต่ำสุด พร้อมข้อบกพร่องและแนวทางแก้ไข มีดังนี้",
    en: "The questions and items below full marks, lowest first, with the deficiency and the fix:",
  },
  DOC_QUESTIONS_NONE: {
    th: "ทุกข้อคำถามและรายการประเมินได้คะแนนเต็ม จึงไม่มีข้อบกพร่องรายข้อที่ต้องแก้ไข",
    en: "Every question and item scored full marks: there is no deficiency to fix item by item.",
  },
  DOC_QUESTIONS_NO_DATA: {
    th: "ข้อมูลที่ได้รับไม่มีคะแนนรายข้อคำถาม การวิเคราะห์จึงดำเนินการได้ในระดับตัวชี้วัด",
    en: "The data has no question scores, so the analysis stops at the indicators.",
  },
  DOC_TABLE4_CAPTION: {
    th: "ตารางที่ {no} ข้อคำถามที่ได้คะแนนต่ำ ข้อบกพร่อง และแนวทางแก้ไข",
    en: "Table {no} Lowest questions, deficiency and fix",
  },
  DOC_COL_ITEM: { th: "ข้อ", en: "Item" },
  DOC_COL_QUESTION: { th: "ข้อคำถาม / รายการประเมิน", en: "Question / item" },
  DOC_COL_SCORE: { th: "คะแนน", en: "Score" },
  DOC_COL_DEFICIENCY: { th: "ข้อบกพร่อง", en: "Deficiency" },
  DOC_COL_FIX: { th: "แนวทางแก้ไข", en: "Fix" },
  DOC_ITEM_CODE: { th: "{code}", en: "{code}" },
  /** In place of wording the add-in does not have: what the item belongs to. */
  DOC_QUESTION_OF: { th: "ข้อคำถามแบบวัด {tool}", en: "{tool} survey question" },
  DOC_ITEM_OF: { th: "รายการประเมินแบบวัด {tool}", en: "{tool} assessment item" },
  /** An EIT question's two part scores, in the order the deficiency names them. */
  DOC_PARTS_SCORE: { th: "{part1}\n{part2}", en: "{part1}\n{part2}" },
  DOC_DEF_PART: { th: "{who}ให้ {score} คะแนน", en: "{who} gave {score}" },
  DOC_DEF_PARTS_BELOW: {
    th: "{parts} ต่ำกว่าค่าเป้าหมาย {threshold} คะแนนทั้งสองกลุ่ม",
    en: "{parts}, both below the target of {threshold}",
  },
  DOC_DEF_PART_BELOW: {
    th: "{who}ให้ {score} คะแนน ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "{who} gave {score}, below the target of {threshold}",
  },
  DOC_DEF_OIT_FAIL: {
    th: "การเปิดเผยข้อมูลของรายการนี้ยังไม่เป็นไปตามหลักเกณฑ์ที่กำหนด",
    en: "Its disclosure did not meet the criteria.",
  },
  DOC_DEF_OIT_PARTIAL: {
    th: "เปิดเผยข้อมูลของรายการนี้ได้ไม่ครบถ้วนตามเกณฑ์",
    en: "The item was disclosed only in part.",
  },
  DOC_DEF_BELOW: {
    th: "คะแนนต่ำกว่าค่าเป้าหมาย {threshold} คะแนน แสดงว่าผู้ตอบแบบวัดส่วนหนึ่งยังไม่เห็นด้วยในประเด็นนี้",
    en: "The score is below the target of {threshold}: part of the respondents do not agree on this point.",
  },
  DOC_DEF_LOW: {
    th: "ผู้ตอบแบบวัดบางส่วนยังไม่เห็นด้วยอย่างเต็มที่ในประเด็นนี้",
    en: "Some respondents do not fully agree on this point.",
  },
  /** English measure titles are already instructions ("Publish …"); Thai ones are names. */
  DOC_FIX_MEASURE: { th: "ดำเนินการตาม{title}", en: "{title}." },

  /* ------------------------------------------------------------ measures */
  DOC_SECTION_MEASURES: {
    th: "6. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {year}",
    en: "6. Integrity and transparency measures, fiscal year {year}",
  },
  DOC_MEASURES_LEAD_ALL: {
    th: "{org} นำผลการวิเคราะห์ข้างต้นไปกำหนดมาตรการครอบคลุมทั้ง 10 ตัวชี้วัด โดยตัวชี้วัดที่เป็นจุดอ่อนมีมาตรการปรับปรุงที่เป็นรูปธรรม และตัวชี้วัดที่เป็นจุดแข็งมีมาตรการรักษาระดับ ดังนี้",
    en: "{org} turned the analysis into measures for all 10 indicators: concrete improvements for the weak ones and measures to keep the level of the strong ones, as follows.",
  },
  DOC_MEASURES_LEAD_WEAK: {
    th: "{org} นำผลการวิเคราะห์ข้างต้นไปกำหนดมาตรการสำหรับตัวชี้วัดและข้อคำถามที่เป็นจุดอ่อน ดังนี้",
    en: "{org} turned the analysis into measures for the weak indicators and questions, as follows.",
  },
  DOC_MEASURES_NONE: {
    th: "ไม่มีตัวชี้วัดใดที่ต้องกำหนดมาตรการเพิ่มเติม",
    en: "No indicator needs a further measure.",
  },
  DOC_TABLE5_CAPTION: {
    th: "ตารางที่ {no} มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {year}",
    en: "Table {no} Measures to promote integrity and transparency, fiscal year {year}",
  },
  DOC_COL_NO: { th: "ที่", en: "No." },
  DOC_COL_ISSUE: { th: "ประเด็น", en: "Issue" },
  DOC_COL_MEASURE_STEPS: {
    th: "มาตรการ / โครงการ / กิจกรรม และขั้นตอนดำเนินการ",
    en: "Measure / project / activity and its steps",
  },
  DOC_COL_PERIOD_RESPONSIBLE: {
    th: "ระยะเวลา\nผู้รับผิดชอบ",
    en: "Period\nResponsible",
  },
  DOC_ISSUE_SCORE: { th: "ได้ {score} คะแนน", en: "scored {score}" },
  DOC_ISSUE_BELOW: {
    th: "ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน",
    en: "below the target of {threshold}",
  },
  DOC_ISSUE_WEAKEST: { th: "ต่ำสุดในแบบวัด {tool}", en: "lowest in {tool}" },
  DOC_ISSUE_FELL: {
    th: "ลดลงจาก {from} คะแนนในปี {fromYear}",
    en: "down from {from} in {fromYear}",
  },
  DOC_ISSUE_KEEP: {
    th: "ไม่ต่ำกว่าค่าเป้าหมาย {threshold} คะแนน (รักษาระดับ)",
    en: "not below the target of {threshold} (keep the level)",
  },
  DOC_ISSUE_ITEM: { th: "ข้อ {code} ได้ {score} คะแนน", en: "item {code} scored {score}" },
  DOC_ISSUE_ITEM_FAILED: { th: "ข้อ {code} ไม่ผ่านเกณฑ์", en: "item {code} did not pass" },
  DOC_ISSUE_ITEMS: { th: "ข้อ {code} ได้ {score} คะแนน", en: "items {code} scored {score}" },
  DOC_ISSUE_ITEMS_FAILED: { th: "ข้อ {code} ไม่ผ่านเกณฑ์", en: "items {code} did not pass" },
  DOC_KEEP_TITLE: {
    th: "มาตรการรักษาระดับผลการดำเนินงานด้าน{name}",
    en: "Keep the level: {name}",
  },
  DOC_KEEP_STEP_REVIEW: {
    th: "ทบทวนแนวปฏิบัติที่ทำให้ได้ผลการประเมินในระดับนี้ และถือปฏิบัติต่อไป",
    en: "Review the practices behind this result and keep them",
  },
  DOC_KEEP_STEP_BRIEF_STAFF: {
    th: "ชี้แจงแนวปฏิบัติแก่บุคลากรทุกระดับ รวมถึงบุคลากรที่ย้ายมาหรือบรรจุใหม่",
    en: "Brief all staff on the practices, including newly arrived or hired staff",
  },
  DOC_KEEP_STEP_SERVICE: {
    th: "คงมาตรฐาน ขั้นตอน และระยะเวลาการให้บริการที่ประกาศไว้ และรับฟังความคิดเห็นของผู้รับบริการ",
    en: "Keep the announced service standards, steps and times, and listen to service users",
  },
  DOC_KEEP_STEP_WEBSITE: {
    th: "ตรวจสอบข้อมูลบนเว็บไซต์หลักของหน่วยงานให้ครบถ้วนและเป็นปัจจุบันตามหลักเกณฑ์ของปีงบประมาณถัดไป",
    en: "Keep the main website complete and current under next year's criteria",
  },
  DOC_KEEP_STEP_REPORT: {
    th: "ติดตามผลการดำเนินงานและรายงานผู้บริหารทุกรอบหกเดือน",
    en: "Follow up and report to the executives every six months",
  },

  /* ------------------------------------------------------------ signatures */
  DOC_SIGN_PREPARED: { th: "ผู้จัดทำ", en: "Prepared by" },
  DOC_SIGN_REVIEWED: { th: "ผู้ตรวจสอบ", en: "Reviewed by" },
  DOC_SIGN_APPROVED: { th: "ผู้อนุมัติ", en: "Approved by" },
  DOC_SIGN_LINE: {
    th: "(ลงชื่อ) ...................... {role}",
    en: "(Signed) ................ {role}",
  },
  DOC_SIGN_NAME: { th: "({name})", en: "({name})" },
  DOC_SIGN_NAME_BLANK: {
    th: "(..............................)",
    en: "(..............................)",
  },
  DOC_SIGN_POSITION: { th: "ตำแหน่ง {position}", en: "Position: {position}" },
  DOC_SIGN_POSITION_BLANK: {
    th: "ตำแหน่ง ..............................",
    en: "Position: ..............................",
  },
  DOC_SIGN_DATE: { th: "วันที่ {date}", en: "Date: {date}" },
  DOC_SIGN_DATE_BLANK: {
    th: "วันที่ ...... เดือน .............. พ.ศ. .......",
    en: "Date: ....................",
  },
  DOC_SIGN_DATE_BLANK_CE: {
    th: "วันที่ ...... เดือน .............. ค.ศ. .......",
    en: "Date: ....................",
  },

  /* ------------------------------------------------------------ pane form */
  PANE_REPORT_DETAILS: { th: "ข้อมูลประกอบรายงาน", en: "Report details" },
  PANE_REPORT_DETAILS_HINT: {
    th: "ใช้ในชีตรายงานผลการวิเคราะห์ ช่องที่เว้นว่างจะใช้ข้อมูลที่บันทึกไว้ในไฟล์จากครั้งก่อน",
    en: "Used in the report sheet. Blank fields keep what the workbook holds from an earlier run.",
  },
  PANE_REPORT_NAME: { th: "ชื่อ-สกุล", en: "Name" },
  PANE_REPORT_POSITION: { th: "ตำแหน่ง", en: "Position" },
  PANE_REPORT_DATE: { th: "วันที่ลงนาม", en: "Date signed" },

  /* ------------------------------------------------------------ details sheet and input */
  DOC_DETAILS_TITLE: {
    th: "ข้อมูลประกอบรายงาน (แก้ไขได้ ใช้ในการสร้างรายงานครั้งถัดไป)",
    en: "Report details (editable; used the next time the report is created)",
  },
  DOC_DETAILS_COL_FIELD: { th: "รายการ", en: "Field" },
  DOC_DETAILS_COL_VALUE: { th: "ค่า", en: "Value" },
  DOC_DETAILS_COL_KEY: { th: "รหัส", en: "Key" },
  DOC_FIELD_ANNOUNCED: { th: "วันที่ประกาศผล (ปปปป-ดด-วว)", en: "Announcement date (YYYY-MM-DD)" },
  DOC_FIELD_INTRODUCTION: { th: "บทนำ (ถ้ามี)", en: "Introduction (optional)" },
  DOC_FIELD_PREPARED_NAME: { th: "ชื่อผู้จัดทำ", en: "Prepared by: name" },
  DOC_FIELD_PREPARED_POSITION: { th: "ตำแหน่งผู้จัดทำ", en: "Prepared by: position" },
  DOC_FIELD_PREPARED_DATE: { th: "วันที่ลงนามผู้จัดทำ", en: "Prepared by: date" },
  DOC_FIELD_REVIEWED_NAME: { th: "ชื่อผู้ตรวจสอบ", en: "Reviewed by: name" },
  DOC_FIELD_REVIEWED_POSITION: { th: "ตำแหน่งผู้ตรวจสอบ", en: "Reviewed by: position" },
  DOC_FIELD_REVIEWED_DATE: { th: "วันที่ลงนามผู้ตรวจสอบ", en: "Reviewed by: date" },
  DOC_FIELD_APPROVED_NAME: { th: "ชื่อผู้อนุมัติ", en: "Approved by: name" },
  DOC_FIELD_APPROVED_POSITION: { th: "ตำแหน่งผู้อนุมัติ", en: "Approved by: position" },
  DOC_FIELD_APPROVED_DATE: { th: "วันที่ลงนามผู้อนุมัติ", en: "Approved by: date" },
  DOC_INFO_BAD_JSON: {
    th: "อ่านไฟล์ข้อมูลรายงาน {path} ไม่ได้: {message}",
    en: "Cannot read the report details file {path}: {message}",
  },
  DOC_INFO_BAD_FIELD: {
    th: "ข้อมูลรายงาน: ช่อง “{field}” ต้องเป็นข้อความ",
    en: "Report details: “{field}” must be text.",
  },
  DOC_INFO_BAD_DATE: {
    th: "ข้อมูลรายงาน: ช่อง “{field}” ต้องเป็นวันที่ในรูปแบบ ปปปป-ดด-วว (เช่น 2025-08-15 หรือ 2568-08-15) แต่ได้ “{value}”",
    en: "Report details: “{field}” must be a date written YYYY-MM-DD (e.g. 2025-08-15 or 2568-08-15), not “{value}”.",
  },
  DOC_INFO_UNKNOWN_FIELD: {
    th: "ข้อมูลรายงาน: ไม่รู้จักช่อง “{field}” (ช่องที่ใช้ได้: {fields})",
    en: "Report details: unknown field “{field}” (known fields: {fields}).",
  },

  /* ------------------------------------------------------------ per indicator: what it assesses, usual fix */
  DOC_WHAT_1: {
    th: "การรับรู้ของบุคลากรภายในว่าเจ้าหน้าที่ปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนด ให้บริการแก่ทุกคนอย่างเท่าเทียม และไม่รับสินบนหรือประโยชน์ตอบแทน",
    en: "how staff see their colleagues' conduct: following set procedures and times, treating everyone alike and refusing bribes",
  },
  DOC_WHAT_2: {
    th: "การรับรู้ของบุคลากรภายในต่อการใช้จ่ายงบประมาณอย่างคุ้มค่าและตรงตามวัตถุประสงค์ การเบิกจ่ายที่ถูกต้อง และการจัดซื้อจัดจ้างที่ไม่เอื้อประโยชน์แก่ผู้ใด",
    en: "how staff see the use of the budget: value for money, spending on its purposes, correct payments and procurement that favours no one",
  },
  DOC_WHAT_3: {
    th: "การรับรู้ของบุคลากรภายในต่อการใช้อำนาจของผู้บังคับบัญชา ทั้งการมอบหมายงาน การประเมินผล และการบริหารงานบุคคลอย่างเป็นธรรม โดยไม่มีการเรียกรับผลประโยชน์",
    en: "how staff see their superiors' use of authority: fair assignments, appraisals and personnel decisions, with no benefits demanded",
  },
  DOC_WHAT_4: {
    th: "การรับรู้ของบุคลากรภายในต่อการใช้ทรัพย์สินของราชการอย่างถูกต้อง การขออนุญาตยืมใช้ตามขั้นตอน และการกำกับดูแลมิให้นำไปใช้ประโยชน์ส่วนตน",
    en: "how staff see the use of government property: correct use, borrowing with permission and oversight against private use",
  },
  DOC_WHAT_5: {
    th: "การรับรู้ของบุคลากรภายในต่อความจริงจังของผู้บริหารในการต่อต้านการทุจริต การป้องกันและตรวจสอบการทุจริต และการจัดการเรื่องร้องเรียน",
    en: "how staff see the executives' commitment against corruption, its prevention and checking, and the handling of complaints",
  },
  DOC_WHAT_6: {
    th: "การรับรู้ของผู้รับบริการและผู้มาติดต่อต่อการปฏิบัติงานของเจ้าหน้าที่ตามขั้นตอนและระยะเวลา การให้บริการอย่างเท่าเทียม และการไม่เรียกรับสินบน",
    en: "how service users see the staff's work: set procedures and times, equal treatment and no bribes",
  },
  DOC_WHAT_7: {
    th: "การรับรู้ของผู้รับบริการและผู้มาติดต่อต่อการเผยแพร่ข้อมูลที่เข้าถึงง่ายและชัดเจน และการตอบข้อซักถามหรือรับเรื่องร้องเรียน",
    en: "how service users see the organisation's information: easy to reach, clear, and questions and complaints answered",
  },
  DOC_WHAT_8: {
    th: "การรับรู้ของผู้รับบริการและผู้มาติดต่อต่อการปรับปรุงวิธีการทำงานและการให้บริการ รวมถึงบริการออนไลน์ และการเปิดโอกาสให้ประชาชนมีส่วนร่วม",
    en: "how service users see the improvement of work and services, online services included, and the chances to take part",
  },
  DOC_WHAT_9: {
    th: "การเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานให้ครบถ้วนและเป็นปัจจุบัน ทั้งข้อมูลพื้นฐาน การบริหารงานและงบประมาณ การจัดซื้อจัดจ้าง การบริหารทรัพยากรบุคคล และการส่งเสริมความโปร่งใส",
    en: "whether the website publishes complete, current public information: basic facts, management and budget, procurement, human resources and transparency",
  },
  DOC_WHAT_10: {
    th: "การเผยแพร่การดำเนินการเพื่อป้องกันการทุจริตบนเว็บไซต์ของหน่วยงาน เช่น นโยบายไม่รับของขวัญ การประเมินความเสี่ยงการทุจริต แผนป้องกันการทุจริต และมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    en: "whether the website shows the work against corruption: the No Gift Policy, corruption risk assessment, the prevention plan and the integrity measures",
  },
  DOC_FIX_1: {
    th: "กำหนดขั้นตอนและระยะเวลาการปฏิบัติงานให้ชัดเจน และกำชับให้เจ้าหน้าที่ถือปฏิบัติต่อผู้มาติดต่อทุกคนอย่างเท่าเทียม",
    en: "Set clear procedures and times, and require staff to treat every visitor alike",
  },
  DOC_FIX_2: {
    th: "เปิดเผยแผนการใช้จ่ายงบประมาณและผลการจัดซื้อจัดจ้าง และเปิดโอกาสให้บุคลากรมีส่วนร่วมในการติดตามตรวจสอบ",
    en: "Publish the spending plan and procurement results, and let staff take part in checking them",
  },
  DOC_FIX_3: {
    th: "กำหนดหลักเกณฑ์การมอบหมายงานและการประเมินผลการปฏิบัติงานที่เป็นธรรม และแจ้งให้บุคลากรทราบโดยทั่วกัน",
    en: "Set fair rules for assignments and appraisals and make them known to all staff",
  },
  DOC_FIX_4: {
    th: "จัดทำและเผยแพร่แนวปฏิบัติการยืมและการใช้ทรัพย์สินของราชการ และกำกับดูแลอย่างสม่ำเสมอ",
    en: "Publish rules for borrowing and using government property and oversee them regularly",
  },
  DOC_FIX_5: {
    th: "ผู้บริหารประกาศเจตนารมณ์ต่อต้านการทุจริต และชี้แจงช่องทางร้องเรียนที่คุ้มครองผู้แจ้งเบาะแส",
    en: "Have the executive declare the stand against corruption and explain the complaint channels that protect whistle-blowers",
  },
  DOC_FIX_6: {
    th: "ปรับปรุงคู่มือการให้บริการโดยระบุขั้นตอนและระยะเวลาให้ชัดเจน และกำชับให้บริการอย่างเท่าเทียม",
    en: "Revise the service manual with clear steps and times, and require equal service",
  },
  DOC_FIX_7: {
    th: "เผยแพร่ข้อมูลผ่านช่องทางที่เข้าถึงง่าย และมอบหมายผู้รับผิดชอบตอบข้อซักถามให้ชัดเจน",
    en: "Publish through easy-to-reach channels and name who answers questions",
  },
  DOC_FIX_8: {
    th: "ปรับปรุงการให้บริการและบริการออนไลน์ และเปิดโอกาสให้ผู้รับบริการเสนอความคิดเห็น",
    en: "Improve services and online services, and invite service users' views",
  },
  DOC_FIX_9: {
    th: "เผยแพร่ข้อมูลตามรายการที่กำหนดบนเว็บไซต์หลักของหน่วยงานให้ครบถ้วนและเป็นปัจจุบัน",
    en: "Publish the listed items on the main website, complete and current",
  },
  DOC_FIX_10: {
    th: "จัดทำและเผยแพร่การดำเนินการป้องกันการทุจริตตามรายการที่กำหนดให้ครบถ้วน",
    en: "Carry out and publish the listed anti-corruption items in full",
  },
} satisfies Record<string, Entry>;
