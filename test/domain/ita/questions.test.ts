import { analyze } from "../../../src/domain/analyze";
import { frameworkFor } from "../../../src/domain/ita/frameworks";
import { codeIndicator, questionIndicator } from "../../../src/domain/ita/questions";
import { measuresForQuestion } from "../../../src/domain/measures/catalogue";
import { bookOf } from "../../support/book";

describe("question → indicator maps per fiscal year", () => {
  it.each([
    // year, code, indicator
    [2564, "i6", 1],
    [2564, "o33", 9],
    [2564, "o42", 10],
    [2567, "o30", 9],
    [2567, "o31", 10],
    [2568, "i4", 2],
    [2568, "e9", 8],
    [2568, "o20", 9],
    [2568, "o21", 10],
    [2568, "o25", 10],
    // 2569: OIT renumbered; O20 No Gift Policy now under corruption prevention
    [2569, "o19", 9],
    [2569, "o20", 10],
    [2569, "o25", 10],
    [2569, "o26", 10],
    [2569, "i4", 2],
  ])("%p %s -> indicator %p", (year, code, indicator) => {
    expect(codeIndicator(year, code)).toBe(indicator);
  });

  it("knows no indicator for a code outside the year's list", () => {
    expect(questionIndicator(2569, "o", 27)).toBeUndefined();
    expect(questionIndicator(2562, "i", 1)).toBeUndefined();
  });

  it("keeps 2569 as its own framework", () => {
    expect(frameworkFor(2569).id).toBe("2569-");
    expect(frameworkFor(2568).id).not.toBe(frameworkFor(2569).id);
  });

  it("lets a table's own indicator column win over the code ranges", () => {
    const book = bookOf({ 2569: { questions: { o5: 100, o20: 50 } } });
    // The table grouped o5 under indicator 10 (as one seed does): the analysis keeps it there.
    book.years[0].questions[0].indicator = 10;
    delete book.years[0].questions[1].indicator;
    const byCode = new Map(analyze(book).questions.map((q) => [q.code, q.indicator]));
    expect(byCode.get("o5")).toBe(10);
    expect(byCode.get("o20")).toBe(10);
  });

  it("compares OIT questions only between years with the same list (not 2568 with 2569)", () => {
    const book = bookOf({
      2568: { questions: { i4: 80, o20: 70 } },
      2569: { questions: { i4: 90, o20: 60 } },
    });
    const byCode = new Map(analyze(book).questions.map((q) => [q.code, q]));
    expect(byCode.get("i4")?.diff).toBe(10);
    expect(byCode.get("o20")?.diff).toBeUndefined();
  });

  it("offers question measures for 2569 IIT codes but not for its renumbered OIT codes", () => {
    expect(measuresForQuestion("i4", 2569).map((m) => m.id)).toEqual(
      measuresForQuestion("i4", 2568).map((m) => m.id)
    );
    expect(measuresForQuestion("o21", 2568).length).toBeGreaterThan(0);
    expect(measuresForQuestion("o21", 2569)).toEqual([]);
  });
});
