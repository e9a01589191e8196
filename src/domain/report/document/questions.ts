/**
 * Section 5, Table 4: the weakest questions and OIT items with their wording, and a deficiency /
 * fix pair for each. Wording comes from the user's own table, else from our per-year data, else
 * the row says the wording is not known — it is never guessed.
 */
import { questionWording } from "../../ita/question-texts";
import { codeIndicator } from "../../ita/questions";
import { weakQuestions } from "../../measures/plan";
import type { MessageId } from "../../messages";
import type { QuestionResult } from "../../model";
import { formatNumber, textOut } from "../text";
import { indicatorLabel, say, score, year, type DocContext, tableNo } from "./context";
import { displayCode, questionIndicator } from "./analysis";
import { STYLES, type RowCell } from "./layout";
import { scoreCell } from "./overall";

/** Besides every question below the threshold, this many of the lowest under full marks. */
const EXTRA_LOW = 5;
const MAX_ROWS = 15;

export function tableQuestions(c: DocContext): QuestionResult[] {
  return weakQuestions(c.analysis, EXTRA_LOW).slice(0, MAX_ROWS);
}

function wording(c: DocContext, q: QuestionResult): string {
  const typed = q.text?.trim();
  if (typed) return typed;
  const ours = numberedAsTheYear(c, q) ? questionWording(q.code, c.analysis.to) : undefined;
  if (ours?.known) return c.options.lang === "en" ? ours.text.en : ours.text.th;
  return say(c, "DOC_QUESTION_UNKNOWN", { year: year(c, c.analysis.to) });
}

/**
 * False when the table's own indicator column puts the code under another indicator than the
 * year's numbering does (a report listing "O1–O10" under indicator 10): the code then does not
 * name the year's item, and our wording of that item would be untrue.
 */
function numberedAsTheYear(c: DocContext, q: QuestionResult): boolean {
  if (q.indicator === undefined) return true;
  const byCode = codeIndicator(c.analysis.to, q.code);
  return byCode === undefined || byCode === q.indicator;
}

function deficiency(c: DocContext, q: QuestionResult): string {
  if (q.tool === "OIT")
    return say(c, (q.score ?? 0) <= 0 ? "DOC_DEF_OIT_FAIL" : "DOC_DEF_OIT_PARTIAL");
  return q.belowThreshold
    ? say(c, "DOC_DEF_BELOW", { threshold: formatNumber(c.analysis.threshold, c.options) })
    : say(c, "DOC_DEF_LOW");
}

function fix(c: DocContext, q: QuestionResult): string {
  const measure = c.plan.items.find((m) => m.questions.includes(q.code));
  if (measure) return say(c, "DOC_FIX_MEASURE", { title: measure.title });
  const no = questionIndicator(c, q);
  return no ? say(c, `DOC_FIX_${no}` as MessageId) : "";
}

function scoreOf(c: DocContext, q: QuestionResult): RowCell {
  if (q.part1 !== undefined && q.part2 !== undefined)
    return {
      value: say(c, "DOC_PARTS_SCORE", { part1: score(c, q.part1), part2: score(c, q.part2) }),
      style: STYLES.centre,
    };
  return scoreCell(c, q.score);
}

export function renderQuestions(c: DocContext): void {
  const { w, analysis } = c;
  w.heading(say(c, "DOC_SECTION_QUESTIONS"));
  if (analysis.questions.length === 0) {
    w.paragraph(say(c, "DOC_QUESTIONS_NO_DATA"));
    return;
  }
  const rows = tableQuestions(c);
  if (rows.length === 0) {
    w.paragraph(say(c, "DOC_QUESTIONS_NONE"));
    return;
  }
  w.paragraph(say(c, "DOC_QUESTIONS_LEAD"));
  const from = w.row;
  w.caption(say(c, "DOC_TABLE4_CAPTION", { no: tableNo(c, "questions") }));
  const h = STYLES.header;
  const header: RowCell[] = [
    { value: say(c, "DOC_COL_ITEM"), span: 2, style: h },
    { value: say(c, "DOC_COL_QUESTION"), span: 3, style: h },
    { value: say(c, "DOC_COL_SCORE"), style: h },
    { value: say(c, "DOC_COL_DEFICIENCY"), span: 2, style: h },
    { value: say(c, "DOC_COL_FIX"), span: 2, style: h },
  ];
  const body = rows.map((q): RowCell[] => {
    const no = questionIndicator(c, q);
    const where = no ? `\n(${indicatorLabel(c, no)})` : "";
    return [
      {
        value: say(c, "DOC_ITEM_CODE", { code: displayCode(q.code) }),
        span: 2,
        style: STYLES.centre,
      },
      { value: `${textOut(wording(c, q), c.options)}${where}`, span: 3 },
      scoreOf(c, q),
      { value: deficiency(c, q), span: 2 },
      { value: fix(c, q), span: 2 },
    ];
  });
  w.table(from, header, body);
}
