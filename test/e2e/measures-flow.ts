/**
 * The Measures step end to end in the fake Excel host, after Create analysis: untick a proposal,
 * edit another (title, steps, responsible unit, timeline), add one of our own, insert the table;
 * then type into the sheet and insert again, which must replace the two sheets (same names, no
 * "(2)") and keep the typed row. Screenshots: test-results/e2e-1x-measures-*.png.
 */
import type { Locator, Page } from "playwright-core";
import { parseA1 } from "../../src/domain/grid";
import { t } from "../../src/domain/messages";
import {
  check,
  editCell,
  expect,
  hostSheetNames,
  hostSheets,
  shot,
  type HostSheet,
} from "./harness";

const EDITED_TITLE = "ประชุมชี้แจงแนวทางเปิดเผยข้อมูลให้ทุกส่วนราชการ";
const EDITED_STEPS = ["ทบทวนรายการข้อมูลที่ต้องเปิดเผย", "มอบหมายผู้ดูแลแต่ละหัวข้อ"];
const OWN_TITLE = "จัดวันพบประชาชนเพื่อรับฟังความเห็นทุกไตรมาส";
const TYPED_IN_SHEET = "ชื่อมาตรการที่แก้ในแผ่นงานเอง";

/** What the 320 × 900 pane shows with `target` scrolled into view: the part being checked. */
async function shotM(
  page: Page,
  name: string,
  target: Locator,
  block: "start" | "center" | "end" = "start"
): Promise<void> {
  await target.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
  await shot(page, `1x-measures-${name}`, false);
}

/** The cells of a sheet as text, with the zero-based row of each. */
function cellsOf(sheet: HostSheet): { address: string; row: number; text: string }[] {
  return Object.entries(sheet.cells).map(([address, cell]) => ({
    address,
    row: parseA1(address).row,
    text: String(cell.value),
  }));
}

function hasMarker(sheet: HostSheet, key: string): boolean {
  return cellsOf(sheet).some((c) => c.text.includes(`[ita-analyzer:${key}:`));
}

/** The generated measures and units sheets (the last of each, in tab order). */
async function generatedPair(page: Page) {
  const sheets = await hostSheets(page);
  const measures = sheets.filter((s) => hasMarker(s, "measures")).pop();
  const units = sheets.filter((s) => hasMarker(s, "units")).pop();
  return { measures, units };
}

function proposals(step: Locator): Locator {
  return step.locator("section[aria-labelledby^='measures-ind-'] > div > ul > li");
}

async function titleOf(item: Locator): Promise<string> {
  return (await item.locator("label").first().innerText()).trim();
}

/** The measures marker of a sheet ("[ita-analyzer:measures:1:…]"), if it has one. */
function markerOf(sheet: HostSheet): string | undefined {
  return Object.values(sheet.cells)
    .map((c) => String(c.value))
    .find((v) => v.includes("[ita-analyzer:measures:"));
}

/**
 * Clicks Insert and waits until the host holds a measures sheet other than `previous`: another
 * sheet, or the same sheet rewritten in place (the adapter replaces in place: a new marker).
 */
async function insert(page: Page, step: Locator, previous?: HostSheet): Promise<HostSheet> {
  await step.getByRole("button", { name: t("th", "measures.pane.apply") }).click();
  await page.waitForFunction(
    ([id, marker]) => {
      type View = { snapshot(): { sheets: HostSheet[] } };
      const host = (window as unknown as { __fakeHost: View }).__fakeHost;
      return host.snapshot().sheets.some((s) => {
        const m = Object.values(s.cells)
          .map((c) => String(c.value))
          .find((v) => v.includes("[ita-analyzer:measures:"));
        return m !== undefined && (s.id !== id || m !== marker);
      });
    },
    [previous?.id ?? "", (previous && markerOf(previous)) ?? ""] as const,
    { timeout: 30000 }
  );
  await step.getByText(/^แทรกแผ่นงาน .+ เรียบร้อยแล้ว$/).waitFor({ timeout: 30000 });
  const { measures } = await generatedPair(page);
  if (!measures) throw new Error("no measures sheet in the host");
  return measures;
}

