/**
 * What a problem carries when the reader was unsure: the region it was reading (its sheet and
 * the A1 range on that sheet) and both readings it weighed, the one it chose first. The "use
 * the selected range" step (src/domain/mapping) starts from these params; messages need not
 * show them. Readings are short English descriptors, e.g. "score column C3 'ปี 2568' for 2568"
 * or "year 2568 from the header cell 'S'!B3".
 */
import { cellAddress, rangeA1, type CellRef, type Grid } from "../grid";

export interface Region {
  /** The sheet's name, unquoted. */
  sheet: string;
  /** "A3:F14" on that sheet. */
  range: string;
}

/** The params every ambiguity problem carries: region plus the two readings. */
export interface AmbiguityParams extends Region {
  reading: string;
  otherReading: string;
  [key: string]: string;
}

/** The region of the table whose header starts at (top, left) and ends at (bottom, right). */
export function regionOf(
  grid: Grid,
  top: number,
  left: number,
  bottom: number,
  right: number
): Region {
  const o = grid.origin;
  return {
    sheet: grid.sheet,
    range: rangeA1(o.row + top, o.col + left, o.row + bottom, o.col + right),
  };
}

export function ambiguityParams(
  region: Region,
  reading: string,
  otherReading: string
): AmbiguityParams {
  return { sheet: region.sheet, range: region.range, reading, otherReading };
}

/** "year 2568 from the header cell 'S'!B3", "year 2567 from the sheet name 'ปี 2567'". */
export function yearReading(year: number, ref: CellRef | undefined, sheet?: string): string {
  if (sheet !== undefined) return `year ${year} from the sheet name '${sheet}'`;
  return ref ? `year ${year} from ${cellAddress(ref)}` : `year ${year}`;
}
