/**
 * Our wording of questions per fiscal year: every code the seeds' question tables use has our
 * wording or is explicitly unknown, and nothing is borrowed from another year.
 */
import path from "node:path";
import { readScoreBook } from "../../../src/domain/read";
import { questionText, questionWording } from "../../../src/domain/ita/question-texts";
import type { Year } from "../../../src/domain/ita/types";
import { gridsFromWorkbook, readWorkbookFile } from "../../../src/workbook/xlsx";
import { loadGrids } from "../read/load";

const XLSX = path.join(__dirname, "..", "..", "fixtures", "xlsx");

async function questionCodes(file: string, year: Year): Promise<string[]> {
  const grids = gridsFromWorkbook(await readWorkbookFile(path.join(XLSX, file))).grids;
  return codesOf(readScoreBook(grids).book, year);
}

function codesOf(book: ReturnType<typeof readScoreBook>["book"], year: Year): string[] {
  const codes = book.years.find((y) => y.year === year)?.questions.map((q) => q.code) ?? [];
  return [...new Set(codes)];
}

/** Codes whose meaning seeds 000 and 003 and ita-domain.md let us state for 2568. */
const KNOWN_2568 = ["i2", "i4", "i6", "i9", "i12", "i13", "e3", "e5", "e6", "e8", "e9", "o10"];

describe("question wording", () => {
  it("covers every code of the seeds' 2568 question tables: ours, or explicitly unknown", async () => {
    const codes = [
      ...new Set([
        ...(await questionCodes("seed-000-muangmai.xlsx", 2568)),
        ...(await questionCodes("seed-003-khamniam.xlsx", 2568)),
        ...codesOf(readScoreBook(loadGrids("seed000-questions.json")).book, 2568),
      ]),
    ];
    // i1–i15, e1–e9, o1–o20 (and o1–o10 again under indicator 10, as the report lists them).
    expect(codes.length).toBe(15 + 9 + 20);
    for (const code of codes)
      expect([code, questionWording(code, 2568)]).not.toEqual([code, undefined]);
    const known = codes.filter((code) => questionWording(code, 2568)?.known);
    expect(known.sort()).toEqual(KNOWN_2568.filter((c) => codes.includes(c)).sort());
    expect(questionWording("i1", 2568)).toEqual({ known: false });
    // A code the year's questionnaire does not have is neither.
    expect(questionWording("i30", 2568)).toBeUndefined();
    expect(questionWording("o27", 2568)).toBeUndefined();
  });

  it("covers every code of seed 001's 2566 tables; its OIT items have our wording", async () => {
    const codes = [
      ...new Set([
        ...(await questionCodes("layouts/seed-001-combined.xlsx", 2566)),
        ...(await questionCodes("layouts/seed-001-wide.xlsx", 2566)),
      ]),
    ];
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes)
      expect([code, questionWording(code, 2566)]).not.toEqual([code, undefined]);
    for (const code of codes.filter((c) => c.startsWith("o")))
      expect([code, questionWording(code, 2566)?.known]).toEqual([code, true]);
  });

  it("gives the 2566 OIT items seed 001 names, and no 2568 wording to 2566 questions", () => {
    for (const code of ["o12", "o13", "o14", "o15", "o19", "o27", "o30"])
      expect([code, questionWording(code, 2566)?.known]).toEqual([code, true]);
    expect(questionWording("i4", 2566)).toEqual({ known: false });
    expect(questionWording("O12", 2567)?.known).toBe(true);
  });

  it("names only the group where only the group is known (2564 sub-indicators, 2569 topics)", () => {
    expect(questionText("o20", 2564)?.th).toContain("ตัวชี้วัดย่อยที่ 9.3");
    expect(questionText("o36", 2565)?.en).toBe(
      "An item on actions to prevent corruption (sub-indicator 10.1)"
    );
    expect(questionText("o11", 2569)?.en).toBe("An item on procurement");
    expect(questionText("o20", 2569)?.en).toBe("No Gift Policy");
    expect(questionWording("o1", 2569)).toEqual({ known: false });
  });

  it("writes every wording in both languages, Thai in Thai and English without Thai", () => {
    for (const year of [2564, 2565, 2566, 2567, 2568, 2569] as Year[])
      for (const code of ["i", "e", "o"].flatMap((p) =>
        [...Array(43).keys()].map((n) => `${p}${n + 1}`)
      )) {
        const text = questionText(code, year);
        if (!text) continue;
        expect([code, /[\u0E00-\u0E7F]/.test(text.th)]).toEqual([code, true]);
        expect([code, /[\u0E00-\u0E7F]/.test(text.en)]).toEqual([code, false]);
      }
  });
});
