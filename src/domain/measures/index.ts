/** The measures domain: catalogue, planning, timelines, units, the sheets, merge and JSON. */
export * from "./catalogue";
export * from "./plan-types";
export { planMeasures, customMeasure, withMeasure, weakQuestions, compareItems } from "./plan";
export type { CustomMeasureInput } from "./plan";
export * from "./timeline";
export * from "./units";
export * from "./layouts";
export { reasonText, reasonKindName, indicatorName } from "./reasons";
export type { ReasonTextOptions } from "./reasons";
export {
  numberedSteps,
  parseSteps,
  rowHash,
  keyCell,
  parseKeyCell,
  measureCells,
} from "./row-cells";
export type { RowCells, CellTextOptions } from "./row-cells";
export {
  renderMeasuresSheet,
  dateNumberFormat,
  measuresSheetName,
  measuresColumnLetter,
} from "./render-sheet";
export type { MeasuresSheetOptions } from "./render-sheet";
export { renderUnitsSheet, readUnits, SPARE_UNIT_ROWS } from "./units-sheet";
export type { UnitsSheet } from "./units-sheet";
export { readExistingMeasures, mergeMeasures } from "./merge";
export type { ExistingRow, MergedRow, MergeResult, MergeChanges, ChangeItem } from "./merge";
export { measuresToJson, measurePlanToJson } from "./json";
export type { MeasureJson, MeasurePlanJson } from "./json";
export { buildMeasures, measuresContext, replacedMeasureSheets } from "./pipeline";
export type { BuildMeasuresInput, BuiltMeasures, MeasureChange, MeasuresContext } from "./pipeline";
