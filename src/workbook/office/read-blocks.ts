/**
 * Reading regions' values and number formats, in the same request, in blocks of rows that keep
 * every response well under Excel on the web's 5 MB limit. All regions of an ordinary workbook
 * fit one block: one sync. A huge region is read in row blocks, one sync each. Should a block
 * still come back too large (long texts), it is halved and read again.
 */
import type { CellValue, Grid } from "../../domain/grid";
import { OfficeWorkbookError } from "./errors";
import { BLOCK_CELLS, area, regionA1, type Region } from "./read-regions";

interface Block extends Region {
  /** Which region (index) this block belongs to. */
  region: number;
}

interface Loaded {
  values: CellValue[][];
  formats: string[][];
}

function rowBlocks(region: Region, index: number, cells: number): Block[] {
  const perBlock = Math.max(1, Math.floor(cells / region.cols));
  const blocks: Block[] = [];
  for (let start = 0; start < region.rows; start += perBlock) {
    const rows = Math.min(perBlock, region.rows - start);
    blocks.push({ ...region, top: region.top + start, rows, region: index });
  }
  return blocks;
}

function halves(block: Block): Block[] {
  if (block.rows === 1) {
    throw new OfficeWorkbookError("OFFICE_READ_TOO_LARGE", {
      name: block.sheet,
      cells: String(block.cols),
    });
  }
  const first = Math.ceil(block.rows / 2);
  return [
    { ...block, rows: first },
    { ...block, top: block.top + first, rows: block.rows - first },
  ];
}

const isResponseTooLarge = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/** True when some cell has a number format worth passing on. */
const hasFormats = (formats: string[][]) =>
  formats.some((row) => row.some((f) => f !== "General" && f !== ""));

function toGrid(region: Region, parts: readonly Loaded[]): Grid {
  const values = parts.flatMap((p) => p.values);
  const formats = parts.flatMap((p) => p.formats);
  const grid: Grid = { sheet: region.sheet, origin: { row: region.top, col: region.left }, values };
  if (hasFormats(formats)) grid.formats = formats;
  return grid;
}

/** One grid per region, in the order given. */
export async function readRegions(
  context: Excel.RequestContext,
  regions: readonly Region[]
): Promise<Grid[]> {
  const queue = regions.flatMap((region, i) => rowBlocks(region, i, BLOCK_CELLS));
  const results: { block: Block; loaded: Loaded }[] = [];
  let budget = BLOCK_CELLS;
  while (queue.length > 0) {
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length > 0 && (batch.length === 0 || cells + area(queue[0]) <= budget)) {
      const block = queue.shift() as Block;
      batch.push(block);
      cells += area(block);
    }
    const ranges = batch.map((block) => {
      const range = context.workbook.worksheets.getItem(block.sheet).getRange(regionA1(block));
      range.load("values,numberFormat");
      return range;
    });
    try {
      // One sync per block of ~50,000 cells: ordinary workbooks need exactly one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      queue.unshift(...batch.flatMap((block) => (batch.length > 1 ? [block] : halves(block))));
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    batch.forEach((block, i) =>
      results.push({
        block,
        loaded: {
          values: ranges[i].values as CellValue[][],
          formats: ranges[i].numberFormat as string[][],
        },
      })
    );
  }
  return regions.map((region, i) =>
    toGrid(
      region,
      results
        .filter((r) => r.block.region === i)
        .sort((a, b) => a.block.top - b.block.top)
        .map((r) => r.loaded)
    )
  );
}
