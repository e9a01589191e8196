/**
 * Table mappings in Office's document settings (`Office.context.document.settings`, key
 * `ita-analyzer.mappings`). Excel writes them into the file as a webextension part, which the
 * command line reads too (src/workbook/xlsx/mapping-part.ts). Settings are loaded with the
 * document, so reading costs no request; saving is one `saveAsync`.
 */
import { MAPPINGS_SETTING_KEY, type MappingFile } from "../../domain/mapping/types";
import type { MappingStore } from "../mapping-store";

/** Saving the settings failed (the pane words it with "mapping.pane.saveFailed"). */
export class MappingSaveError extends Error {
  readonly messageId = "mapping.pane.saveFailed";
  constructor(message: string) {
    super(message);
    this.name = "MappingSaveError";
  }
}

/** The part of Office.Settings this store uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

/** The document settings of a host (the real Office, or the fake one in tests). */
export function settingsOf(host: { Office: object }): DocumentSettings {
  const office = host.Office as { context: { document: { settings: DocumentSettings } } };
  return office.context.document.settings;
}

/** `settings` is looked up when used: Office.js may load after this module. */
export function officeMappingStore(settings: () => DocumentSettings): MappingStore {
  return {
    load: () => Promise.resolve(settings().get(MAPPINGS_SETTING_KEY) ?? undefined),
    save: (file) =>
      new Promise<void>((resolve, reject) => {
        const s = settings();
        // An object: Excel serialises it as JSON into the package, the form `map export` reads.
        s.set(MAPPINGS_SETTING_KEY, file satisfies MappingFile);
        s.saveAsync((result) => {
          if (String(result.status) === "succeeded") resolve();
          else reject(new MappingSaveError(result.error?.message ?? "settings.saveAsync failed"));
        });
      }),
  };
}
