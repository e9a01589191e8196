/**
 * The pane's view of the mappings saved in the workbook: load them for every reading, save one
 * (replacing any earlier mapping of an overlapping range on the same sheet), forget one.
 */
import { parseMappingFile } from "../../domain/mapping/parse";
import { parseRange, rangeAddress, type Bounds } from "../../domain/mapping/region";
import { MAPPING_VERSION, type MappingFile, type TableMapping } from "../../domain/mapping/types";
import type { WorkbookPort } from "../../workbook/port";

/**
 * The saved mappings, or none. Only this pane writes the setting, so a value it cannot parse
 * (a newer version of the add-in) is left alone rather than overwritten or half-applied.
 */
export async function savedMappings(port: WorkbookPort): Promise<TableMapping[]> {
  if (!port.mappings) return [];
  try {
    const raw = await port.mappings.load();
    if (raw === undefined || raw === null) return [];
    const parsed = parseMappingFile(raw);
    return parsed.ok ? parsed.file.tables : [];
  } catch {
    return [];
  }
}

/** "'Sheet'!A3:F14" of a saved mapping. */
export function addressOf(m: TableMapping): string {
  const b = parseRange(m.range);
  return b ? rangeAddress(m.sheet, b) : `${m.sheet}!${m.range}`;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The saved mapping a problem or a table names by its range address, if any. */
export function mappingAt(
  mappings: readonly TableMapping[],
  address: string
): TableMapping | undefined {
  return mappings.find((m) => addressOf(m) === address);
}

export async function saveMapping(port: WorkbookPort, mapping: TableMapping): Promise<void> {
  if (!port.mappings) throw new Error("no mapping store");
  const bounds = parseRange(mapping.range);
  const kept = (await savedMappings(port)).filter((m) => {
    const other = parseRange(m.range);
    return m.sheet !== mapping.sheet || !bounds || !other || !overlaps(bounds, other);
  });
  const file: MappingFile = { version: MAPPING_VERSION, tables: [...kept, mapping] };
  await port.mappings.save(file);
}

export async function forgetMapping(port: WorkbookPort, address: string): Promise<void> {
  if (!port.mappings) return;
  const kept = (await savedMappings(port)).filter((m) => addressOf(m) !== address);
  await port.mappings.save({ version: MAPPING_VERSION, tables: kept });
}
