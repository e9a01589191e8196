/**
 * "Use the selected range" without the DOM: the mapping session and store on the Office adapter
 * over the fake Excel host and its document settings, with the real reader. What the pane's
 * round trip proves — the editor opens on the reader's guess, the preview's figures, one save,
 * the workbook reopened reads without asking, a moved table asked again with the old mapping as
 * the default, forget — is proved here in milliseconds; mapping-flow.test.tsx keeps one short
 * flow through the components.
 */
import { runPipeline } from "../../../src/domain/pipeline";
import { readScoreBook } from "../../../src/domain/read";
import { readWithMappings } from "../../../src/domain/mapping";
import type { ColumnMapping, MappingFile } from "../../../src/domain/mapping";
import {
  currentMappingSession,
  forget,
  forgetUnreadable,
  openFromSelection,
  resetMappingSession,
  saveSession,
  updateMapping,
  type EditorSession,
} from "../../../src/taskpane/mapping/session";
import { loadSavedMappings, savedMappings } from "../../../src/taskpane/mapping/store";
import type { WorkbookPort } from "../../../src/workbook/port";
import { openWorkbook, SETTING } from "./support";

const YEARS: ColumnMapping[] = [
  { role: "item" },
  { role: "score", year: 2567 },
  { role: "score", year: 2568 },
];

function editing(): EditorSession {
  const s = currentMappingSession();
  if (s.status !== "editing") throw new Error(`not editing: ${s.status}`);
  return s.session;
}

async function readAll(port: WorkbookPort) {
  const grids = (await port.read("workbook")).grids;
  return readWithMappings(grids, await savedMappings(port));
}

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

/** Maps the table at B3:D13 as the user would: open on the selection, set two years, save. */
async function mapOnce() {
  const wb = openWorkbook("B3", "'คะแนน'!B3:D13");
  await openFromSelection(wb.port, undefined);
  updateMapping({ ...editing().mapping, columns: YEARS });
  expect(await saveSession(wb.port)).toBe(true);
  return wb;
}

afterEach(() => resetMappingSession());

