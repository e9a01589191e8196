/**
 * "Use the selected range" end to end in jsdom: the real engine, the Office adapter on the fake
 * Excel host, and the host's document settings. The pane saves a mapping; the workbook is
 * reopened from what was saved; the next run reads the table without asking; a moved table is
 * asked again with the old mapping as the default.
 */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { CellValue } from "../../../src/domain/grid";
import { App } from "../../../src/taskpane/components/App";
import { realEngine } from "../../../src/taskpane/engine/real";
import { resetMappingSession } from "../../../src/taskpane/mapping";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { createFakeExcel } from "../../support/fake-excel";
import {
  attachDocumentSettings,
  createDocumentSettings,
  type FakeSettingsStore,
} from "../../support/fake-excel/document-settings";
import { INDICATORS_000_2568, INDICATORS_003_2568 } from "../../support/seed-figures";

/** Two score columns both headed "คะแนน": the reader cannot tell their years apart. */
function table(): CellValue[][] {
  const rows: CellValue[][] = [["ตัวชี้วัด", "คะแนน", "คะแนน"]];
  for (let no = 1; no <= 10; no++)
    rows.push([
      `ตัวชี้วัดที่ ${no}`,
      INDICATORS_000_2568[no as keyof typeof INDICATORS_000_2568],
      INDICATORS_003_2568[no as keyof typeof INDICATORS_003_2568],
    ]);
  return rows;
}

function openWorkbook(at: string, selection: string, saved: Record<string, string> = {}) {
  const fake = createFakeExcel({ sheets: { คะแนน: table() }, origins: { คะแนน: at }, selection });
  const settings = createDocumentSettings(saved);
  attachDocumentSettings(fake, settings);
  const port = createOfficeWorkbook(fake);
  render(<App port={port} initialLang="en" loadEngine={async () => realEngine} />);
  return { fake, settings };
}

async function choose(user: ReturnType<typeof userEvent.setup>, combobox: RegExp, option: string) {
  await user.click(screen.getByRole("combobox", { name: combobox }));
  await user.click(await screen.findByRole("option", { name: option }));
}

// Fluent's dropdowns are slow to open in jsdom on a shared 2-core machine.
jest.setTimeout(180000);

afterEach(() => {
  cleanup();
  resetMappingSession();
});

test("map once in the pane, saved in the workbook, read without asking after reopening", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const first = openWorkbook("B3", "'คะแนน'!B3:D13");
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  const problems = await screen.findByTestId("problems");
  expect(problems).toHaveTextContent("cannot be told apart");
  // The action sits beside the problem as well as in the Data step.
  expect(within(problems).getByRole("button", { name: /Use the selected range for the table at/ })).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Use the selected range" }));
  const editor = await screen.findByTestId("mapping-editor");
  expect(within(editor).getByRole("heading", { name: "Map the table 'คะแนน'!B3:D13" })).toHaveFocus();
  await choose(user, /Year of column C/, "2567");
  await choose(user, /Year of column D/, "2568");
  const preview = screen.getByTestId("mapping-preview");
  await waitFor(() => expect(preview).toHaveTextContent("2568: overall – · – · 10 indicator(s)"));
  expect(preview).toHaveTextContent("9: 77.00");
  expect(preview).toHaveTextContent("2567: overall – · – · 10 indicator(s)");

  await user.click(screen.getByRole("button", { name: "Save and use this mapping" }));
  await screen.findByText(/is saved in the workbook/);
  expect(first.settings.saves).toBe(1);
  const found = await screen.findByTestId("found");
  await waitFor(() => expect(found).toHaveTextContent("Mapped by you"));
  expect(found).toHaveTextContent("2567, 2568");
  expect(screen.queryByText(/cannot be told apart/)).not.toBeInTheDocument();

  // Reopened: only what was saved in the document survives.
  const saved = first.settings.saved;
  expect(Object.keys(saved)).toEqual(["ita-analyzer.mappings"]);
  cleanup();
  resetMappingSession();
  openWorkbook("B3", "'คะแนน'!A1", saved);
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  const again = await screen.findByTestId("found");
  expect(again).toHaveTextContent("Mapped by you");
  expect(again).toHaveTextContent("2567, 2568");
  expect(screen.queryByTestId("mapping-editor")).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Create analysis" }));
  const summary = await screen.findByTestId("summary");
  expect(summary).toHaveTextContent("from 2567");
});

test("a moved table is asked again, with the old mapping as the default; forget removes it", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const mapped = openWorkbook("B3", "'คะแนน'!B3:D13");
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  await screen.findByTestId("problems");
  await user.click(screen.getByRole("button", { name: "Use the selected range" }));
  await screen.findByTestId("mapping-editor");
  await choose(user, /Year of column C/, "2567");
  await choose(user, /Year of column D/, "2568");
  await user.click(screen.getByRole("button", { name: "Save and use this mapping" }));
  await screen.findByText(/is saved in the workbook/);
  const saved: Record<string, string> = mapped.settings.saved;
  cleanup();
  resetMappingSession();

  // Two rows were inserted above the table: it now starts at B5.
  const moved: { settings: FakeSettingsStore } = openWorkbook("B5", "'คะแนน'!B5:D15", saved);
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  const problems = await screen.findByTestId("problems");
  expect(problems).toHaveTextContent("The table at 'คะแนน'!B3:D13 has moved or changed shape");
  await user.click(
    within(problems).getByRole("button", { name: "Use the selected range for the table at 'คะแนน'!B3:D13" })
  );
  const editor = await screen.findByTestId("mapping-editor");
  expect(editor).toHaveTextContent("This table was mapped before");
  expect(within(editor).getByRole("combobox", { name: /Column D/ })).toHaveTextContent("Score");
  expect(within(editor).getByRole("combobox", { name: /Year of column D/ })).toHaveTextContent("2568");
  await user.click(screen.getByRole("button", { name: "Save and use this mapping" }));
  const found = await screen.findByTestId("found");
  await waitFor(() => expect(found).toHaveTextContent("'คะแนน'!B5:D15"));
  expect(JSON.parse(moved.settings.saved["ita-analyzer.mappings"]).tables).toHaveLength(1);

  await user.click(within(found).getByRole("button", { name: "Forget the mapping of 'คะแนน'!B5:D15" }));
  await screen.findByText(/is forgotten/);
  expect(JSON.parse(moved.settings.saved["ita-analyzer.mappings"]).tables).toEqual([]);
  await waitFor(() => expect(screen.getByTestId("problems")).toHaveTextContent("cannot be told apart"));
});
