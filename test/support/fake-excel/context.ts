/**
 * Request batching as Office.js does it: proxy calls only queue actions; `sync()` sends them as one
 * request, runs them in order and stops at the first failure, keeping what ran before it (Excel
 * does not roll a failed batch back). Every action is counted, and each request's JSON size is
 * measured; a request over 5 MB is refused as a whole, like Excel on the web does.
 */
import { FakeOfficeError } from "./errors";
import type { Json, WorkbookState } from "./state";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export interface ActionInfo {
  kind: "load" | "set" | "call" | "get";
  path: string;
  name: string;
  args?: Json;
}

interface Action {
  info: ActionInfo;
  run(): void;
}

export interface HostStats {
  syncs: number;
  /** Request size of each sync, in order. */
  payloads: number[];
  /** Response size of each sync (the JSON of the loaded properties), in order. */
  responses: number[];
  /** Actions executed (or attempted), counting from 1 across every Excel.run. */
  actions: number;
  /** Actions still queued when an Excel.run ended (lost, as in Office.js). */
  unsynced: number;
  /** `load()` calls without property names (which load everything: slow in real Excel). */
  bareLoads: number;
  /** Syncs that Excel.run made itself for actions left queued when the batch resolved. */
  finalSyncs: number;
  failAt?: number;
  /** Every action from this one on fails (a lost connection). */
  failFrom?: number;
  /** Called at the start of every sync with its number: lets a test act "between" two syncs. */
  beforeSync?: (sync: number) => void;
}

export interface HostConfig {
  state: WorkbookState;
  stats: HostStats;
  supports(version: string): boolean;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class FakeContext {
  private queue: Action[] = [];
  private responseBytes = 0;
  constructor(readonly host: HostConfig) {}

  enqueue(info: ActionInfo, run: () => void): void {
    this.queue.push({ info, run });
  }

  /** Throws ApiNotFound at run time when the host lacks the ExcelApi version. */
  gate(version: string): void {
    if (!this.host.supports(version)) {
      throw new FakeOfficeError("ApiNotFound", `This API needs ExcelApi ${version}.`);
    }
  }

  /** Loads report what they return, so responses can be measured like requests. */
  respond(value: unknown): void {
    this.responseBytes += utf8Length(JSON.stringify(value) ?? "");
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const stats = this.host.stats;
    stats.syncs += 1;
    stats.beforeSync?.(stats.syncs);
    const bytes = utf8Length(JSON.stringify(batch.map((a) => a.info)));
    stats.payloads.push(bytes);
    await Promise.resolve();
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `Request of ${bytes} bytes.`);
    }
    this.responseBytes = 0;
    if (stats.failFrom !== undefined && stats.actions + 1 >= stats.failFrom) {
      if (batch.length === 0) throw new FakeOfficeError("GeneralException", "Connection lost.");
    }
    try {
      for (const action of batch) {
        stats.actions += 1;
        if (
          stats.actions === stats.failAt ||
          (stats.failFrom !== undefined && stats.actions >= stats.failFrom)
        ) {
          throw new FakeOfficeError(
            "GeneralException",
            `Injected failure at action ${stats.actions}.`
          );
        }
        action.run();
      }
    } finally {
      stats.responses.push(this.responseBytes);
    }
    if (this.responseBytes > REQUEST_LIMIT_BYTES) {
      const message = `Response of ${this.responseBytes} bytes.`;
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", message);
    }
  }
}
