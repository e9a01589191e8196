/**
 * The proposals of the Measures step as the step computes them (no rendering): groups and their
 * counts, keep-the-level measures by default, and every choice and edit reaching the sheet.
 * What needs the DOM (focus, one editor at a time, buffered typing) is in flows.test.tsx.
 */
import { planMeasures } from "../../../src/domain/measures";
import { reasonText } from "../../../src/domain/measures/reasons";
import { shownReasons } from "../../../src/taskpane/measures/model";
import { presetFromKey } from "../../../src/taskpane/measures/timeline";
import {
  groupsOf,
  indicatorsOf,
  initiallyOpen,
  selectedCount,
} from "../../../src/taskpane/measures/view";
import { rowKey, seed003Analysis } from "./fixtures";
import type { MeasuresAction } from "../../../src/taskpane/measures/useMeasuresState";
import { act, rowsOf, stepModel } from "./step-model";

/** The proposals the domain makes for seed 003 for its weaknesses (no keep-the-level ones). */
function weakProposals() {
  return planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true }).items;
}

describe("Measures step: proposals", () => {
  test("groups the proposals by indicator with their reasons; weak groups start open (seed 003)", () => {
    const m = stepModel();
    const indicators = indicatorsOf(m.analysis, "en");
    const groups = groupsOf(m.state.drafts, indicators, m.state.includeStrengths);
    // Every indicator is a group. Seed 003: indicator 9 is below 85; the weakest per tool are
    // 3 (IIT), 8 (EIT), 9 (OIT): theirs are the proposals for weaknesses, and (a short list)
    // their groups start open.
    expect(groups.map((g) => g.info.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(m.t("measures.pane.indicatorHeading", { no: 9, name: groups[8].info.name })).toBe(
      "Indicator 9: Information disclosure"
    );
    expect(initiallyOpen(groups)).toEqual([3, 8, 9]);
    const expected = weakProposals();
    for (const no of [3, 8, 9] as const) {
      const titles = expected.filter((p) => p.indicator === no).map((p) => p.title);
      const group = groups[no - 1].drafts.filter((d) => d.origin !== "strength");
      expect(group.map((d) => d.title)).toEqual(titles);
      expect(group.every((d) => d.included)).toBe(true);
    }
    const nine = groups[8].drafts;
    const count = { selected: nine.filter((d) => d.included).length, total: nine.length };
    expect(m.t("measures.pane.groupCount", count)).toBe(`${nine.length} of ${nine.length} chosen`);
    const reasons = (no: number) =>
      groups[no - 1].drafts.flatMap((d) =>
        shownReasons(d, true).map((r) => reasonText(r, { lang: "en", year: 2568 }))
      );
    expect(reasons(9).some((r) => /below the (threshold|target)|below 85/i.test(r))).toBe(true);
    expect(reasons(3).some((r) => /IIT/.test(r))).toBe(true);
  });

  test("keep-the-level measures for strong indicators by default; a switch restricts to weaknesses", () => {
    const m = stepModel();
    expect(m.state.includeStrengths).toBe(true);
    const indicators = indicatorsOf(m.analysis, "en");
    const one = (s: typeof m.state) => groupsOf(s.drafts, indicators, s.includeStrengths)[0];
    // Indicator 1 (100) is strong: one keep-the-level measure, chosen, and on the sheet.
    expect(one(m.state).drafts.map((d) => d.origin)).toEqual(["strength"]);
    expect(rowsOf(m.built(m.state)).map(rowKey)).toContain(one(m.state).drafts[0].key);
    const all = selectedCount(m.state);
    expect(all.total).toBeGreaterThan(weakProposals().length);

    const weak = act(m.state, { type: "includeStrengths", value: false });
    expect(one(weak).drafts).toHaveLength(0);
    expect(selectedCount(weak).total).toBe(weakProposals().length);
    expect(rowsOf(m.built(weak)).map(rowKey)).toEqual(weakProposals().map((p) => p.key));
  });

  test("an unchecked proposal is left out of the applied sheet", () => {
    const m = stepModel();
    const dropped = weakProposals().find((p) => p.indicator === 8)!;
    const state = act(m.state, { type: "toggle", key: dropped.key });
    const keys = rowsOf(m.built(state)).map(rowKey);
    expect(keys).not.toContain(dropped.key);
    expect(keys).toEqual(m.state.drafts.filter((d) => d.key !== dropped.key).map((d) => d.key));
    expect(selectedCount(state).selected).toBe(selectedCount(m.state).selected - 1);
  });

  test("edits to title, steps, unit and timeline reach the applied sheet's cells", () => {
    const m = stepModel();
    const target = weakProposals().find((p) => p.indicator === 3)!;
    const state = act(m.state, {
      type: "edit",
      key: target.key,
      patch: {
        title: "Fair duty rota",
        steps: "Draft the rota\n\n  Publish it ",
        units: [...target.responsible, "Finance Division"],
        timeline: presetFromKey("q2-3", m.shell.fiscalYear, target.timeline.preset),
      },
    });
    const row = rowsOf(m.built(state)).find((r) => rowKey(r) === target.key)!;
    expect(row.measure).toBe("Fair duty rota");
    expect(row.steps).toBe("1. Draft the rota\n2. Publish it");
    expect(String(row.responsible)).toContain("Finance Division");
    expect(String(row.responsible)).toContain(target.responsible[0]);
    // Quarters 2–3 of FY 2569 = 1 Jan – 30 Jun 2026, then followed up to 30 Sep 2026.
    expect(row.timeline).toMatch(/2.+3.+followed up until 30 Sep 2026/);
    expect(row.start).toBe(46023);
    expect(row.end).toBe(46295);
  });

  test("a measure of the user's own is filed under its indicator, after its proposals", () => {
    const m = stepModel();
    const timeline = { kind: "fiscalYear" as const, fy: m.shell.fiscalYear };
    const own = (key: string, indicator: 6 | 8, title: string): MeasuresAction => ({
      type: "add",
      key,
      indicator,
      title,
      units: [],
      timeline,
    });
    const state = act(
      m.state,
      own("custom-new-1", 8, "New measure"),
      { type: "edit", key: "custom-new-1", patch: { title: "Open day for residents" } },
      // Under an indicator whose only measure was keep-the-level.
      own("custom-new-2", 6, "New measure")
    );
    const six = groupsOf(state.drafts, indicatorsOf(m.analysis, "en"), true)[5];
    expect(six.drafts.map((d) => d.origin)).toEqual(["strength", "custom"]);
    const rows = rowsOf(m.built(state));
    const mine = rows.find((r) => r.measure === "Open day for residents")!;
    expect(rowKey(mine)).toMatch(/^custom-8-/);
    const i8 = rows.findIndex((r) => rowKey(r) === "ind8-e-service");
    const i9 = rows.findIndex((r) => rowKey(r).startsWith("ind9-"));
    expect(rows.indexOf(mine)).toBeGreaterThan(i8);
    expect(rows.indexOf(mine)).toBeLessThan(i9);
    // A title left empty blocks applying with a message naming the indicator.
    const empty = act(state, { type: "edit", key: "custom-new-1", patch: { title: "  " } });
    const failed = m.build(empty);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(m.t(failed.error.id, failed.error.params)).toMatch(/indicator 8/i);
  });

  test("reordering within an indicator reaches the sheet", () => {
    const m = stepModel();
    const nine = weakProposals().filter((p) => p.indicator === 9);
    const state = act(m.state, { type: "move", key: nine[1].key, by: -1 });
    const keys = rowsOf(m.built(state))
      .map(rowKey)
      .filter((k) => k.startsWith("ind9-"));
    expect(keys.slice(0, 2)).toEqual([nine[1].key, nine[0].key]);
  });
});
