/**
 * The pane's result says when the overall (and with it the level) was computed from the
 * indicator scores rather than read, as every generated sheet does. The Summary alone.
 */
import { render, screen, within } from "@testing-library/react";
import { analyze } from "../../src/domain/analyze";
import type { Lang } from "../../src/domain/messages";
import { t } from "../../src/domain/messages";
import { Summary } from "../../src/taskpane/components/Summary";
import { LangProvider } from "../../src/taskpane/i18n";
import { PaneContext } from "../../src/taskpane/hooks/paneContext";
import type { PaneActions, PaneState } from "../../src/taskpane/hooks/usePaneController";
import { bookOf, type YearInput } from "../support/book";
import { INDICATORS_000_2568 } from "../support/seed-figures";
import { memoryPort } from "./support";

const port = memoryPort();
const actions = new Proxy({} as PaneActions, { get: () => jest.fn() });
const state = { lang: "th" } as PaneState;

const TOOLS = { IIT: 99.1, EIT: 99.2, OIT: 100 };
const typed: YearInput = { overall: 99.8, tools: TOOLS, indicators: INDICATORS_000_2568 };
const computed: YearInput = { tools: TOOLS, indicators: INDICATORS_000_2568 };

function renderSummary(years: Record<number, YearInput>, lang: Lang) {
  const analysis = analyze(bookOf(years), { from: 2567, to: 2568, threshold: 85 });
  const choice = { from: 2567, to: 2568, threshold: 85, thaiDigits: false, lang, era: "be" as const };
  const result = { analysis, created: [], skipped: [], choice, warnings: [] };
  return render(
    <LangProvider lang={lang}>
      <PaneContext.Provider value={{ state, actions, port }}>
        <Summary result={result} />
      </PaneContext.Provider>
    </LangProvider>
  );
}

test("a computed overall has the note beside it; a typed one has none", () => {
  const { unmount } = renderSummary({ 2567: typed, 2568: computed }, "th");
  const notes = screen.getAllByTestId("computed-note");
  expect(notes).toHaveLength(1);
  expect(notes[0]).toHaveTextContent(t("th", "PANE_SUMMARY_COMPUTED"));
  // Right after the score it qualifies.
  expect(notes[0].previousElementSibling).toHaveTextContent("คะแนนภาพรวม 99.");
  unmount();

  renderSummary({ 2567: typed, 2568: typed }, "th");
  expect(screen.getByTestId("summary")).toHaveTextContent("คะแนนภาพรวม 99.80");
  expect(screen.queryByTestId("computed-note")).toBeNull();
});

test("a computed earlier year is noted beside the change, in English too", () => {
  renderSummary({ 2567: computed, 2568: typed }, "en");
  const note = within(screen.getByTestId("summary")).getByTestId("computed-note");
  expect(note).toHaveTextContent(
    "The overall score of 2567 B.E. was computed from the indicator scores"
  );
  expect(note.previousElementSibling).toHaveTextContent(/from 2567 B\.E\./);
});
