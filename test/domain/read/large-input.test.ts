import { readScoreBook } from "../../../src/domain/read";
import { grid } from "./load";

// Speed is measured by `npm run bench`, not by timed unit tests.
describe("large input", () => {
  it("reads 10,000 question rows", () => {
    const rows: (string | number)[][] = [
      ["ข้อคำถาม", "ตัวชี้วัด", "ปี พ.ศ.", "คะแนน", "คะแนน EIT ส่วนที่ 1", "คะแนน EIT ส่วนที่ 2"],
    ];
    const names = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "คุณภาพการดำเนินงาน"];
    for (let i = 0; i < 10000; i++) {
      const y = 2550 + (Math.floor(i / 200) % 50);
      const prefix = ["i", "e", "o"][i % 3];
      rows.push([
        `ข้อ ${prefix}${(i % 200) + 1}`,
        names[i % names.length],
        y,
        prefix === "e" ? "" : String(90 + (i % 10)),
        prefix === "e" ? "๙๘.๕๐" : "",
        prefix === "e" ? 100 : "",
      ]);
    }
    const { book, problems } = readScoreBook([grid("Q", rows)]);
    const count = book.years.reduce((n, y) => n + y.questions.length, 0);
    expect(count).toBe(10000);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
