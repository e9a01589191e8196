/**
 * Find shows its progress as Create does: nothing for a quick find (no flicker), the stage in a
 * status region once it has taken a second. The Data step alone, its state handed in, the clock
 * Jest's.
 */
import { act, render, screen } from "@testing-library/react";
import { DataStep } from "../../src/taskpane/components/DataStep";
import { PROGRESS_DELAY_MS } from "../../src/taskpane/components/progressDelay";
import { LangProvider } from "../../src/taskpane/i18n";
import { PaneContext } from "../../src/taskpane/hooks/paneContext";
import type { PaneActions, PaneState } from "../../src/taskpane/hooks/usePaneController";
import { memoryPort } from "./support";

const port = memoryPort();
const actions = new Proxy({} as PaneActions, { get: () => jest.fn() });

function state(busy: PaneState["busy"]): PaneState {
  return { lang: "en", busy, problems: [], blocked: false, options: {} as PaneState["options"] };
}

function dataStep(busy: PaneState["busy"]) {
  return (
    <LangProvider lang="en">
      <PaneContext.Provider value={{ state: state(busy), actions, port }}>
        <DataStep />
      </PaneContext.Provider>
    </LangProvider>
  );
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("a quick find shows no progress at all", () => {
  const { rerender } = render(dataStep("find"));
  act(() => jest.advanceTimersByTime(PROGRESS_DELAY_MS - 100));
  expect(screen.queryByTestId("find-progress")).toBeNull();
  expect(screen.queryByText("Reading the workbook…")).toBeNull();
  rerender(dataStep(null));
  act(() => jest.advanceTimersByTime(PROGRESS_DELAY_MS));
  expect(screen.queryByTestId("find-progress")).toBeNull();
  expect(screen.getByRole("status")).toBeEmptyDOMElement();
});

test("a slow find shows its stage after the delay, announced in a status region", () => {
  const { rerender } = render(dataStep("find"));
  // Focus stays on the Find button, which stays focusable while busy.
  const find = screen.getByRole("button", { name: "Find score tables" });
  find.focus();
  act(() => jest.advanceTimersByTime(PROGRESS_DELAY_MS - 1));
  expect(screen.queryByTestId("find-progress")).toBeNull();
  act(() => jest.advanceTimersByTime(1));
  const shown = screen.getByTestId("find-progress");
  expect(screen.getByRole("status")).toHaveTextContent("Reading the workbook…");
  expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
  expect(shown.querySelector("[role=progressbar]")).not.toBeNull();
  expect(find).toHaveFocus();
  // Done: the indicator goes at once, the (now empty) region stays in the page.
  rerender(dataStep(null));
  expect(screen.queryByTestId("find-progress")).toBeNull();
  expect(screen.getByRole("status")).toBeEmptyDOMElement();
});
