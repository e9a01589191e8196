/**
 * Office's document settings for the fake host, as Excel keeps them: `set` changes the copy in
 * memory, `saveAsync` writes every setting into the document as JSON text (the webextension
 * part's `value` attributes), and a reopened document starts from what was saved — unsaved
 * changes are lost. Plain TypeScript, so the browser end-to-end page can use it too.
 */
import type { FakeExcel } from "./index";

export interface FakeDocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export interface FakeSettingsStore {
  settings: FakeDocumentSettings;
  /** What the document holds: name -> JSON text, exactly as saved. */
  saved: Record<string, string>;
  /** Makes the next saveAsync fail, as when the file is read-only. */
  failNextSave(): void;
  saves: number;
}

/** `saved`: the settings a reopened document carries (name -> JSON text). */
export function createDocumentSettings(saved: Record<string, string> = {}): FakeSettingsStore {
  const memory = new Map<string, unknown>(
    Object.entries(saved).map(([k, v]) => [k, JSON.parse(v) as unknown])
  );
  let fail = false;
  const store: FakeSettingsStore = {
    saved: { ...saved },
    saves: 0,
    failNextSave: () => void (fail = true),
    settings: {
      get: (name) => (memory.has(name) ? structuredCloneJson(memory.get(name)) : null),
      set: (name, value) => void memory.set(name, structuredCloneJson(value)),
      remove: (name) => void memory.delete(name),
      saveAsync: (callback) => {
        const failed = fail;
        fail = false;
        if (!failed) {
          store.saved = Object.fromEntries([...memory].map(([k, v]) => [k, JSON.stringify(v)]));
          store.saves++;
        }
        setTimeout(() =>
          callback?.(
            failed
              ? { status: "failed", error: { message: "The document is read-only." } }
              : { status: "succeeded" }
          )
        );
      },
    },
  };
  return store;
}

/** Office keeps settings as JSON: what goes in comes out as a copy, functions and undefined dropped. */
function structuredCloneJson(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** Installs the settings as `Office.context.document.settings` of a fake host. */
export function attachDocumentSettings(fake: FakeExcel, store: FakeSettingsStore): void {
  const context = fake.Office.context as unknown as {
    document?: { settings: FakeDocumentSettings };
  };
  context.document = { settings: store.settings };
}
