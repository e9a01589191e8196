/**
 * Section 6, Table 5: the measures for the next fiscal year, numbered. By default every one of
 * the ten indicators has a row, as the reference reports do: the planned (concrete) measures for
 * the weak ones, and a "keep the level" measure for each strong indicator no measure covers.
 * With `weaknessesOnly`, only the planned measures. The issue column states the scores that
 * motivated each measure.
 */
import type { IndicatorNo, ToolCode } from "../../ita/types";
import type { MessageId } from "../../messages";
import type { PlannedMeasure, PlanReason } from "../../measures/plan-types";
import { numberedSteps } from "../../measures/row-cells";
import { makeTimeline, relabel } from "../../measures/timeline";
import { joinUnits, orgKindOf, resolveUnit, type UnitId } from "../../measures/units";
import { formatNumber, textOut } from "../text";
import { displayCode } from "./analysis";
import { indicatorLabel, joinList, org, say, score, year, type DocContext } from "./context";
import { STYLES } from "./layout";

export interface DocMeasureRow {
  indicator: IndicatorNo;
  keepLevel: boolean;
  issue: string;
  title: string;
  steps: string;
  period: string;
  responsible: string;
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
    const detail = [scoreText, joinList(c, phrases)].filter((p) => p !== "").join(" ");
    if (detail) lines.push(detail);
  }
  // Items with the same score share a line: "ข้อ O3 O8 และ O14 ได้ 0.00 คะแนน".
  const byScore = new Map<string, string[]>();
  for (const r of item.reasons)
    if (r.kind === "weak-question") {
      const key = score(c, r.score);
      byScore.set(key, [...(byScore.get(key) ?? []), displayCode(r.code)]);
    }
  for (const [value, codes] of byScore)
    lines.push(say(c, "DOC_ISSUE_ITEM", { code: joinList(c, codes), score: value }));
  return lines.join("\n");
}

function plannedRow(c: DocContext, item: PlannedMeasure): DocMeasureRow {
  return {
    indicator: item.indicator,
    keepLevel: item.keepLevel,
    issue: issueText(c, item),
    title: textOut(item.title, c.options),
    steps: textOut(numberedSteps(item.steps), c.options),
    period: relabel(item.timeline, {
      lang: c.options.lang,
      thaiDigits: c.options.thaiDigits,
      era: c.options.era,
    }).label,
    responsible: joinUnits(item.responsible),
  };
}

const KEEP_STEPS: Record<ToolCode, MessageId[]> = {
  IIT: ["DOC_KEEP_STEP_REVIEW", "DOC_KEEP_STEP_BRIEF_STAFF", "DOC_KEEP_STEP_REPORT"],
  EIT: ["DOC_KEEP_STEP_REVIEW", "DOC_KEEP_STEP_SERVICE", "DOC_KEEP_STEP_REPORT"],
  OIT: ["DOC_KEEP_STEP_REVIEW", "DOC_KEEP_STEP_WEBSITE", "DOC_KEEP_STEP_REPORT"],
};
const KEEP_UNIT: Record<ToolCode, UnitId> = { IIT: "all", EIT: "all", OIT: "office" };

function keepRow(c: DocContext, no: IndicatorNo, tool: ToolCode, to: number): DocMeasureRow {
  const lang = c.options.lang;
  const orgName = c.analysis.organization.name;
  const units = c.options.report?.units ?? [];
  const fy = c.analysis.to + 1;
  const name = c.analysis.indicators.find((r) => r.no === no);
  return {
    indicator: no,
    keepLevel: true,
    issue: [
      indicatorLabel(c, no),
      `${say(c, "DOC_ISSUE_SCORE", { score: score(c, to) })} ${say(c, "DOC_ISSUE_KEEP", {
        threshold: formatNumber(c.analysis.threshold, c.options),
      })}`,
    ].join("\n"),
    title: say(c, "DOC_KEEP_TITLE", {
      name: lang === "en" ? (name?.nameEn ?? "") : (name?.name ?? ""),
    }),
    steps: textOut(numberedSteps(KEEP_STEPS[tool].map((id) => say(c, id))), c.options),
    period: makeTimeline(
      { kind: "fiscalYear", fy },
      { lang, thaiDigits: c.options.thaiDigits, era: c.options.era }
    ).label,
    responsible: resolveUnit(KEEP_UNIT[tool], orgKindOf(orgName), units, lang),
  };
}

/** Indicators a planned measure is listed under or was proposed for. */
function covered(c: DocContext): Set<IndicatorNo> {
  const out = new Set<IndicatorNo>();
  for (const item of c.plan.items) {
    out.add(item.indicator);
    for (const r of item.reasons) if (r.kind !== "custom" && r.indicator) out.add(r.indicator);
  }
  return out;
}

export function measureRows(c: DocContext): DocMeasureRow[] {
  const rows = c.plan.items.map((item) => plannedRow(c, item));
  if (!c.weaknessesOnly) {
    const done = covered(c);
    for (const r of c.analysis.indicators)
      if (r.to !== undefined && !r.belowThreshold && !done.has(r.no))
        rows.push(keepRow(c, r.no, r.tool, r.to));
  }
  // Stable: by indicator, planned measures in plan order before the keep-the-level row.
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.indicator - b.row.indicator || a.i - b.i)
    .map((x) => x.row);
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
  w.caption(say(c, "DOC_TABLE5_CAPTION", { year: next }));
  const h = STYLES.header;
  const header = w.tableRow([
    { value: say(c, "DOC_COL_NO"), style: h },
    { value: say(c, "DOC_COL_ISSUE"), style: h },
    { value: say(c, "DOC_COL_MEASURE"), style: h },
    { value: say(c, "DOC_COL_STEPS"), span: 3, style: h },
    { value: say(c, "DOC_COL_PERIOD"), style: h },
    { value: say(c, "DOC_COL_RESPONSIBLE"), style: h },
  ]);
  w.repeatRows(header);
  rows.forEach((row, i) => {
    w.tableRow([
      { value: formatNumber(i + 1, c.options), style: STYLES.centre },
      { value: row.issue },
      { value: row.title },
      { value: row.steps, span: 3 },
      { value: row.period, style: STYLES.centre },
      { value: row.responsible },
    ]);
  });
}
