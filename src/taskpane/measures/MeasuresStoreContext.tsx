/**
 * The Measures step's work, held above the steps: it outlives the step's own component (which
 * unmounts while there is no analysis) and is saved to the workbook whenever it changes.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import type { DraftStore } from "./draftStore";
import { toSavedDraft, useMeasuresState, type MeasuresStore } from "./useMeasuresState";

const MeasuresStoreContext = createContext<MeasuresStore | null>(null);

export function MeasuresStoreProvider(props: { store?: DraftStore; children: ReactNode }) {
  const { store } = props;
  const saved = useMemo(() => store?.load(), [store]);
  const value = useMeasuresState(saved);
  const [state] = value;
  useEffect(() => {
    // Nothing to keep before the proposals are planned (and a restored draft must not be erased).
    if (store && state.drafts.length > 0) store.save(toSavedDraft(state));
  }, [store, state]);
  return (
    <MeasuresStoreContext.Provider value={value}>{props.children}</MeasuresStoreContext.Provider>
  );
}

/** The pane-wide store, or null outside the provider (the step then keeps its own). */
export function useMeasuresStore(): MeasuresStore | null {
  return useContext(MeasuresStoreContext);
}
