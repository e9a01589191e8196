import {
  compare,
  directionOf,
  lowestKey,
  rankDescending,
} from "../../../src/domain/analyze/compare";
import { analyze } from "../../../src/domain/analyze";
import { bookOf } from "../../support/book";

describe("compare: diff, percent change, direction", () => {
  it.each([
    // from, to, diff, pctChange, direction
    [96.67, 99.8, 3.13, 3.24, "up"], // seed 000: the percentage uses the rounded diff
    [99.8, 96.67, -3.13, -3.14, "down"], // negative: -3.13 / 99.8 * 100 = -3.1363
    [10, 12.675, 2.68, 26.8, "up"], // 2.675 rounds half away from zero
    [12.675, 10, -2.68, -21.14, "down"], // and so does -2.675
    [90, 90.004, 0, 0, "same"], // same once rounded to 2 decimals
    [90, 89.996, 0, 0, "same"],
    [80.1, 80.2, 0.1, 0.12, "up"], // 80.2 - 80.1 = 0.10000000000000853 in floating point
  ])("%p -> %p", (from, to, diff, pctChange, direction) => {
    expect(compare({ 2567: from, 2568: to }, 2567, 2568)).toEqual({
      scores: { 2567: from, 2568: to },
      from,
      to,
      diff,
      pctChange,
      direction,
    });
  });

  it("gives no diff when a year is missing, and no percentage from a zero base", () => {
    expect(compare({ 2568: 90 }, 2567, 2568)).toEqual({ scores: { 2568: 90 }, to: 90 });
    expect(compare({ 2568: 90 }, undefined, 2568)).toEqual({ scores: { 2568: 90 }, to: 90 });
    const fromZero = compare({ 2567: 0, 2568: 50 }, 2567, 2568);
    expect(fromZero).toMatchObject({ diff: 50, direction: "up" });
    expect(fromZero.pctChange).toBeUndefined();
  });

  it("directs by sign", () => {
    expect([0.01, 0, -0.01].map(directionOf)).toEqual(["up", "same", "down"]);
  });
});

describe("ranks and ties", () => {
  it("ranks like Excel RANK: ties share, the next rank skips", () => {
    const ranks = rankDescending(
      new Map([
        [1, 90],
        [2, 95],
        [3, 95],
        [4, 80],
        [5, 90],
      ])
    );
    expect([1, 2, 3, 4, 5].map((k) => ranks.get(k))).toEqual([3, 1, 1, 5, 3]);
  });

  it("breaks a tie for the lowest score by the lowest key", () => {
    expect(
      lowestKey(
        new Map([
          [9, 80],
          [3, 80],
          [5, 81],
        ])
      )
    ).toBe(3);
    expect(lowestKey(new Map())).toBeUndefined();
  });

  it("ranks indicators by the `to` score and counts directions of those with both years", () => {
    const a = analyze(
      bookOf({
        2567: { indicators: { 1: 90, 2: 90, 3: 80, 4: 70 } },
        2568: { indicators: { 1: 100, 2: 100, 3: 80, 4: 60, 5: 99 } },
      })
    );
    expect(a.indicators.map((i) => [i.no, i.rank, i.direction])).toEqual([
      [1, 1, "up"],
      [2, 1, "up"],
      [3, 4, "same"],
      [4, 5, "down"],
      [5, 3, undefined],
    ]);
    expect(a.counts).toEqual({ up: 2, same: 1, down: 1 });
    expect(a.weakest.byTool).toEqual({ IIT: 4 });
    expect(a.belowThreshold).toEqual([3, 4]);
  });

  it("breaks a tie for the weakest indicator by the lowest number, overall and per tool", () => {
    const a = analyze(
      bookOf({ 2568: { indicators: { 1: 90, 2: 80, 3: 80, 6: 70, 7: 70, 8: 95, 9: 70, 10: 70 } } })
    );
    expect(a.weakest).toEqual({ overall: 6, byTool: { IIT: 2, EIT: 6, OIT: 9 } });
  });
});

describe("strengths", () => {
  it("are the indicators at full marks when there are any", () => {
    const a = analyze(bookOf({ 2568: { indicators: { 1: 100, 2: 99, 3: 100, 9: 50 } } }));
    expect(a.strengths).toEqual([1, 3]);
  });

  it("are the top-ranked ones, all ties, when none is at full marks", () => {
    const a = analyze(bookOf({ 2568: { indicators: { 1: 98, 2: 99.5, 3: 99.5, 9: 50 } } }));
    expect(a.strengths).toEqual([2, 3]);
  });
});
