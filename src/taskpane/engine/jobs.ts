/**
 * The engine's CPU-heavy work, pure: grids in, plain results out. The worker runs it off the UI
 * thread (engine.worker.ts); where there is no worker, the pane runs it in-thread (runner.ts).
 * Never touches Office.js, the DOM or the pane's state, so it runs the same in either place.
 */
import { readScoreBook } from "../../domain/read";
import { runPipeline } from "../../domain/pipeline";
import { readWithMappings } from "../../domain/mapping";
import { renderTemplate } from "../../domain/report";
import { readStoredInfo } from "../../domain/report/document/details-sheet";
import {
  serializeError,
  type EngineJob,
  type EngineReply,
  type EngineRequest,
  type JobResults,
} from "./protocol";

export function runJob(job: EngineJob): JobResults[keyof JobResults] {
  switch (job.kind) {
    case "tables": {
      const read = job.mappings?.length
        ? readWithMappings(job.grids, job.mappings)
        : readScoreBook(job.grids);
      // The report details form shows what an earlier run stored in the workbook.
      return { ...read, storedInfo: readStoredInfo(job.grids) };
    }
    case "run":
      return runPipeline(job.grids, job.options);
    case "template":
      return renderTemplate(job.options);
  }
}

/** One request answered: the result, or the exception as plain data (never thrown across). */
export function answer(request: EngineRequest): EngineReply {
  try {
    return { id: request.id, ok: true, result: runJob(request.job) };
  } catch (err) {
    return { id: request.id, ok: false, error: serializeError(err) };
  }
}
