import type { Entry } from "./format";
import { mappingProblemMessages } from "./mapping";

/**
 * Problems found in the user's data. Every template may use {cell}; the others are listed in
 * the code that raises them. Wording is ours, plain, and says what to do.
 */
export const problemMessages = {
  NOTHING_FOUND: {
    th: "ไม่พบตารางคะแนน ITA ในสมุดงานนี้ กรุณาพิมพ์หรือวางตารางคะแนน หรือแทรกแม่แบบว่างแล้วกรอกคะแนน",
    en: "No ITA score table was found in this workbook. Type or paste a score table, or insert the blank template and fill it in.",
  },
  SCORE_NOT_NUMBER: {
    th: "ค่าในเซลล์ {cell} คือ “{value}” ซึ่งไม่ใช่คะแนนที่เป็นตัวเลข",
    en: "Cell {cell} holds “{value}”, which is not a numeric score.",
  },
  SCORE_OUT_OF_RANGE: {
    th: "คะแนนในเซลล์ {cell} คือ {value} ซึ่งอยู่นอกช่วง 0–100",
    en: "The score in {cell} is {value}, outside the range 0–100.",
  },
  SCORE_CONFLICT: {
    th: "{item} ปี {year} มีคะแนนสองค่าไม่ตรงกัน: {value} ที่ {cell} และ {other} ที่ {otherCell}",
    en: "{item} for {year} B.E. has two different scores: {value} in {cell} and {other} in {otherCell}.",
  },
  YEARS_AMBIGUOUS: {
    th: "ไม่สามารถแยกคอลัมน์คะแนน {first} และ {second} ในตารางที่ {cell} ออกจากกันได้ เนื่องจากอาจเป็นคะแนนของรายการและปีเดียวกัน กรุณาระบุปี พ.ศ. ในหัวคอลัมน์ให้ต่างกัน",
    en: "The score columns {first} and {second} of the table at {cell} cannot be told apart: both could hold the same item for the same year. Put a different Buddhist-era year in each column header.",
  },
  YEAR_MISSING: {
    th: "ตารางที่ {cell} ไม่ได้ระบุปี จึงถือเป็นปี {year} ตามชื่อตารางหรือชื่อเรื่องของเอกสาร",
    en: "The table at {cell} names no year, so it is taken as {year} B.E. from its title or the document title.",
  },
  YEAR_UNKNOWN: {
    th: "ตารางที่ {cell} ไม่ได้ระบุปี พ.ศ. ของคะแนน กรุณาเพิ่มปีในหัวคอลัมน์หรือชื่อตาราง",
    en: "The table at {cell} does not say which year its scores are for. Add the year to the column header or the table title.",
  },
  YEAR_FROM_SHEET_NAME: {
    th: "ตารางที่ {cell} ไม่ได้ระบุปี จึงถือเป็นปี {year} ตามชื่อแผ่นงาน “{sheet}”",
    en: "The table at {cell} names no year, so it is taken as {year} B.E. from the sheet name “{sheet}”.",
  },
  YEAR_EVIDENCE_CONFLICT: {
    th: "ตารางที่ {table} ระบุปีไม่ตรงกัน: ปี {year} ที่ {cell} และปี {other} ที่ {otherCell} จึงใช้ปี {year} กรุณาตรวจสอบ",
    en: "The table at {table} names two different years: {year} B.E. in {cell} and {other} B.E. in {otherCell}. It is read as {year} B.E.; please check.",
  },
  YEAR_SHEET_CONFLICT: {
    th: "ตารางที่ {table} ระบุปี {year} ที่ {cell} แต่ชื่อแผ่นงาน “{sheet}” ระบุปี {other} จึงใช้ปี {year} กรุณาตรวจสอบ",
    en: "The table at {table} names {year} B.E. in {cell}, but the sheet name “{sheet}” names {other} B.E. It is read as {year} B.E.; please check.",
  },
  TABLE_NOT_ITA: {
    th: "ตาราง {table} ไม่มีรายการตัวชี้วัด แบบวัด หรือข้อคำถามของ ITA จึงไม่นำมาอ่านเป็นคะแนน ITA",
    en: "The table {table} has no ITA indicator, tool or question rows, so it was not read as ITA scores.",
  },
  SCORE_PERCENT_SCALED: {
    th: "เซลล์คะแนนที่จัดรูปแบบเป็นร้อยละ {count} เซลล์ เริ่มที่ {cell} ถูกอ่านเป็นคะแนนเต็ม 100 (เช่น 98.5% อ่านเป็น 98.5)",
    en: "{count} percent-formatted score cells, starting at {cell}, were read on a 100-point scale (98.5% is read as 98.5).",
  },
  SCORE_IS_DATE: {
    th: "เซลล์ {cell} จัดรูปแบบเป็นวันที่หรือเวลา ({format}) จึงไม่อาจอ่านเป็นคะแนนได้ กรุณาเปลี่ยนรูปแบบเซลล์เป็นตัวเลขแล้วพิมพ์คะแนนใหม่",
    en: "Cell {cell} is formatted as a date or time ({format}), so it cannot be read as a score. Format the cell as a number and type the score again.",
  },
  FORMULA_NOT_CALCULATED: {
    th: "เซลล์ {cell} มีสูตรที่ยังไม่ได้คำนวณผลไว้ในแฟ้ม กรุณาเปิดแฟ้มใน Excel แล้วบันทึกอีกครั้งเพื่อให้มีผลคำนวณ",
    en: "Cell {cell} holds a formula whose result was never saved in the file. Open the file in Excel and save it again so that the result is stored.",
  },
  PROBLEMS_TRUNCATED: {
    th: "ยังมีข้อสังเกตอีก {count} รายการที่ไม่ได้แสดง กรุณาแก้ไขรายการข้างต้นก่อนแล้วอ่านข้อมูลใหม่",
    en: "{count} more problems are not shown. Fix the ones above first, then read the data again.",
  },
  YEAR_CONVERTED: {
    th: "ปี ค.ศ. {ce} ในเซลล์ {cell} ถูกอ่านเป็นปี พ.ศ. {be}",
    en: "The Common Era year {ce} in {cell} was read as Buddhist-era {be}.",
  },
  YEAR_NOT_PRESENT: {
    th: "ไม่มีคะแนนของปี {year} ในข้อมูล (ปีที่พบ: {years})",
    en: "There are no scores for {year} B.E. in the data (years found, B.E.: {years}).",
  },
  DATA_MISSING: {
    th: "ข้อมูลไม่พอสำหรับการวิเคราะห์: {what}",
    en: "Not enough data to analyse: {what}.",
  },
  INDICATORS_INCOMPLETE: {
    th: "ปี {year} มีคะแนนรายตัวชี้วัดไม่ครบ ขาด{missing}",
    en: "Indicator scores for {year} B.E. are incomplete; missing: {missing}.",
  },
  INDICATOR_NAME_GUESSED: {
    th: "ชื่อตัวชี้วัด “{value}” ในเซลล์ {cell} ถูกอ่านเป็นตัวชี้วัดที่ {no} {name} กรุณาตรวจสอบ",
    en: "The indicator name “{value}” in {cell} was read as indicator {no} ({name}); please check.",
  },
  TABLE_ROWS_NOT_RECOGNISED: {
    th: "ตาราง {table} มีหัวตารางอย่างตารางคะแนน ITA แต่ไม่พบตัวชี้วัด แบบวัด หรือข้อคำถามที่รู้จักในแถวใดเลย จึงไม่ได้อ่านคะแนนจากตารางนี้ กรุณาตรวจสอบรหัสหรือชื่อรายการในคอลัมน์แรกของตาราง",
    en: "The table {table} is headed like an ITA score table, but no row names an indicator, tool or question it knows, so none of its scores were read. Check the codes or item names in the table's first column.",
  },
  ROW_NOT_RECOGNISED: {
    th: "ไม่รู้จักแถว “{value}” ในเซลล์ {cell} จึงข้ามไป",
    en: "The row “{value}” in {cell} was not recognised and was skipped.",
  },
  QUESTION_UNMAPPED: {
    th: "ไม่ทราบว่าข้อคำถาม {code} ในเซลล์ {cell} อยู่ในตัวชี้วัดใด",
    en: "Question {code} in {cell} could not be placed under an indicator.",
  },
  CONSISTENCY_MISMATCH: {
    th: "คะแนน {item} ปี {year} ที่กรอกไว้ ({typed}) ต่างจากที่คำนวณจากตัวชี้วัด ({computed}) เกิน 0.01",
    en: "The typed {item} score for {year} B.E. ({typed}) differs from the one computed from the indicators ({computed}) by more than 0.01.",
  },
  SCORE_COMPUTED: {
    th: "ไม่พบคะแนน {item} ปี {year} จึงคำนวณจากคะแนนรายตัวชี้วัดได้ {computed}",
    en: "No {item} score was given for {year} B.E.; it was computed from the indicators as {computed}.",
  },
  LEVEL_EIT_PARTS_UNKNOWN: {
    th: "ไม่พบคะแนน EIT ส่วนที่ 1 และส่วนที่ 2 ของปี {year} จึงใช้คะแนน EIT ภาพรวมแทนในการจัดระดับผลการประเมิน หากคะแนนส่วนใดส่วนหนึ่งต่ำกว่าเกณฑ์ ระดับที่แท้จริงอาจต่ำกว่าที่แสดง",
    en: "EIT part 1 and part 2 scores for {year} B.E. were not found, so the EIT score stood in for them in the result level; if either part is below the mark, the actual level may be lower than shown.",
  },
  TEXT_TRUNCATED: {
    th: "ข้อความในเซลล์ {cell} ยาว {length} ตัวอักษร เกินกว่าที่ Excel รับได้ ({limit} ตัวอักษร) จึงตัดให้เหลือ {limit} ตัวอักษร",
    en: "The text in {cell} is {length} characters long, more than Excel accepts ({limit}), so it was cut to {limit} characters.",
  },
  ROW_TOO_TALL: {
    th: "ข้อความในเซลล์ {cell} ต้องใช้ความสูงของแถว {needed} พอยต์ เกินกว่าที่ Excel กำหนด ({limit} พอยต์) แถวนี้จึงสูง {limit} พอยต์ และข้อความส่วนท้ายอาจไม่ปรากฏทั้งบนจอและในเอกสารที่พิมพ์ โปรดแบ่งข้อความออกเป็นหลายแถว",
    en: "The text in {cell} needs a row {needed} points high, more than Excel allows ({limit} points); the row is {limit} points high, so the end of the text may not show on screen or on paper. Please split the text over several rows.",
  },
  SINGLE_YEAR: {
    th: "พบคะแนนเพียงปีเดียว ({year}) จึงแสดงผลโดยไม่เปรียบเทียบกับปีก่อน",
    en: "Scores were found for one year only ({year} B.E.), so there is no comparison with an earlier year.",
  },
  /* Problems of a table mapping the user supplied ("use the selected range"). */
  ...mappingProblemMessages,
} satisfies Record<string, Entry>;

export type ProblemCode = keyof typeof problemMessages;
