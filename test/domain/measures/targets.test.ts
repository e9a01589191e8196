/**
 * Every measure the planner can propose states a target in its follow-up column: a share
 * ("ไม่น้อยกว่าร้อยละ …"), a score, or explicitly no figure with what shows success. Checked on the
 * catalogue itself and, property-style, on plans of random analyses (seeded), which also reach the
 * general measures for unmatched items and the keep-level measures.
 */
import { FRAMEWORKS } from "../../../src/domain/ita/frameworks";
import type { IndicatorNo, ToolCode } from "../../../src/domain/ita/types";
import type { Analysis } from "../../../src/domain/model";
import { CATALOGUE } from "../../../src/domain/measures/catalogue";
import { planMeasures } from "../../../src/domain/measures/plan";
import { measureCells } from "../../../src/domain/measures/row-cells";
import { targetText } from "../../../src/domain/measures/target";
import { generalMeasureFor } from "../../../src/domain/measures/general-measure";
import { randomCases } from "../../support/random-cases";
import { question, seed003 } from "./fixtures";

const THAI = /[\u0E00-\u0E7F]/;
const TARGET_TH =
  /^(ค่าเป้าหมาย: .+(ไม่(น้อย|ต่ำ)กว่า|คะแนนเต็ม)|ไม่กำหนดค่าเป้าหมายเชิงปริมาณ ตัวชี้วัดความสำเร็จ: )/;
const TARGET_EN = /^(Target: |No numeric target; success is )/;
const TOOL_OF: Record<string, ToolCode> = { i: "IIT", e: "EIT", o: "OIT" };

describe("measure targets", () => {
  it("gives every catalogue measure a target in Thai and English", () => {
    for (const m of CATALOGUE) {
      const th = targetText(m.target, "th");
      const en = targetText(m.target, "en");
      expect([m.id, TARGET_TH.test(th), TARGET_EN.test(en)]).toEqual([m.id, true, true]);
      expect([m.id, THAI.test(en.replace(/E-Service/g, ""))]).toEqual([m.id, false]);
      if (m.target.kind === "percent") {
        expect(th).toContain(`ไม่น้อยกว่าร้อยละ ${m.target.atLeast}`);
        expect(m.target.atLeast).toBeGreaterThan(0);
        expect(m.target.atLeast).toBeLessThanOrEqual(100);
      }
    }
  });

  it("runs no Thai word into a digit, nor a digit into a Thai word, in any target", () => {
    // A space belongs between Thai and a figure: "ไตรมาสที่ 2 ไม่น้อยกว่าร้อยละ 100".
    const runTogether = /[\u0E01-\u0E4E][0-9]|[0-9][\u0E01-\u0E4E]/;
    const fw = FRAMEWORKS[FRAMEWORKS.length - 2];
    const general = fw.questions.flatMap((range) =>
      [range.from, range.to].flatMap((n) =>
        [undefined, "ข้อมูลผู้บริหาร 2568"].map((text) => ({
          ...question(
            `${range.prefix}${n}`,
            TOOL_OF[range.prefix],
            range.indicator as IndicatorNo,
            0
          ),
          text,
        }))
      )
    );
    const targets = [
      ...CATALOGUE.map((m) => m.target),
      ...general.map((q) => generalMeasureFor(q, q.indicator!, 85).target),
    ];
    expect(general.length).toBeGreaterThan(5);
    const bad = targets.map((tg) => targetText(tg, "th")).filter((s) => runTogether.test(s));
    expect(bad).toEqual([]);
  });

  it.each(Array.from({ length: 60 }, (_, i) => [i + 1]))(
    "seed %i: every planned measure shows its target under the follow-up",
    (seed) => {
      const r = randomCases(seed);
      const base = seed003();
      const fw = FRAMEWORKS[FRAMEWORKS.length - 2];
      const indicators = base.indicators.map((i) => {
        const to = r.chance(0.4) ? r.int(60, 99) : 100;
        return { ...i, to, scores: { 2568: to }, belowThreshold: to < 85 };
      });
      const questions = fw.questions.flatMap((range) =>
        Array.from({ length: range.to - range.from + 1 }, (_, k) => range.from + k)
          .filter(() => r.chance(0.15))
          .map((n) =>
            question(
              `${range.prefix}${n}`,
              TOOL_OF[range.prefix],
              range.indicator as IndicatorNo,
              r.int(0, 99)
            )
          )
      );
      const analysis: Analysis = {
        ...base,
        indicators,
        belowThreshold: indicators.filter((i) => i.belowThreshold).map((i) => i.no),
        questions: questions.sort((a, b) => a.score! - b.score!),
      };
      for (const lang of ["th", "en"] as const) {
        const plan = planMeasures(analysis, { lang });
        expect(plan.items.length).toBeGreaterThan(0);
        for (const item of plan.items) {
          expect([item.key, (lang === "th" ? TARGET_TH : TARGET_EN).test(item.target)]).toEqual([
            item.key,
            true,
          ]);
          const cell = measureCells(item, plan, { lang, thaiDigits: false }).followUp;
          expect(cell).toBe(`${item.followUp}\n${item.target}`);
        }
      }
    }
  );
});
