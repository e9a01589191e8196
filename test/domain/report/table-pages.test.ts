/**
 * The page planner for sheets of tables: short tables stay whole, long ones continue under a
 * copy of their header, and no page holds a lone row, caption or header. Pages are laid out the
 * way a spreadsheet prints them: a planned break starts a page, so does a row that does not fit.
 */
import {
  planPages,
  planTable,
  type Piece,
  type TablePlan,
} from "../../../src/domain/report/table-pages";
import { pageCase } from "../../support/page-tables";

type Role = "loose" | "lead" | "header" | "copy" | "body";
interface Printed {
  table: number;
  role: Role;
  index: number;
  height: number;
}

/** The rows as written (header copies included), each flagged when a planned break precedes it. */
function written(pieces: readonly Piece[], plans: readonly TablePlan[]) {
  const rows: (Printed & { breakBefore: boolean })[] = [];
  let t = -1;
  for (const piece of pieces) {
    if (piece.kind === "rows") {
      for (const height of piece.heights)
        rows.push({ table: -1, role: "loose", index: 0, height, breakBefore: false });
      continue;
    }
    const plan = plans[++t];
    const start = rows.length;
    piece.lead.forEach((height, index) =>
      rows.push({ table: t, role: "lead", index, height, breakBefore: false })
    );
    piece.header.forEach((height, index) =>
      rows.push({ table: t, role: "header", index, height, breakBefore: false })
    );
    if (plan.newPage && rows[start]) rows[start].breakBefore = true;
    piece.body.forEach((height, index) => {
      if (plan.continuations.includes(index))
        piece.header.forEach((h, i) =>
          rows.push({ table: t, role: "copy", index: i, height: h, breakBefore: i === 0 })
        );
      rows.push({ table: t, role: "body", index, height, breakBefore: false });
    });
  }
  return rows;
}

/** Pages as printed: planned breaks, and a new page wherever a row would cross the bottom. */
function paginate(rows: ReturnType<typeof written>, pageHeight: number): Printed[][] {
  const pages: Printed[][] = [[]];
  let used = 0;
  for (const row of rows) {
    const page = pages[pages.length - 1];
    if (page.length > 0 && (row.breakBefore || used + row.height > pageHeight)) {
      pages.push([row]);
      used = row.height;
    } else {
      page.push(row);
      used += row.height;
    }
  }
  return pages;
}

const table = (lead: number[], header: number[], body: number[]) =>
  ({ kind: "table", lead, header, body }) as const;

describe("planTable", () => {
  it("leaves a table that fits where it is", () => {
    expect(planTable(table([20], [20], [20, 20]), 20, 100).plan).toEqual({
      newPage: false,
      continuations: [],
    });
  });

  it("moves a short table that would be split to the next page, whole", () => {
    // 40 pt used; the table (100 pt) fits a page of its own but not the 60 pt left.
    expect(planTable(table([20], [20], [20, 20, 20]), 40, 100).plan).toEqual({
      newPage: true,
      continuations: [],
    });
  });

  it("gives a long table a header copy at each break", () => {
    // Caption + header + 3 rows fill page 1; each page after holds the header and 4 rows.
    const { plan } = planTable(table([20], [20], Array(11).fill(20)), 0, 100);
    expect(plan).toEqual({ newPage: false, continuations: [3, 7] });
  });

  it("moves the last break up a row so the last row is not alone", () => {
    // Without the guard: rows 0–2 on page 1, 3–6 on page 2, row 7 alone on page 3.
    const { plan } = planTable(table([20], [20], Array(8).fill(20)), 0, 100);
    expect(plan.continuations).toEqual([3, 6]);
  });

  it("moves earlier breaks too when the page above the last row cannot spare one", () => {
    // Continuation pages take 60 pt of rows. Greedy: [15 15 15] [30 30] [30] leaves the last
    // row alone, and its page above has only two; [15 15] [15 30] [30 30] does not.
    const { plan } = planTable(table([10], [40], [20, 20, 15, 15, 15, 30, 30, 30]), 0, 100);
    expect(plan.continuations).toEqual([2, 4, 6]);
  });

  it("starts a long table on a new page when its caption, header and two rows do not fit", () => {
    const { plan } = planTable(table([20], [20], Array(12).fill(20)), 50, 100);
    expect(plan.newPage).toBe(true);
  });

  it("lets a long table start low on a page when its opening rows fit", () => {
    const { plan } = planTable(table([20], [20], Array(12).fill(20)), 20, 100);
    expect(plan.newPage).toBe(false);
    expect(plan.continuations[0]).toBe(2);
  });
});

describe("planPages (property, seeded)", () => {
  const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

  it.each(SEEDS.map((s) => [s]))("seed %i keeps every rule", (seed) => {
    const { pageHeight, pieces } = pageCase(seed);
    const plans = planPages(pieces, pageHeight);
    const pages = paginate(written(pieces, plans), pageHeight);
    const tables = pieces.filter((p) => p.kind === "table");
    tables.forEach((t, ti) => {
      // Every body row once, in order.
      const body = pages.flat().filter((r) => r.table === ti && r.role === "body");
      expect(body.map((r) => r.index)).toEqual(t.body.map((_, i) => i));
      const onPages = pages.filter((p) => p.some((r) => r.table === ti));
      const whole = [...t.lead, ...t.header, ...t.body].reduce((a, h) => a + h, 0);
      // A table that fits on a page prints on one page.
      if (whole <= pageHeight) expect(onPages).toHaveLength(1);
      onPages.forEach((page, pi) => {
        const mine = page.filter((r) => r.table === ti);
        const rows = mine.filter((r) => r.role === "body").length;
        // No caption or header without rows, no lone row (unless the table has one row).
        expect(rows).toBeGreaterThanOrEqual(Math.min(2, t.body.length));
        // Continuation pages start with the header copy.
        if (pi > 0) {
          expect(page[0]).toMatchObject({ table: ti, role: "copy", index: 0 });
          expect(mine.filter((r) => r.role === "copy")).toHaveLength(t.header.length);
        } else expect(mine.some((r) => r.role === "copy")).toBe(false);
      });
    });
  });
});
