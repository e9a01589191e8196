/**
 * The blank input template's table names and headers: a contract with the reader, which
 * recognises exactly these. They stay Thai in both languages (the instruction line carries the
 * English hints) so that a template filled in by anyone reads back without guessing.
 */
import type { Year } from "../ita/types";

export const TEMPLATE_TABLES = {
  organization: "ITA_Organization",
  overall: "ITA_Overall",
  indicators: "ITA_Indicators",
  questions: "ITA_Questions",
} as const;

export const TEMPLATE_HEADERS = {
  organization: ["รายการ", "ข้อมูล"],
  organizationRows: ["ชื่อหน่วยงาน", "อำเภอ", "จังหวัด", "ปีงบประมาณที่ประเมิน"],
  overall: ["ปี พ.ศ.", "คะแนนภาพรวม", "IIT", "EIT", "OIT"],
  indicatorsFixed: ["ตัวชี้วัด", "ชื่อตัวชี้วัด", "เครื่องมือ"],
  questions: ["ข้อคำถาม", "ตัวชี้วัด", "ปี พ.ศ.", "คะแนน", "คะแนน EIT ส่วนที่ 1", "คะแนน EIT ส่วนที่ 2"],
} as const;

/** "ปี 2568": a year column of the indicator table (always Buddhist era, Arabic digits). */
export function templateYearHeader(year: Year): string {
  return `ปี ${year}`;
}

export function indicatorHeaders(years: readonly [Year, Year]): string[] {
  return [...TEMPLATE_HEADERS.indicatorsFixed, ...years.map(templateYearHeader)];
}

export const DEFAULT_TEMPLATE_YEARS: [Year, Year] = [2567, 2568];
