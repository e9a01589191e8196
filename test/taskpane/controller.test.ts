/** The controller's pure parts: the run choice from the options and when a result is stale. */
import { analyze } from "../../src/domain/analyze";
import { renderAnalysis } from "../../src/domain/report";
import { sampleBook } from "./support";
import {
  ANALYSIS_SHEET_KINDS,
  isStale,
  runChoice,
  type CreateResult,
  type PaneOptions,
} from "../../src/taskpane/hooks/usePaneController";

const options: PaneOptions = {
  from: 2567,
  to: 2568,
  threshold: "85",
  thaiDigits: false,
  outputLang: "th",
  era: "be",
};

function resultFor(o: PaneOptions): CreateResult {
  const choice = runChoice(o);
  if (!choice) throw new Error("invalid options");
  return {
    analysis: {} as CreateResult["analysis"],
    created: [],
    skipped: [],
    choice,
    warnings: [],
  };
}

describe("pane controller", () => {
  test("the kinds asked about are exactly the kinds an analysis run writes", () => {
    const book = sampleBook();
    const analysis = analyze(book, { threshold: 85 });
    const keys = renderAnalysis(analysis, {
      lang: "th",
      thaiDigits: false,
      era: "be",
      existingSheetNames: [],
      generatedAt: "2025-10-01",
    }).sheets.map((s) => s.key);
    expect([...ANALYSIS_SHEET_KINDS].sort()).toEqual([...new Set(keys)].sort());
  });

  test("the options as the engine takes them; none while they are not valid", () => {
    expect(runChoice(options)).toEqual({
      from: 2567,
      to: 2568,
      threshold: 85,
      thaiDigits: false,
      lang: "th",
      era: "be",
    });
    expect(runChoice({ ...options, threshold: "8a" })).toBeUndefined();
    expect(runChoice({ ...options, from: 2568 })).toBeUndefined();
  });

  test("a result is stale once any option it was made with changes", () => {
    const result = resultFor(options);
    expect(isStale(result, options)).toBe(false);
    expect(isStale(result, { ...options, threshold: "90" })).toBe(true);
    expect(isStale(result, { ...options, threshold: "85.0" })).toBe(false);
    expect(isStale(result, { ...options, outputLang: "en" })).toBe(true);
    expect(isStale(result, { ...options, thaiDigits: true })).toBe(true);
    expect(isStale(result, { ...options, era: "ce" })).toBe(true);
    expect(isStale(result, { ...options, from: undefined })).toBe(true);
    expect(isStale(result, { ...options, threshold: "" })).toBe(true);
  });

  test("a re-run only ever offers the analysis sheets for replacement", () => {
    expect(ANALYSIS_SHEET_KINDS).toEqual([
      "comparison",
      "findings",
      "summary",
      "report",
      "details",
    ]);
  });
});
