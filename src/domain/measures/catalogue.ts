/** Look-ups over the catalogue of measures (catalogue-data.ts). */
import type { IndicatorNo, Year } from "../ita/types";
import { frameworkFor } from "../ita/frameworks";
import { CATALOGUE } from "./catalogue-data";
import type { CatalogueMeasure, FrameworkId } from "./catalogue-types";

export { CATALOGUE };
export type { Bilingual, CatalogueMeasure, FrameworkId, MeasureKind } from "./catalogue-types";

const BY_ID = new Map(CATALOGUE.map((m) => [m.id, m]));

export function measureById(id: string): CatalogueMeasure | undefined {
  return BY_ID.get(id);
}

/**
 * Catalogue question list whose codes mean the same in a fiscal year ("2561-2563" has none).
 * 2569 keeps 2568's IIT/EIT codes but renumbers OIT, so its OIT codes match no list.
 */
export function frameworkIdFor(year: Year, prefix?: string): FrameworkId | undefined {
  const id = frameworkFor(year).id;
  if (id === "2564-2565" || id === "2566-2567") return id;
  if (id === "2568-" || (id === "2569-" && prefix !== "o")) return "2568-";
  return undefined;
}

/** Improvement measures of an indicator (not keep-level), by priority then catalogue order. */
export function measuresForIndicator(no: IndicatorNo): CatalogueMeasure[] {
  return CATALOGUE.filter((m) => !m.keepLevel && m.indicators.includes(no)).sort(
    (a, b) =>
      Number(a.indicators[0] !== no) - Number(b.indicators[0] !== no) || a.priority - b.priority
  );
}

/** Keep-the-level measures that cover an indicator. */
export function keepLevelMeasuresFor(no: IndicatorNo): CatalogueMeasure[] {
  return CATALOGUE.filter((m) => m.keepLevel && m.indicators.includes(no));
}

/** Measures that answer a question code in the framework of `year`. */
export function measuresForQuestion(code: string, year: Year): CatalogueMeasure[] {
  const wanted = code.toLowerCase();
  const fw = frameworkIdFor(year, wanted[0]);
  if (!fw) return [];
  return CATALOGUE.filter((m) => m.questions?.[fw]?.includes(wanted));
}
