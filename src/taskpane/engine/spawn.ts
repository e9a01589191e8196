/**
 * Starts the engine worker. Kept apart because `import.meta.url` is what tells webpack to bundle
 * the worker as a chunk, and Jest (CommonJS, no Worker) never loads this file.
 */
export function spawnEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "ita-engine" });
}
