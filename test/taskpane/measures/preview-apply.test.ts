/**
 * What the Measures step previews and applies (no rendering): the preview's sentences, the merge
 * with an existing measures sheet, removals only on request, the spec given to the port, and a
 * draft that cannot be applied. The port call, its failure and retry on screen: flows.test.tsx.
 */
import {
  defaultUnits,
  LAYOUTS,
  planMeasures,
  renderMeasuresSheet,
  renderUnitsSheet,
  type MeasurePlan,
} from "../../../src/domain/measures";
import type { Grid } from "../../../src/domain/grid";
import { presetFromKey, timelineError } from "../../../src/taskpane/measures/timeline";
import { previewTexts, summaryCounts } from "../../../src/taskpane/measures/view";
import { gridOf, rowKey, seed003Analysis } from "./fixtures";
import { act, rowsOf, stepModel } from "./step-model";

const EDITED_TITLE = "Our own wording of the website measure";

/**
 * A measures sheet from an earlier run: every proposal but the last one (so it is "added" now),
 * and the user has since rewritten the title of the website measure on the sheet.
 */
function earlierRun(): { grid: Grid; plan: MeasurePlan; dropped: string; edited: string } {
  const analysis = seed003Analysis();
  const full = planMeasures(analysis, { lang: "en" });
  const dropped = full.items[full.items.length - 1];
  const plan = { ...full, items: full.items.filter((m) => m !== dropped) };
  const units = renderUnitsSheet(defaultUnits(analysis.organization.name, "en"), {
    lang: "en",
    existingSheetNames: [],
  });
  const sheet = renderMeasuresSheet(plan, {
    layout: "a",
    lang: "en",
    thaiDigits: false,
    existingSheetNames: [units.sheet.name],
    unitsSheetName: units.sheet.name,
    unitsRange: units.range,
  });
  const grid = gridOf(sheet);
  const edited = plan.items.find((m) => m.key === "ind9-website-items") ?? plan.items[0];
  const col = LAYOUTS.a.indexOf("measure");
  const row = grid.values.find((r) =>
    String(r[LAYOUTS.a.length - 1]).startsWith(`${edited.key}#`)
  )!;
  row[col] = EDITED_TITLE;
  return { grid, plan, dropped: dropped.key, edited: edited.key };
}

describe("Measures step: preview and apply", () => {
  test("without a measures sheet the preview names the two sheets to create", () => {
    const m = stepModel();
    const built = m.built(m.state);
    const count = m.state.drafts.length;
    const text = previewTexts(m.t, built.preview, []);
    expect(text.created).toMatch(
      new RegExp(`^Will create the sheets “.+” \\(${count} measures\\) and “.+” \\(11 units\\)`)
    );
    expect(text.existing).toBeUndefined();
    expect(text.replacedUnits).toBeUndefined();
  });

  test("an existing sheet: replaced by the merge; the edited row kept, the new one added", () => {
    const earlier = earlierRun();
    const m = stepModel({ grids: [earlier.grid] });
    const built = m.built(m.state);
    const kept = earlier.plan.items.length;
    const text = previewTexts(m.t, built.preview, []);
    expect(text.summary).toBe(`Kept ${kept} (1 edited by you), added 1, nothing deleted.`);
    expect(text.newSheet).toContain(
      `The merged table will replace the existing sheet “${earlier.grid.sheet}”.`
    );
    const rows = built.preview.existing!.rows;
    const edited = rows.find((r) => r.status === "keptEdited")!;
    expect(edited.title).toBe(EDITED_TITLE);
    expect(m.t("measures.pane.preview.keptEdited")).toBe("Kept (edited by you)");

    // The merged table replaces the earlier sheet under its name, in the same port call.
    expect(built.spec.sheets[1].name).toBe(earlier.grid.sheet);
    expect(built.replace).toEqual([earlier.grid.sheet]);
    const table = rowsOf(built);
    expect(table.map(rowKey)).toContain(earlier.dropped);
    expect(table.find((r) => rowKey(r) === earlier.edited)!.measure).toBe(EDITED_TITLE);
    expect(table).toHaveLength(kept + 1);
  });

  test("an existing row is removed only when the user explicitly asks", () => {
    const earlier = earlierRun();
    const m = stepModel({ grids: [earlier.grid] });
    const victim = earlier.plan.items[0];
    // Ticked for removal, but the switch is off: nothing is removed.
    const asked = act(m.state, { type: "toggleRemoval", key: victim.key });
    expect(rowsOf(m.built(asked)).map(rowKey)).toContain(victim.key);
    expect(previewTexts(m.t, m.built(asked).preview, []).summary).toMatch(/nothing deleted/);

    const allowed = act(asked, { type: "allowRemoval", value: true });
    const built = m.built(allowed);
    const kept = earlier.plan.items.length - 1;
    expect(summaryCounts(built.preview.existing!.rows, allowed.removals).removed).toBe(1);
    expect(previewTexts(m.t, built.preview, allowed.removals).summary).toBe(
      `Kept ${kept} (1 edited by you), added 1, removed 1.`
    );
    expect(rowsOf(built).map(rowKey)).not.toContain(victim.key);
    // Only rows of the existing sheet can be removed.
    expect(built.preview.existing!.rows.filter((r) => r.status === "added")[0].removable).toBe(
      false
    );
  });

  test("applying gives the port the units sheet and the measures sheet, in one spec", () => {
    const m = stepModel();
    const { spec, replace } = m.built(m.state);
    expect(spec.sheets.map((s) => s.key)).toEqual(["units", "measures"]);
    expect(spec.activate).toBe("measures");
    expect(replace).toEqual([]);
    // The responsible column's dropdown points at the units sheet written with it.
    const list = spec.sheets[1].validations.find((v) => v.rule.kind === "list")!;
    expect(list.rule.kind === "list" && list.rule.source).toContain(spec.sheets[0].name);
  });

  test("steps too long for one row: applying still works, and the preview warns by cell", () => {
    const m = stepModel();
    expect(m.built(m.state).problems).toEqual([]);
    const first = m.state.drafts.find((d) => d.origin === "proposed")!;
    const steps = Array.from({ length: 40 }, (_, i) => `Step ${i + 1}: hold a meeting`).join("\n");
    const built = m.built(act(m.state, { type: "edit", key: first.key, patch: { steps } }));
    expect(built.problems.map((p) => p.code)).toEqual(["ROW_TOO_TALL"]);
    const [warning] = built.problems;
    expect(warning.cell).toMatch(new RegExp(`^'?${built.spec.sheets[1].name}'?!C\\d+$`));
    expect(m.t(warning.code, warning.params)).toMatch(/needs a row \d+ points high/);
  });

  test("an invalid custom timeline blocks applying with a message", () => {
    const m = stepModel();
    const first = m.state.drafts.find((d) => d.origin === "proposed")!;
    const custom = presetFromKey("custom", m.shell.fiscalYear, first.timeline);
    expect(custom.kind).toBe("custom");
    const backwards = { ...custom, end: "2025-01-01" };
    expect(timelineError(backwards)).toBe("measures.pane.timeline.endBeforeStart");
    expect(m.t("measures.pane.timeline.endBeforeStart")).toBe(
      "The end date must not be before the start date."
    );
    const state = act(m.state, { type: "edit", key: first.key, patch: { timeline: backwards } });
    const built = m.build(state);
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(m.t(built.error.id, built.error.params)).toMatch(
        /The timeline of the measure .+ is not valid/
      );
  });
});
