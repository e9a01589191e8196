/** The small parsers: text, scores, years, indicator names, tools, question codes. */
import { normaliseText, compactText } from "../../../src/domain/thai/text";
import { parseScore } from "../../../src/domain/read/cells";
import { findTitleYear, findYear } from "../../../src/domain/read/years";
import {
  matchIndicatorName,
  resolveIndicator,
  splitIndicatorLabel,
} from "../../../src/domain/read/indicators";
import { editDistance } from "../../../src/domain/read/names";
import { parseQuestionCode, questionCodeOf } from "../../../src/domain/read/questions";
import { questionIndicator as frameworkIndicator } from "../../../src/domain/ita/questions";
import { benchmarkOf, isOverallLabel, matchTool } from "../../../src/domain/read/overall-tools";

describe("normaliseText", () => {
  it("strips zero-width characters, collapses spaces, reads Thai digits, composes sara am", () => {
    expect(normaliseText("  การใช้\u200Bอำนาจ \n\u00A0 ๙๙.๘๐ ")).toBe("การใช้อำนาจ 99.80");
    expect(normaliseText("การใช้อ\u0E4D\u0E32นาจ")).toBe("การใช้อำนาจ");
    expect(compactText("EIT  ส่วนที่ ๑")).toBe("eitส่วนที่1");
  });
});

describe("parseScore", () => {
  it.each([
    [99.8, { kind: "number", value: 99.8, fromText: false }],
    ["๙๙.๘๐", { kind: "number", value: 99.8, fromText: true }],
    ["99.8", { kind: "number", value: 99.8, fromText: true }],
    [" 100 ", { kind: "number", value: 100, fromText: true }],
    ["99,80", { kind: "number", value: 99.8, fromText: true }],
    ["", { kind: "blank" }],
    ["-", { kind: "missing" }],
    ["–", { kind: "missing" }],
    ["N/A", { kind: "missing" }],
    ["ดีมาก", { kind: "text", text: "ดีมาก" }],
  ])("%p", (value, expected) => expect(parseScore(value)).toEqual(expected));
});

describe("years", () => {
  it.each([
    [2568, 2568],
    ["2568", 2568],
    ["ปี 2568", 2568],
    ["พ.ศ.2568", 2568],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๘", 2568],
    ["ปีงบประมาณ 2568", 2568],
    ["คะแนนปี 2567 (ร้อยละ)", 2567],
    ["ปี 67", 2567],
  ])("%p -> %p", (value, year) => expect(findYear(value)).toEqual({ year }));

  it("converts Common Era years and says so", () => {
    expect(findYear(2025)).toEqual({ year: 2568, ce: 2025 });
    expect(findYear("ปี 2024")).toEqual({ year: 2567, ce: 2024 });
  });

  it("names no year for scores, several years, or none", () => {
    expect(findYear(99.8)).toBeUndefined();
    expect(findYear("ปี 2567 และ 2568")).toBeUndefined();
    expect(findYear("คะแนน")).toBeUndefined();
  });

  it("finds a title's fiscal year", () => {
    expect(findTitleYear("รายงานผล ITA ประจำปีงบประมาณ พ.ศ.๒๕๖๘")).toBe(2568);
    expect(findTitleYear("เมื่อวันที่ 15 สิงหาคม")).toBeUndefined();
  });
});

describe("indicator names", () => {
  it.each([
    ["การปฏิบัติหน้าที่", 1],
    ["การปฏิบัติงานหน้าที่", 1],
    ["การแก้ไขปัญหา การทุจริต", 5],
    ["การแก้ปัญหาการทุจริต", 5],
    ["การใช้อำนาจ (คะแนน ๑๐๐)", 3],
    ["การใช้ทรัพย์สินของทางราชการ", 4],
    ["คุณภาพ การดำเนินการ", 6],
    ["การปรับปรุงระบบการทำงาน", 8],
  ])("%p is indicator %p (exact)", (name, no) => {
    expect(matchIndicatorName(name)).toEqual({ no, exact: true });
  });

  it("guesses small typos within the bound and refuses far names", () => {
    expect(matchIndicatorName("การใช้งบประมาน")).toEqual({ no: 2, exact: false });
    expect(matchIndicatorName("ประสิทธิภาพการสื่อสร")).toEqual({ no: 7, exact: false });
    expect(matchIndicatorName("การไม่ส่งมอบ")).toBeUndefined();
    expect(matchIndicatorName("การให้บริการของราชการ")).toBeUndefined();
  });

  it("bounded edit distance gives up early", () => {
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("abc", "xyzxyz", 1)).toBe(2);
  });

  it.each([
    ["1", true, { no: 1, name: "", sub: false }],
    ["๑", true, { no: 1, name: "", sub: false }],
    ["ตัวชี้วัดที่ ๑", false, { no: 1, name: "", sub: false }],
    ["1. การปฏิบัติหน้าที่", false, { no: 1, name: "การปฏิบัติหน้าที่", sub: false }],
    ["ตัวชี้วัดที่ 3 การใช้อำนาจ", false, { no: 3, name: "การใช้อำนาจ", sub: false }],
    ["5.การแก้ไข ปัญหาการ ทุจริต", false, { no: 5, name: "การแก้ไข ปัญหาการ ทุจริต", sub: false }],
    ["9.1 ข้อมูลพื้นฐาน", false, { name: "9.1 ข้อมูลพื้นฐาน", sub: true }],
    ["1", false, { name: "1", sub: false }],
  ])("splits %p (bare %p)", (text, bare, expected) => {
    expect(splitIndicatorLabel(text, bare)).toEqual(expected);
  });

  it("number and name: a name that matches nothing never overrides the number", () => {
    expect(resolveIndicator(3, "การไม่ส่งมอบ")).toEqual({ no: 3, guessed: false });
    expect(resolveIndicator(4, "การให้บริการของราชการ")).toEqual({ no: 4, guessed: false });
    expect(resolveIndicator(undefined, "การใช้อำนาจ")).toEqual({ no: 3, guessed: false });
    expect(resolveIndicator(2, "การใช้อำนาจ")).toEqual({ no: 3, guessed: true });
  });
});

