// @briefings/ingest: turns a press release about a CTC meeting (even a damaged copy) into a
// repaired text, a correction log and a draft record with evidence for every fact.
export { ingestBytes, ingestDecoded, ingestText, knownNames, type IngestOptions, type IngestOutcome, type IngestResult } from "./ingest";
export { buildDraft, mergeDraft, validateDraft, type DraftLink, type DraftOptions, type DraftProblem, type DraftRecord, type DraftResult, type FactLine, type SourceInput } from "./draft";
export { extract, type Extraction, type ExtractOptions } from "./extract";
export { OffsetMap, TextIndex, codePointCount, type MappedSpan, type TextChange } from "./offsets";
export { renderReport, type ReportOptions } from "./report";
export { runIngestCli, checkOutput, writeAtomic, OutputRefused, EXIT, type CliIo, type CliOptions } from "./cli-main";
export { decodeInput, readStream, readFileLimited, MAX_INPUT_BYTES, type DecodeResult, type DecodedInput, type InputError, type InputErrorCode } from "./input";
export { repairText, applyRepairs, type Repair, type RepairKind, type RepairResult } from "./repair";
// Text safety lives in core: re-exported for the users of this package.
export { displaySafe } from "@briefings/core/text";
