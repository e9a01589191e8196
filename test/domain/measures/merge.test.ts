import type { Grid } from "../../../src/domain/grid";
import { mergeMeasures, readExistingMeasures } from "../../../src/domain/measures/merge";
import { planMeasures } from "../../../src/domain/measures/plan";
import {
  renderMeasuresSheet,
  type MeasuresSheetOptions,
} from "../../../src/domain/measures/render-sheet";
import type { SheetSpec } from "../../../src/domain/spec";
import { seed000, seed003 } from "./fixtures";

const options = (layout: "a" | "b" | "c"): MeasuresSheetOptions => ({
  layout,
  lang: "th",
  thaiDigits: false,
  existingSheetNames: [],
  unitsSheetName: "หน่วยงานรับผิดชอบ",
  unitsRange: "'หน่วยงานรับผิดชอบ'!$A$2:$A$32",
});

/** The sheet as an adapter reads it back, placed at B3 like a used range that does not start at A1. */
function asGrid(sheet: SheetSpec): Grid {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  return {
    sheet: sheet.name,
    origin: { row: 2, col: 1 },
    values: sheet.rows.map((r) =>
      Array.from({ length: width }, (_, c) => (r[c]?.value ?? "") as string | number | boolean)
    ),
  };
}

const col = (grid: Grid, header: string) =>
  grid.values.findIndex((r) => r.includes(header)) >= 0
    ? grid.values.find((r) => r.includes(header))!.indexOf(header)
    : -1;
const rowOf = (grid: Grid, key: string) =>
  grid.values.findIndex((r) => r.some((v) => String(v).startsWith(`${key}#`)));

