/**
 * Helpers for pane tests: an in-memory WorkbookPort whose calls are recorded, and a stand-in
 * engine that returns a given ScoreBook and analyses it with the real `analyze`.
 */
import { configure, render } from "@testing-library/react";
import type { Grid } from "../../src/domain/grid";
import { analyze } from "../../src/domain/analyze";
import type { ScoreBook } from "../../src/domain/model";
import type { Problem } from "../../src/domain/problems";
import type { SheetKey, SheetSpec, WorkbookSpec } from "../../src/domain/spec";
import type { Lang } from "../../src/domain/messages";
import type { GeneratedSheet, WorkbookPort, WorkbookSnapshot } from "../../src/workbook/port";
import type { PaneEngine, RunChoice } from "../../src/taskpane/engine/types";
import { App } from "../../src/taskpane/components/App";
import { bookOf } from "../support/book";
import { INDICATORS_000_2568 } from "../support/seed-figures";

// The machine is shared with other test runs: give async queries room before failing.
configure({ asyncUtilTimeout: 5000 });

export function sheetSpec(key: SheetKey, name: string): SheetSpec {
  return {
    key,
    name,
    rows: [[{ value: name }]],
    defaultFont: { name: "Tahoma", size: 11 },
    columnWidths: [],
    rowHeights: {},
    formats: [],
    merges: [],
    conditionalFormats: [],
    tables: [],
    validations: [],
    charts: [],
    print: { orientation: "portrait", paper: "A4", fitToWidth: 1, fitToHeight: 0 },
    marker: { key, version: "1", fingerprint: "00000000" },
  };
}

export const GRIDS: Grid[] = [{ sheet: "ข้อมูล", origin: { row: 0, col: 0 }, values: [["x"]] }];

export interface MemoryPort extends WorkbookPort {
  sheetNames: string[];
  read: jest.Mock<ReturnType<WorkbookPort["read"]>, Parameters<WorkbookPort["read"]>>;
  apply: jest.Mock<ReturnType<WorkbookPort["apply"]>, Parameters<WorkbookPort["apply"]>>;
  select: jest.Mock<Promise<void>, [string]>;
  activate: jest.Mock<Promise<void>, [string]>;
  findGeneratedSheets: jest.Mock<Promise<GeneratedSheet[]>, []>;
}

export function memoryPort(generated: GeneratedSheet[] = []): MemoryPort {
  const port: MemoryPort = {
    sheetNames: ["ข้อมูล", ...generated.map((g) => g.name)],
    read: jest.fn<Promise<WorkbookSnapshot>, [scope: "workbook" | "selection"]>(async () => ({
      grids: GRIDS,
      sheetNames: [...port.sheetNames],
    })),
    apply: jest.fn(async (spec: WorkbookSpec) => {
      const created = spec.sheets.map((s) => s.name);
      port.sheetNames.push(...created);
      return { created, skipped: [] };
    }),
    select: jest.fn<Promise<void>, [address: string]>(async () => undefined),
    activate: jest.fn<Promise<void>, [sheet: string]>(async () => undefined),
    findGeneratedSheets: jest.fn(async () => generated),
  };
  return port;
}

/** Two years like seed 000: overall 96.67 -> 99.80, the weakest indicator per tool known. */
export function sampleBook(): ScoreBook {
  const book = bookOf(
    {
      2567: {
        overall: 96.67,
        indicators: { 1: 95, 2: 96, 3: 97, 4: 98, 5: 99, 6: 94, 7: 95, 8: 96, 9: 97, 10: 98 },
      },
      2568: {
        overall: 99.8,
        indicators: INDICATORS_000_2568,
      },
    },
    { organization: { name: "องค์การบริหารส่วนตำบลเมืองใหม่", province: "หนองบัวลำภู" } }
  );
  book.tables = [
    { kind: "overall", sheet: "ข้อมูล", address: "ข้อมูล!A1:C2", years: [2567, 2568], rows: 1 },
    { kind: "indicators", sheet: "ข้อมูล", address: "ข้อมูล!A5:C15", years: [2567, 2568], rows: 10 },
  ];
  return book;
}

export const SAMPLE_PROBLEMS: Problem[] = [
  {
    severity: "warning",
    code: "ROW_NOT_RECOGNISED",
    cell: "ข้อมูล!A20",
    params: { cell: "ข้อมูล!A20", value: "หมายเหตุ" },
  },
];

export interface StubEngine extends PaneEngine {
  run: jest.Mock<ReturnType<PaneEngine["run"]>, [Grid[], string[], RunChoice]>;
}

export function stubEngine(book = sampleBook(), problems: Problem[] = SAMPLE_PROBLEMS): StubEngine {
  return {
    readTables: () => ({ book, problems }),
    run: jest.fn((_grids: Grid[], sheetNames: string[], choice: RunChoice) => {
      const analysis = analyze(book, {
        from: choice.from,
        to: choice.to,
        threshold: choice.threshold,
      });
      const name = sheetNames.includes("เปรียบเทียบ") ? "เปรียบเทียบ (2)" : "เปรียบเทียบ";
      const spec: WorkbookSpec = {
        sheets: [sheetSpec("comparison", name), sheetSpec("findings", "ข้อค้นพบ")],
      };
      return { ok: true as const, book, analysis, spec, problems };
    }),
    template: () => ({ sheets: [sheetSpec("template", "กรอกคะแนน ITA")] }),
  };
}

export function renderPane(port: WorkbookPort, engine: PaneEngine, lang: Lang = "th") {
  return render(<App port={port} initialLang={lang} loadEngine={async () => engine} />);
}
