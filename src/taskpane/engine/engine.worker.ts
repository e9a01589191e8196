/**
 * The engine worker: answers each request from the pane with the job's result (jobs.ts). Bundled
 * by webpack as its own chunk from `new Worker(new URL("./engine.worker.ts", import.meta.url))`
 * (spawn.ts); it holds the domain pipeline, so the pane's UI thread never runs it.
 */
import { answer } from "./jobs";
import type { EngineReply, EngineRequest } from "./protocol";

/** The worker's global scope, typed without the WebWorker lib (the project compiles with DOM). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(reply: EngineReply): void;
};

scope.onmessage = (event) => scope.postMessage(answer(event.data));
