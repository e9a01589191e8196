import type { IndicatorNo } from "../../../src/domain/ita/types";
import type { DraftMeasure, MeasureOrigin } from "../../../src/taskpane/measures/model";
import {
  initialMeasuresState,
  measuresReducer,
  type MeasuresAction,
  type MeasuresState,
} from "../../../src/taskpane/measures/useMeasuresState";
import { translator } from "../../../src/taskpane/i18n";
import "../../../src/taskpane/measures/messages";
import {
  presetFromKey,
  presetKey,
  presetOptions,
  timelineError,
} from "../../../src/taskpane/measures/timeline";

function draft(
  key: string,
  indicator: IndicatorNo,
  origin: MeasureOrigin = "proposed",
  units: string[] = []
): DraftMeasure {
  return {
    key,
    indicator,
    included: true,
    title: key,
    steps: "",
    units,
    timeline: { kind: "fiscalYear", fy: 2569 },
    reasons: [],
    origin,
  };
}

function run(state: MeasuresState, ...actions: MeasuresAction[]): MeasuresState {
  return actions.reduce(measuresReducer, state);
}

const keys = (s: MeasuresState) => s.drafts.map((d) => d.key);

describe("measures reducer", () => {
  // Restricted to weaknesses: the keep-the-level item "s" is hidden.
  const start = run(
    initialMeasuresState(
      [draft("a", 3), draft("s", 9, "strength"), draft("b", 9), draft("c", 9), draft("d", 10)],
      ["Office", "Finance"]
    ),
    { type: "includeStrengths", value: false }
  );

  test("keep-the-level measures are on by default, as on the command line", () => {
    expect(initialMeasuresState().includeStrengths).toBe(true);
    expect(
      initialMeasuresState([], [], {
        v: 1,
        items: [],
        units: [],
        layout: "b",
        includeStrengths: false,
      }).includeStrengths
    ).toBe(false);
    const fresh = run(start, { type: "init", drafts: [], units: [] });
    expect(fresh.includeStrengths).toBe(true);
  });

  test("moves within an indicator only, skipping hidden strength items", () => {
    expect(keys(run(start, { type: "move", key: "b", by: -1 }))).toEqual(keys(start));
    expect(keys(run(start, { type: "move", key: "c", by: -1 }))).toEqual(["a", "s", "c", "b", "d"]);
    expect(keys(run(start, { type: "move", key: "c", by: 1 }))).toEqual(keys(start));
    const shown = run(
      start,
      { type: "includeStrengths", value: true },
      { type: "move", key: "b", by: -1 }
    );
    expect(keys(shown)).toEqual(["a", "b", "s", "c", "d"]);
  });

  test("adds a custom measure after the last one of its indicator; only custom ones delete", () => {
    const timeline = { kind: "fiscalYear" as const, fy: 2569 };
    const added = run(start, {
      type: "add",
      key: "n",
      indicator: 9,
      title: "New",
      units: [],
      timeline,
    });
    expect(keys(added)).toEqual(["a", "s", "b", "c", "n", "d"]);
    const before = run(start, {
      type: "add",
      key: "m",
      indicator: 1,
      title: "New",
      units: [],
      timeline,
    });
    expect(keys(before)[0]).toBe("m");
    expect(keys(run(added, { type: "delete", key: "b" }))).toContain("b");
    expect(keys(run(added, { type: "delete", key: "n" }))).not.toContain("n");
  });

  test("renaming and removing a unit reach the measures; duplicates are refused", () => {
    const s = initialMeasuresState(
      [draft("a", 3, "proposed", ["Office", "Finance"])],
      ["Office", "Finance"]
    );
    const renamed = run(s, { type: "unitRename", from: "Office", to: " Clerk " });
    expect(renamed.units).toEqual(["Clerk", "Finance"]);
    expect(renamed.drafts[0].units).toEqual(["Clerk", "Finance"]);
    expect(run(s, { type: "unitRename", from: "Office", to: "Finance" })).toBe(s);
    expect(run(s, { type: "unitAdd", name: "Finance" })).toBe(s);
    const removed = run(s, { type: "unitRemove", name: "Finance" });
    expect(removed.units).toEqual(["Office"]);
    expect(removed.drafts[0].units).toEqual(["Office"]);
  });

  test("toggling flips one measure; an empty unit name changes nothing", () => {
    const toggled = run(start, { type: "toggle", key: "a" });
    expect(toggled.drafts.map((d) => d.included)).toEqual([false, true, true, true, true]);
    expect(run(start, { type: "unitAdd", name: "  " })).toBe(start);
  });
});

describe("timeline picker options", () => {
  test("every option's key maps back to a preset with the same key", () => {
    const current = { kind: "fiscalYear" as const, fy: 2569 };
    for (const o of presetOptions(translator("th"), "th", 2569))
      expect(presetKey(presetFromKey(o.key, 2569, current))).toBe(o.key);
  });

  test("custom dates start from the current preset's dates", () => {
    const q1 = { kind: "quarters" as const, fy: 2569, from: 1 as const, to: 1 as const };
    expect(presetFromKey("custom", 2569, q1)).toEqual({
      kind: "custom",
      start: "2025-10-01",
      end: "2025-12-31",
    });
  });

  test("reports month ranges out of fiscal order and reversed dates", () => {
    expect(timelineError({ kind: "months", fy: 2569, from: 3, to: 11 })).toBe(
      "measures.pane.timeline.monthOrder"
    );
    expect(timelineError({ kind: "months", fy: 2569, from: 11, to: 3 })).toBeUndefined();
    expect(timelineError({ kind: "custom", start: "2026-02-01", end: "2026-01-01" })).toBe(
      "measures.pane.timeline.endBeforeStart"
    );
    expect(timelineError({ kind: "custom", start: "", end: "2026-01-01" })).toBe(
      "measures.pane.timeline.missingDate"
    );
  });
});
