import { FAST_USER } from "./fast-user";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t } from "../../src/domain/messages";
import { parseThreshold } from "../../src/taskpane/hooks/usePaneController";
import { bookOf } from "../support/book";
import { memoryPort, renderPane, stubEngine } from "./support";

async function findTables(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  await screen.findByTestId("found");
}

describe("options step", () => {
  test("asks to find the tables first", () => {
    renderPane(memoryPort(), stubEngine(), "en");
    expect(screen.getByText(t("en", "PANE_OPTIONS_NEED_DATA"))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create analysis" })).toBeDisabled();
  });

  test("defaults to the last two years and 85, and passes every choice to the run", async () => {
    const user = userEvent.setup(FAST_USER);
    const engine = stubEngine(
      bookOf({ 2566: { overall: 90 }, 2567: { overall: 95 }, 2568: { overall: 99 } })
    );
    renderPane(memoryPort(), engine, "en");
    await findTables(user);
    const from = screen.getByRole("combobox", { name: "Compare from (earlier year)" });
    const to = screen.getByRole("combobox", { name: "Compare to (later year)" });
    expect(from).toHaveValue("2567");
    expect(to).toHaveValue("2568");
    expect(screen.getByRole("spinbutton", { name: /Threshold/ })).toHaveValue(85);

    await user.selectOptions(from, "2566");
    const threshold = screen.getByRole("spinbutton", { name: /Threshold/ });
    await user.clear(threshold);
    await user.type(threshold, "90");
    await user.click(screen.getByRole("switch", { name: "Thai digits in generated text" }));
    await user.click(screen.getByRole("radio", { name: "Thai" }));
    expect(screen.getByRole("radio", { name: "Buddhist era (B.E.)" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Common era (CE)" }));
    await user.click(screen.getByRole("button", { name: "Create analysis" }));
    await screen.findByTestId("summary");
    expect(engine.run).toHaveBeenCalledTimes(1);
    expect(engine.run.mock.calls[0][2]).toEqual({
      from: 2566,
      to: 2568,
      threshold: 90,
      thaiDigits: true,
      lang: "th",
      era: "ce",
    });
  });

  test("a threshold that is not a score, or years in the wrong order, disable create", async () => {
    const user = userEvent.setup(FAST_USER);
    renderPane(memoryPort(), stubEngine(), "en");
    await findTables(user);
    const create = screen.getByRole("button", { name: "Create analysis" });
    expect(create).toBeEnabled();
    const threshold = screen.getByRole("spinbutton", { name: /Threshold/ });
    await user.clear(threshold);
    await user.type(threshold, "120");
    expect(screen.getByText(t("en", "PANE_THRESHOLD_INVALID"))).toBeInTheDocument();
    expect(create).toBeDisabled();
    await user.clear(threshold);
    await user.type(threshold, "80");
    expect(create).toBeEnabled();
    await user.selectOptions(screen.getByRole("combobox", { name: /earlier year/ }), "2568");
    expect(screen.getByText(t("en", "PANE_YEAR_ORDER"))).toBeInTheDocument();
    expect(create).toBeDisabled();
  });

  test("a single year can be analysed without comparison", async () => {
    const user = userEvent.setup(FAST_USER);
    const engine = stubEngine(bookOf({ 2568: { overall: 99.8 } }));
    renderPane(memoryPort(), engine, "en");
    await findTables(user);
    expect(screen.getByRole("combobox", { name: /earlier year/ })).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Create analysis" }));
    await screen.findByTestId("summary");
    expect(engine.run.mock.calls[0][2].from).toBeUndefined();
  });

  test("parseThreshold accepts 0 to 100 only", () => {
    expect(parseThreshold("85")).toBe(85);
    expect(parseThreshold("92.5")).toBe(92.5);
    expect(parseThreshold("0")).toBe(0);
    expect(parseThreshold("100.1")).toBeUndefined();
    expect(parseThreshold("")).toBeUndefined();
    expect(parseThreshold("-3")).toBeUndefined();
  });
});
