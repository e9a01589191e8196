/** What the command line prints: problems one per line with their cell, and the summary. */
import type { Lang } from "../domain/messages";
import { t } from "../domain/messages";
import type { Analysis } from "../domain/model";
import type { RunResult } from "../domain/pipeline";
import type { Problem } from "../domain/problems";
import { beToCe } from "../domain/thai/years";
import { TOOLS } from "../domain/ita/types";
import { LEVEL_GLOSS_EN } from "../domain/ita/levels";
import type { AnalyzeArgs } from "./args";
import { fixed2 } from "../domain/numbers";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** "error 'คะแนน'!D8: …" — the cell first, so the user can find it. */
export function formatProblem(lang: Lang, p: Problem): string {
  const where = p.cell ? ` ${p.cell}` : "";
  return `  ${t(lang, `cli.severity.${p.severity}`)}${where}: ${t(lang, p.code, p.params)}`;
}

function sorted(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export function printInputProblems(io: CliIo, lang: Lang, problems: readonly Problem[]): void {
  const errors = problems.filter((p) => p.severity === "error").length;
  io.err(t(lang, "cli.inputProblems", { count: errors }));
  for (const p of sorted(problems)) io.err(formatProblem(lang, p));
}

export function printSummary(
  io: CliIo,
  args: AnalyzeArgs,
  result: Extract<RunResult, { ok: true }>,
  created: readonly string[]
): void {
  const { lang } = args;
  io.out(t(lang, "cli.written", { path: args.output }));
  io.out(t(lang, "cli.sheetsAdded", { value: created.join(", ") }));
  if (args.json) io.out(t(lang, "cli.jsonWritten", { path: args.json }));
  const year = (y: number) => (args.era === "ce" ? beToCe(y) : y);
  io.out(overallLine(result.analysis, lang, year));
  io.out(t(lang, "cli.weakestHeading", { year: year(result.analysis.to) }));
  for (const line of weakestLines(result.analysis, lang)) io.out(line);
  const notes = result.problems.filter((p) => p.severity !== "error");
  if (notes.length > 0) {
    io.out(t(lang, "cli.problemsHeading", { count: notes.length }));
    for (const p of sorted(notes)) io.out(formatProblem(lang, p));
  }
}

const fmt = (n: number | undefined) => (n === undefined ? "–" : fixed2(n));
const signed = (n: number | undefined) =>
  n === undefined ? "–" : `${n > 0 ? "+" : ""}${fixed2(n)}`;

function overallLine(a: Analysis, lang: Lang, year: (y: number) => number): string {
  const o = a.overall;
  const thai = o.level[a.to];
  const level = thai === undefined ? "–" : lang === "en" ? (LEVEL_GLOSS_EN[thai] ?? thai) : thai;
  if (a.from === undefined || o.from === undefined)
    return t(lang, "cli.overallSingle", { year: year(a.to), score: fmt(o.to), level });
  return t(lang, "cli.overallChange", {
    from: year(a.from),
    to: year(a.to),
    fromScore: fmt(o.from),
    toScore: fmt(o.to),
    diff: signed(o.diff),
    pct: signed(o.pctChange),
    level,
  });
}

function weakestLines(a: Analysis, lang: Lang): string[] {
  return TOOLS.flatMap((tool) => {
    const no = a.weakest.byTool[tool];
    const ind = a.indicators.find((i) => i.no === no);
    if (no === undefined || !ind) return [];
    const name = lang === "th" ? ind.name : ind.nameEn;
    return [t(lang, "cli.weakestItem", { tool, no, name, score: fmt(ind.to) })];
  });
}
