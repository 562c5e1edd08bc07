// @briefings/core/trust: loading a dataset file fast when it carries proof that this validator already
// checked it. The proof is a small file beside the dataset (`<file>.verified.json`) that records the
// dataset's SHA-256 and size and the validator that accepted it. When the proof matches the bytes and
// this validator, the file is only parsed; otherwise it is validated (zod and every rule) and, when
// valid and complete (nothing left for the schemas' defaults to fill in), the proof is written. The
// proof is a cache, not a signature: it saves time, it does not make the data safe to show (front ends
// still treat every string as untrusted). Node only; zod is loaded only when the file must be validated.
import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import packageJson from "../package.json" with { type: "json" };
import type { Dataset } from "./schemas/dataset";
import { meetingsByDate } from "./queries/meetings";
import type { FileProblem } from "./validate/files";
import { readDataBytes } from "./validate/read";
import { sameJson } from "./validate/same-json";
import { RULES } from "./validate/rules";
import { layoutOf, parseMember, type DatasetLayout } from "./trust-layout";

/** Which validator accepted a dataset: this package's version and the rules it ran. */
export const VALIDATOR = `@briefings/core@${packageJson.version} rules=${RULES.map((r) => r.id).join(",")}`;

/** The proof that a dataset was validated (the content of `<file>.verified.json`). */
export interface DatasetProof {
  /** `/2`: written only for a file whose JSON is the dataset as is (`/1` proofs may vouch for a file that omits defaults: ignored). */
  format: "briefings-proof/2";
  /** SHA-256 of the dataset file's bytes, hex. */
  sha256: string;
  /** Size of the dataset file in bytes. */
  bytes: number;
  /** The validator that accepted it (`VALIDATOR`). */
  validator: string;
  /**
   * Where the file's top-level members and chunks of their records are (bytes), so that a trusted file
   * can be parsed a part at a time (`loadDatasetFileStaged`); absent in older proofs.
   */
  layout?: DatasetLayout;
  /**
   * One line per meeting, newest first (the order of `meetingsByDate`): what a list of the meetings shows,
   * so that a front end can draw its first screen from the proof alone and parse the file after it; absent
   * in older proofs and in proofs written without the parsed dataset.
   */
  summaries?: MeetingSummary[];
}

/** What a list of meetings shows of one meeting (recorded in a proof: see `DatasetProof.summaries`). */
export interface MeetingSummary {
  /** The meeting's id. */
  id: string;
  /** Its first day, YYYY-MM-DD (`dates.value.start`). */
  start: string;
  /** Its type id (`type.value`). */
  type: string;
  /** Its title (`title.value`). */
  title: string;
  /** Its review state (`review.state`). */
  review: string;
}

/** The summaries of a dataset's meetings, newest first (`meetingsByDate`). */
export function meetingSummaries(dataset: Pick<Dataset, "meetings">): MeetingSummary[] {
  return meetingsByDate(dataset as Dataset).map((m) => ({ id: m.id, start: m.dates.value.start, type: m.type.value, title: m.title.value, review: m.review.state }));
}

const SUMMARY_KEYS = ["id", "start", "type", "title", "review"] as const;

/** Whether a proof's `summaries` (parsed JSON, possibly anything) has the shape of `MeetingSummary[]`. */
function isSummaries(value: unknown): value is MeetingSummary[] {
  return Array.isArray(value) && value.every((s) => s !== null && typeof s === "object" && SUMMARY_KEYS.every((k) => typeof (s as Record<string, unknown>)[k] === "string"));
}

/** Where the proof of dataset file `file` is kept. */
export function proofPath(file: string): string {
  return `${file}.verified.json`;
}

/**
 * The proof for dataset bytes that this validator accepted; with `dataset` (those bytes, parsed), it also
 * records the meetings' summaries.
 */
export function proofOf(bytes: Uint8Array, dataset?: Pick<Dataset, "meetings">): DatasetProof {
  const layout = layoutOf(bytes);
  return {
    format: "briefings-proof/2",
    sha256: sha256Of(bytes),
    bytes: bytes.length,
    validator: VALIDATOR,
    ...(layout ? { layout } : {}),
    ...(dataset ? { summaries: meetingSummaries(dataset) } : {}),
  };
}

/** SHA-256 of bytes, hex. */
function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Whether `proof` (parsed JSON, possibly anything) proves that this validator accepted exactly `bytes`. */
export function proves(proof: unknown, bytes: Uint8Array): boolean {
  return fits(proof, bytes) && sha256Of(bytes) === proof.sha256;
}

