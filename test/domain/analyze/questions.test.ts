import { analyze } from "../../../src/domain/analyze";
import { codeOrder, questionScore } from "../../../src/domain/analyze/questions";
import { bookOf, question } from "../../support/book";

describe("questions of the `to` year", () => {
  const a = analyze(
    bookOf({
      2567: { questions: { i4: 90, i5: 100, e2: [95, 99], o3: 100 } },
      2568: {
        questions: { i4: 97.3, i5: 80, i6: 100, e2: [99.5, 84], e5: [98.5, 100], o3: 0, o12: 100 },
      },
    })
  );

  it("come weakest first, judged by the single score or the lower EIT part", () => {
    expect(a.questions.map((q) => [q.code, q.score])).toEqual([
      ["o3", 0],
      ["i5", 80],
      ["e2", 84],
      ["i4", 97.3],
      ["e5", 98.5],
      ["i6", 100],
      ["o12", 100],
    ]);
  });

  it("keep the parts, the indicator and the threshold flag", () => {
    expect(a.questions.find((q) => q.code === "e2")).toMatchObject({
      tool: "EIT",
      indicator: 6,
      score: 84,
      part1: 99.5,
      part2: 84,
      belowThreshold: true,
    });
    expect(a.questions.filter((q) => q.belowThreshold).map((q) => q.code)).toEqual([
      "o3",
      "i5",
      "e2",
    ]);
  });

  it("compare a code across years only when both frameworks define the same list", () => {
    // 2567 and 2568 share the IIT/EIT lists but not OIT (o1–o43 against o1–o26).
    expect(a.questions.find((q) => q.code === "i4")).toMatchObject({
      scores: { 2567: 90, 2568: 97.3 },
      diff: 7.3,
      direction: "up",
    });
    expect(a.questions.find((q) => q.code === "e2")).toMatchObject({ from: 95, diff: -11 });
    const o3 = a.questions.find((q) => q.code === "o3")!;
    expect(o3.scores).toEqual({ 2568: 0 });
    expect(o3.diff).toBeUndefined();
  });

  it("list the ones that fell, largest fall first, only falls", () => {
    expect(a.questionsFallen.map((q) => [q.code, q.diff])).toEqual([
      ["i5", -20],
      ["e2", -11],
    ]);
  });

  it("break ties in code order: i, e, o, then by number", () => {
    const b = analyze(
      bookOf({ 2568: { questions: { o2: 50, e10: 50, e9: 50, i12: 50, i3: 50 } } })
    );
    expect(b.questions.map((q) => q.code)).toEqual(["i3", "i12", "e9", "e10", "o2"]);
    expect(["o1", "e2", "i10", "i9"].sort(codeOrder)).toEqual(["i9", "i10", "e2", "o1"]);
  });

  it("take the only part present, and put questions without a score last", () => {
    const q = question("e1", [70, 90], 2568, 0, 0);
    expect(questionScore(q)).toBe(70);
    expect(questionScore({ ...q, part1: undefined })).toBe(90);
    expect(questionScore({ ...q, part1: undefined, part2: undefined })).toBeUndefined();
    const book = bookOf({ 2568: { questions: { i1: 90, e1: [70, 90] } } });
    book.years[0].questions.unshift({ code: "i2", prefix: "i", number: 2, tool: "IIT" });
    expect(analyze(book).questions.map((q) => q.code)).toEqual(["e1", "i1", "i2"]);
  });
});

describe("large input", () => {
  // Speed is measured by `npm run bench`, not by timed unit tests.
  it("analyses 10,000 questions per year", () => {
    const questions = (offset: number) =>
      Object.fromEntries(
        Array.from({ length: 10_000 }, (_, i) => [
          `${"ieo"[i % 3]}${i + 1}`,
          (i * 37 + offset) % 101,
        ])
      );
    const book = bookOf({ 2567: { questions: questions(5) }, 2568: { questions: questions(0) } });
    const a = analyze(book);
    expect(a.questions).toHaveLength(10_000);
    expect(a.questionsFallen.length).toBeGreaterThan(0);
  });
});
