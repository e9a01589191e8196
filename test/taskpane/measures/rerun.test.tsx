/**
 * The step's conversation with the workbook (useMeasuresWorkflow, without rendering the step):
 * it reads the workbook once, reads it again before applying and when the pane gets focus back,
 * and inserting a second time replaces the sheets the first time wrote (same names, no "(2)") in
 * one port call, keeping what the user typed into the table meanwhile. Once against the
 * in-memory port, once against the real Office adapter over the fake Excel host.
 */
import { act as actHook, fireEvent, renderHook, waitFor } from "@testing-library/react";
import type { CellValue } from "../../../src/domain/grid";
import { LAYOUTS } from "../../../src/domain/measures";
import type { Analysis } from "../../../src/domain/model";
import { translator } from "../../../src/taskpane/i18n";
import { buildOutput } from "../../../src/taskpane/measures/planBridge";
import { useMeasuresState } from "../../../src/taskpane/measures/useMeasuresState";
import { useMeasuresWorkflow } from "../../../src/taskpane/measures/useMeasuresWorkflow";
import { previewTexts } from "../../../src/taskpane/measures/view";
import type { WorkbookPort } from "../../../src/workbook/port";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { createFakeExcel } from "../../support/fake-excel";
import { cellKey } from "../../support/fake-excel/state";
import { FakePort, measuresTable, rowKey, seed003Analysis } from "./fixtures";

const EDITED = "Our own wording, typed into the sheet";
const MEASURE_COL = LAYOUTS.a.indexOf("measure");
const KEY_COL = LAYOUTS.a.length - 1;
const t = translator("en");

/** The step's state and workflow together, as MeasuresStep holds them. */
function useStep(port: WorkbookPort, analysis: Analysis) {
  const [state, dispatch] = useMeasuresState();
  const workflow = useMeasuresWorkflow({ analysis, port, lang: "en", sheetLang: "en", dispatch });
  return { state, dispatch, ...workflow };
}

async function start(port: WorkbookPort) {
  const analysis = seed003Analysis();
  const hook = renderHook(() => useStep(port, analysis));
  await waitFor(() => expect(hook.result.current.load.status).toBe("ready"));
  const current = () => hook.result.current;
  const ready = () => {
    const { load } = current();
    if (load.status !== "ready") throw new Error("not ready");
    return load;
  };
  const build = (context = ready().context) =>
    buildOutput({
      analysis,
      shell: ready().shell,
      state: current().state,
      context,
      lang: "en",
      thaiDigits: false,
    });
  const preview = () => {
    const built = build();
    if (!built.ok) throw new Error(built.error.id);
    return built.preview;
  };
  /** Insert, as the step's button does: built again from the workbook read at the click. */
  const insert = async () => {
    let created: string[] | undefined;
    await actHook(async () => {
      created = await current().run((context) => build(context));
    });
    return created;
  };
  return { hook, current, ready, build, preview, insert };
}

/** The zero-based row holding the measure `key` in a sheet's values. */
function rowOf(values: readonly (readonly CellValue[])[], key: string): number {
  const row = values.findIndex((r) => String(r[KEY_COL] ?? "").startsWith(`${key}#`));
  if (row < 0) throw new Error(`No row for ${key}`);
  return row;
}

