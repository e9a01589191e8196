/**
 * The pane's steps, in order. A step is a title and a component that reads the shared pane
 * state; adding one is one entry here and one component.
 */
import type { ComponentType } from "react";
import type { MessageId } from "../../domain/messages";
import { DataStep } from "./DataStep";
import { OptionsStep } from "./OptionsStep";
import { CreateStep } from "./CreateStep";
import { MeasuresPaneStep } from "../measures/MeasuresPaneStep";

export interface StepDefinition {
  id: string;
  title: MessageId;
  Component: ComponentType;
}

export const PANE_STEPS: readonly StepDefinition[] = [
  { id: "data", title: "PANE_STEP_DATA", Component: DataStep },
  { id: "options", title: "PANE_STEP_OPTIONS", Component: OptionsStep },
  { id: "create", title: "PANE_STEP_CREATE", Component: CreateStep },
  { id: "measures", title: "measures.pane.title", Component: MeasuresPaneStep },
];
