import type { PaneEngine } from "./types";

/** The domain pipeline in its own chunk: the pane paints before it has downloaded. */
export function loadEngine(): Promise<PaneEngine> {
  return import(/* webpackChunkName: "engine" */ "./real").then((m) => m.realEngine);
}
