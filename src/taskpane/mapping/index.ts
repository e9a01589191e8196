/** "Use the selected range": the pane's part of table mappings (mounted by DataStep, ProblemList, FoundSummary). */
export { UseRangeAction } from "./UseRangeAction";
export { UseRangeForProblem, isMappable } from "./UseRangeForProblem";
export { MappedTableActions } from "./MappedTableActions";
export { resetMappingSession } from "./session";
