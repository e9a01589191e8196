/**
 * National average ITA scores as announced by the NACC, built into the analysis as benchmarks
 * (../shared/ita-domain.md, "National results"). A benchmark the user typed always wins.
 * [likely: Thai national press — Nation Thailand and Matichon reports of each announcement]
 */
import type { Year } from "./types";

export interface NationalResult {
  year: Year;
  overall: number;
  /** How the figure was obtained, for the JSON export and for whoever checks it. */
  source: string;
}

export const NATIONAL_AVERAGES: readonly NationalResult[] = [
  { year: 2564, overall: 81.25, source: "national press; also quoted in a reference report" },
  { year: 2565, overall: 87.57, source: "national press; also quoted in a reference report" },
  { year: 2566, overall: 90.19, source: "national press (Nation Thailand, Matichon)" },
  { year: 2567, overall: 93.05, source: "derived: 2568's 93.82 minus the reported +0.77" },
  { year: 2568, overall: 93.82, source: "national press (Nation Thailand, Matichon)" },
];

/** The Thai name of the built-in benchmark (renderers show their own words in each language). */
export const NATIONAL_LABEL_TH = "ค่าเฉลี่ยระดับประเทศ";

export function nationalAverage(year: Year): NationalResult | undefined {
  return NATIONAL_AVERAGES.find((n) => n.year === year);
}