describe("Measures step: reading the workbook and inserting again", () => {
  test("replaces the earlier measures and units sheets in one call and keeps an edited row", async () => {
    const port = new FakePort([{ sheet: "Data", origin: { row: 0, col: 0 }, values: [["x"]] }]);
    const step = await start(port);
    expect(port.reads).toEqual(["workbook"]);
    const created = await step.insert();
    expect(port.reads).toHaveLength(3); // before applying, and after to refresh the preview
    const [units, measures] = port.applied[0].sheets.map((s) => s.name);
    expect(created).toEqual([units, measures]);
    expect(port.options[0]).toBeUndefined();
    expect(step.current().apply).toEqual({ status: "done", sheets: [units, measures] });
    expect(t("measures.pane.applied", { sheets: `“${units}”, “${measures}”` })).toMatch(
      /^Inserted the sheets/
    );

    // The preview now says the table on the sheet will be replaced by the merged one.
    const after = previewTexts(t, step.preview(), []);
    expect(after.newSheet).toContain(
      `The merged table will replace the existing sheet “${measures}”.`
    );
    expect(after.replacedUnits).toBe(
      `The existing units sheet “${units}” will be replaced by the list above.`
    );

    // The user types into the table after the step last read the workbook; back in the pane
    // (window focus), the step reads again and the preview counts the edit.
    const first = port.applied[0].sheets[1];
    const firstKey = rowKey(measuresTable(first)[0]);
    const grid = port.grids.find((g) => g.sheet === measures)!;
    port.edit(measures, rowOf(grid.values, firstKey), MEASURE_COL, EDITED);
    const count = measuresTable(first).length;
    fireEvent.focus(window);
    await waitFor(() =>
      expect(previewTexts(t, step.preview(), []).summary).toBe(
        `Kept ${count} (1 edited by you), added 0, nothing deleted.`
      )
    );

    await step.insert();
    expect(port.options[1]).toEqual({ replace: [measures, units] });
    const second = port.applied[1];
    expect(second.sheets.map((s) => s.name)).toEqual([units, measures]);
    expect(port.sheetNames).toEqual(["Data", units, measures]);
    const rows = measuresTable(second.sheets[1]);
    expect(rows.find((r) => rowKey(r) === firstKey)?.measure).toBe(EDITED);
    expect(rows).toHaveLength(count);
  });

  test("a failed apply is reported in plain words, changes nothing, and can be retried", async () => {
    const port = new FakePort();
    port.failApply = new Error("boom");
    const step = await start(port);
    expect(await step.insert()).toBeUndefined();
    const apply = step.current().apply;
    expect(apply.status).toBe("error");
    const detail = apply.status === "error" ? apply.detail : "";
    const message = t("measures.pane.error.apply", { detail });
    expect(message).toMatch(
      /The measures table could not be inserted; the workbook was not changed/
    );
    expect(message).not.toMatch(/boom/);
    port.failApply = undefined;
    expect(await step.insert()).toHaveLength(2);
    expect(port.applied).toHaveLength(2);
    expect(step.current().apply.status).toBe("done");
  });

  test("the real Office adapter over the fake Excel host: replaced, not piled up", async () => {
    const fake = createFakeExcel({ sheets: { Data: [["x"]] } });
    const workbook = createOfficeWorkbook(fake);
    const apply = jest.spyOn(workbook, "apply");
    const step = await start(workbook);
    await step.insert();
    const first = fake.host.sheetNames();
    expect(first).toHaveLength(3);
    const [, units, measures] = first;

    // The user rewrites a title in Excel, and unticks a proposal in the pane.
    const sheet = fake.host.state.sheets.find((s) => s.name === measures)!;
    const values = (await workbook.read("workbook")).grids.find((g) => g.sheet === measures)!;
    const firstKey = step.current().state.drafts[0].key;
    const row = values.origin.row + rowOf(values.values, firstKey);
    sheet.cells.set(cellKey(row, values.origin.col + MEASURE_COL), { value: EDITED });
    const last = step.current().state.drafts.at(-1)!;
    actHook(() => step.current().dispatch({ type: "toggle", key: last.key }));

    await step.insert();
    expect(apply.mock.calls[1][1]).toEqual({ replace: [measures, units] });
    expect(fake.host.sheetNames()).toEqual(first);
    expect(fake.host.sheetNames().some((n) => n.includes("(2)"))).toBe(false);
    const after = (await workbook.read("workbook")).grids.find((g) => g.sheet === measures)!;
    expect(after.values[rowOf(after.values, firstKey)][MEASURE_COL]).toBe(EDITED);
    // Unticking does not delete: the row written the first time stays.
    expect(() => rowOf(after.values, last.key)).not.toThrow();
    // The responsible column's dropdown still points at the (new) units sheet.
    const validations = fake.host.snapshot().sheets.find((s) => s.name === measures)!.validations;
    expect(JSON.stringify(validations)).toContain(units);
  });
});
