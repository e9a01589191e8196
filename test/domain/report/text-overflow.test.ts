/**
 * No text is cut off at its cell's right edge: every text cell that does not wrap either fits
 * its column (or merged area) per the line counter, or spills only into empty cells inside the
 * print area, as Excel and LibreOffice draw it. Over every generated sheet of the sample and the
 * fixtures, in Thai and in English (Common era, Thai digits), the measures sheets included; the
 * cells inside the print area (what reaches paper).
 */
import { a1, parseA1 } from "../../../src/domain/grid";
import { runPipeline } from "../../../src/domain/pipeline";
import { addMeasures } from "../../../src/cli/measures";
import type { AnalyzeArgs } from "../../../src/cli/args";
import { areaWidthMm, THAI_FONT } from "../../../src/domain/report/styles";
import { textWidth } from "../../../src/domain/report/text-width";
import type { CellStyle, SheetSpec } from "../../../src/domain/spec";
import { SNAPSHOT_INPUTS, SNAPSHOT_VARIANTS } from "../../support/spec-snapshot";

/** The style a cell ends up with: the formats covering it, later ones over earlier ones. */
function styleAt(sheet: SheetSpec, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const f of sheet.formats) {
    const [from, to = from] = f.range.split(":").map(parseA1);
    if (row >= from.row && row <= to.row && col >= from.col && col <= to.col)
      style = { ...style, ...f.style, font: { ...style.font, ...f.style.font } };
  }
  return style;
}

/** Merged areas by their top-left cell: [bottom-right column]. */
function mergeEnds(sheet: SheetSpec): Map<string, number> {
  const ends = new Map<string, number>();
  for (const m of sheet.merges) {
    const [from, to] = m.split(":").map(parseA1);
    ends.set(a1(from.row, from.col), to.col);
  }
  return ends;
}

function inMerge(sheet: SheetSpec, row: number, col: number): boolean {
  return sheet.merges.some((m) => {
    const [from, to] = m.split(":").map(parseA1);
    return row >= from.row && row <= to.row && col >= from.col && col <= to.col;
  });
}

/** Last printed row and column (zero-based), from the print area every generated sheet has. */
function printedEnd(sheet: SheetSpec): { row: number; col: number } {
  const corner = sheet.print.printArea?.split(":")[1];
  return corner
    ? parseA1(corner)
    : { row: sheet.rows.length - 1, col: sheet.columnWidths.length - 1 };
}

/** Cells of a sheet whose unwrapped text is cut off, as "A1 (text)". */
function clipped(sheet: SheetSpec): string[] {
  const out: string[] = [];
  const ends = mergeEnds(sheet);
  const printed = printedEnd(sheet);
  const last = printed.col;
  sheet.rows.forEach((cells, row) =>
    cells.forEach((cell, col) => {
      if (typeof cell?.value !== "string" || cell.value === "") return;
      // What prints: the screen-only blocks below or beside the print area are not checked.
      if (row > printed.row || col > printed.col) return;
      const ref = a1(row, col);
      if (!ends.has(ref) && inMerge(sheet, row, col)) return;
      const style = styleAt(sheet, row, col);
      if (style.wrap) return;
      const font = { size: style.font?.size ?? THAI_FONT.size, bold: style.font?.bold };
      const end = ends.get(ref) ?? col;
      const widths = sheet.columnWidths.slice(col, end + 1);
      // One line of text: the widest of its lines (a cell without wrap keeps its line breaks).
      const need = Math.max(...cell.value.split("\n").map((line) => textWidth(line, font)));
      let room = areaWidthMm(widths);
      // Spill over empty neighbours to the right, inside the printed columns (left-aligned only).
      const spills = style.horizontal === undefined || style.horizontal === "left";
      for (let c = end + 1; spills && room < need && c <= last && cells[c] == null; c++)
        room = areaWidthMm(sheet.columnWidths.slice(col, c + 1));
      if (need > room) out.push(`${sheet.name}!${ref} (${cell.value})`);
    })
  );
  return out;
}

describe("unwrapped text fits its cell or spills into empty printed cells", () => {
  for (const input of SNAPSHOT_INPUTS)
    for (const [variantName, variant] of Object.entries(SNAPSHOT_VARIANTS))
      it(`${input.name} (${variantName})`, async () => {
        const { grids, sheetNames } = await input.grids();
        const result = runPipeline(grids, {
          render: { ...variant, existingSheetNames: sheetNames },
        });
        if (!result.ok) return;
        const args: AnalyzeArgs = {
          input: "",
          output: "",
          measures: true,
          weaknessesOnly: false,
          layout: "b",
          ...variant,
        } as AnalyzeArgs;
        const { spec } = addMeasures(result, args, sheetNames, grids);
        expect(spec.sheets.flatMap(clipped)).toEqual([]);
      });
});