describe("re-run merge", () => {
  const plan = planMeasures(seed003(), { lang: "th" });

  it("reads our table back by its key column, unedited rows recognised as such", () => {
    const grid = asGrid(renderMeasuresSheet(plan, options("c")));
    const rows = readExistingMeasures(grid);
    expect(rows.map((r) => r.key)).toEqual(plan.items.map((m) => m.key));
    expect(rows.every((r) => !r.edited)).toBe(true);
    expect(rows[0].row).toBe(2 + 5);
    expect(rows.find((r) => r.key === "ind9-website-items")?.indicator).toBe(9);
    expect(
      readExistingMeasures({ sheet: "x", origin: { row: 0, col: 0 }, values: [["a", "b"]] })
    ).toEqual([]);
  });

  it("keeps an edited row as written, adds a new proposal and keeps a row without key", () => {
    const grid = asGrid(renderMeasuresSheet(plan, options("c")));
    const steps = col(grid, "ขั้นตอน/วิธีดำเนินการ");
    const status = col(grid, "สถานะ");
    const edited = rowOf(grid, "ind9-website-items");
    grid.values[edited][steps] = "1. ขั้นตอนที่ผู้ใช้เขียนเอง";
    const progressed = rowOf(grid, "ind3-fair-assignment");
    grid.values[progressed][status] = "อยู่ระหว่างดำเนินการ";
    // A row typed by the user under the table, with no key.
    const blank = grid.values[0].map(() => "" as string | number | boolean);
    const mine = [...blank];
    mine[col(grid, "มาตรการ/โครงการ/กิจกรรม")] = "มาตรการของเราเอง";
    mine[col(grid, "ประเด็นที่ต้องพัฒนา")] = "ตัวชี้วัดที่ 10 การป้องกันการทุจริต";
    const last = Math.max(...plan.items.map((m) => rowOf(grid, m.key)));
    grid.values.splice(last + 1, 0, mine);

    const next = planMeasures(seed000(), { lang: "th", weaknessesOnly: true });
    const merged = mergeMeasures(readExistingMeasures(grid), {
      ...next,
      items: [...next.items, plan.items.find((m) => m.key === "ind3-fair-assignment")!],
    });
    const c = merged.changes;
    expect(c.edited.map((x) => x.key ?? x.title)).toEqual([
      "ind9-website-items",
      "มาตรการของเราเอง",
    ]);
    // ind8-e-service is proposed again (EIT's weakest in seed 000) and was not edited.
    expect(c.kept.map((x) => x.key)).toEqual(["ind3-fair-assignment", "ind8-e-service"]);
    expect(c.added.map((x) => x.key)).toEqual(
      expect.arrayContaining(["ind2-budget-participation", "ind7-information-channels"])
    );
    expect(c.removedCandidates.map((x) => x.key)).toEqual(
      expect.arrayContaining(["ind9-oit-working-group", "ind9-procurement-disclosure"])
    );
    expect(c.removedCandidates.map((x) => x.key)).not.toContain("ind8-e-service");
    expect(c.removed).toEqual([]);

    // Nothing is deleted: every old row is still there, plus the added ones.
    expect(merged.rows).toHaveLength(plan.items.length + 1 + c.added.length);
    const editedRow = merged.rows.find(
      (r) => r.kind === "existing" && r.row.key === "ind9-website-items"
    );
    expect(editedRow?.kind === "existing" && editedRow.row.cells.steps).toBe("1. ขั้นตอนที่ผู้ใช้เขียนเอง");
    const kept = merged.rows.find(
      (r) => r.kind === "plan" && r.measure.key === "ind3-fair-assignment"
    );
    expect(kept?.kind === "plan" && kept.progress?.status).toBe("อยู่ระหว่างดำเนินการ");
    // New proposals go next to their indicator: indicator 2 comes before indicator 3.
    const order = merged.rows.map((r) =>
      r.kind === "plan" ? r.measure.key : (r.row.key ?? "user")
    );
    expect(order.indexOf("ind2-budget-participation")).toBeLessThan(
      order.indexOf("ind3-fair-assignment")
    );
    expect(order[order.length - 1]).toBe("user");

    // Rendering the merge writes the user's text and keeps the edited row's key cell as it was.
    const sheet = renderMeasuresSheet(next, { ...options("c"), rows: merged.rows });
    const again = asGrid(sheet);
    const r = rowOf(again, "ind9-website-items");
    expect(again.values[r][steps]).toBe("1. ขั้นตอนที่ผู้ใช้เขียนเอง");
    expect(again.values[rowOf(again, "ind3-fair-assignment")][status]).toBe("อยู่ระหว่างดำเนินการ");
    expect(again.values.some((row) => row.includes("มาตรการของเราเอง"))).toBe(true);
    // A second run finds the edited row still edited, the refreshed one still clean.
    const reread = readExistingMeasures(again);
    expect(reread.find((x) => x.key === "ind9-website-items")?.edited).toBe(true);
    expect(reread.find((x) => x.key === "ind3-fair-assignment")?.edited).toBe(false);
  });

  it("removes only the keys the caller names", () => {
    const rows = readExistingMeasures(asGrid(renderMeasuresSheet(plan, options("a"))));
    const merged = mergeMeasures(
      rows,
      { ...plan, items: [] },
      { removeKeys: ["ind9-website-items"] }
    );
    expect(merged.changes.removed.map((x) => x.key)).toEqual(["ind9-website-items"]);
    expect(merged.rows).toHaveLength(plan.items.length - 1);
    expect(merged.changes.removedCandidates).toHaveLength(plan.items.length - 1);
  });

  it("treats a copied row (same key twice) as the user's own", () => {
    const grid = asGrid(renderMeasuresSheet(plan, options("a")));
    const r = rowOf(grid, "ind3-fair-assignment");
    grid.values.splice(r + 1, 0, [...grid.values[r]]);
    const merged = mergeMeasures(readExistingMeasures(grid), plan);
    expect(merged.rows).toHaveLength(plan.items.length + 1);
    expect(merged.changes.kept.filter((x) => x.key === "ind3-fair-assignment")).toHaveLength(1);
    expect(merged.changes.edited.map((x) => x.key)).toEqual(["ind3-fair-assignment"]);
  });

  it("re-runs a sheet written in the earlier column order (dates in the middle, issue first)", () => {
    // Layout c as written before the dates and c's issue and method moved after the print area.
    const oldOrder = [
      "ประเด็นที่ต้องพัฒนา",
      "มาตรการ/โครงการ/กิจกรรม",
      "ขั้นตอน/วิธีดำเนินการ",
      "ผู้รับผิดชอบ",
      "ระยะเวลาดำเนินการ",
      "วันเริ่มต้น",
      "วันสิ้นสุด",
      "การติดตามผล",
      "สถานะ",
      "สรุปผลการดำเนินการ",
      "ผลลัพธ์ที่เกิดขึ้น",
      "ร้อยละความคืบหน้า",
      "รหัสอ้างอิง",
    ];
    const current = asGrid(renderMeasuresSheet(plan, options("c")));
    const from = oldOrder.map((h) => col(current, h));
    expect(from).not.toContain(-1);
    // The same cells, columns rearranged: what the earlier version wrote for this plan.
    const grid: Grid = {
      ...current,
      values: current.values.map((row) =>
        row.some((v) => oldOrder.includes(String(v)) || /#[0-9a-f]{8}$/.test(String(v)))
          ? [...from.map((c) => row[c]), ...row.slice(from.length)]
          : row
      ),
    };
    const at = (header: string) => oldOrder.indexOf(header);
    const edited = rowOf(grid, "ind9-website-items");
    grid.values[edited][at("ขั้นตอน/วิธีดำเนินการ")] = "1. ขั้นตอนที่ผู้ใช้เขียนเอง";
    const progressed = rowOf(grid, "ind3-fair-assignment");
    grid.values[progressed][at("สถานะ")] = "ดำเนินการแล้วเสร็จ";
    grid.values[progressed][at("สรุปผลการดำเนินการ")] = "จัดทำหลักเกณฑ์และประกาศแล้ว";
    grid.values[progressed][at("ร้อยละความคืบหน้า")] = 100;

    const rows = readExistingMeasures(grid);
    expect(rows.map((r) => r.key)).toEqual(plan.items.map((m) => m.key));
    // Hashes do not depend on column order: only the row the user changed counts as edited.
    expect(rows.filter((r) => r.edited).map((r) => r.key)).toEqual(["ind9-website-items"]);

    const merged = mergeMeasures(rows, plan);
    expect(merged.changes.added).toEqual([]);
    const again = asGrid(renderMeasuresSheet(plan, { ...options("c"), rows: merged.rows }));
    const now = (header: string) => col(again, header);
    expect(now("มาตรการ/โครงการ/กิจกรรม")).toBe(0);
    expect(now("วันเริ่มต้น")).toBeGreaterThan(now("ร้อยละความคืบหน้า"));
    const done = again.values[rowOf(again, "ind3-fair-assignment")];
    expect(done[now("สถานะ")]).toBe("ดำเนินการแล้วเสร็จ");
    expect(done[now("สรุปผลการดำเนินการ")]).toBe("จัดทำหลักเกณฑ์และประกาศแล้ว");
    expect(done[now("ร้อยละความคืบหน้า")]).toBe(100);
    const mine = again.values[rowOf(again, "ind9-website-items")];
    expect(mine[now("ขั้นตอน/วิธีดำเนินการ")]).toBe("1. ขั้นตอนที่ผู้ใช้เขียนเอง");
    // Its dates and issue moved with it, under their own headers.
    const old = grid.values[edited];
    expect(mine[now("วันเริ่มต้น")]).toBe(old[at("วันเริ่มต้น")]);
    expect(mine[now("ประเด็นที่ต้องพัฒนา")]).toBe(old[at("ประเด็นที่ต้องพัฒนา")]);
    // And the next run reads the new order the same way.
    const reread = readExistingMeasures(again);
    expect(reread.filter((r) => r.edited).map((r) => r.key)).toEqual(["ind9-website-items"]);
  });
});
