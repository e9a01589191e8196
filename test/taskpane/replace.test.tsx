import { FAST_USER } from "./fast-user";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t } from "../../src/domain/messages";
import type { GeneratedSheet } from "../../src/workbook/port";
import { memoryPort, renderPane, stubEngine } from "./support";

const EARLIER: GeneratedSheet[] = [
  { name: "เปรียบเทียบ", key: "comparison", edited: false },
  { name: "ข้อค้นพบ", key: "findings", edited: true },
];

async function startRun(earlier: GeneratedSheet[]) {
  const user = userEvent.setup(FAST_USER);
  const port = memoryPort(earlier);
  const engine = stubEngine();
  renderPane(port, engine, "en");
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  await screen.findByTestId("found");
  await user.click(screen.getByRole("button", { name: "Create analysis" }));
  // hidden: Fluent's focus manager (tabster) may mark the surface aria-hidden in jsdom, where
  // focus does not move as in a browser; the e2e run checks the dialog in real Chromium.
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  return { user, port, engine, dialog };
}

describe("replacing earlier generated sheets", () => {
  test("asks first, warns about edited sheets, and replaces on request", async () => {
    const { user, port, engine, dialog } = await startRun(EARLIER);
    expect(dialog).toHaveTextContent("เปรียบเทียบ");
    expect(dialog).toHaveTextContent(t("en", "PANE_REPLACE_EDITED_WARNING"));
    expect(port.apply).not.toHaveBeenCalled();
    // Asked before anything is rendered: the pipeline runs once, after the answer.
    expect(engine.run).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Replace", hidden: true }));
    await screen.findByTestId("summary");
    expect(port.apply).toHaveBeenCalledTimes(1);
    expect(port.apply.mock.calls[0][1]).toEqual({ replace: ["เปรียบเทียบ", "ข้อค้นพบ"] });
    // The render no longer sees the replaced names, so the new sheets take them over.
    expect(engine.run).toHaveBeenCalledTimes(1);
    expect(engine.run.mock.calls[0][1]).not.toContain("เปรียบเทียบ");
    expect(port.apply.mock.calls[0][0].sheets[0].name).toBe("เปรียบเทียบ");
  });

  test("the measures and units sheets are never offered for replacement by an analysis run", async () => {
    const measures: GeneratedSheet[] = [
      { name: "มาตรการ", key: "measures", edited: true },
      { name: "ส่วนราชการ", key: "units", edited: false },
    ];
    const { user, port, dialog } = await startRun([...EARLIER, ...measures]);
    expect(dialog).toHaveTextContent("ข้อค้นพบ");
    expect(dialog).not.toHaveTextContent("มาตรการ");
    expect(dialog).not.toHaveTextContent("ส่วนราชการ");
    await user.click(within(dialog).getByRole("button", { name: "Replace", hidden: true }));
    await screen.findByTestId("summary");
    expect(port.apply.mock.calls[0][1]).toEqual({ replace: ["เปรียบเทียบ", "ข้อค้นพบ"] });
  });

  test("no edit warning when the earlier sheets are untouched", async () => {
    const { dialog } = await startRun([{ name: "เปรียบเทียบ", key: "comparison", edited: false }]);
    expect(dialog).not.toHaveTextContent(t("en", "PANE_REPLACE_EDITED_WARNING"));
  });

  test("keep both writes new sheets beside the old ones", async () => {
    const { user, port, dialog } = await startRun(EARLIER);
    await user.click(within(dialog).getByRole("button", { name: "Keep both", hidden: true }));
    await screen.findByTestId("summary");
    expect(port.apply.mock.calls[0][1]).toBeUndefined();
    expect(port.apply.mock.calls[0][0].sheets[0].name).toBe("เปรียบเทียบ (2)");
  });

  test("cancel after an earlier result keeps that result and puts focus on Create", async () => {
    const { user, port, dialog } = await startRun(EARLIER);
    await user.click(within(dialog).getByRole("button", { name: "Keep both", hidden: true }));
    await screen.findByTestId("summary");
    const create = screen.getByRole("button", { name: "Create analysis", hidden: true });
    await waitFor(() => expect(create).not.toHaveAttribute("aria-disabled", "true"));
    await user.click(create);
    const again = await screen.findByRole("alertdialog", { hidden: true });
    await user.click(within(again).getByRole("button", { name: "Cancel", hidden: true }));
    await waitFor(() => expect(create).toHaveFocus());
    expect(screen.getByTestId("summary")).toBeInTheDocument();
    expect(port.apply).toHaveBeenCalledTimes(1);
  });

  test("cancel writes nothing", async () => {
    const { user, port, dialog } = await startRun(EARLIER);
    await user.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    await waitFor(() =>
      expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument()
    );
    expect(port.apply).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Create analysis", hidden: true })).toBeEnabled()
    );
  });
});