export async function measuresFlow(page: Page): Promise<void> {
  const step = page.locator('[data-step="measures"]');
  let unticked = "";
  let edited = "";
  let unit = "";
  let namesBefore: string[] = [];

  await check("measures: the step proposes measures from the analysis", async () => {
    namesBefore = await hostSheetNames(page);
    // The replace dialog of the analysis re-run must be fully gone (it fades out over the pane).
    await page.waitForFunction(() => !document.querySelector('[role="alertdialog"]'));
    await step.getByRole("heading", { level: 3 }).first().waitFor({ timeout: 30000 });
    expect((await proposals(step).count()) >= 2, "fewer than two proposals to work with");
    await shotM(page, "01-proposals", step);
  });

  await check("measures: untick one proposal", async () => {
    const first = proposals(step).nth(0);
    unticked = await titleOf(first);
    await first.getByRole("checkbox").first().click();
    expect(!(await first.getByRole("checkbox").first().isChecked()), "still ticked");
    await shotM(page, "02-unticked", first);
  });

  await check("measures: edit the title and the steps of another", async () => {
    const item = proposals(step).nth(1);
    edited = await titleOf(item);
    await item
      .getByRole("button", { name: t("th", "measures.pane.editMeasure", { title: edited }) })
      .click();
    await item
      .getByRole("textbox", { name: t("th", "measures.pane.field.title") })
      .fill(EDITED_TITLE);
    await item
      .getByRole("textbox", { name: t("th", "measures.pane.field.steps") })
      .fill(EDITED_STEPS.join("\n"));
    expect((await titleOf(item)) === EDITED_TITLE, "the list does not show the new title");
    await shotM(page, "03-edit-title-steps", item);
  });

  await check("measures: steps too long for one row are warned of before inserting", async () => {
    const item = proposals(step).nth(1);
    const steps = item.getByRole("textbox", { name: t("th", "measures.pane.field.steps") });
    const long = Array.from({ length: 40 }, (_, i) => `ประชุมชี้แจงครั้งที่ ${i + 1}`);
    await steps.fill(long.join("\n"));
    const warnings = step.getByTestId("measures-warnings");
    await warnings.waitFor({ timeout: 10000 });
    const text = await warnings.innerText();
    expect(text.includes(t("th", "measures.pane.warningsTitle")), "no warnings title");
    expect(/!C\d+/.test(text), `the warning names no cell: ${text}`);
    await shotM(page, "03b-too-tall-warning", warnings);
    await steps.fill(EDITED_STEPS.join("\n"));
    await warnings.waitFor({ state: "detached", timeout: 10000 });
  });

  await check("measures: change a responsible unit and the timeline preset", async () => {
    const item = proposals(step).nth(1);
    await item.getByRole("combobox", { name: t("th", "measures.pane.field.units") }).click();
    // Fluent renders the multiselect list as role "menu" with checkable items: find it by class.
    const listbox = page.locator(".fui-Dropdown__listbox");
    await listbox.waitFor();
    const options = await listbox.locator(".fui-Option").evaluateAll((os) =>
      os.map((o) => ({
        name: (o.textContent ?? "").trim(),
        chosen: ["aria-selected", "aria-checked"].some((a) => o.getAttribute(a) === "true"),
      }))
    );
    unit = options.find((o) => !o.chosen)?.name ?? "";
    expect(unit !== "", `no unit left to choose among ${options.length} options`);
    const exact = new RegExp(`^${unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    await listbox.locator(".fui-Option", { hasText: exact }).click();
    await page.keyboard.press("Escape");
    const timeline = item.getByRole("combobox", { name: t("th", "measures.pane.field.timeline") });
    const current = await timeline.inputValue();
    const values = await timeline
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const next = values.find((v) => v.startsWith("q") && v !== current);
    expect(next !== undefined, `no other quarter preset in ${values.join(", ")}`);
    await timeline.selectOption(next ?? "");
    const summary = await item.innerText();
    expect(summary.includes(unit), `the summary does not name ${unit}`);
    await shotM(page, "04-unit-timeline", item.getByRole("textbox").last());
  });

  await check("measures: add a measure of our own", async () => {
    await step
      .getByRole("button", { name: /^เพิ่มมาตรการใต้ตัวชี้วัดที่/ })
      .first()
      .click();
    // The new measure's title is focused and selected: typing replaces it.
    await page.keyboard.type(OWN_TITLE);
    // The list follows the typing after a short pause (the field commits then).
    await proposals(step)
      .locator("label", { hasText: OWN_TITLE })
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    const titles = await proposals(step).locator("label").allInnerTexts();
    expect(
      titles.some((t) => t.trim() === OWN_TITLE),
      "own measure not in the list"
    );
    const own = proposals(step).filter({ hasText: OWN_TITLE });
    await shotM(page, "05-own-measure", own);
  });

  let first: HostSheet | undefined;
  await check("measures: insert writes the measures and units sheets", async () => {
    const preview = step.getByRole("region", { name: t("th", "measures.pane.preview.heading") });
    await shotM(page, "06-preview", preview);
    first = await insert(page, step);
    const { units } = await generatedPair(page);
    expect(units !== undefined, "no units sheet in the host");
    const after = await hostSheetNames(page);
    expect(after.length === namesBefore.length + 2, `sheets now: ${after.join(", ")}`);
    const texts = cellsOf(first).map((c) => c.text);
    expect(texts.includes(EDITED_TITLE), "edited title not in the sheet");
    expect(texts.includes(OWN_TITLE), "own measure not in the sheet");
    expect(!texts.includes(unticked), `unticked proposal “${unticked}” is in the sheet`);
    expect(!texts.includes(edited), "the old title is still in the sheet");
    const row = cellsOf(first).find((c) => c.text === EDITED_TITLE)?.row;
    const sameRow = cellsOf(first)
      .filter((c) => c.row === row)
      .map((c) => c.text);
    expect(
      sameRow.some((t) => t.includes(unit)),
      `the edited row does not name ${unit}`
    );
    expect(
      EDITED_STEPS.every((s) => sameRow.some((t) => t.includes(s))),
      "the edited steps are not in the row"
    );
    const lists = first.validations.filter((v) => JSON.stringify(v.rule ?? "").includes('"list"'));
    expect(lists.length > 0, "no list validation on the measures sheet");
    expect(
      lists.some((v) => JSON.stringify(v.rule).includes(units?.name ?? "?")),
      `no list validation points at ${units?.name}`
    );
    await shotM(page, "07-inserted", step.getByText(/^แทรกแผ่นงาน/), "end");
  });

  await check(
    "measures: inserting again replaces both sheets and keeps a row typed in Excel",
    async () => {
      if (!first) throw new Error("nothing was inserted the first time");
      const names = await hostSheetNames(page);
      const typed = cellsOf(first).find((c) => c.text === OWN_TITLE);
      if (!typed) throw new Error("own measure cell not found");
      await editCell(page, first.name, typed.address, TYPED_IN_SHEET);
      // The user clicks back into the pane: it reads the workbook again and counts the edit.
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      await step.getByText(/^คงไว้ \d+ \(คุณแก้ไข 1\)/).waitFor();
      expect(
        (await step.getByText(TYPED_IN_SHEET).count()) > 0,
        "the preview does not list the row as typed in the sheet"
      );
      const replaceText = t("th", "measures.pane.preview.newSheet", { sheet: first.name });
      await step.getByText(replaceText).waitFor();
      await shotM(page, "08-rerun-preview", step.getByText(replaceText), "center");
      const second = await insert(page, step, first);
      const after = await hostSheetNames(page);
      expect(
        after.join("|") === names.join("|"),
        `sheets changed from ${names.join(", ")} to ${after.join(", ")}`
      );
      expect(!after.some((n) => n.includes("(2)") && !names.includes(n)), "a “(2)” sheet appeared");
      expect(second.name === first.name, `measures sheet is now ${second.name}`);
      const texts = cellsOf(second).map((c) => c.text);
      expect(texts.includes(TYPED_IN_SHEET), "the row typed in the sheet was not kept");
      expect(texts.includes(EDITED_TITLE), "the edited measure is gone");
      await shotM(page, "09-replaced", step.getByText(/^แทรกแผ่นงาน/), "end");
    }
  );
}
