/**
 * Where a workbook keeps the user's table mappings. In Excel: the add-in's document settings,
 * which Excel saves inside the file (so a mapping travels by email with the workbook). The
 * pane loads them before every reading and saves them when the user maps or forgets a table.
 */
import type { MappingFile } from "../domain/mapping/types";

export interface MappingStore {
  /** The stored value as found (object or JSON text), or undefined; check it with parseMappingFile. */
  load(): Promise<unknown>;
  /** Stores and persists the whole file (an empty `tables` list is kept as such). */
  save(file: MappingFile): Promise<void>;
}
