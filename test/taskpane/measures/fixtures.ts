/**
 * Test data for the Measures step: an Analysis shaped like seed 003 (องค์การบริหารส่วนตำบลคำเนียม,
 * FY 2568: indicator 9 = 77 below 85; weakest per tool 3, 8, 9) and an in-memory port.
 */
import type { CellValue, Grid } from "../../../src/domain/grid";
import type { Lang } from "../../../src/domain/messages/format";
import { columnHeader, LAYOUTS, type ColumnId, type LayoutId } from "../../../src/domain/measures";
import type { Analysis, IndicatorResult } from "../../../src/domain/model";
import type { IndicatorNo, ToolCode } from "../../../src/domain/ita/types";
import type { SheetSpec, WorkbookSpec } from "../../../src/domain/spec";
import type {
  ApplyOptions,
  ApplyReport,
  WorkbookPort,
  WorkbookSnapshot,
} from "../../../src/workbook/port";

const SCORES: [IndicatorNo, ToolCode, string, string, number][] = [
  [1, "IIT", "การปฏิบัติหน้าที่", "Performance of duty", 100],
  [2, "IIT", "การใช้งบประมาณ", "Use of budget", 100],
  [3, "IIT", "การใช้อำนาจ", "Use of authority", 99.81],
  [4, "IIT", "การใช้ทรัพย์สินของราชการ", "Use of government property", 100],
  [5, "IIT", "การแก้ไขปัญหาการทุจริต", "Addressing corruption", 100],
  [6, "EIT", "คุณภาพการดำเนินงาน", "Quality of operations", 98.84],
  [7, "EIT", "ประสิทธิภาพการสื่อสาร", "Communication efficiency", 98.84],
  [8, "EIT", "การปรับปรุงการทำงาน", "Improvement of work systems", 98.41],
  [9, "OIT", "การเปิดเผยข้อมูล", "Information disclosure", 77],
  [10, "OIT", "การป้องกันการทุจริต", "Corruption prevention", 90],
];

function rankOf(score: number): number {
  return 1 + SCORES.filter((s) => s[4] > score).length;
}

function indicator([no, tool, name, nameEn, score]: (typeof SCORES)[number]): IndicatorResult {
  return {
    no,
    tool,
    name,
    nameEn,
    scores: { 2568: score },
    sources: {},
    to: score,
    rank: rankOf(score),
    belowThreshold: score < 85,
  };
}

/** Seed 003: one year (2568) only, so nothing "fell"; the weakest per tool are 3, 8 and 9. */
export function seed003Analysis(orgName = "องค์การบริหารส่วนตำบลคำเนียม"): Analysis {
  return {
    organization: { name: orgName, district: "กันทรารมย์", province: "ศรีสะเกษ" },
    years: [2568],
    to: 2568,
    threshold: 85,
    overall: {
      scores: { 2568: 93 },
      sources: {},
      to: 93,
      level: { 2568: "ผ่าน" },
      levelSources: {},
      computedYears: [],
      computed: false,
    },
    tools: [
      {
        tool: "IIT",
        scores: { 2568: 99.96 },
        sources: {},
        to: 99.96,
        computedYears: [],
        computed: false,
      },
      {
        tool: "EIT",
        scores: { 2568: 98.7 },
        sources: {},
        to: 98.7,
        computedYears: [],
        computed: false,
      },
      {
        tool: "OIT",
        scores: { 2568: 83.5 },
        sources: {},
        to: 83.5,
        computedYears: [],
        computed: false,
      },
    ],
    indicators: SCORES.map(indicator),
    counts: { up: 0, same: 0, down: 0 },
    weakest: { overall: 9, byTool: { IIT: 3, EIT: 8, OIT: 9 } },
    belowThreshold: [9],
    questions: [],
    questionsFallen: [],
    strengths: [1, 2, 4, 5],
    benchmarks: [],
    problems: [],
  };
}

/**
 * A workbook held in memory: `read` returns its grids, `apply` records every spec and options and
 * then writes the sheets (as `gridOf` reads them back), removing the replaced ones first. Like
 * the adapters, it refuses a name that is taken and a replaced sheet that does not exist.
 */
export class FakePort implements WorkbookPort {
  readonly applied: WorkbookSpec[] = [];
  readonly options: (ApplyOptions | undefined)[] = [];
  readonly reads: string[] = [];
  failApply?: Error;

  constructor(
    public grids: Grid[] = [],
    public sheetNames: string[] = grids.map((g) => g.sheet)
  ) {}

  async read(scope: "workbook" | "selection"): Promise<WorkbookSnapshot> {
    this.reads.push(scope);
    return { grids: [...this.grids], sheetNames: [...this.sheetNames] };
  }

  async apply(spec: WorkbookSpec, options?: ApplyOptions): Promise<ApplyReport> {
    this.applied.push(spec);
    this.options.push(options);
    if (this.failApply) throw this.failApply;
    const replace = options?.replace ?? [];
    for (const name of replace)
      if (!this.sheetNames.includes(name)) throw new Error(`No sheet ${name} to replace`);
    const kept = this.sheetNames.filter((n) => !replace.includes(n));
    for (const sheet of spec.sheets)
      if (kept.includes(sheet.name)) throw new Error(`Sheet name taken: ${sheet.name}`);
    this.sheetNames = [...kept, ...spec.sheets.map((s) => s.name)];
    this.grids = [
      ...this.grids.filter((g) => !replace.includes(g.sheet)),
      ...spec.sheets.map(gridOf),
    ];
    return { created: spec.sheets.map((s) => s.name), skipped: [] };
  }

  /** Plays the user typing into a sheet: sets one cell (zero-based) of its grid. */
  edit(sheet: string, row: number, col: number, value: CellValue): void {
    const grid = this.grids.find((g) => g.sheet === sheet);
    if (!grid) throw new Error(`No sheet ${sheet}`);
    grid.values[row][col] = value;
  }
}

/** The measures table of a rendered sheet as records by column id (header row found by text). */
export function measuresTable(
  sheet: SheetSpec,
  layout: LayoutId = "a",
  lang: Lang = "en"
): Partial<Record<ColumnId, CellValue>>[] {
  const columns = LAYOUTS[layout];
  const keyHeader = columnHeader("key", lang);
  const header = sheet.rows.findIndex((r) => r[columns.length - 1]?.value === keyHeader);
  if (header < 0) throw new Error(`No measures table in ${sheet.name}`);
  const out: Partial<Record<ColumnId, CellValue>>[] = [];
  for (const row of sheet.rows.slice(header + 1)) {
    if (row.length === 0) break;
    const rec: Partial<Record<ColumnId, CellValue>> = {};
    columns.forEach((id, c) => {
      const v = row[c]?.value;
      if (v !== undefined && v !== null) rec[id] = v;
    });
    out.push(rec);
  }
  return out;
}

/** A rendered sheet as the grid a port would read back from the workbook. */
export function gridOf(sheet: SheetSpec): Grid {
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values: sheet.rows.map((r) => r.map((c) => (c?.value ?? "") as CellValue)),
  };
}

/** The key a measures-table row carries, without its hash. */
export function rowKey(row: Partial<Record<ColumnId, CellValue>>): string {
  return String(row.key ?? "").split("#")[0];
}
