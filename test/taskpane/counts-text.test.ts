/**
 * The pane's line on how many indicators rose, held and fell: only counts above zero, joined the
 * way each language lists things (no "คงที่ 0").
 */
import { countsText } from "../../src/taskpane/components/Summary";
import { translator } from "../../src/taskpane/i18n";

describe("indicator counts in the pane's summary", () => {
  it("names only the counts above zero, Thai with และ before the last", () => {
    const th = translator("th");
    expect(countsText(th, { up: 7, same: 0, down: 3 }, "th")).toBe(
      "เทียบกับปีก่อน คะแนนเพิ่มขึ้น 7 ตัวชี้วัด และคะแนนลดลง 3 ตัวชี้วัด"
    );
    expect(countsText(th, { up: 8, same: 1, down: 1 }, "th")).toBe(
      "เทียบกับปีก่อน คะแนนเพิ่มขึ้น 8 ตัวชี้วัด คะแนนเท่าเดิม 1 ตัวชี้วัด และคะแนนลดลง 1 ตัวชี้วัด"
    );
    expect(countsText(th, { up: 10, same: 0, down: 0 }, "th")).not.toMatch(/ 0 /);
  });

  it("writes English lists with commas and and", () => {
    const en = translator("en");
    expect(countsText(en, { up: 2, same: 1, down: 7 }, "en")).toBe(
      "Indicators against the year before: 2 up, 1 unchanged, and 7 down."
    );
    expect(countsText(en, { up: 0, same: 0, down: 10 }, "en")).toBe(
      "Indicators against the year before: 10 down."
    );
  });
});
