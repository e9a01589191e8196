/**
 * The pane's steps, in order. A step is a title and a component that reads the shared pane
 * state; adding one is one entry here and one component.
 */
import { lazy, type ComponentType } from "react";
import type { PaneMessageId as MessageId } from "../../domain/messages/pane-catalogue";
import { DataStep } from "./DataStep";
import { OptionsStep } from "./OptionsStep";
import { CreateStep } from "./CreateStep";

/**
 * The Measures step (with the measures catalogue and sheet renderer) is not needed until an
 * analysis exists: it loads on its own, prefetched by the browser while the pane is idle.
 */
const MeasuresPaneStep = lazy(() =>
  import(
    /* webpackChunkName: "measures", webpackPrefetch: true */ "../measures/MeasuresPaneStep"
  ).then((m) => ({ default: m.MeasuresPaneStep }))
);

export interface StepDefinition {
  id: string;
  title: MessageId;
  Component: ComponentType;
}

export const PANE_STEPS: readonly StepDefinition[] = [
  { id: "data", title: "PANE_STEP_DATA", Component: DataStep },
  { id: "options", title: "PANE_STEP_OPTIONS", Component: OptionsStep },
  { id: "create", title: "PANE_STEP_CREATE", Component: CreateStep },
  { id: "measures", title: "PANE_STEP_MEASURES", Component: MeasuresPaneStep },
];
