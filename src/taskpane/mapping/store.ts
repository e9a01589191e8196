/**
 * The pane's view of the mappings saved in the workbook: load them for every reading, save one
 * (replacing any earlier mapping of an overlapping range on the same sheet), forget one.
 */
import { parseMappingFile } from "../../domain/mapping/parse";
import { parseRange, rangeAddress, type Bounds } from "../../domain/mapping/region";
import { MAPPING_VERSION, type MappingFile, type TableMapping } from "../../domain/mapping/types";
import type { WorkbookPort } from "../../workbook/port";

/** What the workbook holds: its mappings, and whether a saved value could not be read. */
export interface SavedMappings {
  tables: TableMapping[];
  /** The saved value is not a mapping file this version reads: where it first fails. */
  unreadable?: { path: string };
}

/**
 * The saved mappings and, when the setting holds something this version cannot parse (a newer
 * add-in, an edit outside Excel), where it fails. Such a value is not applied, and it is not
 * overwritten behind the user's back: the Data step shows it with a way to forget it.
 */
export async function loadSavedMappings(port: WorkbookPort): Promise<SavedMappings> {
  if (!port.mappings) return { tables: [] };
  let raw: unknown;
  try {
    raw = await port.mappings.load();
  } catch {
    return { tables: [] }; // the settings could not be read at all: nothing to show or forget
  }
  if (raw === undefined || raw === null) return { tables: [] };
  const parsed = parseMappingFile(raw);
  if (parsed.ok) return { tables: parsed.file.tables };
  const path = parsed.problems[0]?.params.path;
  return { tables: [], unreadable: { path: typeof path === "string" ? path : "(JSON)" } };
}

/** The saved mappings the reader applies (none when the setting cannot be read). */
export async function savedMappings(port: WorkbookPort): Promise<TableMapping[]> {
  return (await loadSavedMappings(port)).tables;
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

/** Replaces whatever the setting holds, readable or not, with no mappings. */
export async function forgetAllMappings(port: WorkbookPort): Promise<void> {
  if (!port.mappings) return;
  await port.mappings.save({ version: MAPPING_VERSION, tables: [] });
}
