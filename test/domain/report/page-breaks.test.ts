/** Tables kept whole on a page: a block that would straddle a page break starts the next page. */
import { blockBreaks } from "../../../src/domain/report/comparison/page";

/** Rows of 20 pt each on pages of 100 pt: five rows a page. */
function rows(count: number) {
  const heights: Record<number, number> = {};
  for (let r = 0; r < count; r++) heights[r] = 20;
  return { heights, contentHeight: 20, hasContent: () => true, pageHeight: 100 };
}

describe("blockBreaks", () => {
  it("leaves blocks that fit where they are", () => {
    expect(
      blockBreaks(rows(10), [
        { top: 0, bottom: 1 },
        { top: 3, bottom: 4 },
      ])
    ).toEqual([]);
  });

  it("moves a short table that would leave its last row alone to the next page", () => {
    // Rows 0–1 fill 40 pt; the block 2–5 (80 pt) would end with row 5 alone on page 2.
    expect(
      blockBreaks(rows(10), [
        { top: 0, bottom: 1 },
        { top: 2, bottom: 5 },
      ])
    ).toEqual([2]);
  });

  it("lets a block taller than a page flow on, and counts pages after a break", () => {
    const blocks = [
      { top: 0, bottom: 6 },
      { top: 8, bottom: 11 },
    ];
    // Rows 0–6 take page 1 and two rows of page 2; row 7 a third; 8–11 (80 pt) cannot fit.
    expect(blockBreaks(rows(14), blocks)).toEqual([8]);
  });
});