describe("tools, overall and benchmarks", () => {
  it.each([
    ["IIT", { tool: "IIT" }],
    ["คะแนน IIT", { tool: "IIT" }],
    ["ETT", { tool: "EIT" }],
    ["แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (ด้าน IIT)", { tool: "IIT" }],
    ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", { tool: "EIT" }],
    ["EIT ส่วนที่ 1", { tool: "EIT", part: 1 }],
  ])("%p", (text, expected) => expect(matchTool(text)).toEqual(expected));

  it("does not see a tool inside other words", () => {
    expect(matchTool("ผลการประเมิน ITA")).toBeUndefined();
    expect(matchTool("การเปิดเผยข้อมูล")).toBeUndefined();
  });

  it.each(["ภาพรวมหน่วยงาน", "คะแนนรวม", "คะแนนภาพรวม", "ผลคะแนนรวม", "ภาพรวม"])(
    "%p is the organisation's overall",
    (label) => {
      expect(isOverallLabel(label)).toBe(true);
      expect(benchmarkOf(label)).toBeUndefined();
    }
  );

  it.each([
    ["ภาพรวมระดับประเทศ", "national"],
    ["ค่าเฉลี่ยระดับประเทศ", "national"],
    ["ภาพรวมจังหวัดศรีสะเกษ", "province"],
    ["ภาพรวม อปท.", "group"],
  ])("%p is a %p benchmark", (label, kind) => expect(benchmarkOf(label)).toBe(kind));
});

describe("question codes", () => {
  it.each([
    ["i4", "i4", "IIT", 4],
    ["ข้อ i4", "i4", "IIT", 4],
    ["e5", "e5", "EIT", 5],
    ["O๑๒", "o12", "OIT", 12],
    ["o12", "o12", "OIT", 12],
    ["O 12", "o12", "OIT", 12],
  ])("%p -> %p", (text, code, tool, number) => {
    expect(parseQuestionCode(text)).toMatchObject({ code, tool, number });
  });

  it("keeps wording after the code and rejects words", () => {
    expect(parseQuestionCode("i2 การปฏิบัติงานอย่างเป็นธรรม")?.text).toBe("การปฏิบัติงานอย่างเป็นธรรม");
    expect(parseQuestionCode("iit")).toBeUndefined();
    expect(parseQuestionCode("e-service")).toBeUndefined();
  });

  it("reads the Thai zero typed for the letter O only from a raw Thai-digit cell", () => {
    const of = (raw: unknown) =>
      questionCodeOf(raw, typeof raw === "string" ? normaliseText(raw) : "");
    expect(of("๐๑๒ รายงานผลการดำเนินงาน")).toMatchObject({
      code: "o12",
      text: "รายงานผลการดำเนินงาน",
    });
    expect(of("๐๕")).toMatchObject({ code: "o5" });
    expect(of("012")).toBeUndefined();
    expect(of("๐.๕")).toBeUndefined();
    expect(of("๐๑๒๓")).toBeUndefined();
    expect(of(12)).toBeUndefined();
  });

  it("maps a code to the year's framework indicator", () => {
    expect(frameworkIndicator(2568, "i", 4)).toBe(2);
    expect(frameworkIndicator(2568, "o", 21)).toBe(10);
    expect(frameworkIndicator(2565, "i", 20)).toBe(4);
    expect(frameworkIndicator(2568, "i", 40)).toBeUndefined();
  });
});
