/**
 * When the reader is unsure it says so with what the "use the selected range" step needs to
 * start from: the region it was reading (sheet and A1 range on that sheet) and both readings,
 * the one it chose first. Figures from seed 000 (indicators 2568) and seed 003.
 */
import { readScoreBook } from "../../../src/domain/read";
import type { Problem } from "../../../src/domain/problems";
import { problemMessages } from "../../../src/domain/messages/problems";
import { fillTemplate } from "../../../src/domain/messages/format";
import { grid } from "./load";

const find = (problems: Problem[], code: string) => problems.find((p) => p.code === code);
const filled = (p: Problem) =>
  (["th", "en"] as const).map((lang) => fillTemplate(problemMessages[p.code][lang], p.params));

describe("an unsure reading carries its region and both readings", () => {
  it("two score columns that cannot be told apart: both columns, the table's range", () => {
    const { problems } = readScoreBook([
      {
        ...grid("ผล ITA", [
          ["ตัวชี้วัด", "คะแนน", "คะแนน"],
          ["การใช้อำนาจ", 100, 99.81],
          ["คุณภาพการดำเนินงาน", 99.92, 98.84],
        ]),
        origin: { row: 4, col: 1 },
      },
    ]);
    const p = find(problems, "YEARS_AMBIGUOUS");
    expect(p?.params).toMatchObject({
      sheet: "ผล ITA",
      range: "B5:D7",
      reading: "score column C5 'คะแนน'",
      otherReading: "score column D5 'คะแนน'",
      first: "'ผล ITA'!C5",
      second: "'ผล ITA'!D5",
    });
  });

  it("two years for one table (header against own title): both years with their cells", () => {
    const { problems } = readScoreBook([
      grid("S", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567"],
        ["ตัวชี้วัด", "คะแนนปี 2568"],
        ["คุณภาพการดำเนินงาน", 99.92],
        ["การเปิดเผยข้อมูล", 100],
      ]),
    ]);
    expect(find(problems, "YEAR_EVIDENCE_CONFLICT")?.params).toMatchObject({
      sheet: "S",
      range: "A2:B4",
      reading: "year 2568 from S!B2",
      otherReading: "year 2567 from S!A1",
    });
  });

  it("two years for one table (own title against the sheet's name)", () => {
    const { problems } = readScoreBook([
      grid("ปี 2567", [
        ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568"],
        ["ตัวชี้วัด", "คะแนน"],
        ["คุณภาพการดำเนินงาน", 99.92],
      ]),
    ]);
    const p = find(problems, "YEAR_SHEET_CONFLICT")!;
    expect(p.params).toMatchObject({
      sheet: "ปี 2567",
      range: "A2:B3",
      reading: "year 2568 from 'ปี 2567'!A1",
      otherReading: "year 2567 from the sheet name 'ปี 2567'",
    });
    expect(filled(p)[0]).toContain("“ปี 2567”");
  });

  it("a table that may or may not be ITA data: both readings, and the message names it", () => {
    const { problems } = readScoreBook([
      grid("S", [
        ["ตัวชี้วัด", "คะแนน ปี 2568"],
        ["การใช้อำนาจ", 99.81],
        [],
        [],
        ["ลำดับ", "รายการ", "คะแนนผลการดำเนินงาน"],
        [1, "งานก่อสร้างถนน", 91],
        [2, "งานประปา", 64],
        ["รวม", "", 77.5],
      ]),
    ]);
    const p = find(problems, "TABLE_NOT_ITA")!;
    expect(p.params).toMatchObject({
      sheet: "S",
      range: "A5:C8",
      reading: "not ITA data",
      otherReading: "ITA scores",
      table: "S!A5:C8",
    });
    expect(filled(p).every((t) => t.includes("S!A5:C8"))).toBe(true);
  });

  it("a table headed like ITA scores whose rows name nothing known is reported, never dropped", () => {
    const { problems } = readScoreBook([
      grid("S", [
        ["ตัวชี้วัด", "คะแนน ปี 2568"],
        ["การใช้อำนาจ", 99.81],
        [],
        ["ข้อคำถาม", "คะแนน ปี 2568"],
        ["Q12 รายงานการกำกับติดตาม", 100],
        ["Q13 รายงานผลการดำเนินงาน", 0],
      ]),
    ]);
    const p = find(problems, "TABLE_ROWS_NOT_RECOGNISED")!;
    expect(p).toMatchObject({ severity: "warning", cell: "S!A4" });
    expect(p.params).toMatchObject({
      sheet: "S",
      range: "A4:B6",
      reading: "no ITA item in any row",
      otherReading: "an ITA score table",
      table: "S!A4:B6",
    });
    expect(filled(p).every((t) => t.includes("S!A4:B6"))).toBe(true);
  });
});
