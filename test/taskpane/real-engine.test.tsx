/**
 * The pane with the real domain pipeline (read -> analyze -> render) on a fixture workbook,
 * through an in-memory port: proves the glue in src/taskpane/engine/real.ts. Jest has no Worker,
 * so the engine runs in-thread here (the worker protocol: engine-worker.test.ts).
 */
import { FAST_USER } from "./fast-user";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/domain/grid";
import * as pipeline from "../../src/domain/pipeline";
import { realEngine } from "../../src/taskpane/engine/real";
import type { PaneEngine } from "../../src/taskpane/engine/types";
import { getReportDetails, setReportDetails } from "../../src/taskpane/report/reportDetails";
import fixture from "../fixtures/grids/two-year-comparison.json";
import { memoryPort, renderPane, stubEngine } from "./support";

const grids = fixture.grids as Grid[];

afterEach(() => jest.restoreAllMocks());

test("finds the fixture's tables and creates the analysis sheets", async () => {
  const user = userEvent.setup(FAST_USER);
  const port = memoryPort();
  port.sheetNames = grids.map((g) => g.sheet);
  port.read.mockImplementation(async () => ({ grids, sheetNames: [...port.sheetNames] }));
  renderPane(port, realEngine, "en");

  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  const found = await screen.findByTestId("found");
  expect(found).toHaveTextContent("2567, 2568");
  expect(within(found).getAllByRole("listitem").length).toBeGreaterThan(0);

  await user.click(screen.getByRole("switch", { name: "Thai digits in generated text" }));
  await user.click(screen.getByRole("button", { name: "Create analysis" }));
  const summary = await screen.findByTestId("summary");
  expect(summary).toHaveTextContent("Overall score 99.80");
  expect(summary).toHaveTextContent("Up 3.13 points (3.24%) from 2567");

  const spec = port.apply.mock.calls[0][0];
  const names = spec.sheets.map((s) => s.name);
  // New names never clash with the user's sheets (the fixture has one called "เปรียบเทียบ").
  for (const name of names) expect(grids.map((g) => g.sheet)).not.toContain(name);
  // Every visible sheet is linked; the hidden report-details sheet cannot be shown, so is not.
  for (const sheet of spec.sheets) {
    if (sheet.visibility === "hidden") expect(summary).not.toHaveTextContent(sheet.name);
    else expect(summary).toHaveTextContent(sheet.name);
  }
  // Thai digits were asked for: some generated text carries them.
  const texts = spec.sheets.flatMap((s) => s.rows.flat().map((c) => c?.value));
  expect(texts.some((v) => typeof v === "string" && /[๐-๙]/.test(v))).toBe(true);
});

test("insert blank template renders the real template sheet", async () => {
  const user = userEvent.setup(FAST_USER);
  const port = memoryPort();
  renderPane(port, realEngine, "th");
  await user.click(screen.getByRole("button", { name: "แทรกแม่แบบว่าง" }));
  await screen.findByText(/แทรกชีต “.+” แล้ว/);
  const spec = port.apply.mock.calls[0][0];
  expect(spec.sheets.map((s) => s.key)).toContain("template");
});

/** A port over the fixture's grids. */
function fixturePort() {
  const port = memoryPort();
  port.sheetNames = grids.map((g) => g.sheet);
  port.read.mockImplementation(async () => ({ grids, sheetNames: [...port.sheetNames] }));
  return port;
}

test("an exception in the pipeline is the pane's clear message, and nothing is written", async () => {
  jest.spyOn(pipeline, "runPipeline").mockImplementationOnce(() => {
    throw Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
  });
  const user = userEvent.setup(FAST_USER);
  const port = fixturePort();
  renderPane(port, realEngine, "en");
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  await screen.findByTestId("found");
  await user.click(screen.getByRole("button", { name: "Create analysis" }));
  await screen.findByText(/Excel is editing a cell/);
  expect(port.apply).not.toHaveBeenCalled();
  expect(screen.queryByTestId("summary")).toBeNull();
});

test("Find fills the report details form from the workbook (the engine itself changes nothing)", async () => {
  setReportDetails({});
  const engine = realEngine;
  const read = await engine.readTables(grids);
  // The engine only answers: the details are filled in by the pane when it reads the workbook.
  expect(getReportDetails()).toEqual({});
  const stored = { announcementDate: "2025-08-15", prepared: { name: "Somjai Jaidee" } };
  const user = userEvent.setup(FAST_USER);
  renderPane(fixturePort(), {
    ...engine,
    readTables: async () => ({ ...read, storedInfo: stored }),
  });
  await user.click(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" }));
  await screen.findByTestId("found");
  expect(getReportDetails()).toEqual(stored);
});

/** The stub engine, with a run that takes `ms` milliseconds. */
function slowEngine(ms: number): PaneEngine {
  const engine = stubEngine();
  return {
    ...engine,
    run: (...args) => new Promise((resolve) => setTimeout(() => resolve(engine.run(...args)), ms)),
  };
}

/** Runs Create and says whether the progress indicator was ever shown, and with what stage. */
async function progressDuring(engine: PaneEngine): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const shown = screen.queryByTestId("progress");
    if (shown) seen.push(shown.textContent ?? "");
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  const user = userEvent.setup(FAST_USER);
  renderPane(memoryPort(), engine, "en");
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  await screen.findByTestId("found");
  await user.click(screen.getByRole("button", { name: "Create analysis" }));
  await screen.findByTestId("summary", {}, { timeout: 5000 });
  observer.disconnect();
  return seen;
}

test("a run of over a second shows its stage, announced in a status region", async () => {
  expect(await progressDuring(slowEngine(1300))).toContain("Analysing…");
  // The region stays in the page (so each stage is announced as its text changes), now empty.
  expect(screen.queryByTestId("progress")).toBeNull();
  // (Find has a region of its own: every one is empty now.)
  for (const region of screen.getAllByRole("status")) expect(region).toBeEmptyDOMElement();
});

test("a quick run shows no progress at all (no flicker)", async () => {
  expect(await progressDuring(stubEngine())).toEqual([]);
});
