/**
 * Planning: which catalogue measures to propose from an Analysis, and why.
 *
 * Rules (each proposal keeps every reason that led to it, so one measure appears once):
 * - an indicator below the threshold gets all its improvement measures (priorities 1–3);
 * - the weakest indicator of each tool, and every indicator that fell, gets its priority-1
 *   measure — unless it scored full marks (a tool at 100 everywhere has nothing to improve);
 * - weak questions of the assessed year: every question below the threshold, plus the lowest
 *   few (default 3) that are under full marks; each gets the measures that answer its code in
 *   that year's framework, or a general measure for that item, written from its wording;
 * - a measure that names items is never proposed when every named item the analysis scored
 *   got full marks: its finding would contradict the agency's own scores;
 * - unless weaknessesOnly, every scored indicator at or above the threshold that no measure above
 *   covers gets a keep-the-level measure of its own, so the plan covers all ten indicators.
 * Order: by indicator, then the strongest reason (below threshold first), then catalogue priority.
 */
import type { Lang } from "../messages/format";
import { codeIndicator } from "../ita/questions";
import type { IndicatorNo } from "../ita/types";
import type { Analysis, IndicatorResult, QuestionResult } from "../model";
import { round2 } from "../numbers";
import { CATALOGUE, frameworkIdFor, measuresForIndicator, measuresForQuestion } from "./catalogue";
import type { CatalogueMeasure, MeasureKind } from "./catalogue-types";
import type { MeasurePlan, PlannedMeasure, PlanOptions, PlanReason } from "./plan-types";
import { generalMeasureFor } from "./general-measure";
import { keepLevelMeasureFor } from "./keep-level";
import { targetText } from "./target";
import { makeTimeline, presetFor, type TimelinePreset } from "./timeline";
import { defaultUnits, orgKindOf, resolveUnit } from "./units";

const FULL_MARKS = 100;
const DEFAULT_WEAK_QUESTIONS = 3;

const REASON_RANK: Record<PlanReason["kind"], number> = {
  "below-threshold": 0,
  fell: 1,
  "weakest-in-tool": 2,
  "weak-question": 3,
  strength: 4,
  custom: 5,
};

interface Proposal {
  measure: CatalogueMeasure;
  reasons: PlanReason[];
  questions: string[];
}

class Proposals {
  readonly byId = new Map<string, Proposal>();

  constructor(private readonly analysis: Analysis) {}

  add(measure: CatalogueMeasure, reason: PlanReason, question?: string): void {
    if (contradictsScores(measure, this.analysis)) return;
    let p = this.byId.get(measure.id);
    if (!p) {
      p = { measure, reasons: [], questions: [] };
      this.byId.set(measure.id, p);
    }
    if (!p.reasons.some((r) => sameReason(r, reason))) p.reasons.push(reason);
    if (question && !p.questions.includes(question)) p.questions.push(question);
  }
}

/**
 * Whether every item the measure names, among those the analysis has a score for, got full
 * marks (No Gift Policy at 100 must not get a measure saying the policy is missing). A measure
 * naming no item, or items without scores, is about its indicator and stays.
 */
export function contradictsScores(measure: CatalogueMeasure, analysis: Analysis): boolean {
  const fw = frameworkIdFor(analysis.to);
  const named = (fw && measure.questions?.[fw]) || [];
  const scores = named
    .map((code) => analysis.questions.find((q) => q.code === code)?.score)
    .filter((s): s is number => s !== undefined);
  return scores.length > 0 && scores.every((s) => s >= FULL_MARKS);
}

function sameReason(a: PlanReason, b: PlanReason): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Improvement measures filed under an indicator, up to a priority. */
function filedUnder(no: IndicatorNo, maxPriority: number): CatalogueMeasure[] {
  return measuresForIndicator(no).filter(
    (m) => m.indicators[0] === no && m.priority <= maxPriority
  );
}

