/** "Use the selected range": table mappings the user saves once and every later run reuses. */
export * from "./types";
export { parseMappingFile, serialiseMappings, type ParsedMappings } from "./parse";
export { parseRange, rangeAddress, cutRegion, boundsA1, gridBounds, type Bounds } from "./region";
export { fingerprintOf } from "./fingerprint";
export { fitMapping, checkMapping, type Fit } from "./fit";
export { applyMapping, type MappedRead } from "./apply";
export { emptyBook } from "./book-writer";
export { readWithMappings, type MappingStatus, type MappedReadResult } from "./read-with-mappings";
export { guessMapping, type Guess } from "./guess";
