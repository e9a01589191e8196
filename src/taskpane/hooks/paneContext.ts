/** The pane's state, actions and port, shared by the step components without prop drilling. */
import { createContext, useContext } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { PaneActions, PaneState } from "./usePaneController";

export interface PaneContextValue {
  state: PaneState;
  actions: PaneActions;
  port: WorkbookPort;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane() outside <PaneContext.Provider>");
  return value;
}
