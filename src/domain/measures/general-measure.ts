/**
 * A general measure for one weak item that no catalogue measure answers, written from the item's
 * own code and wording: proposing the indicator's first measure instead would name other items,
 * possibly ones that scored full marks. OIT items are disclosure items scored pass or fail (the
 * agency publishes the information or it does not); IIT and EIT items are survey questions.
 */
import type { IndicatorNo } from "../ita/types";
import type { QuestionResult } from "../model";
import { itemLabel } from "../report/text";
import type { Bilingual, CatalogueMeasure } from "./catalogue-types";

/** "ข้อ O3 (ข้อมูลผู้บริหาร)" with the wording when the table had it. */
function named(q: QuestionResult): Bilingual {
  const code = itemLabel(q.code);
  const wording = q.text?.trim();
  return wording
    ? { th: `ข้อ ${code} (${wording})`, en: `item ${code} (${wording})` }
    : { th: `ข้อ ${code}`, en: `item ${code}` };
}

function disclosureMeasure(q: QuestionResult, indicator: IndicatorNo): CatalogueMeasure {
  const item = named(q);
  return {
    id: `general-${q.code}`,
    indicators: [indicator],
    kind: "activity",
    priority: 1,
    title: {
      th: `กิจกรรมเปิดเผยข้อมูลตาม${item.th} ให้ครบถ้วนและเป็นปัจจุบัน`,
      en: `Publish the information of ${item.en} in full and keep it current`,
    },
    finding: {
      th: `${item.th} ยังไม่ผ่านเกณฑ์การเปิดเผยข้อมูลสาธารณะ`,
      en: `${capitalised(item.en)} did not pass the open-data assessment.`,
    },
    steps: [
      {
        th: `มอบหมายผู้รับผิดชอบจัดทำข้อมูลตาม${item.th}`,
        en: `Assign the staff who prepare the information of ${item.en}`,
      },
      {
        th: "จัดทำข้อมูลตามหลักเกณฑ์การประเมิน OIT ของปีงบประมาณ และเผยแพร่บนเว็บไซต์ของหน่วยงาน",
        en: "Prepare the information to the year's OIT criteria and publish it on the website",
      },
      {
        th: "ตรวจสอบความครบถ้วนและความเป็นปัจจุบันของข้อมูลทุกเดือนจนสิ้นปีงบประมาณ",
        en: "Check every month until the end of the fiscal year that it is complete and current",
      },
    ],
    responsible: ["office"],
    timeline: { kind: "quarters", from: 1, to: 2 },
    followUp: {
      th: "ข้อมูลที่เผยแพร่บนเว็บไซต์ของหน่วยงานและผลการตรวจสอบรายเดือน",
      en: "The information as published on the website, and the monthly check results",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: `ข้อมูลตาม${item.th} ที่เผยแพร่ครบถ้วนภายในไตรมาสที่ 2`,
        en: `the information of ${item.en} published by the second quarter`,
      },
    },
  };
}

function surveyMeasure(
  q: QuestionResult,
  indicator: IndicatorNo,
  target: number
): CatalogueMeasure {
  const item = named(q);
  const who =
    q.tool === "IIT"
      ? { th: "บุคลากรของหน่วยงาน", en: "staff" }
      : { th: "ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย", en: "service users and stakeholders" };
  return {
    id: `general-${q.code}`,
    indicators: [indicator],
    kind: "activity",
    priority: 1,
    title: {
      th: `กิจกรรมพัฒนาการดำเนินงานในประเด็นตาม${item.th}`,
      en: `Improve the work on the matter of ${item.en}`,
    },
    finding: {
      th: `${who.th}ประเมินประเด็นตาม${item.th} ต่ำกว่าค่าเป้าหมาย`,
      en: `${capitalised(who.en)} rated the matter of ${item.en} below the target.`,
    },
    steps: [
      {
        th: `ประชุมส่วนราชการที่เกี่ยวข้องเพื่อกำหนดแนวทางปรับปรุงในประเด็นตาม${item.th}`,
        en: `Meet the divisions concerned to set how the matter of ${item.en} will be improved`,
      },
      {
        th: `ดำเนินการตามแนวทางที่กำหนดและแจ้งให้${who.th}ทราบ`,
        en: `Carry out what was agreed and inform ${who.en}`,
      },
      {
        th: "รายงานผลการดำเนินงานต่อผู้บริหารทุกไตรมาสจนสิ้นปีงบประมาณ",
        en: "Report progress to the executives every quarter until the end of the fiscal year",
      },
    ],
    responsible: ["all"],
    timeline: { kind: "quarters", from: 1, to: 2 },
    followUp: {
      th: "รายงานผลการดำเนินงานต่อผู้บริหารรายไตรมาส",
      en: "The quarterly progress reports to the executives",
    },
    target: {
      kind: "score",
      text: {
        th: `${item.th} ได้คะแนนไม่น้อยกว่า ${target} คะแนนในการประเมินครั้งถัดไป`,
        en: `${item.en} scores ${target} or more in the next assessment`,
      },
    },
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `target`: the agency's target score (the analysis threshold). */
export function generalMeasureFor(
  q: QuestionResult,
  indicator: IndicatorNo,
  target: number
): CatalogueMeasure {
  return q.tool === "OIT" ? disclosureMeasure(q, indicator) : surveyMeasure(q, indicator, target);
}
