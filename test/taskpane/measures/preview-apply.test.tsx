import { screen } from "@testing-library/react";
import {
  defaultUnits,
  LAYOUTS,
  planMeasures,
  renderMeasuresSheet,
  renderUnitsSheet,
  type MeasurePlan,
} from "../../../src/domain/measures";
import type { Grid } from "../../../src/domain/grid";
import { FakePort, gridOf, measuresTable, rowKey, seed003Analysis } from "./fixtures";
import { applyAndWait, renderStep } from "./render-step";

const EDITED_TITLE = "Our own wording of the website measure";

/**
 * A measures sheet from an earlier run: every proposal but the last one (so it is "added" now),
 * and the user has since rewritten the title of the website measure on the sheet.
 */
function earlierRun(): { grid: Grid; plan: MeasurePlan; dropped: string; edited: string } {
  const analysis = seed003Analysis();
  const full = planMeasures(analysis, { lang: "en", weaknessesOnly: true });
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
  test("without a measures sheet the preview names the two sheets to create", async () => {
    await renderStep();
    const count = planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true }).items
      .length;
    // The preview follows a deferred copy of the state: wait for it to catch up.
    expect(
      await screen.findByText(
        new RegExp(`Will create the sheets “.+” \\(${count} measures\\) and “.+” \\(11 units\\)`)
      )
    ).toBeInTheDocument();
  });

  test("an existing sheet: replaced by the merge; the edited row kept, the new one added", async () => {
    const earlier = earlierRun();
    const port = new FakePort([earlier.grid]);
    const ctx = await renderStep({ port });
    const kept = earlier.plan.items.length;
    expect(
      screen.getByText(`Kept ${kept} (1 edited by you), added 1, nothing deleted.`)
    ).toBeInTheDocument();
    expect(screen.getByText("Kept (edited by you)")).toBeInTheDocument();
    expect(screen.getByText(EDITED_TITLE)).toBeInTheDocument();

    expect(
      screen.getByText(
        `The merged table will replace the existing sheet “${earlier.grid.sheet}”.`,
        { exact: false }
      )
    ).toBeInTheDocument();

    const spec = await applyAndWait(ctx);
    const measures = spec.sheets[1];
    // The merged table replaces the earlier sheet under its name, in the same port call.
    expect(measures.name).toBe(earlier.grid.sheet);
    expect(port.options).toEqual([{ replace: [earlier.grid.sheet] }]);
    const rows = measuresTable(measures);
    expect(rows.map(rowKey)).toContain(earlier.dropped);
    const edited = rows.find((r) => rowKey(r) === earlier.edited)!;
    expect(edited.measure).toBe(EDITED_TITLE);
    expect(rows).toHaveLength(kept + 1);
  });

  test("an existing row is removed only when the user explicitly asks", async () => {
    const earlier = earlierRun();
    const ctx = await renderStep({ port: new FakePort([earlier.grid]) });
    const victim = earlier.plan.items[0];
    expect(screen.queryByRole("checkbox", { name: `Remove the row “${victim.title}”` })).toBeNull();
    await ctx.user.click(screen.getByRole("switch", { name: "Let me remove existing rows" }));
    await ctx.user.click(
      screen.getByRole("checkbox", { name: `Remove the row “${victim.title}”` })
    );
    const kept = earlier.plan.items.length - 1;
    expect(
      screen.getByText(`Kept ${kept} (1 edited by you), added 1, removed 1.`)
    ).toBeInTheDocument();
    const spec = await applyAndWait(ctx);
    expect(measuresTable(spec.sheets[1]).map(rowKey)).not.toContain(victim.key);
  });

  test("applying calls the port once with the units sheet and the measures sheet", async () => {
    const ctx = await renderStep();
    const spec = await applyAndWait(ctx);
    expect(ctx.port.applied).toHaveLength(1);
    expect(spec.sheets.map((s) => s.key)).toEqual(["units", "measures"]);
    expect(spec.activate).toBe("measures");
    // The responsible column's dropdown points at the units sheet written with it.
    const list = spec.sheets[1].validations.find((v) => v.rule.kind === "list")!;
    expect(list.rule.kind === "list" && list.rule.source).toContain(spec.sheets[0].name);
    expect(ctx.onApplied).toHaveBeenCalledWith(spec.sheets.map((s) => s.name));
  });

  test("a failed apply is reported in plain words and can be retried", async () => {
    const port = new FakePort();
    port.failApply = new Error("boom");
    const ctx = await renderStep({ port });
    await ctx.user.click(screen.getByRole("button", { name: "Insert measures table" }));
    expect(
      await screen.findByText(
        /The measures table could not be inserted; the workbook was not changed/
      )
    ).toBeInTheDocument();
    expect(screen.queryByText(/boom/)).toBeNull();
    expect(ctx.onApplied).not.toHaveBeenCalled();
    port.failApply = undefined;
    await applyAndWait(ctx);
    expect(port.applied).toHaveLength(2);
    expect(ctx.onApplied).toHaveBeenCalledTimes(1);
  });

  test("an invalid custom timeline blocks applying with a message", async () => {
    const ctx = await renderStep();
    const { user } = ctx;
    const first = planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true }).items[0];
    await user.click(screen.getByRole("button", { name: `Edit the measure “${first.title}”` }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Timeline" }), "custom");
    const end = screen.getByLabelText("End date");
    await user.clear(end);
    await user.type(end, "2025-01-01");
    expect(screen.getByText("The end date must not be before the start date.")).toBeInTheDocument();
    expect(screen.getByText(/The timeline of the measure .+ is not valid/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert measures table" })).toBeDisabled();
  });
});
