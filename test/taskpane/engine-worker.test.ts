/**
 * The engine worker's protocol (src/taskpane/engine): requests and replies are plain data that
 * survive `postMessage` unchanged, replies find their requests, an exception in a job reaches the
 * pane as the same message whether the job ran in the worker or in-thread, and a worker that
 * cannot start leaves the jobs to the in-thread runner.
 */
import type { Grid } from "../../src/domain/grid";
import * as pipeline from "../../src/domain/pipeline";
import { describeError } from "../../src/taskpane/errors";
import { answer } from "../../src/taskpane/engine/jobs";
import type { EngineReply, EngineRequest } from "../../src/taskpane/engine/protocol";
import { engineOn, runOptions } from "../../src/taskpane/engine/real";
import { inThreadRunner, workerRunner, type WorkerLike } from "../../src/taskpane/engine/runner";
import fixture from "../fixtures/grids/two-year-comparison.json";

const grids = fixture.grids as Grid[];
const names = grids.map((g) => g.sheet);
const choice = { threshold: 85, thaiDigits: false, lang: "th" as const, era: "be" as const };

/**
 * A stand-in for `new Worker(...)`: every message is structured-cloned both ways, as the browser
 * does, and answered by the same `answer` the real worker uses, on a later task. `delays` makes
 * replies come back out of order.
 */
function fakeWorker(delays: number[] = []): WorkerLike & { posted: EngineRequest[] } {
  const w: WorkerLike & { posted: EngineRequest[] } = {
    posted: [],
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(request) {
      const copy = structuredClone(request);
      w.posted.push(copy);
      const reply = structuredClone(answer(copy));
      setTimeout(
        () => w.onmessage?.({ data: reply } as MessageEvent<EngineReply>),
        delays.shift() ?? 0
      );
    },
    terminate: jest.fn(),
  };
  return w;
}

afterEach(() => jest.restoreAllMocks());

describe("engine worker protocol", () => {
  test("a run's request and reply are plain data: unchanged by structured cloning", () => {
    const request: EngineRequest = {
      id: 7,
      job: { kind: "run", grids, options: runOptions(names, choice) },
    };
    expect(structuredClone(request)).toEqual(request);
    const reply = answer(request);
    expect(reply.id).toBe(7);
    expect(reply.ok).toBe(true);
    expect(structuredClone(reply)).toEqual(reply);
  });

  test("Find's reply carries the book and the report details an earlier run stored", () => {
    const reply = answer({ id: 1, job: { kind: "tables", grids } });
    if (!reply.ok) throw new Error("the fixture should read");
    expect(Object.keys(reply.result).sort()).toEqual(["book", "problems", "storedInfo"]);
    expect(structuredClone(reply)).toEqual(reply);
  });

  test("an exception in a job comes back as a reply with its message id, not thrown", () => {
    jest.spyOn(pipeline, "runPipeline").mockImplementation(() => {
      throw Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
    });
    const reply = answer({
      id: 3,
      job: { kind: "run", grids, options: runOptions(names, choice) },
    });
    expect(reply).toEqual({
      id: 3,
      ok: false,
      error: { name: "Error", message: "busy", code: "InvalidOperationInCellEditMode" },
    });
  });

  test("the worker and the in-thread runner give the same results", async () => {
    const worker = fakeWorker();
    const viaWorker = engineOn(workerRunner(() => worker, inThreadRunner()));
    const inThread = engineOn(inThreadRunner());
    const a = await viaWorker.run(grids, names, choice);
    const b = await inThread.run(grids, names, choice);
    expect(worker.posted).toHaveLength(1);
    expect(a).toEqual(b);
    expect(await viaWorker.readTables(grids)).toEqual(await inThread.readTables(grids));
  });

  test.each([
    [
      "an error with a message id and parameters",
      { messageId: "PANE_ERROR_SELECT", params: { cell: "A1" } },
    ],
    ["an Office error code", { code: "InvalidOperationInCellEditMode" }],
    ["a plain bug", {}],
  ])("%s in a job gives the pane the same message in the worker as in-thread", async (_, extra) => {
    const thrown = Object.assign(new TypeError("boom"), extra);
    jest.spyOn(pipeline, "runPipeline").mockImplementation(() => {
      throw thrown;
    });
    const viaWorker = engineOn(workerRunner(() => fakeWorker(), inThreadRunner()));
    const inThread = engineOn(inThreadRunner());
    const fromWorker = await viaWorker.run(grids, names, choice).catch((e: unknown) => e);
    const fromThread = await inThread.run(grids, names, choice).catch((e: unknown) => e);
    expect(fromWorker).toBeInstanceOf(Error);
    expect(describeError(fromWorker)).toEqual(describeError(thrown));
    expect(describeError(fromThread)).toEqual(describeError(thrown));
  });

  test("replies find their own requests when they come back out of order", async () => {
    const worker = fakeWorker([30, 0]);
    const engine = engineOn(workerRunner(() => worker, inThreadRunner()));
    const [run, template] = await Promise.all([
      engine.run(grids, names, choice),
      engine.template("en", names),
    ]);
    expect(worker.posted.map((r) => r.job.kind)).toEqual(["run", "template"]);
    expect(run.ok).toBe(true);
    expect(template.sheets.map((s) => s.key)).toEqual(["template"]);
  });

  test("a worker that fails to load hands its waiting jobs to the in-thread runner", async () => {
    const broken: WorkerLike = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage: () => setTimeout(() => broken.onerror?.({} as ErrorEvent), 0),
      terminate: jest.fn(),
    };
    const spawn = jest.fn(() => broken);
    const engine = engineOn(workerRunner(spawn, inThreadRunner()));
    expect((await engine.run(grids, names, choice)).ok).toBe(true);
    expect(broken.terminate).toHaveBeenCalled();
    // Later jobs go straight to the in-thread runner; the broken worker is not started again.
    expect((await engine.readTables(grids)).book.years.length).toBe(2);
    expect(spawn).toHaveBeenCalledTimes(1);
  });

  test("a worker that cannot even be created leaves every job to the in-thread runner", async () => {
    const engine = engineOn(
      workerRunner(() => {
        throw new Error("SecurityError");
      }, inThreadRunner())
    );
    expect((await engine.run(grids, names, choice)).ok).toBe(true);
  });
});
