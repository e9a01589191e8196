/**
 * Short wording of ITA questions and OIT items, per fiscal year, as data. Our own wording of
 * what each question asks, written from the facts in ../shared/ita-domain.md and from the meaning
 * of the reference reports — never their sentences. A code missing here is unknown for that year:
 * the report says so instead of guessing (lists differ between years and are renumbered).
 *
 * Confidence follows ita-domain.md: the 2568 IIT/EIT meanings and OIT codes are "likely" (from
 * two reports and one public source); the 2566–2567 OIT item names come from one report of 2566.
 */
import type { Year } from "./types";

export interface QuestionText {
  th: string;
  en: string;
}

interface QuestionTextSet {
  /** Inclusive fiscal years the wording applies to. */
  years: [Year, Year];
  /** Normalised codes ("i4", "e5", "o10") → wording. */
  texts: Readonly<Record<string, QuestionText>>;
}

const IIT_EIT_2568: Record<string, QuestionText> = {
  i2: {
    th: "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อทั่วไปและผู้ที่รู้จักเป็นการส่วนตัวอย่างเท่าเทียมกัน",
    en: "Staff serve people they know personally and the general public alike",
  },
  i4: {
    th: "หน่วยงานใช้จ่ายงบประมาณตรงตามวัตถุประสงค์",
    en: "The budget is spent on the purposes it was set for",
  },
  i6: {
    th: "การใช้จ่ายงบประมาณและการจัดซื้อจัดจ้างไม่เอื้อประโยชน์แก่บุคคลใดบุคคลหนึ่ง",
    en: "Spending and procurement do not favour anyone",
  },
  i9: {
    th: "ไม่มีการให้หรือรับสินบนเพื่อแลกกับการบรรจุ แต่งตั้ง หรือโยกย้ายตำแหน่ง",
    en: "No bribes are paid for appointments, promotions or transfers",
  },
  i12: {
    th: "หน่วยงานกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ",
    en: "The use of government property is overseen and checked",
  },
  i13: {
    th: "ผู้บริหารสูงสุดให้ความสำคัญกับการต่อต้านการทุจริตอย่างจริงจัง",
    en: "The top executive takes the fight against corruption seriously",
  },
  e3: {
    th: "ผู้รับบริการไม่เคยถูกเจ้าหน้าที่เรียกรับสินบนหรือประโยชน์อื่นใดเพื่อแลกกับการให้บริการ",
    en: "Service users were never asked for a bribe or other benefit in exchange for service",
  },
  e5: {
    th: "ช่องทางการเผยแพร่ข้อมูลของหน่วยงานเข้าถึงได้ง่าย",
    en: "The organisation's information channels are easy to reach",
  },
  e6: {
    th: "หน่วยงานตอบข้อซักถามและให้คำอธิบายได้อย่างชัดเจน",
    en: "The organisation answers questions and explains clearly",
  },
  e8: {
    th: "หน่วยงานปรับปรุงการดำเนินงานและการให้บริการให้ตอบสนองต่อประชาชน",
    en: "The organisation improves its work and services for the public",
  },
  e9: {
    th: "การให้บริการผ่านช่องทางออนไลน์สะดวกและรวดเร็ว",
    en: "Online services are convenient and quick",
  },
};

const OIT_2568: Record<string, QuestionText> = {
  o10: { th: "การให้บริการออนไลน์ (E-Service)", en: "Online service (E-Service)" },
  o21: { th: "นโยบายไม่รับของขวัญ (No Gift Policy)", en: "No Gift Policy" },
  o25: { th: "แผนปฏิบัติการป้องกันการทุจริต", en: "Anti-corruption action plan" },
};

const OIT_2569: Record<string, QuestionText> = {
  o10: { th: "การให้บริการออนไลน์ (E-Service)", en: "Online service (E-Service)" },
  o20: { th: "นโยบายไม่รับของขวัญ (No Gift Policy)", en: "No Gift Policy" },
  o25: {
    th: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
    en: "Using the ITA result to develop the organisation",
  },
  o26: {
    th: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    en: "Report on the measures to promote integrity and transparency",
  },
};

const OIT_2566: Record<string, QuestionText> = {
  o10: { th: "นโยบายคุ้มครองข้อมูลส่วนบุคคล", en: "Personal data protection policy" },
  o12: {
    th: "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปี รอบ 6 เดือน",
    en: "Six-month report on the year's operations and budget",
  },
  o13: { th: "รายงานผลการดำเนินงานประจำปี", en: "Annual performance report" },
  o14: { th: "คู่มือหรือมาตรฐานการปฏิบัติงาน", en: "Operating manual or standard" },
  o15: { th: "คู่มือหรือมาตรฐานการให้บริการ", en: "Service manual or standard" },
  o18: { th: "การให้บริการออนไลน์ (E-Service)", en: "Online service (E-Service)" },
  o19: { th: "ช่องทางสื่อสังคมออนไลน์ (Social Network)", en: "Social network channel" },
  o27: {
    th: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    en: "Procedure for complaints of corruption and misconduct",
  },
  o30: { th: "การเปิดโอกาสให้เกิดการมีส่วนร่วม", en: "Opportunities for public participation" },
  o42: {
    th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    en: "Internal measures to promote integrity and transparency",
  },
  o43: { th: "การดำเนินการตามมาตรการ", en: "Carrying out the measures" },
};

const OIT_2564: Record<string, QuestionText> = {
  o42: {
    th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    en: "Internal measures to promote integrity and transparency",
  },
  o43: { th: "การดำเนินการตามมาตรการ", en: "Carrying out the measures" },
};

export const QUESTION_TEXTS: readonly QuestionTextSet[] = [
  { years: [2564, 2565], texts: OIT_2564 },
  { years: [2566, 2567], texts: OIT_2566 },
  { years: [2568, 2568], texts: { ...IIT_EIT_2568, ...OIT_2568 } },
  { years: [2569, 2569], texts: OIT_2569 },
];

/** Our short wording of a question or item in a fiscal year, or undefined when not known. */
export function questionText(code: string, year: Year): QuestionText | undefined {
  const wanted = code.trim().toLowerCase();
  const set = QUESTION_TEXTS.find((s) => year >= s.years[0] && year <= s.years[1]);
  return set?.texts[wanted];
}
