/**
 * The few pieces of the reader the mapping reuses: cell parsing and label matchers. They are
 * gathered here so a change in the reader's internals touches one file of this module.
 */
export { cellText, parseScore, type ScoreParse } from "../read/cells";
export { findYear } from "../read/years";
export { matchTool, partOf, benchmarkOf, isOverallLabel, isLevelText } from "../read/overall-tools";
export { parseQuestionCode, type QuestionCode } from "../read/questions";
export { questionIndicator as frameworkIndicator } from "../ita/questions";
export { resolveIndicator, splitIndicatorLabel } from "../read/indicators";
export { readScoreBook } from "../read";