describe("the mapping session on the fake host's document settings", () => {
  test("opens on the reader's guess for the selection; the preview gives the figures", async () => {
    const { port } = openWorkbook("B3", "'คะแนน'!B3:D13");
    const before = readScoreBook((await port.read("workbook")).grids);
    expect(codes(before.problems)).toContain("YEARS_AMBIGUOUS");

    await openFromSelection(port, undefined);
    const session = editing();
    expect(session.address).toBe("'คะแนน'!B3:D13");
    expect(session.previous).toBe(false);
    expect(session.mapping.headerRows).toBe(1);
    expect(session.mapping.columns[0]).toEqual({ role: "item" });
    expect(session.mapping.columns.map((c) => c.role)).toEqual(["item", "score", "score"]);

    updateMapping({ ...session.mapping, columns: YEARS });
    // The editor's preview reads the region with the mapping being edited.
    const preview = readWithMappings([editing().region], [editing().mapping]);
    expect(preview.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(preview.book.years.map((y) => [y.year, Object.keys(y.indicators).length])).toEqual([
      [2567, 10],
      [2568, 10],
    ]);
    expect(preview.book.years[1].indicators[9]?.value).toBe(77);
  });

  test("a selection of one cell asks for the whole table", async () => {
    const { port } = openWorkbook("B3", "'คะแนน'!B3");
    await openFromSelection(port, undefined);
    expect(currentMappingSession().status).toBe("needSelection");
  });

  test("saved once in the document settings; the reopened workbook reads without asking", async () => {
    const first = await mapOnce();
    expect(first.settings.saves).toBe(1);
    expect(Object.keys(first.settings.saved)).toEqual([SETTING]);
    expect(currentMappingSession()).toMatchObject({
      status: "idle",
      notice: { id: "mapping.pane.saved", intent: "success" },
    });

    // Reopened: only what was saved in the document survives.
    const reopened = openWorkbook("B3", "'คะแนน'!A1", first.settings.saved);
    const read = await readAll(reopened.port);
    expect(codes(read.problems)).not.toContain("YEARS_AMBIGUOUS");
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(read.book.tables).toContainEqual(
      expect.objectContaining({ address: "'คะแนน'!B3:D13", mapped: true, years: [2567, 2568] })
    );
    expect(read.mappings.map((m) => m.state)).toEqual(["applied"]);
    // "Create analysis" runs the same way: the saved mapping gives the two years to compare.
    const run = runPipeline((await reopened.port.read("workbook")).grids, {
      mappings: await savedMappings(reopened.port),
      render: { lang: "en", thaiDigits: false, era: "be", existingSheetNames: ["คะแนน"] },
    });
    expect(run.ok && [run.analysis.from, run.analysis.to]).toEqual([2567, 2568]);
  });

  test("a moved table is asked again, with the old mapping as the default; forget removes it", async () => {
    const { settings } = await mapOnce();
    // Two rows were inserted above the table: it now starts at B5.
    const moved = openWorkbook("B5", "'คะแนน'!B5:D15", settings.saved);
    const read = await readAll(moved.port);
    expect(read.problems).toContainEqual(
      expect.objectContaining({ code: "MAPPING_CHANGED", cell: "'คะแนน'!B3:D13" })
    );

    await openFromSelection(moved.port, read.book, "'คะแนน'!B3:D13");
    const session = editing();
    expect(session.previous).toBe(true);
    expect(session.address).toBe("'คะแนน'!B5:D15");
    expect(session.mapping.columns).toEqual(YEARS);
    expect(await saveSession(moved.port)).toBe(true);
    const file = JSON.parse(moved.settings.saved[SETTING]) as MappingFile;
    expect(file.tables.map((t) => t.range)).toEqual(["B5:D15"]);
    expect(codes((await readAll(moved.port)).problems)).not.toContain("MAPPING_CHANGED");

    expect(await forget(moved.port, "'คะแนน'!B5:D15")).toBe(true);
    expect(JSON.parse(moved.settings.saved[SETTING])).toEqual({ version: 1, tables: [] });
    expect(codes((await readAll(moved.port)).problems)).toContain("YEARS_AMBIGUOUS");
  });

  test("a failed save keeps the editor open with the message", async () => {
    const { port, settings } = openWorkbook("B3", "'คะแนน'!B3:D13");
    await openFromSelection(port, undefined);
    updateMapping({ ...editing().mapping, columns: YEARS });
    settings.failNextSave();
    expect(await saveSession(port)).toBe(false);
    expect(currentMappingSession()).toMatchObject({
      status: "editing",
      error: "mapping.pane.saveFailed",
    });
  });
});

describe("a saved setting the pane cannot read", () => {
  test.each([
    ["a newer version", '{"version":2,"tables":[]}', "version"],
    ["a broken table", '{"version":1,"tables":[{"sheet":"คะแนน"}]}', "tables[0].range"],
    ["not JSON at all", '"{not json"', "(JSON)"],
  ])(
    "%s: not applied, reported with where it fails; forgetting clears it",
    async (_n, raw, path) => {
      const { port, settings } = openWorkbook("B3", "'คะแนน'!B3:D13", { [SETTING]: raw });
      expect(await loadSavedMappings(port)).toEqual({ tables: [], unreadable: { path } });
      expect(settings.saves).toBe(0); // only reading: the value is left as it is

      expect(await forgetUnreadable(port)).toBe(true);
      expect(currentMappingSession()).toMatchObject({
        notice: { id: "mapping.pane.unreadableForgotten" },
      });
      expect(JSON.parse(settings.saved[SETTING])).toEqual({ version: 1, tables: [] });
      expect(await loadSavedMappings(port)).toEqual({ tables: [] });
    }
  );

  test("no setting, or a readable one, is no problem", async () => {
    expect(await loadSavedMappings(openWorkbook("B3", "A1").port)).toEqual({ tables: [] });
    const { settings } = await mapOnce();
    const saved = await loadSavedMappings(openWorkbook("B3", "A1", settings.saved).port);
    expect(saved.unreadable).toBeUndefined();
    expect(saved.tables).toHaveLength(1);
  });
});
