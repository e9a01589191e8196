import { FAST_USER } from "./fast-user";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t } from "../../src/domain/messages";
import { OfficeWorkbookError } from "../../src/workbook/office";
import { memoryPort, renderPane, stubEngine } from "./support";

describe("task pane flow", () => {
  test("is Thai by default and switches to English", async () => {
    const user = userEvent.setup(FAST_USER);
    renderPane(memoryPort(), stubEngine());
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("วิเคราะห์ผล ITA");
    expect(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: t("th", "PANE_LANGUAGE_BUTTON_LABEL") }));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("ITA Analyzer");
    expect(screen.getByRole("button", { name: "Find score tables" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
  });

  test("starts in English when Office speaks English", () => {
    renderPane(memoryPort(), stubEngine(), "en");
    expect(screen.getByRole("button", { name: "Find score tables" })).toBeInTheDocument();
  });

  test("find lists the organisation, years, tables and problems; clicking selects the cell", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    renderPane(port, stubEngine());
    await user.click(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" }));
    const found = await screen.findByTestId("found");
    expect(port.read).toHaveBeenCalledWith("workbook");
    expect(found).toHaveTextContent("องค์การบริหารส่วนตำบลเมืองใหม่");
    expect(found).toHaveTextContent("2567, 2568");
    expect(found).toHaveTextContent("คะแนนรายตัวชี้วัด");
    await user.click(within(found).getByRole("button", { name: "ไปที่ ข้อมูล!A5:C15" }));
    expect(port.select).toHaveBeenCalledWith("ข้อมูล!A5:C15");

    const problems = screen.getByTestId("problems");
    const item = within(problems).getByRole("button", { name: /ไม่รู้จักแถว “หมายเหตุ”/ });
    await user.click(item);
    expect(port.select).toHaveBeenLastCalledWith("ข้อมูล!A20");
  });

  test("create analysis shows the summary; sheet links activate the new sheets", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    renderPane(port, stubEngine());
    await user.click(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" }));
    await screen.findByTestId("found");
    await user.click(screen.getByRole("button", { name: "สร้างการวิเคราะห์" }));
    const summary = await screen.findByTestId("summary");
    expect(port.apply).toHaveBeenCalledTimes(1);
    expect(summary).toHaveTextContent("คะแนนภาพรวม 99.80");
    expect(summary).toHaveTextContent("เพิ่มขึ้น 3.13 คะแนน (ร้อยละ 3.24) จากปี 2567");
    // Weakest per tool: IIT indicator 2 (99.10), EIT indicator 8 (99.08).
    expect(summary).toHaveTextContent("IIT: ตัวชี้วัดที่ 2");
    expect(summary).toHaveTextContent("EIT: ตัวชี้วัดที่ 8");
    expect(within(summary).getByRole("heading", { name: "ผลการวิเคราะห์" })).toHaveFocus();
    await user.click(within(summary).getByRole("button", { name: "เปิดชีต ข้อค้นพบ" }));
    expect(port.activate).toHaveBeenCalledWith("ข้อค้นพบ");
  });

  test("insert blank template applies the template spec and says what to do next", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    renderPane(port, stubEngine());
    await user.click(screen.getByRole("button", { name: "แทรกแม่แบบว่าง" }));
    expect(await screen.findByText(/แทรกชีต “กรอกคะแนน ITA” แล้ว/)).toBeInTheDocument();
    expect(port.apply.mock.calls[0][0].sheets[0].key).toBe("template");
    expect(port.activate).toHaveBeenCalledWith("กรอกคะแนน ITA");
  });

  test("a run with errors is blocked and nothing is written", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    const engine = stubEngine();
    renderPane(port, engine);
    await user.click(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" }));
    await screen.findByTestId("found");
    engine.run.mockReturnValueOnce({
      ok: false,
      problems: [{ severity: "error", code: "NOTHING_FOUND", params: {} }],
    });
    await user.click(screen.getByRole("button", { name: "สร้างการวิเคราะห์" }));
    expect(await screen.findByText(t("th", "PANE_RUN_BLOCKED"))).toBeInTheDocument();
    expect(screen.getByTestId("problems")).toHaveTextContent(t("th", "NOTHING_FOUND"));
    expect(port.apply).not.toHaveBeenCalled();
  });

  test("an error carrying a catalogue message id is shown with that message", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    port.read.mockRejectedValueOnce(
      new OfficeWorkbookError("OFFICE_READ_FAILED", {}, new Error("x"))
    );
    renderPane(port, stubEngine(), "en");
    await user.click(screen.getByRole("button", { name: "Find score tables" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(t("en", "OFFICE_READ_FAILED"));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("port errors are shown in plain words, never as a stack trace", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    port.read.mockRejectedValueOnce(
      Object.assign(new Error("RichApi.Error at x.js:1"), {
        code: "InvalidOperationInCellEditMode",
      })
    );
    renderPane(port, stubEngine());
    await user.click(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(t("th", "PANE_ERROR_CELL_EDIT"));
    expect(alert).not.toHaveTextContent("RichApi");

    port.read.mockRejectedValueOnce(new Error("TypeError: boom\n    at foo (bar.js:1:2)"));
    await user.click(screen.getByRole("button", { name: "ค้นหาตารางคะแนน" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(t("th", "PANE_ERROR_GENERIC"))
    );
    expect(screen.getByRole("alert")).not.toHaveTextContent("boom");
  });

  test("the main buttons work from the keyboard alone", async () => {
    const user = userEvent.setup(FAST_USER);
    const port = memoryPort();
    renderPane(port, stubEngine());
    const find = screen.getByRole("button", { name: "ค้นหาตารางคะแนน" });
    // Tab order itself is checked in real Chromium (test/e2e); jsdom cannot run Fluent's focus
    // manager faithfully. Here: focused buttons act on Enter and Space.
    find.focus();
    expect(find).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByTestId("found");
    expect(port.read).toHaveBeenCalledTimes(1);
    const create = screen.getByRole("button", { name: "สร้างการวิเคราะห์" });
    create.focus();
    await user.keyboard(" ");
    await screen.findByTestId("summary");
    expect(port.apply).toHaveBeenCalledTimes(1);
  });
});