/** Whether `proof` is a proof of this validator for `bytes`' size (its hash not checked yet). */
function fits(proof: unknown, bytes: Uint8Array): proof is DatasetProof {
  if (proof === null || typeof proof !== "object") return false;
  const p = proof as Partial<DatasetProof>;
  return p.format === "briefings-proof/2" && p.validator === VALIDATOR && p.bytes === bytes.length && typeof p.sha256 === "string";
}

/**
 * Writes the proof of `bytes` beside `file` (through a temporary file, so a reader never sees half of it);
 * `dataset` (the bytes, parsed) adds the meetings' summaries. Only for bytes this validator accepted and whose
 * JSON, parsed as is, is the dataset (no field omitted that a default fills in): a proven file is only parsed.
 */
export async function writeProof(file: string, bytes: Uint8Array, dataset?: Pick<Dataset, "meetings">): Promise<void> {
  const target = proofPath(file);
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(proofOf(bytes, dataset), null, 2)}\n`);
  await rename(temp, target);
}

/** How a dataset file was loaded. */
export type TrustedLoad =
  | {
      ok: true;
      dataset: Dataset;
      /** Whether it was validated now (else its proof matched and it was only parsed). */
      validated: boolean;
      /** Whether its proof was written now. */
      proofWritten?: boolean;
      /** When validated: whether its JSON is the dataset as is (nothing left out for a default to fill in), the condition of a proof. */
      complete?: boolean;
    }
  | {
      ok: false;
      /** `read`: not a readable regular UTF-8 file within the size limit; `json`: syntax; `validate`: schemas or rules. */
      stage: "read" | "json" | "validate";
      /** The first problems, located (file, line, column, field path), at most `MAX_PROBLEMS_REPORTED`. */
      problems: FileProblem[];
      /** Problems found but not listed. */
      more: number;
    };

/** Options of `loadDatasetFile`. */
export interface TrustedLoadOptions {
  /** Called before each validation step (the schemas, then each rule): for a progress bar. */
  progress?: ((step: string, done: number, total: number) => void) | undefined;
  /** Write the proof after a successful validation (default true; a failure to write is not an error). */
  writeProof?: boolean;
}

/** Parses JSON that a proof vouches for, or `undefined` if it does not parse after all. */
function parseProven(text: string): Dataset | undefined {
  try {
    return JSON.parse(text) as Dataset;
  } catch {
    return undefined;
  }
}

/**
 * Reads dataset file `file` with core's bounded reader (a regular file, at most `MAX_DATA_FILE_BYTES`,
 * UTF-8): when its proof matches, only parses it (`validated: false`); otherwise checks it like the
 * validator does (bounded nesting, located and capped problems) and, when it is valid, writes its proof.
 * Never throws for a bad file: says at which stage it failed, and where.
 */
export async function loadDatasetFile(file: string, options: TrustedLoadOptions = {}): Promise<TrustedLoad> {
  const read = await readDataBytes(file);
  if (!read.ok) return { ok: false, stage: "read", problems: [read.problem], more: 0 };
  const proof = await readProof(file);
  if (proof !== undefined && proves(proof, read.bytes)) {
    // Bytes this validator accepted are UTF-8: decoded without checking again.
    const dataset = parseProven(read.bytes.toString("utf8"));
    if (dataset !== undefined) return { ok: true, dataset, validated: false };
  }
  return validateBytes(file, read.bytes, options);
}

/**
 * Validates dataset file `file` whatever its proof says (the validator's command) and, when it is valid and
 * complete and `options.writeProof` is not false, writes its proof. `complete` tells a valid file whose JSON is
 * the dataset as is from one that leaves out fields the schemas fill in (which gets no proof).
 */
export async function validateDatasetFile(file: string, options: TrustedLoadOptions = {}): Promise<TrustedLoad> {
  const read = await readDataBytes(file);
  if (!read.ok) return { ok: false, stage: "read", problems: [read.problem], more: 0 };
  return validateBytes(file, read.bytes, options);
}

/** The proof beside `file`, parsed (anything), or `undefined` when there is none or it is not JSON. */
async function readProof(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(proofPath(file), "utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/** Checks a file's bytes as the validator does and, when they are valid, writes their proof. */
async function validateBytes(file: string, bytes: Buffer, options: TrustedLoadOptions): Promise<TrustedLoad> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, stage: "read", problems: [{ file, position: { line: 1, column: 1 }, path: "", message: "cannot read: not valid UTF-8 text", rule: "read" }], more: 0 };
  }
  const read = { bytes, text };
  // The validator loads zod: only when the file must be validated.
  const { checkDataText } = await import("./validate/files");
  const check = checkDataText(file, read.text, { progress: options.progress });
  if (!check.ok) return { ok: false, stage: check.problems[0]?.rule === "syntax" ? "json" : "validate", problems: check.problems, more: check.more };
  let proofWritten = false;
  // A proof vouches that the file, only parsed, is the dataset: not for a file that omits fields the schemas
  // fill in (parsed as is, its records would lack them), which is validated on every load instead.
  const complete = sameJson(check.input, check.dataset);
  if (options.writeProof !== false && complete) {
    try {
      await writeProof(file, read.bytes, check.dataset);
      proofWritten = true;
    } catch {
      // A read-only folder: the next start validates again, nothing worse.
    }
  }
  return { ok: true, dataset: check.dataset, validated: true, proofWritten, complete };
}

/** A trusted file parsed in parts: the members asked for now (or the proof's summaries), the rest by a generator. */
export interface StagedDataset {
  ok: true;
  validated: false;
  /** The members asked for (`first`), parsed (none when `summaries` is set). */
  first: Partial<Dataset>;
  /** The proof's meeting summaries, when asked for (`StagedLoadOptions.summaries`) and the proof has them. */
  summaries?: MeetingSummary[];
  /** Parses the other members, a chunk of records per step (it yields after each); returns the whole dataset. */
  rest: Generator<void, Dataset>;
}

/** Options of `loadDatasetFileStaged`. */
export interface StagedLoadOptions extends TrustedLoadOptions {
  /**
   * When the proof records the meetings' summaries, return them (`StagedDataset.summaries`) and parse
   * nothing before returning: every member, `first` included, is left to the generator.
   */
  summaries?: boolean;
}

/**
 * `loadDatasetFile`, for a front end that shows something before it has the whole dataset: when the
 * file's proof matches and records its layout, only the members `first` are parsed now (or nothing, with
 * the proof's summaries instead: `options.summaries`), and the rest is parsed by the returned generator, a
 * chunk of records per step. Otherwise, the same as `loadDatasetFile` (the whole dataset, validated when
 * it must be).
 */
export async function loadDatasetFileStaged(file: string, first: readonly (keyof Dataset)[], options: StagedLoadOptions = {}): Promise<TrustedLoad | StagedDataset> {
  const read = await readDataBytes(file);
  if (!read.ok) return { ok: false, stage: "read", problems: [read.problem], more: 0 };
  const proof = await readProof(file);
  if (fits(proof, read.bytes)) {
    const { bytes } = read;
    // The hash first, with node:crypto on this thread: WebCrypto's digest would hash on libuv's pool, but
    // on Node 20 it first copies the bytes on this thread, which costs several times the hash itself
    // (200 MB, one process, load 11: 0.8-1.6 s CPU before the job starts, against 0.12-0.14 s for createHash).
    // (In a fresh process the first pass over the just-read bytes costs about 1 s more, page faults whatever
    // the hash: BLAKE2b-512 or SHA-1 were no cheaper there, and warm SHA-256 is the fastest of them here.)
    if (sha256Of(bytes) !== proof.sha256) return validateBytes(file, bytes, options);
    const members = proof.layout?.members;
    const summaries = options.summaries === true && isSummaries(proof.summaries) ? proof.summaries : undefined;
    const wanted = new Set<string>(summaries ? [] : first);
    let parsed: Map<string, unknown> | undefined;
    if (Array.isArray(members) && members.every((m) => typeof m?.key === "string" && Number.isInteger(m.start) && Number.isInteger(m.end))) {
      try {
        parsed = new Map<string, unknown>();
        for (const m of members) if (wanted.has(m.key)) parsed.set(m.key, drain(parseMember(bytes, m)));
      } catch {
        parsed = undefined;
      }
    }
    if (parsed !== undefined && members !== undefined) {
      const done = parsed;
      const rest = (function* (): Generator<void, Dataset> {
        try {
          for (const m of members) if (!done.has(m.key)) done.set(m.key, yield* parseMember(bytes, m));
          return Object.fromEntries(members.map((m) => [m.key, done.get(m.key)])) as Dataset;
        } catch {
          // A layout that does not fit the bytes after all: the whole file in one parse.
          return JSON.parse(bytes.toString("utf8")) as Dataset;
        }
      })();
      return { ok: true, validated: false, first: Object.fromEntries(done) as Partial<Dataset>, ...(summaries ? { summaries } : {}), rest };
    }
    const dataset = parseProven(bytes.toString("utf8"));
    if (dataset !== undefined) return { ok: true, dataset, validated: false };
  }
  return validateBytes(file, read.bytes, options);
}

/** Runs a generator to its end; returns its value. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
