/**
 * The measures pipeline shared by the pane and the command line: context from the workbook's
 * grids, the user's plan in, the sheets, the sheets they replace and the change list out.
 */
import type { Grid } from "../../../src/domain/grid";
import { buildMeasures, measuresContext } from "../../../src/domain/measures/pipeline";
import { planMeasures } from "../../../src/domain/measures/plan";
import { defaultUnits } from "../../../src/domain/measures/units";
import type { SheetSpec } from "../../../src/domain/spec";
import { seed003 } from "./fixtures";
import { parseA1 } from "../../../src/domain/grid";
import { t } from "../../../src/domain/messages";

function asGrid(sheet: SheetSpec): Grid {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values: sheet.rows.map((r) =>
      Array.from({ length: width }, (_, c) => (r[c]?.value ?? "") as string | number | boolean)
    ),
  };
}

const units = defaultUnits("อบต.ตัวอย่าง", "th");
const plan = planMeasures(seed003(), { lang: "th", units });
const base = { units, layout: "a" as const, lang: "th" as const, thaiDigits: false };

/** The workbook after a first write of `p`: a data sheet plus the two generated sheets. */
function firstWrite(p = plan) {
  const first = buildMeasures({ ...base, plan: p, context: measuresContext([], ["Data"]) });
  const grids = [first.units, first.measures].map(asGrid);
  return { first, grids, names: ["Data", first.units.name, first.measures.name] };
}

const titleIn = (grid: Grid, key: string) => {
  const row = grid.values.find((r) => r.some((v) => String(v).startsWith(`${key}#`)));
  return row?.map(String).find((v) => v === plan.items.find((m) => m.key === key)?.title);
};

describe("buildMeasures", () => {
  test("first write: two sheets, nothing replaced, no change list", () => {
    const { first } = firstWrite();
    expect(first.replace).toEqual([]);
    expect(first.changes).toEqual([]);
    expect(first.rowCount).toBe(plan.items.length);
    expect(first.mergedFrom).toBeUndefined();
  });

  test("second write replaces both earlier sheets under their own names and lists every row", () => {
    const { first, grids, names } = firstWrite();
    const context = measuresContext(grids, names);
    expect(context.units).toEqual(units);
    const again = buildMeasures({ ...base, plan, context });
    expect(again.replace).toEqual([first.measures.name, first.units.name]);
    expect(again.measures.name).toBe(first.measures.name);
    expect(again.units.name).toBe(first.units.name);
    expect(again.changes.map((c) => c.status)).toEqual(plan.items.map(() => "kept"));
  });

  test("a title edited in the pane, written, then re-planned from the catalogue is not lost", () => {
    const key = plan.items[0].key;
    const edited = {
      ...plan,
      items: plan.items.map((m, i) => (i === 0 ? { ...m, title: "ชื่อมาตรการที่ผู้ใช้แก้ไข" } : m)),
    };
    const { grids, names } = firstWrite(edited);
    // The pane passes the user's plan again (the draft keeps the edit): the row keeps the title.
    const context = measuresContext(grids, names);
    const again = buildMeasures({ ...base, plan: edited, context });
    const row = asGrid(again.measures).values.find((r) =>
      r.some((v) => String(v).startsWith(`${key}#`))
    );
    expect(row?.map(String)).toContain("ชื่อมาตรการที่ผู้ใช้แก้ไข");
    expect(again.changes.find((c) => c.key === key)?.title).toBe("ชื่อมาตรการที่ผู้ใช้แก้ไข");
  });

  test("removal only when asked; the change list still shows the removed row", () => {
    const { grids, names } = firstWrite();
    const context = measuresContext(grids, names);
    const fewer = { ...plan, items: plan.items.slice(1) };
    const gone = plan.items[0].key;
    const kept = buildMeasures({ ...base, plan: fewer, context });
    expect(kept.changes.find((c) => c.key === gone)?.status).toBe("notProposed");
    expect(titleIn(asGrid(kept.measures), gone)).toBeDefined();
    const removed = buildMeasures({ ...base, plan: fewer, context, removeKeys: [gone] });
    expect(removed.changes.find((c) => c.key === gone)?.status).toBe("removed");
    expect(titleIn(asGrid(removed.measures), gone)).toBeUndefined();
    expect(removed.rowCount).toBe(plan.items.length - 1);
  });

  test("reserved names (the command line keeps the input sheets) are never reused", () => {
    const { grids, names } = firstWrite();
    const context = measuresContext(grids, names);
    const cli = buildMeasures({ ...base, plan, context, reservedNames: names });
    expect(names).not.toContain(cli.measures.name);
    expect(names).not.toContain(cli.units.name);
    expect(cli.mergedFrom).toBe(names[2]);
  });
});

describe("Excel's 409-point row limit on the measures sheet", () => {
  test("a measure whose texts need a taller row gets 409 points and a warning naming its cell", () => {
    const long = Array.from({ length: 60 }, (_, i) => `ขั้นตอนที่ ${i + 1} จัดทำรายงานสรุปผล`);
    const item = { ...plan.items[0], steps: long };
    const tall = { ...plan, items: [item, ...plan.items.slice(1)] };
    const built = buildMeasures({ ...base, plan: tall, context: measuresContext([], ["Data"]) });
    const heights = Object.values(built.measures.rowHeights);
    expect(Math.max(...heights)).toBe(409);
    expect(built.problems).toHaveLength(1);
    const [warning] = built.problems;
    expect(warning).toMatchObject({ severity: "warning", code: "ROW_TOO_TALL" });
    expect(warning.params.limit).toBe(409);
    expect(Number(warning.params.needed)).toBeGreaterThan(409);
    // The named cell holds the long steps.
    const { row, col } = parseA1(String(warning.cell).split("!")[1]);
    expect(String(built.measures.rows[row][col]?.value)).toContain("ขั้นตอนที่ 60");
    expect(t("th", warning.code, warning.params)).toContain(String(warning.cell));
    expect(t("en", warning.code, warning.params)).toContain("409 points");
  });

  test("the ordinary plan needs no capped row and gives no warning", () => {
    expect(firstWrite().first.problems).toEqual([]);
  });
});
