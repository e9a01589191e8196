/**
 * Page breaks for a sheet of several tables (findings, summary): each table with its caption
 * starts on a new page when it would otherwise be split, so a short table never leaves a row
 * alone on a page. The sheets repeat no title rows (a title above every page would repeat over
 * tables it does not head).
 */
import type { SheetBuilder } from "./builder";
import { blockBreaks, pageHeightOnSheet, type Block } from "./comparison/page";
import { lineHeight } from "./styles";

/** 1-based rows (as `PrintSpec.pageBreaksBefore` wants them) that start a new page. */
export function breaksKeepingBlocks(
  b: SheetBuilder,
  widths: readonly number[],
  blocks: readonly Block[]
): number[] {
  const rows = {
    heights: b.rowHeights,
    contentHeight: lineHeight() + 4,
    hasContent: (r: number) => (b.rows[r] ?? []).some((c) => c !== null),
    pageHeight: pageHeightOnSheet(widths),
  };
  return blockBreaks(rows, blocks).map((r) => r + 1);
}
