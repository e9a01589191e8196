/** The task pane's Measures step. */
export { MeasuresStep, type MeasuresStepProps } from "./MeasuresStep";
export { MeasuresPaneStep } from "./MeasuresPaneStep";
