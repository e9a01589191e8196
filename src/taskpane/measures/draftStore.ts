/**
 * Where the Measures step's work is kept between sessions: the workbook's own document settings
 * (Office.context.document.settings), so it travels with the file and survives closing the pane,
 * closing the workbook and emailing it. Saving is debounced: typing does not write on every key.
 */
import { parseSavedDraft, type SavedDraft } from "./draft";

export interface DraftStore {
  load(): SavedDraft | undefined;
  save(draft: SavedDraft): void;
}

export const DRAFT_SETTING = "ita-analyzer.measures-draft";
const SAVE_DELAY_MS = 500;

/** The subset of Office.Settings the store uses (so tests can hand in a stand-in). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

export function settingsDraftStore(settings: SettingsLike, delay = SAVE_DELAY_MS): DraftStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    load: () => {
      try {
        return parseSavedDraft(settings.get(DRAFT_SETTING));
      } catch {
        return undefined;
      }
    },
    save: (draft) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        try {
          settings.set(DRAFT_SETTING, draft);
          // A failed save only loses the copy in the file; the pane still has the work.
          settings.saveAsync(() => undefined);
        } catch {
          /* Settings unavailable (read-only workbook): the work stays in the pane. */
        }
      }, delay);
    },
  };
}

/** The store over the host's document settings, or undefined where there are none. */
export function officeDraftStore(): DraftStore | undefined {
  if (typeof Office === "undefined") return undefined;
  const settings = Office.context?.document?.settings as SettingsLike | undefined;
  return settings ? settingsDraftStore(settings) : undefined;
}
