/**
 * Result levels, decided from the year's rules (data in frameworks.ts): up to 2565 a letter band
 * of the overall; from 2566 a pass level that also weighs four tool scores — IIT, EIT part 1,
 * EIT part 2 and OIT (see ../shared/ita-domain.md). The engine here and the level formula
 * written into the sheets (report/formulas.ts) both walk the same rules.
 */
import { FRAMEWORKS, frameworkFor } from "./frameworks";
import type { LevelRule, LevelToolKey, Year } from "./types";

/** The pass mark: an overall below it does not pass, in every framework. */
export const PASS_MARK = 85;

/** English glosses of every level label and alias, for English output beside the label. */
export const LEVEL_GLOSS_EN: Record<string, string> = Object.fromEntries(
  FRAMEWORKS.flatMap((f) => f.levels).flatMap((r) => [r.label, ...r.aliases].map((l) => [l, r.en]))
);

/** The rules of a fiscal year, best level first. */
export function levelRules(year: Year): LevelRule[] {
  return frameworkFor(year).levels;
}

/** Which tool scores a year's level weighs, given the ones at hand. */
export interface LevelTools {
  keys: LevelToolKey[];
  /** True when EIT stands in for its two parts because they are unknown. */
  eitForParts: boolean;
}

/**
 * The framework's tool scores, with EIT in place of parts 1 and 2 when either part is unknown;
 * undefined when a tool is missing, so rules that weigh tools cannot be told (only pass/fail).
 * `has` says whether a score is at hand; the engine and the formula writer each ask their own.
 */
export function levelTools(
  year: Year,
  has: (key: LevelToolKey) => boolean
): LevelTools | undefined {
  const wanted = frameworkFor(year).levelTools;
  const partsKnown = has("EIT1") && has("EIT2");
  const eitForParts = wanted.includes("EIT1") && !partsKnown;
  const keys = eitForParts
    ? [...new Set(wanted.map((k) => (k === "EIT1" || k === "EIT2" ? "EIT" : k)))]
    : wanted;
  return keys.every(has) ? { keys, eitForParts } : undefined;
}

/** Whether a rule holds: the overall reaches it and, if it weighs tools, every tool does. */
function meets(rule: LevelRule, overall: number, tools: readonly number[] | undefined): boolean {
  if (overall < rule.overallMin) return false;
  if (rule.toolsMin === undefined) return true;
  return tools !== undefined && tools.length > 0 && Math.min(...tools) >= rule.toolsMin;
}

/** The first rule met, best first. Without tool scores, rules that weigh tools are passed over. */
export function levelOf(rules: readonly LevelRule[], overall: number, tools?: readonly number[]) {
  return (rules.find((r) => meets(r, overall, tools)) ?? rules[rules.length - 1]).label;
}

/** Whether the year's level depends on tool scores at this overall (else the tools are moot). */
export function levelWeighsTools(year: Year, overall: number): boolean {
  return levelRules(year).some((r) => r.toolsMin !== undefined && overall >= r.overallMin);
}

export interface LevelResult {
  label: string;
  /** EIT stood in for its two parts (unknown) in a decision that weighed the tools. */
  eitForParts: boolean;
}

/** A year's level from its overall and the tool scores at hand (EIT1/EIT2 = EIT's parts). */
export function levelFor(
  year: Year,
  overall: number,
  scores: Partial<Record<LevelToolKey, number>>
): LevelResult {
  const tools = levelTools(year, (k) => scores[k] !== undefined);
  const values = tools?.keys.map((k) => scores[k]!);
  return {
    label: levelOf(levelRules(year), overall, values),
    eitForParts: (tools?.eitForParts ?? false) && levelWeighsTools(year, overall),
  };
}