function proposeForIndicators(analysis: Analysis, out: Proposals): void {
  for (const row of analysis.indicators) {
    if (row.to === undefined) continue;
    const score = round2(row.to);
    if (row.belowThreshold)
      for (const m of filedUnder(row.no, 3))
        out.add(m, {
          kind: "below-threshold",
          indicator: row.no,
          score,
          threshold: analysis.threshold,
        });
    if (row.to >= FULL_MARKS) continue;
    if (analysis.weakest.byTool[row.tool] === row.no)
      for (const m of filedUnder(row.no, 1))
        out.add(m, { kind: "weakest-in-tool", indicator: row.no, tool: row.tool, score });
    if (row.direction === "down" && row.from !== undefined && analysis.from !== undefined)
      for (const m of filedUnder(row.no, 1)) out.add(m, fellReason(row, analysis));
  }
}

function fellReason(row: IndicatorResult, analysis: Analysis): PlanReason {
  return {
    kind: "fell",
    indicator: row.no,
    from: round2(row.from ?? 0),
    to: round2(row.to ?? 0),
    diff: round2(row.diff ?? (row.to ?? 0) - (row.from ?? 0)),
    fromYear: analysis.from ?? analysis.to,
    toYear: analysis.to,
  };
}

/** Questions below the threshold plus the lowest `extra` under full marks (weakest first). */
export function weakQuestions(
  analysis: Analysis,
  extra = DEFAULT_WEAK_QUESTIONS
): QuestionResult[] {
  const scored = analysis.questions
    .filter((q) => q.score !== undefined)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const below = scored.filter((q) => q.belowThreshold);
  const lowest = scored
    .filter((q) => !q.belowThreshold && (q.score ?? 0) < FULL_MARKS)
    .slice(0, extra);
  return [...below, ...lowest];
}

function questionIndicator(q: QuestionResult, analysis: Analysis): IndicatorNo | undefined {
  return q.indicator ?? codeIndicator(analysis.to, q.code);
}

function proposeForQuestions(analysis: Analysis, extra: number, out: Proposals): void {
  const ranked = analysis.questions
    .filter((q) => q.score !== undefined)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  for (const q of weakQuestions(analysis, extra)) {
    const indicator = questionIndicator(q, analysis);
    const reason: PlanReason = {
      kind: "weak-question",
      ...(indicator ? { indicator } : {}),
      code: q.code,
      score: round2(q.score ?? 0),
      threshold: analysis.threshold,
      rank: ranked.indexOf(q) + 1,
      below: q.belowThreshold,
    };
    const specific = measuresForQuestion(q.code, analysis.to);
    const chosen =
      specific.length > 0
        ? specific
        : indicator
          ? [generalMeasureFor(q, indicator, analysis.threshold)]
          : [];
    for (const m of chosen) out.add(m, reason, q.code);
  }
}

/** Indicators a proposal is listed under or was proposed for. */
function coveredIndicators(out: Proposals): Set<IndicatorNo> {
  const covered = new Set<IndicatorNo>();
  for (const p of out.byId.values()) {
    covered.add(listedIndicator(p));
    for (const r of p.reasons) {
      const no = reasonIndicator(r);
      if (no !== undefined) covered.add(no);
    }
  }
  return covered;
}

function proposeForStrengths(analysis: Analysis, out: Proposals): void {
  const covered = coveredIndicators(out);
  for (const row of analysis.indicators) {
    if (row.to === undefined || row.belowThreshold || covered.has(row.no)) continue;
    const m = keepLevelMeasureFor(row);
    if (m) out.add(m, { kind: "strength", indicator: row.no, score: round2(row.to) });
  }
}

function reasonIndicator(r: PlanReason): IndicatorNo | undefined {
  return r.kind === "custom" ? undefined : r.indicator;
}

/** The indicator a proposal is listed under: its filing indicator if a reason concerns it. */
function listedIndicator(p: Proposal): IndicatorNo {
  const concerned = p.reasons.map(reasonIndicator).filter((n): n is IndicatorNo => n !== undefined);
  if (concerned.length === 0 || concerned.includes(p.measure.indicators[0]))
    return p.measure.indicators[0];
  return Math.min(...concerned) as IndicatorNo;
}

interface UnitContext {
  kind: ReturnType<typeof orgKindOf>;
  list: readonly string[];
  lang: Lang;
}

