/**
 * The Measures step in the DOM: only what needs a rendered step (focus, one editor at a time,
 * typing into the editor's fields, the controls wired to the state, messages on screen). The
 * logic behind them is tested without rendering (proposals, units, preview-apply, rerun).
 */
import { FAST_USER } from "../fast-user";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useReducer } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planMeasures } from "../../../src/domain/measures";
import { LangProvider } from "../../../src/taskpane/i18n";
import { PreviewOrProblem } from "../../../src/taskpane/measures/StepMessages";
import { UnitsSection } from "../../../src/taskpane/measures/UnitsSection";
import { measuresReducer } from "../../../src/taskpane/measures/useMeasuresState";
import { FakePort, gridOf, measuresTable, rowKey, seed003Analysis } from "./fixtures";
import { applyAndWait, renderStep } from "./render-step";
import { stepModel } from "./step-model";

function weakProposals() {
  return planMeasures(seed003Analysis(), { lang: "en", weaknessesOnly: true }).items;
}

function group(no: number) {
  const heading = screen.getByRole("heading", { level: 3, name: new RegExp(`^Indicator ${no}:`) });
  return within(heading.closest("section")!);
}

// ByRole queries skip the visibility walk (getComputedStyle up every ancestor, slow in jsdom under
// Fluent's styles): collapsed groups and closed popups are not rendered at all, and what is shown
// is asserted by what is rendered. Queries are scoped to a group where they can be.
configure({ defaultHidden: true });

const insertButton = () =>
  within(screen.getByTestId("measures-footer")).getByRole("button", {
    name: "Insert measures table",
  });
const titleBox = () => screen.getByRole("textbox", { name: /Measure, project or activity/ });

describe("Measures step in the DOM", () => {
  test("choose, edit and insert: switch, untick, editor fields, one editor, a failed then a good insert", async () => {
    const port = new FakePort();
    port.failApply = new Error("boom");
    const ctx = await renderStep({ port });
    const { user } = ctx;

    // Ten groups; those of the weaknesses start open; keep-the-level measures are on.
    const headings = screen.getAllByRole("heading", { level: 3 });
    expect(headings).toHaveLength(10);
    const open = headings
      .filter((h) => h.querySelector("[aria-expanded=true]"))
      .map((h) => /^Indicator (\d+):/.exec(h.textContent ?? "")?.[1]);
    expect(open).toEqual(["3", "8", "9"]);
    const one = () => screen.getByRole("heading", { level: 3, name: /^Indicator 1:/ });
    expect(one()).toHaveTextContent("1 of 1 chosen");
    const weakOnly = screen.getByRole("switch", { name: /^Weaknesses only/ });
    expect(weakOnly).not.toBeChecked();
    await user.click(weakOnly);
    expect(one()).toHaveTextContent("0 of 0 chosen");
    await user.click(weakOnly);
    expect(one()).toHaveTextContent("1 of 1 chosen");

    // Untick a proposal.
    const dropped = weakProposals().find((m) => m.indicator === 8)!;
    await user.click(group(8).getByRole("checkbox", { name: dropped.title }));
    expect(group(8).getByRole("checkbox", { name: dropped.title })).not.toBeChecked();

    // Edit one: a cleared title is a problem shown at once, and Insert waits for a title.
    const target = weakProposals().find((m) => m.indicator === 3)!;
    await user.click(group(3).getByRole("button", { name: `Edit the measure “${target.title}”` }));
    await user.clear(titleBox());
    await user.tab(); // leaving the field commits what was typed
    expect(await screen.findByText(/A measure under indicator 3 has no title/)).toBeInTheDocument();
    expect(insertButton()).toBeDisabled();
    await user.click(titleBox());
    await user.type(titleBox(), "Fair duty rota");
    // Typed text reaches the list after a short pause, without leaving the field.
    expect(await group(3).findByRole("checkbox", { name: "Fair duty rota" })).toBeChecked();
    const steps = screen.getByRole("textbox", { name: /Steps/ });
    await user.clear(steps);
    await user.click(steps);
    await user.paste("Draft the rota\nPublish it");
    await user.click(screen.getByRole("combobox", { name: /Responsible units/ }));
    await user.click(screen.getByRole("menuitemcheckbox", { name: "Finance Division" }));
    await user.keyboard("{Escape}");
    await user.selectOptions(screen.getByRole("combobox", { name: "Timeline" }), "q2-3");

    // One editor at a time; the open one's button says Close.
    const [a] = weakProposals().filter((m) => m.indicator === 9);
    await user.click(group(9).getByRole("button", { name: `Edit the measure “${a.title}”` }));
    expect(screen.getAllByRole("textbox", { name: /Measure, project or activity/ })).toHaveLength(
      1
    );
    expect(titleBox()).toHaveValue(a.title);
    const close = group(9).getByRole("button", { name: `Close the editor of “${a.title}”` });
    expect(close).toHaveTextContent("Close");
    // A closed group's measures are not rendered, so not in the tab order.
    await user.click(screen.getByRole("button", { name: /^Indicator 9:/ }));
    expect(group(9).queryAllByRole("checkbox")).toHaveLength(0);

    // A failed insert is said in plain words; the retry works and focus stays on Insert.
    const insert = insertButton();
    await waitFor(() => expect(insert).toBeEnabled());
    await user.click(insert);
    expect(
      await screen.findByText(
        /The measures table could not be inserted; the workbook was not changed/
      )
    ).toBeInTheDocument();
    expect(screen.queryByText(/boom/)).toBeNull();
    expect(ctx.onApplied).not.toHaveBeenCalled();
    port.failApply = undefined;
    const spec = await applyAndWait(ctx);
    expect(port.applied).toHaveLength(2);
    expect(ctx.onApplied).toHaveBeenCalledWith(spec.sheets.map((s) => s.name));
    expect(insertButton()).toHaveFocus();

    const rows = measuresTable(spec.sheets[1]);
    expect(rows.map(rowKey)).not.toContain(dropped.key);
    const row = rows.find((r) => rowKey(r) === target.key)!;
    expect(row.measure).toBe("Fair duty rota");
    expect(row.steps).toBe("1. Draft the rota\n2. Publish it");
    expect(String(row.responsible)).toContain("Finance Division");
    expect(row.start).toBe(46023);
    expect(row.end).toBe(46295);
  });

  test("a measure of the user's own opens with its title selected, typed over", async () => {
    const { user } = await renderStep();
    await user.click(screen.getByRole("button", { name: "Add a measure under indicator 8" }));
    expect(titleBox()).toHaveFocus();
    await user.paste("Open day for residents");
    expect(titleBox()).toHaveValue("Open day for residents");
    expect(await group(8).findByRole("checkbox", { name: /Open day for residents/ })).toBeChecked();
  });

  test("reorders with the keyboard and keeps focus on the move button", async () => {
    const { user } = await renderStep();
    const nine = weakProposals().filter((m) => m.indicator === 9);
    const second = nine[1];
    group(9)
      .getByRole("button", { name: `Move “${second.title}” up` })
      .focus();
    await user.keyboard("{Enter}");
    const order = group(9)
      .getAllByRole("checkbox")
      .map((b) => b.closest("li")!.querySelector("label")!.textContent);
    expect(order.slice(0, 2)).toEqual([second.title, nine[0].title]);
    expect(group(9).getByRole("button", { name: `Move “${second.title}” up` })).toHaveFocus();
  });
});

