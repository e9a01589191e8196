/**
 * Where the engine's jobs run: in a Web Worker when the browser has one, so the pane stays
 * responsive while a large workbook is analysed; otherwise (Jest's jsdom, a host that refuses
 * workers) in-thread, yielding to the event loop before and after the job so the progress the
 * pane shows is painted. Both answer through jobs.ts's `answer`, so a failing job gives the same
 * EngineError either way.
 */
import {
  EngineError,
  type EngineJob,
  type EngineReply,
  type EngineRequest,
  type JobResult,
} from "./protocol";

export interface JobRunner {
  run<J extends EngineJob>(job: J): Promise<JobResult<J>>;
}

/** The part of `Worker` the runner uses, so tests can hand in a stand-in. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(request: EngineRequest): void;
  terminate(): void;
}

/** Lets the browser paint (and handle input) before the next slice of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function settle<J extends EngineJob>(reply: EngineReply): JobResult<J> {
  if (!reply.ok) throw new EngineError(reply.error);
  return reply.result as JobResult<J>;
}

/** Runs each job on this thread, as one slice between two yields. */
export function inThreadRunner(): JobRunner {
  return {
    async run<J extends EngineJob>(job: J) {
      await nextTask();
      const { answer } = await import(/* webpackChunkName: "engine-jobs" */ "./jobs");
      const reply = answer({ id: 0, job });
      await nextTask();
      return settle<J>(reply);
    },
  };
}

interface Pending {
  job: EngineJob;
  resolve(result: unknown): void;
  reject(err: unknown): void;
}

/**
 * Runs jobs in one long-lived worker, matching replies to requests by id. If the worker cannot
 * start or breaks (a load or clone error, not an exception in a job: those come back as replies),
 * it is dropped and every waiting job, and all later ones, run on `fallback` instead.
 */
export function workerRunner(
  spawn: () => WorkerLike | Promise<WorkerLike>,
  fallback: JobRunner
): JobRunner {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Promise<WorkerLike | undefined> | undefined;

  function giveUp(w: WorkerLike): void {
    w.terminate();
    worker = Promise.resolve(undefined);
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) fallback.run(p.job).then(p.resolve, p.reject);
  }

  function start(): Promise<WorkerLike | undefined> {
    worker ??= Promise.resolve()
      .then(spawn)
      .then(
        (w) => {
          w.onmessage = (event) => {
            const p = pending.get(event.data.id);
            if (!p) return;
            pending.delete(event.data.id);
            try {
              p.resolve(settle(event.data));
            } catch (err) {
              p.reject(err);
            }
          };
          w.onerror = () => giveUp(w);
          w.onmessageerror = () => giveUp(w);
          return w;
        },
        () => undefined
      );
    return worker;
  }

  return {
    async run<J extends EngineJob>(job: J) {
      const w = await start();
      if (!w) return fallback.run(job);
      const id = nextId++;
      return new Promise<JobResult<J>>((resolve, reject) => {
        pending.set(id, { job, resolve: resolve as (r: unknown) => void, reject });
        try {
          w.postMessage({ id, job });
        } catch {
          // Not cloneable: cannot happen with plain data, but the job still runs.
          pending.delete(id);
          fallback.run(job).then(resolve, reject);
        }
      });
    },
  };
}

/** A worker where the browser has one, in-thread otherwise. */
export function createRunner(): JobRunner {
  const inThread = inThreadRunner();
  if (typeof Worker !== "function") return inThread;
  return workerRunner(
    () =>
      import(/* webpackChunkName: "engine-spawn" */ "./spawn").then((m) => m.spawnEngineWorker()),
    inThread
  );
}