function toPlanned(p: Proposal, fy: number, units: UnitContext): PlannedMeasure {
  const m = p.measure;
  const lang = units.lang;
  const responsible = [
    ...new Set(m.responsible.map((id) => resolveUnit(id, units.kind, units.list, lang))),
  ];
  return {
    key: m.id,
    measureId: m.id,
    indicator: listedIndicator(p),
    questions: p.questions,
    kind: m.kind,
    keepLevel: m.keepLevel === true,
    title: m.title[lang],
    finding: m.finding[lang],
    steps: m.steps.map((s) => s[lang]),
    responsible,
    timeline: makeTimeline(presetFor(m.timeline, fy), { lang }),
    followUp: m.followUp[lang],
    target: targetText(m.target, lang),
    reasons: [...p.reasons].sort((a, b) => REASON_RANK[a.kind] - REASON_RANK[b.kind]),
  };
}

const CATALOGUE_ORDER = new Map(CATALOGUE.map((m, i) => [m.id, i]));

function bestRank(item: PlannedMeasure): number {
  return Math.min(...item.reasons.map((r) => REASON_RANK[r.kind]));
}

/** By indicator, then strongest reason, then catalogue priority and order; custom ones last. */
export function compareItems(a: PlannedMeasure, b: PlannedMeasure): number {
  const prio = (m: PlannedMeasure) =>
    m.measureId ? (CATALOGUE.find((c) => c.id === m.measureId)?.priority ?? 9) : 9;
  const order = (m: PlannedMeasure) => CATALOGUE_ORDER.get(m.measureId ?? "") ?? Infinity;
  return (
    a.indicator - b.indicator ||
    bestRank(a) - bestRank(b) ||
    prio(a) - prio(b) ||
    order(a) - order(b)
  );
}

export function planMeasures(analysis: Analysis, options: PlanOptions): MeasurePlan {
  const out = new Proposals(analysis);
  proposeForIndicators(analysis, out);
  proposeForQuestions(analysis, options.weakQuestions ?? DEFAULT_WEAK_QUESTIONS, out);
  if (options.weaknessesOnly !== true) proposeForStrengths(analysis, out);
  const fiscalYear = analysis.to + 1;
  const orgName = analysis.organization.name;
  const units: UnitContext = {
    kind: orgKindOf(orgName),
    list: options.units ?? defaultUnits(orgName, options.lang),
    lang: options.lang,
  };
  const items = [...out.byId.values()]
    .map((p) => toPlanned(p, fiscalYear, units))
    .sort(compareItems);
  return {
    lang: options.lang,
    assessedYear: analysis.to,
    fiscalYear,
    ...(orgName ? { organization: orgName } : {}),
    threshold: analysis.threshold,
    items,
  };
}

/* ------------------------------------------------------------------ custom measures */

export interface CustomMeasureInput {
  indicator: IndicatorNo;
  title: string;
  steps: string[];
  responsible?: string[];
  /** Default: the whole fiscal year of the plan. */
  timeline?: TimelinePreset;
  followUp?: string;
  /** The target as the user writes it. */
  target?: string;
  finding?: string;
  questions?: string[];
  kind?: MeasureKind;
}

/** FNV-1a, 8 hex digits: a short stable key from the title. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * A measure the user adds. Its key ("custom-9-1a2b3c4d") is derived from indicator and title so
 * it is the same on every run; a clash with `plan`'s keys gets a numeric suffix.
 */
export function customMeasure(plan: MeasurePlan, input: CustomMeasureInput): PlannedMeasure {
  const base = `custom-${input.indicator}-${shortHash(input.title.trim())}`;
  const taken = new Set(plan.items.map((i) => i.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return {
    key,
    indicator: input.indicator,
    questions: (input.questions ?? []).map((q) => q.toLowerCase()),
    kind: input.kind ?? "measure",
    keepLevel: false,
    title: input.title.trim(),
    finding: input.finding ?? "",
    steps: input.steps.map((s) => s.trim()).filter((s) => s !== ""),
    responsible: input.responsible ?? [],
    timeline: makeTimeline(input.timeline ?? { kind: "fiscalYear", fy: plan.fiscalYear }, {
      lang: plan.lang,
    }),
    followUp: input.followUp ?? "",
    target: input.target ?? "",
    reasons: [{ kind: "custom" }],
  };
}

/** The plan with one more item, kept in plan order. */
export function withMeasure(plan: MeasurePlan, item: PlannedMeasure): MeasurePlan {
  return {
    ...plan,
    items: [...plan.items.filter((i) => i.key !== item.key), item].sort(compareItems),
  };
}
