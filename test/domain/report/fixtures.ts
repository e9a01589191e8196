/**
 * Books for the report tests: the figures of reference reports 000 and 003 (facts only), plus
 * helpers to render them through the real analysis.
 */
import { analyze } from "../../../src/domain/analyze";
import type { Analysis, ScoreBook } from "../../../src/domain/model";
import { renderAnalysis, type RenderOptions } from "../../../src/domain/report";
import type { SheetKey, SheetSpec, WorkbookSpec } from "../../../src/domain/spec";
import { bookOf, type QuestionInput } from "../../support/book";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../../support/seed-figures";
export { INDICATORS_000_2568, INDICATORS_003_2568 };

export const ORG_000 = {
  name: "องค์การบริหารส่วนตำบลเมืองใหม่",
  district: "ศรีบุญเรือง",
  province: "หนองบัวลำภู",
};

export const QUESTIONS_000_2568: Record<string, QuestionInput> = {
  i1: 100,
  i2: 100,
  i3: 100,
  i4: 97.3,
  i5: 100,
  e1: [100, 100],
  e2: [99.5, 100],
  e5: [98.5, 100],
  e8: [98, 100],
};

/** Seed 000: last year's overall only, this year's overall, indicators and questions. */
export function seed000(): ScoreBook {
  return bookOf(
    {
      2567: { overall: 96.67 },
      2568: { overall: 99.8, indicators: INDICATORS_000_2568, questions: QUESTIONS_000_2568 },
    },
    { organization: ORG_000 }
  );
}

/** Seed 003: one year, indicators only (tools and overall are computed). */
export function seed003(): ScoreBook {
  return bookOf(
    { 2568: { indicators: INDICATORS_003_2568 } },
    {
      organization: { name: "องค์การบริหารส่วนตำบลคำเนียม", district: "กันทรารมย์", province: "ศรีสะเกษ" },
    }
  );
}

/** Two full years with indicators both years (tools computed), questions, a benchmark. */
export function twoFullYears(): ScoreBook {
  return bookOf(
    {
      2567: {
        overall: 96.67,
        indicators: {
          1: 100,
          2: 98,
          3: 100,
          4: 99,
          5: 100,
          6: 99.5,
          7: 99.5,
          8: 98,
          9: 95,
          10: 100,
        },
        questions: { i4: 98, e5: [97, 100] },
      },
      2568: {
        overall: 99.8,
        indicators: INDICATORS_000_2568,
        questions: { i4: 97.3, e5: [98.5, 100], e2: [99.5, 100] },
      },
    },
    { organization: ORG_000, benchmarks: [{ year: 2568, overall: 90.12 }] }
  );
}

export const TH: RenderOptions = {
  lang: "th",
  thaiDigits: false,
  era: "be",
  existingSheetNames: ["ข้อมูล"],
};

export function render(
  book: ScoreBook,
  options: Partial<RenderOptions> = {}
): { analysis: Analysis; spec: WorkbookSpec } {
  const analysis = analyze(book);
  return { analysis, spec: renderAnalysis(analysis, { ...TH, ...options }) };
}

export function sheetOf(spec: WorkbookSpec, key: SheetKey): SheetSpec {
  const sheet = spec.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`No ${key} sheet`);
  return sheet;
}

/** The cell at an A1 address ("E6"). */
export function at(sheet: SheetSpec, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
}

/** Every text of a sheet, joined, for searching. */
export function allText(sheet: SheetSpec): string {
  return sheet.rows
    .flat()
    .map((c) => (typeof c?.value === "string" ? c.value : ""))
    .join("\n");
}

/** The texts inside the sheet's print area (what goes on paper), one per line. */
export function printedText(sheet: SheetSpec): string {
  const last = Number(/\d+$/.exec(sheet.print.printArea!)![0]) - 1;
  return allText({ ...sheet, rows: sheet.rows.slice(0, last + 1) });
}