/** A part of the step over the step's own reducer, without the rest of the step. */
function Harness(props: { part: "units" | "preview"; grids?: ReturnType<typeof gridOf>[] }) {
  const m = stepModel({ grids: props.grids });
  const [state, dispatch] = useReducer(measuresReducer, m.state);
  return (
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang="en">
        {props.part === "units" ? (
          <UnitsSection state={state} source={m.unitsSource} dispatch={dispatch} />
        ) : (
          <PreviewOrProblem built={m.build(state)} state={state} busy={false} dispatch={dispatch} />
        )}
      </LangProvider>
    </FluentProvider>
  );
}

describe("Measures step parts in the DOM", () => {
  test("units: add, a duplicate refused in words, rename with Enter, remove says what it touched", async () => {
    const user = userEvent.setup(FAST_USER);
    render(<Harness part="units" />);
    await user.click(screen.getByRole("button", { name: /^Your units \(11\)/ }));
    const names = () =>
      screen
        .getAllByRole("textbox", { name: /^Unit name/ })
        .map((i) => (i as HTMLInputElement).value);
    const add = screen.getByRole("textbox", { name: "New unit name" });
    await user.type(add, "Public Relations Unit");
    await user.click(screen.getByRole("button", { name: "Add unit" }));
    expect(names()).toContain("Public Relations Unit");
    await user.type(add, "Public Relations Unit{Enter}");
    expect(screen.getByText("“Public Relations Unit” is already in the list.")).toBeInTheDocument();
    const first = screen.getByRole("textbox", { name: "Unit name 1" });
    await user.clear(first);
    await user.type(first, "Clerk's Office{Enter}");
    expect(names()[0]).toBe("Clerk's Office");
    await user.click(screen.getByRole("button", { name: "Remove “Finance Division”" }));
    expect(names()).not.toContain("Finance Division");
    expect(screen.getByText(/Removed “Finance Division” and took it off \d+/)).toBeInTheDocument();
  });

  test("warnings of the build show under the preview, by cell", () => {
    const m = stepModel();
    const built = m.built(m.state);
    const warned = {
      ...built,
      problems: [
        {
          severity: "warning" as const,
          code: "ROW_TOO_TALL" as const,
          cell: "C7",
          params: { cell: "C7", needed: 520, limit: 409 },
        },
      ],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <LangProvider lang="en">
          <PreviewOrProblem built={warned} state={m.state} busy={false} dispatch={() => {}} />
        </LangProvider>
      </FluentProvider>
    );
    const box = screen.getByTestId("measures-warnings");
    expect(box).toHaveTextContent("Before you insert the table");
    expect(box).toHaveTextContent(/The text in C7 needs a row 520 points high/);
  });

  test("preview of an existing sheet: kept, edited and added rows; removal only once allowed", async () => {
    const user = userEvent.setup(FAST_USER);
    const first = stepModel().built(stepModel().state).spec.sheets[1];
    render(<Harness part="preview" grids={[gridOf(first)]} />);
    const count = measuresTable(first).length;
    expect(
      screen.getByText(`Kept ${count} (0 edited by you), added 0, nothing deleted.`)
    ).toBeInTheDocument();
    expect(screen.getAllByText("Kept").length).toBe(count);
    expect(screen.queryByRole("checkbox", { name: /^Remove the row/ })).toBeNull();
    await user.click(screen.getByRole("switch", { name: "Let me remove existing rows" }));
    const boxes = screen.getAllByRole("checkbox", { name: /^Remove the row/ });
    expect(boxes).toHaveLength(count);
    await user.click(boxes[0]);
    expect(
      screen.getByText(`Kept ${count - 1} (0 edited by you), added 0, removed 1.`)
    ).toBeInTheDocument();
    expect(screen.getByText("Removed")).toBeInTheDocument();
  });
});
