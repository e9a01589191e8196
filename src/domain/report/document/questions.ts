/**
 * Section 5, Table 4: the weakest questions and OIT items with their wording, and a deficiency /
 * fix pair for each. Wording comes from the user's own table, else from our per-year data, else
 * the row says what kind of item it is and its indicator — it is never guessed, and a published
 * document never prints that the add-in lacks it. EIT parts are named by who answered them, and
 * an OIT item at 0 is a disclosure item that did not pass.
 */
import { questionWording } from "../../ita/question-texts";
import { codeIndicator } from "../../ita/questions";
import { weakQuestions } from "../../measures/plan";
import type { MessageId } from "../../messages";
import type { QuestionResult } from "../../model";
import { formatNumber, textOut } from "../text";
import {
  capitalised,
  eitPartName,
  indicatorLabel,
  joinList,
  say,
  score,
  sentences,
  type DocContext,
  tableNo,
} from "./context";
import { displayCode, oitFailed, questionIndicator } from "./analysis";
import { STYLES, type RowCell } from "./layout";
import { scoreCell } from "./overall";

/** Besides every question below the threshold, this many of the lowest under full marks. */
const EXTRA_LOW = 5;
const MAX_ROWS = 15;

export function tableQuestions(c: DocContext): QuestionResult[] {
  return weakQuestions(c.analysis, EXTRA_LOW).slice(0, MAX_ROWS);
}

/**
 * The question cell: the wording, or — wording unknown — what kind of item it is ("รายการประเมิน
 * แบบวัด OIT"), with its indicator under it; never a remark that the wording is missing.
 */
function questionCell(c: DocContext, q: QuestionResult): string {
  const no = questionIndicator(c, q);
  const text =
    wording(c, q) ?? say(c, q.tool === "OIT" ? "DOC_ITEM_OF" : "DOC_QUESTION_OF", { tool: q.tool });
  return `${textOut(text, c.options)}${no ? `\n(${indicatorLabel(c, no)})` : ""}`;
}

function wording(c: DocContext, q: QuestionResult): string | undefined {
  const typed = q.text?.trim();
  if (typed) return typed;
  const ours = numberedAsTheYear(c, q) ? questionWording(q.code, c.analysis.to) : undefined;
  if (ours?.known) return c.options.lang === "en" ? ours.text.en : ours.text.th;
  return undefined;
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
  const threshold = formatNumber(c.analysis.threshold, c.options);
  if (q.part1 !== undefined && q.part2 !== undefined) return partsDeficiency(c, q, threshold);
  return q.belowThreshold ? say(c, "DOC_DEF_BELOW", { threshold }) : say(c, "DOC_DEF_LOW");
}

/**
 * An EIT question scored by both groups: what each gave, in the order of the score cell, the
 * target named beside a group below it.
 */
function partsDeficiency(c: DocContext, q: QuestionResult, threshold: string): string {
  const values = [q.part1 ?? 0, q.part2 ?? 0];
  const both = values.every((v) => v < c.analysis.threshold);
  const parts = values.map((value, i) =>
    say(c, !both && value < c.analysis.threshold ? "DOC_DEF_PART_BELOW" : "DOC_DEF_PART", {
      who: eitPartName(c, i === 0 ? 1 : 2),
      score: score(c, value),
      threshold,
    })
  );
  const list = joinList(c, parts);
  const stated = capitalised(
    c,
    both ? say(c, "DOC_DEF_PARTS_BELOW", { parts: list, threshold }) : list
  );
  return sentences(c, q.belowThreshold ? [stated] : [stated, say(c, "DOC_DEF_LOW")]);
}

function fix(c: DocContext, q: QuestionResult): string {
  const measure = c.plan.items.find((m) => m.questions.includes(q.code));
  if (measure) return say(c, "DOC_FIX_MEASURE", { title: measure.title });
  const no = questionIndicator(c, q);
  // English ends each fix as a sentence, as the measure titles beside it do.
  return no ? sentences(c, [say(c, `DOC_FIX_${no}` as MessageId)]) : "";
}

function scoreOf(c: DocContext, q: QuestionResult): RowCell {
  if (oitFailed(q)) return { value: say(c, "DOC_OIT_FAILED"), style: STYLES.centre };
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
    return [
      {
        value: say(c, "DOC_ITEM_CODE", { code: displayCode(q.code) }),
        span: 2,
        style: STYLES.centre,
      },
      { value: questionCell(c, q), span: 3 },
      scoreOf(c, q),
      { value: deficiency(c, q), span: 2 },
      { value: fix(c, q), span: 2 },
    ];
  });
  w.table(from, header, body);
}
