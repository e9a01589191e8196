/**
 * The pane with the real domain pipeline (read -> analyze -> render) on a fixture workbook,
 * through an in-memory port: proves the glue in src/taskpane/engine/real.ts.
 */
import { FAST_USER } from "./fast-user";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/domain/grid";
import { realEngine } from "../../src/taskpane/engine/real";
import fixture from "../fixtures/grids/two-year-comparison.json";
import { memoryPort, renderPane } from "./support";

const grids = fixture.grids as Grid[];

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
