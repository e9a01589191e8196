import { screen, within } from "@testing-library/react";
import { planMeasures } from "../../../src/domain/measures";
import { seed003Analysis, measuresTable, rowKey } from "./fixtures";
import { applyAndWait, renderStep } from "./render-step";

/** The proposals the domain makes for seed 003 (without keep-the-level ones). */
function seedProposals() {
  return planMeasures(seed003Analysis(), { lang: "en" }).items;
}

function group(no: number) {
  const heading = screen.getByRole("heading", { level: 3, name: new RegExp(`^Indicator ${no}:`) });
  return within(heading.closest("section")!);
}

describe("Measures step: proposals", () => {
  test("groups the proposals by indicator with their reasons (seed 003)", async () => {
    await renderStep();
    const expected = seedProposals();
    // Every indicator is a group; its header counts the chosen measures. Seed 003: indicator 9 is
    // below 85; the weakest per tool are 3 (IIT), 8 (EIT), 9 (OIT): only those have proposals
    // and (a short list) start open.
    const headings = screen.getAllByRole("heading", { level: 3 });
    expect(headings).toHaveLength(10);
    const open = headings
      .filter((h) => h.querySelector("[aria-expanded=true]"))
      .map((h) => /^Indicator (\d+):/.exec(h.textContent ?? "")?.[1]);
    expect(open).toEqual(["3", "8", "9"]);
    const nine = expected.filter((m) => m.indicator === 9).length;
    expect(headings[8].textContent).toContain(`${nine} of ${nine} chosen`);
    for (const no of [3, 8, 9]) {
      const titles = expected.filter((m) => m.indicator === no).map((m) => m.title);
      const boxes = group(no).getAllByRole("checkbox");
      expect(boxes.map((b) => b.closest("li")!.querySelector("label")!.textContent)).toEqual(
        titles
      );
      boxes.forEach((b) => expect(b).toBeChecked());
    }
    expect(group(9).getAllByText(/below the (threshold|target)|below 85/i).length).toBeGreaterThan(0);
    expect(group(3).getByText(/IIT/)).toBeInTheDocument();
  });

  test("keep-the-level measures for strengths appear only when asked for", async () => {
    const { user } = await renderStep();
    const one = () => screen.getByRole("heading", { level: 3, name: /^Indicator 1:/ });
    expect(one()).toHaveTextContent("0 of 0 chosen");
    await user.click(screen.getByRole("switch", { name: /keep-the-level/i }));
    expect(one()).not.toHaveTextContent("0 of 0 chosen");
  });

  test("an unchecked proposal is left out of the applied sheet", async () => {
    const ctx = await renderStep();
    const dropped = seedProposals().find((m) => m.indicator === 8)!;
    await ctx.user.click(screen.getByRole("checkbox", { name: dropped.title }));
    const spec = await applyAndWait(ctx);
    const keys = measuresTable(spec.sheets[1]).map(rowKey);
    expect(keys).not.toContain(dropped.key);
    expect(keys).toEqual(
      seedProposals()
        .filter((m) => m !== dropped && m.key !== dropped.key)
        .map((m) => m.key)
    );
  });

  test("edits to title, steps, unit and timeline reach the applied sheet's cells", async () => {
    const ctx = await renderStep();
    const { user } = ctx;
    const target = seedProposals().find((m) => m.indicator === 3)!;
    await user.click(screen.getByRole("button", { name: `Edit the measure “${target.title}”` }));
    const title = screen.getByRole("textbox", { name: /Measure, project or activity/ });
    await user.clear(title);
    await user.click(title);
    await user.paste("Fair duty rota");
    const steps = screen.getByRole("textbox", { name: /Steps/ });
    await user.clear(steps);
    await user.click(steps);
    await user.paste("Draft the rota\nPublish it");
    await user.click(screen.getByRole("combobox", { name: /Responsible units/ }));
    await user.click(screen.getByRole("menuitemcheckbox", { name: "Finance Division" }));
    await user.keyboard("{Escape}");
    await user.selectOptions(screen.getByRole("combobox", { name: "Timeline" }), "q2-3");

    const spec = await applyAndWait(ctx);
    const row = measuresTable(spec.sheets[1]).find((r) => rowKey(r) === target.key)!;
    expect(row.measure).toBe("Fair duty rota");
    expect(row.steps).toBe("1. Draft the rota\n2. Publish it");
    expect(String(row.responsible)).toContain("Finance Division");
    expect(String(row.responsible)).toContain(target.responsible[0]);
    // Quarters 2–3 of FY 2569 = 1 Jan – 30 Jun 2026, then followed up to 30 Sep 2026.
    expect(row.timeline).toMatch(/2.+3.+followed up until 30 Sep 2026/);
    expect(row.start).toBe(46023);
    expect(row.end).toBe(46295);
  });

  test("a measure of the user's own is added under its indicator", async () => {
    const ctx = await renderStep();
    const { user } = ctx;
    await user.click(screen.getByRole("button", { name: "Add a measure under indicator 8" }));
    // Focus lands in the new measure's title, its placeholder selected: typing replaces it.
    const title = screen.getByRole("textbox", { name: /Measure, project or activity/ });
    expect(title).toHaveFocus();
    await user.paste("Open day for residents");
    expect(title).toHaveValue("Open day for residents");
    expect(group(8).getByRole("checkbox", { name: /Open day for residents/ })).toBeChecked();

    // And under an indicator that had no proposal: open its group, add there.
    await user.click(screen.getByRole("button", { name: /^Indicator 6:/ }));
    await user.click(screen.getByRole("button", { name: "Add a measure under indicator 6" }));
    expect(group(6).getAllByRole("checkbox")).toHaveLength(1);

    const spec = await applyAndWait(ctx);
    const rows = measuresTable(spec.sheets[1]);
    const own = rows.find((r) => r.measure === "Open day for residents")!;
    expect(rowKey(own)).toMatch(/^custom-8-/);
    // Filed after indicator 8's proposals, before indicator 9's.
    const i8 = rows.findIndex((r) => rowKey(r) === "ind8-e-service");
    const i9 = rows.findIndex((r) => rowKey(r).startsWith("ind9-"));
    expect(rows.indexOf(own)).toBeGreaterThan(i8);
    expect(rows.indexOf(own)).toBeLessThan(i9);
  });

  test("one editor at a time; a closed group's measures are not in the tab order", async () => {
    const { user } = await renderStep();
    const [a, b] = seedProposals().filter((m) => m.indicator === 9);
    await user.click(screen.getByRole("button", { name: `Edit the measure “${a.title}”` }));
    expect(screen.getAllByRole("textbox", { name: /Measure, project or activity/ })).toHaveLength(
      1
    );
    await user.click(screen.getByRole("button", { name: `Edit the measure “${b.title}”` }));
    expect(screen.getAllByRole("textbox", { name: /Measure, project or activity/ })).toHaveLength(
      1
    );
    expect(screen.getByRole("textbox", { name: /Measure, project or activity/ })).toHaveValue(
      b.title
    );
    // The open editor's button says Close, and its name starts with the visible word.
    const close = screen.getByRole("button", { name: `Close the editor of “${b.title}”` });
    expect(close).toHaveTextContent("Close");
    await user.click(screen.getByRole("button", { name: /^Indicator 9:/ }));
    expect(group(9).queryAllByRole("checkbox")).toHaveLength(0);
  });

  test("reorders with the keyboard and keeps focus on the move button", async () => {
    const ctx = await renderStep();
    const { user } = ctx;
    const nine = seedProposals().filter((m) => m.indicator === 9);
    const second = nine[1];
    const up = screen.getByRole("button", { name: `Move “${second.title}” up` });
    up.focus();
    await user.keyboard("{Enter}");
    const order = group(9)
      .getAllByRole("checkbox")
      .map((b) => b.closest("li")!.querySelector("label")!.textContent);
    expect(order.slice(0, 2)).toEqual([second.title, nine[0].title]);
    expect(screen.getByRole("button", { name: `Move “${second.title}” up` })).toHaveFocus();

    const spec = await applyAndWait(ctx);
    const keys = measuresTable(spec.sheets[1])
      .map(rowKey)
      .filter((k) => k.startsWith("ind9-"));
    expect(keys.slice(0, 2)).toEqual([second.key, nine[0].key]);
  });
});
