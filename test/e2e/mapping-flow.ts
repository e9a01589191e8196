/**
 * "Use the selected range" end to end in the fake Excel host: a sheet with a table the reader
 * cannot read (two score columns both headed "คะแนน") -> select it -> set the two columns' years
 * -> preview -> save; find again reads it without asking; the table moved -> asked again.
 * The fixture already has 2567 and 2568, so the mapped columns are 2566 and 2569 (the years
 * offered: the book's, and one either side). Screenshots at 320 px: test-results/e2e-1x-mapping-*.png.
 */
import type { Locator, Page } from "playwright-core";
import { check, editCell, expect, shot } from "./harness";

const SHEET = "ตารางที่อ่านไม่ได้";
/** Seed 000's 2568 indicator scores, standing in here for two earlier years. */
const SCORES: [number, number][] = [
  [100, 96.5],
  [99.1, 97.25],
  [100, 98],
  [100, 95.75],
  [100, 99],
  [99.92, 97],
  [99.5, 96],
  [99.08, 94.5],
  [100, 93],
  [100, 98.5],
];

async function shotM(page: Page, name: string, target: Locator): Promise<void> {
  await target.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(page, `1x-mapping-${name}`, false);
}

/**
 * Selects the table's range on the fake host. Document settings come from the fake host itself
 * (saved to sessionStorage under `__fakeDocumentSettings`, as Excel saves them in the file).
 */
async function prepare(page: Page, top: number): Promise<void> {
  // tsx names the functions below with a `__name` helper the page does not have.
  await page.evaluate("globalThis.__name = globalThis.__name || ((f) => f)");
  await page.evaluate(
    ([sheet, topRow]) => {
      type W = {
        __fakeHost: {
          addSheet(n: string): void;
          sheetNames(): string[];
          state: {
            sheets: { id: string; name: string }[];
            selection: {
              sheetId: string;
              rect: { top: number; left: number; bottom: number; right: number };
            } | null;
          };
        };
      };
      const w = window as unknown as W;
      if (!w.__fakeHost.sheetNames().includes(sheet)) w.__fakeHost.addSheet(sheet);
      const target = w.__fakeHost.state.sheets.find((s) => s.name === sheet)!;
      w.__fakeHost.state.selection = {
        sheetId: target.id,
        rect: { top: topRow, left: 1, bottom: topRow + 10, right: 3 },
      };
    },
    [SHEET, top] as const
  );
}

/** The document settings the fake host has saved (what Excel would keep in the file). */
async function savedSettings(page: Page): Promise<Record<string, unknown>> {
  const text = await page.evaluate(() => sessionStorage.getItem("__fakeDocumentSettings"));
  return JSON.parse(text ?? "{}") as Record<string, unknown>;
}

/** Writes the table with its header on zero-based row `top`, columns B:D; clears `clear` rows first. */
async function writeTable(page: Page, top: number, clear: number[] = []): Promise<void> {
  for (const r of clear)
    for (const col of ["B", "C", "D"]) await editCell(page, SHEET, `${col}${r + 1}`, "");
  await editCell(page, SHEET, `B${top + 1}`, "ตัวชี้วัด");
  await editCell(page, SHEET, `C${top + 1}`, "คะแนน");
  await editCell(page, SHEET, `D${top + 1}`, "คะแนน");
  for (let i = 0; i < SCORES.length; i++) {
    const row = top + 2 + i;
    await editCell(page, SHEET, `B${row}`, `ตัวชี้วัดที่ ${i + 1}`);
    await editCell(page, SHEET, `C${row}`, String(SCORES[i][0]));
    await editCell(page, SHEET, `D${row}`, String(SCORES[i][1]));
  }
}

async function choose(page: Page, combobox: RegExp, option: string): Promise<void> {
  await page.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** A failing step leaves a picture of the pane behind. */
function step(page: Page, name: string, body: () => Promise<void>): Promise<void> {
  return check(name, async () => {
    try {
      await body();
    } catch (err) {
      await shot(page, "1x-mapping-failed", true);
      throw err;
    }
  });
}

export async function mappingFlow(page: Page): Promise<void> {
  const find = page.getByRole("button", { name: "ค้นหาตารางคะแนน" });

  await check(
    "an unrecognised table is mapped from the selected range, with a preview",
    async () => {
      await prepare(page, 2);
      await writeTable(page, 2);
      await find.click();
      const problems = page.getByTestId("problems");
      await problems
        .getByText(/ไม่สามารถแยกคอลัมน์คะแนน/)
        .first()
        .waitFor();
      expect(
        (await problems.getByRole("button", { name: /ใช้ช่วงเซลล์ที่เลือกสำหรับตารางที่/ }).count()) > 0,
        "no Use the selected range beside the problem"
      );
      await page.getByRole("button", { name: "ใช้ช่วงเซลล์ที่เลือก", exact: true }).click();
      const editor = page.getByTestId("mapping-editor");
      await editor.waitFor();
      await choose(page, /ปีของคอลัมน์ C/, "2566");
      await choose(page, /ปีของคอลัมน์ D/, "2569");
      const preview = page.getByTestId("mapping-preview");
      await preview.getByText(/ปี 2569: ภาพรวม – · – · ตัวชี้วัด 10 รายการ/).waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width <= 320, `editor makes the page ${width}px wide`);
      await shotM(page, "editor", editor);
      await shotM(page, "preview", preview);
      await page.getByRole("button", { name: "บันทึกและใช้การกำหนดนี้" }).click();
      await page.getByText(/บันทึกการกำหนดตาราง .* ไว้ในสมุดงานแล้ว/).waitFor();
      const found = page.getByTestId("found");
      await found.getByText("กำหนดโดยผู้ใช้").waitFor();
      await shotM(page, "tables-found", found);
      const saved = await savedSettings(page);
      expect(
        Object.keys(saved).includes("ita-analyzer.mappings"),
        "mapping not saved in document settings"
      );
    }
  );

  await step(page, "a later run reads the mapped table without asking", async () => {
    await find.click();
    const found = page.getByTestId("found");
    await found.getByText("กำหนดโดยผู้ใช้").waitFor();
    expect((await page.getByTestId("mapping-editor").count()) === 0, "the editor opened again");
    expect((await found.innerText()).includes("2566"), "years of the mapped table missing");
  });

  await step(page, "the table moved: the run asks again, from the old mapping", async () => {
    await writeTable(page, 5, [2, 3, 4]);
    await prepare(page, 5);
    await find.click();
    const problems = page.getByTestId("problems");
    await problems
      .getByText(/ถูกย้ายหรือเปลี่ยนรูปแบบ/)
      .first()
      .waitFor();
    await shotM(page, "moved", problems);
    await problems
      .getByRole("button", { name: /ใช้ช่วงเซลล์ที่เลือกสำหรับตารางที่/ })
      .first()
      .click();
    const editor = page.getByTestId("mapping-editor");
    await editor.getByText("ตารางนี้เคยกำหนดไว้แล้ว จึงใช้การกำหนดเดิมเป็นค่าเริ่มต้น").waitFor();
    expect(
      (await page.getByRole("combobox", { name: /ปีของคอลัมน์ D/ }).innerText()).includes("2569"),
      "old year not the default"
    );
    await page.getByRole("button", { name: "บันทึกและใช้การกำหนดนี้" }).click();
    await page.getByTestId("found").getByText("กำหนดโดยผู้ใช้").waitFor();
  });
}
