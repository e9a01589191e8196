/**
 * Inserting the measures table a second time replaces the sheets the first time wrote (same
 * names, no "(2)"), in one port call, and keeps what the user typed into the table meanwhile.
 * Once against the in-memory port, once against the real Office adapter over the fake Excel host.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../../src/domain/grid";
import { LAYOUTS, planMeasures } from "../../../src/domain/measures";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { createFakeExcel } from "../../support/fake-excel";
import { cellKey } from "../../support/fake-excel/state";
import { FakePort, measuresTable, rowKey, seed003Analysis } from "./fixtures";
import { renderStep, renderStepWith } from "./render-step";

const EDITED = "Our own wording, typed into the sheet";
const MEASURE_COL = LAYOUTS.a.indexOf("measure");
const KEY_COL = LAYOUTS.a.length - 1;

type Ctx = Awaited<ReturnType<typeof renderStepWith>>;

/** Clicks Insert and waits until the port has been called `n` times and the step says done. */
async function insertNth(ctx: Ctx, calls: () => number, n: number) {
  await ctx.user.click(screen.getByRole("button", { name: "Insert measures table" }));
  await waitFor(() => expect(calls()).toBe(n));
  await screen.findByText(/^Inserted the sheets/);
}

/** The zero-based row holding the measure `key` in a sheet's values. */
function rowOf(values: readonly (readonly CellValue[])[], key: string): number {
  const row = values.findIndex((r) => String(r[KEY_COL] ?? "").startsWith(`${key}#`));
  if (row < 0) throw new Error(`No row for ${key}`);
  return row;
}

const firstKey = () =>
  planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true }).items[0].key;

describe("Measures step: inserting again", () => {
  test("replaces the earlier measures and units sheets in one call and keeps an edited row", async () => {
    const port = new FakePort([{ sheet: "Data", origin: { row: 0, col: 0 }, values: [["x"]] }]);
    const ctx = await renderStep({ port });
    await insertNth(ctx, () => port.applied.length, 1);
    const [units, measures] = port.applied[0].sheets.map((s) => s.name);
    expect(port.options[0]).toBeUndefined();

    // The preview now says the table on the sheet will be replaced by the merged one.
    expect(
      await screen.findByText(`The merged table will replace the existing sheet “${measures}”.`, {
        exact: false,
      })
    ).toBeInTheDocument();
    expect(
      screen.getByText(`The existing units sheet “${units}” will be replaced by the list above.`)
    ).toBeInTheDocument();

    // The user types into the table after the step last read the workbook.
    const grid = port.grids.find((g) => g.sheet === measures)!;
    port.edit(measures, rowOf(grid.values, firstKey()), MEASURE_COL, EDITED);
    // Back in the pane, the preview counts the edit.
    const count = measuresTable(port.applied[0].sheets[1]).length;
    fireEvent.focus(window);
    expect(
      await screen.findByText(`Kept ${count} (1 edited by you), added 0, nothing deleted.`)
    ).toBeInTheDocument();

    await insertNth(ctx, () => port.applied.length, 2);
    expect(port.options[1]).toEqual({ replace: [measures, units] });
    const second = port.applied[1];
    expect(second.sheets.map((s) => s.name)).toEqual([units, measures]);
    expect(port.sheetNames).toEqual(["Data", units, measures]);
    const rows = measuresTable(second.sheets[1]);
    expect(rows.find((r) => rowKey(r) === firstKey())?.measure).toBe(EDITED);
    expect(rows).toHaveLength(count);
  });

  test("the real Office adapter over the fake Excel host: replaced, not piled up", async () => {
    const fake = createFakeExcel({ sheets: { Data: [["x"]] } });
    const workbook = createOfficeWorkbook(fake);
    const apply = jest.spyOn(workbook, "apply");
    const ctx = await renderStepWith(workbook);
    await insertNth(ctx, () => apply.mock.calls.length, 1);
    const first = fake.host.sheetNames();
    expect(first).toHaveLength(3);
    const [, units, measures] = first;
    await screen.findByText(`The merged table will replace the existing sheet “${measures}”.`, {
      exact: false,
    });

    // The user rewrites a title in Excel, and unticks a proposal in the pane.
    const sheet = fake.host.state.sheets.find((s) => s.name === measures)!;
    const values = (await workbook.read("workbook")).grids.find((g) => g.sheet === measures)!;
    const row = values.origin.row + rowOf(values.values, firstKey());
    sheet.cells.set(cellKey(row, values.origin.col + MEASURE_COL), { value: EDITED });
    const last = planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true }).items.at(
      -1
    )!;
    const group = screen
      .getByRole("heading", { level: 3, name: new RegExp(`^Indicator ${last.indicator}:`) })
      .closest("section")!;
    const box = within(group)
      .getAllByRole("checkbox")
      .find((b) => b.closest("li")?.querySelector("label")?.textContent === last.title)!;
    await ctx.user.click(box);
    expect(box).not.toBeChecked();

    await insertNth(ctx, () => apply.mock.calls.length, 2);
    expect(apply.mock.calls[1][1]).toEqual({ replace: [measures, units] });
    expect(fake.host.sheetNames()).toEqual(first);
    expect(fake.host.sheetNames().some((n) => n.includes("(2)"))).toBe(false);
    const after = (await workbook.read("workbook")).grids.find((g) => g.sheet === measures)!;
    const edited = after.values[rowOf(after.values, firstKey())];
    expect(edited[MEASURE_COL]).toBe(EDITED);
    // Unticking does not delete: the row written the first time stays.
    expect(() => rowOf(after.values, last.key)).not.toThrow();
    // The responsible column's dropdown still points at the (new) units sheet.
    const validations = fake.host.snapshot().sheets.find((s) => s.name === measures)!.validations;
    expect(JSON.stringify(validations)).toContain(units);
  });
});
