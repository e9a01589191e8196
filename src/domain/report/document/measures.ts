/**
 * Section 6, Table 5: the measures for the next fiscal year, numbered — the same plan as the
 * measures sheet (planMeasures, or the user's plan from the pane). By default the plan covers all
 * ten indicators: concrete measures for the weak ones and a "keep the level" measure for each
 * strong one; with `weaknessesOnly`, keep-the-level rows are left out. The issue column states
 * the scores that motivated each measure.
 */
import type { IndicatorNo } from "../../ita/types";
import type { PlannedMeasure, PlanReason } from "../../measures/plan-types";
import { measurePeriod, numberedSteps } from "../../measures/row-cells";
import { collapseUnits } from "../../measures/units";
import { formatNumber, textOut } from "../text";
import { displayCode } from "./analysis";
import {
  capitalised,
  indicatorLabel,
  joinList,
  org,
  say,
  score,
  year,
  type DocContext,
  tableNo,
} from "./context";
import { STYLES } from "./layout";

export interface DocMeasureRow {
  indicator: IndicatorNo;
  keepLevel: boolean;
  issue: string;
  title: string;
  steps: string;
  period: string;
  responsible: string;
  /** The follow-up target ("ค่าเป้าหมาย: …"), or "" for a measure without one. */
  target: string;
}

function reasonPhrase(c: DocContext, r: PlanReason): string | undefined {
  const threshold = formatNumber(c.analysis.threshold, c.options);
  switch (r.kind) {
    case "below-threshold":
      return say(c, "DOC_ISSUE_BELOW", { threshold });
    case "weakest-in-tool":
      return say(c, "DOC_ISSUE_WEAKEST", { tool: r.tool });
    case "fell":
      return say(c, "DOC_ISSUE_FELL", { from: score(c, r.from), fromYear: year(c, r.fromYear) });
    case "strength":
      return say(c, "DOC_ISSUE_KEEP", { threshold });
    default:
      return undefined;
  }
}

/** Indicator label, its score and why, then the items that led here with their scores. */
function issueText(c: DocContext, item: PlannedMeasure): string {
  const lines: string[] = [];
  const indicators = new Set<IndicatorNo>([item.indicator]);
  for (const r of item.reasons)
    if (r.kind !== "custom" && r.kind !== "weak-question") indicators.add(r.indicator);
  for (const no of indicators) {
    const row = c.analysis.indicators.find((i) => i.no === no);
    const phrases = item.reasons
      .filter((r) => r.kind !== "custom" && r.kind !== "weak-question" && r.indicator === no)
      .map((r) => reasonPhrase(c, r))
      .filter((p): p is string => p !== undefined);
    const scoreText =
      row?.to !== undefined ? say(c, "DOC_ISSUE_SCORE", { score: score(c, row.to) }) : "";
    lines.push(indicatorLabel(c, no));
    // "ได้ 89.40 คะแนน ลดลงจาก…" / "Scored 89.40, down from…".
    const detail = [scoreText, joinList(c, phrases)]
      .filter((p) => p !== "")
      .join(c.options.lang === "en" ? ", " : " ");
    if (detail) lines.push(detail);
  }
  // Items with the same score share a line: "ข้อ i4 และ i6 ได้ 80.00 คะแนน"; OIT items at 0 are
  // disclosure items that did not pass: "ข้อ O3 O8 และ O14 ไม่ผ่านเกณฑ์".
  const byScore = new Map<string, string[]>();
  for (const r of item.reasons)
    if (r.kind === "weak-question") {
      const key = r.code.startsWith("o") && r.score <= 0 ? FAILED : score(c, r.score);
      byScore.set(key, [...(byScore.get(key) ?? []), displayCode(r.code)]);
    }
  for (const [value, codes] of byScore) {
    const code = joinList(c, codes);
    const one = codes.length === 1;
    lines.push(
      value === FAILED
        ? say(c, one ? "DOC_ISSUE_ITEM_FAILED" : "DOC_ISSUE_ITEMS_FAILED", { code })
        : say(c, one ? "DOC_ISSUE_ITEM" : "DOC_ISSUE_ITEMS", { code, score: value })
    );
  }
  // Each line starts the cell's own statement: in English with a capital.
  return lines.map((line) => capitalised(c, line)).join("\n");
}

/** Key of the OIT items that did not pass, among the scores of an issue's items. */
const FAILED = "failed";

function plannedRow(c: DocContext, item: PlannedMeasure): DocMeasureRow {
  return {
    indicator: item.indicator,
    keepLevel: item.keepLevel,
    issue: issueText(c, item),
    title: textOut(item.title, c.options),
    steps: textOut(numberedSteps(item.steps), c.options),
    period: textOut(
      measurePeriod(item, c.plan, { lang: c.options.lang, era: c.options.era }).text,
      c.options
    ),
    // Joined as a sentence joins them ("กองคลัง (งานพัสดุ) และหน่วยตรวจสอบภายใน"): the measures
    // sheet keeps ", " because its cells are read back and split.
    responsible: joinList(c, collapseUnits(item.responsible)),
    target: textOut(item.target, c.options),
  };
}

export function measureRows(c: DocContext): DocMeasureRow[] {
  const items = c.weaknessesOnly ? c.plan.items.filter((m) => !m.keepLevel) : c.plan.items;
  return items.map((item) => plannedRow(c, item));
}

export function renderMeasures(c: DocContext): void {
  const { w } = c;
  const next = year(c, c.analysis.to + 1);
  // The measures table starts a page of its own, as published measures do.
  w.newPage();
  w.heading(say(c, "DOC_SECTION_MEASURES", { year: next }));
  const rows = measureRows(c);
  if (rows.length === 0) {
    w.paragraph(say(c, "DOC_MEASURES_NONE"));
    return;
  }
  w.paragraph(
    say(c, c.weaknessesOnly ? "DOC_MEASURES_LEAD_WEAK" : "DOC_MEASURES_LEAD_ALL", { org: org(c) })
  );
  w.caption(say(c, "DOC_TABLE5_CAPTION", { year: next, no: tableNo(c, "measures") }));
  const h = STYLES.header;
  const header = w.tableRow([
    { value: say(c, "DOC_COL_NO"), style: h },
    { value: say(c, "DOC_COL_ISSUE"), span: 3, style: h },
    { value: say(c, "DOC_COL_MEASURE_STEPS"), span: 4, style: h },
    { value: say(c, "DOC_COL_PERIOD_RESPONSIBLE"), span: 2, style: h },
  ]);
  w.repeatRows(header);
  rows.forEach((row, i) => {
    w.tableRow([
      { value: formatNumber(i + 1, c.options), style: STYLES.centre },
      { value: row.issue, span: 3 },
      { value: measureCell(row), span: 4 },
      { value: `${row.period}\n${row.responsible}`, span: 2 },
    ]);
  });
}

/**
 * The measure's name with its numbered steps under it, in one wide cell: four narrow columns
 * (name, steps, period, units) made a measure take most of a page; so it takes about a third.
 * The follow-up target, where the measure has one, is its last line.
 */
function measureCell(row: DocMeasureRow): string {
  return [row.title, row.steps, row.target].filter((s) => s !== "").join("\n");
}
