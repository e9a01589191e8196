/**
 * One short flow through the pane's mapping components in jsdom, with the real engine, the
 * Office adapter on the fake Excel host and its document settings. The logic behind it — the
 * editor's guess and preview, saving, reopening, a moved table, forgetting, an unreadable
 * setting — is proved without the DOM in session.test.ts; the Fluent dropdowns of the editor
 * are driven in the Chromium end-to-end run (test/e2e/mapping-flow.ts).
 */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App";
import { realEngine } from "../../../src/taskpane/engine/real";
import { resetMappingSession } from "../../../src/taskpane/mapping";
import {
  currentMappingSession,
  openFromSelection,
  saveSession,
  updateMapping,
} from "../../../src/taskpane/mapping/session";
import { FAST_USER } from "../fast-user";
import { openWorkbook, SETTING } from "./support";

function show(saved: Record<string, string>, selection = "'คะแนน'!B3:D13") {
  const wb = openWorkbook("B3", selection, saved);
  render(<App port={wb.port} initialLang="en" loadEngine={async () => realEngine} />);
  return wb;
}

/** A mapping of the table saved through the session (as the editor saves it). */
async function savedMapping(): Promise<Record<string, string>> {
  const { port, settings } = openWorkbook("B3", "'คะแนน'!B3:D13");
  await openFromSelection(port, undefined);
  const s = currentMappingSession();
  if (s.status !== "editing") throw new Error(s.status);
  updateMapping({
    ...s.session.mapping,
    columns: [{ role: "item" }, { role: "score", year: 2567 }, { role: "score", year: 2568 }],
  });
  await saveSession(port);
  resetMappingSession();
  return settings.saved;
}

afterEach(() => {
  cleanup();
  resetMappingSession();
});

test("unreadable setting: shown and forgotten; the editor opens beside the problem; a mapped table: listed, forgotten", async () => {
  const user = userEvent.setup(FAST_USER);
  const broken = show({ [SETTING]: '{"version":2,"tables":[]}' });
  const warning = await screen.findByTestId("mappings-unreadable");
  expect(warning).toHaveTextContent("not in a form this add-in can read (at version)");
  await user.click(within(warning).getByRole("button", { name: "Forget the saved mappings" }));
  await screen.findByText("The saved table mappings are forgotten.");
  expect(screen.queryByTestId("mappings-unreadable")).not.toBeInTheDocument();
  expect(JSON.parse(broken.settings.saved[SETTING])).toEqual({ version: 1, tables: [] });

  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  const problems = await screen.findByTestId("problems");
  expect(problems).toHaveTextContent("cannot be told apart");
  await user.click(
    within(problems).getByRole("button", { name: /Use the selected range for the table at/ })
  );
  const editor = await screen.findByTestId("mapping-editor");
  expect(
    within(editor).getByRole("heading", { name: "Map the table 'คะแนน'!B3:D13" })
  ).toHaveFocus();
  expect(within(editor).getByRole("combobox", { name: /Column C/ })).toHaveTextContent("Score");
  expect(screen.getByTestId("mapping-preview")).toBeInTheDocument();
  await user.click(within(editor).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByTestId("mapping-editor")).not.toBeInTheDocument());

  cleanup();
  const mapped = show(await savedMapping(), "'คะแนน'!A1");
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  const found = await screen.findByTestId("found");
  await waitFor(() => expect(found).toHaveTextContent("Mapped by you"));
  expect(found).toHaveTextContent("2567, 2568");
  expect(screen.queryByText(/cannot be told apart/)).not.toBeInTheDocument();
  await user.click(
    within(found).getByRole("button", { name: "Forget the mapping of 'คะแนน'!B3:D13" })
  );
  await screen.findByText(/is forgotten/);
  expect(JSON.parse(mapped.settings.saved[SETTING]).tables).toEqual([]);
  await waitFor(() =>
    expect(screen.getByTestId("problems")).toHaveTextContent("cannot be told apart")
  );
});
