/**
 * The messages between the pane and the engine worker. Everything here crosses `postMessage`, so
 * it is plain data (structured-clone-safe): grids, options, results — no functions, no classes.
 * An exception inside a job travels back as a SerializedError and is thrown again on the pane's
 * side with the same message id, so the user reads the same words as when the job ran in-thread.
 */
import type { Grid } from "../../domain/grid";
import type { ReadResult } from "../../domain/model";
import type { RunOptions, RunResult } from "../../domain/pipeline";
import type { RenderOptions } from "../../domain/report/options";
import type { ReportInfo } from "../../domain/report/document/info";
import type { WorkbookSpec } from "../../domain/spec";
import type { TableMapping } from "../../domain/mapping/types";

/** What Find needs: the score book, and the report details an earlier run stored. */
export interface TablesRead extends ReadResult {
  storedInfo: ReportInfo;
}

/** One piece of work for the engine. */
export type EngineJob =
  | { kind: "tables"; grids: Grid[]; mappings?: readonly TableMapping[] }
  | { kind: "run"; grids: Grid[]; options: RunOptions }
  | { kind: "template"; options: RenderOptions };

export interface JobResults {
  tables: TablesRead;
  run: RunResult;
  template: WorkbookSpec;
}

export type JobResult<J extends EngineJob> = JobResults[J["kind"]];

export interface EngineRequest {
  id: number;
  job: EngineJob;
}

/** The fields of an error the pane turns into words (see ../errors.ts), as plain data. */
export interface SerializedError {
  name: string;
  message: string;
  messageId?: string;
  code?: string;
  params?: Record<string, string | number>;
}

export type EngineReply =
  | { id: number; ok: true; result: JobResults[keyof JobResults] }
  | { id: number; ok: false; error: SerializedError };

function stringField(err: unknown, name: string): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const value = (err as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/** Keeps what describeError reads (message id, code, string/number params); drops the rest. */
export function serializeError(err: unknown): SerializedError {
  const out: SerializedError = {
    name: stringField(err, "name") ?? "Error",
    message: stringField(err, "message") ?? String(err),
  };
  const messageId = stringField(err, "messageId");
  const code = stringField(err, "code");
  if (messageId !== undefined) out.messageId = messageId;
  if (code !== undefined) out.code = code;
  const params =
    typeof err === "object" && err !== null ? (err as { params?: unknown }).params : undefined;
  if (typeof params === "object" && params !== null) {
    const plain: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) {
      if (typeof v === "string" || typeof v === "number") plain[k] = v;
    }
    out.params = plain;
  }
  return out;
}

/** The error thrown on the pane's side: an Error carrying the same id, code and params. */
export class EngineError extends Error {
  readonly messageId?: string;
  readonly code?: string;
  readonly params?: Record<string, string | number>;

  constructor(e: SerializedError) {
    super(e.message);
    this.name = e.name;
    this.messageId = e.messageId;
    this.code = e.code;
    this.params = e.params;
  }
}
