// @briefings/core: the curated dataset, its types and pure queries. This entry does not load zod;
// the schemas are in "@briefings/core/schemas" and the validator in "@briefings/core/validate".
export { dataset } from "./dataset";
export * from "./queries";
export * from "./vocabulary";
export * from "./format";
export * from "./cite";
export { COLLECTIONS, type CollectionName } from "./collections";
export { LIBRARY_VERSION, versions, formatVersions, type Versions } from "./version";
export { CodePointText, codePointLength, sliceCodePoints, toUtf16Offset, toCodePointOffset } from "./text/code-points";
export { applyCorrections, type TextEdit } from "./text/corrections";
export { textDefect } from "./text/hygiene";
export { normalizeName } from "./text/names";
export { fold, foldPhrase, lowerKeepingOffsets, slugify, stripMarks } from "./text/fold";
export type * from "./schemas";
