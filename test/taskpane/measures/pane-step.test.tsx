import { FAST_USER } from "../fast-user";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PaneContext, type PaneContextValue } from "../../../src/taskpane/hooks/paneContext";
import type { PaneActions, PaneState } from "../../../src/taskpane/hooks/usePaneController";
import { MeasuresPaneStep } from "../../../src/taskpane/measures";
import { FakePort, seed003Analysis } from "./fixtures";
import { memoryPort, renderPane, stubEngine } from "../support";

// ByRole queries skip the visibility walk (slow in jsdom under Fluent's styles); what is shown
// is asserted by what is rendered.
configure({ defaultHidden: true });

const actions: PaneActions = {
  setLang: jest.fn(),
  find: jest.fn(),
  insertTemplate: jest.fn(),
  setOptions: jest.fn(),
  create: jest.fn(),
  decideReplace: jest.fn(),
  select: jest.fn(),
  activate: jest.fn(),
  dismissError: jest.fn(),
};

function paneState(withResult: boolean): PaneState {
  return {
    lang: "th",
    busy: null,
    problems: [],
    blocked: false,
    options: { threshold: "85", thaiDigits: false, outputLang: "th", era: "be" },
    ...(withResult
      ? {
          result: {
            analysis: seed003Analysis(),
            created: [],
            skipped: [],
            choice: { threshold: 85, thaiDigits: false, lang: "th" as const, era: "be" as const },
            warnings: [],
          },
        }
      : {}),
  };
}

function renderInPane(state: PaneState) {
  const value: PaneContextValue = { state, actions, port: new FakePort() };
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={value}>
        <MeasuresPaneStep />
      </PaneContext.Provider>
    </FluentProvider>
  );
}

describe("Measures step inside the pane", () => {
  test("asks for the analysis first", () => {
    renderInPane(paneState(false));
    expect(screen.getByText(/สร้างการวิเคราะห์ในขั้นก่อนหน้าก่อน/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "แทรกตารางมาตรการ" })).toBeNull();
  });

  test("is the pane's fourth step, after Create analysis, and proposes from its result in Thai", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    renderPane(port, stubEngine());
    const step = screen.getByRole("region", { name: /^ขั้นที่ 4\s*มาตรการส่งเสริมคุณธรรมและความโปร่งใส/ });
    // The step is a lazy chunk: it appears once loaded.
    expect(await within(step).findByText(/สร้างการวิเคราะห์ในขั้นก่อนหน้าก่อน/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" }));
    await screen.findByTestId("found");
    await user.click(screen.getByRole("button", { name: "สร้างการวิเคราะห์" }));
    await screen.findByTestId("summary");
    // Sample book: the weakest per tool are indicators 2 (IIT) and 8 (EIT).
    // In Thai, with the indicator's name.
    expect(
      await within(step).findByRole("heading", { level: 3, name: /^ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน/ })
    ).toBeInTheDocument();
    expect(within(step).getByRole("button", { name: "แทรกตารางมาตรการ" })).toBeEnabled();
    expect(port.read).toHaveBeenLastCalledWith("workbook");
  });
});
