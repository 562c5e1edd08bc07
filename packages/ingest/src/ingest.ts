// The pipeline: bytes → checks → text → repairText → extraction on the repaired text → draft
// record with evidence in the original text → validation.
import { createHash } from "node:crypto";
import type { Dataset } from "@briefings/core";
import { dataset as coreDataset } from "@briefings/core";
import { buildDraft, type DraftOptions, type DraftResult } from "./draft";
import { extract } from "./extract";
import { CITIES, MEMBER_STATES } from "./extract/countries";
import { decodeInput, type DecodedInput, type InputError } from "./input";
import { repairText, type Repair } from "./repair";

/** Options of the pipeline. */
export interface IngestOptions extends Partial<Omit<DraftOptions, "dataset">> {
  /** The dataset to link to and validate against (default: the curated dataset of `@briefings/core`). */
  dataset?: Dataset;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
}

/** Everything the pipeline produces for one input. */
export interface IngestResult extends DraftResult {
  /** About the input. */
  input: Omit<DecodedInput, "text">;
  /** The repaired text (what the facts were read from). */
  repairedText: string;
  /** The correction log, spans in code points of the original text. */
  repairs: Repair[];
}

/** The outcome of ingesting bytes: a result, or why the input was refused. */
export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: InputError };

/** Names the repair engine may restore: organizations (names, acronyms, alternate names) and people of the dataset, Member States and cities. */
export function knownNames(dataset: Dataset): string[] {
  const names = new Set<string>([...MEMBER_STATES.flat(), ...Object.keys(CITIES)]);
  for (const o of dataset.organizations) {
    names.add(o.name);
    if (o.acronym) names.add(o.acronym);
    for (const a of o.alternateNames) names.add(a);
  }
  for (const p of dataset.people) {
    names.add(p.name);
    for (const a of p.alternateNames) names.add(a);
  }
  return [...names];
}

/** Runs the pipeline on decoded text. Pure apart from reading the clock for `retrieved`. */
export function ingestDecoded(input: DecodedInput, options: IngestOptions = {}): IngestResult {
  const dataset = options.dataset ?? coreDataset;
  const { text: repairedText, repairs } = repairText(input.text, { knownNames: knownNames(dataset) });
  const extraction = extract(repairedText, { organizations: dataset.organizations, ...(options.url ? { url: options.url } : {}) });
  const utf8 = Buffer.from(input.text, "utf8");
  const draft = buildDraft(
    { ...input, utf8: { sha256: createHash("sha256").update(utf8).digest("hex"), bytes: utf8.length } },
    repairedText,
    repairs,
    extraction,
    { ...options, dataset },
  );
  const { text: _text, ...about } = input;
  return { ...draft, input: about, repairedText, repairs };
}

/** Runs the pipeline on the bytes of a press release (a file or standard input). */
export function ingestBytes(bytes: Uint8Array, options: IngestOptions = {}): IngestOutcome {
  const decoded = decodeInput(bytes, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  if (!decoded.ok) return decoded;
  return { ok: true, result: ingestDecoded(decoded.input, options) };
}

/** Runs the pipeline on a text (taken as its UTF-8 bytes). */
export function ingestText(text: string, options: IngestOptions = {}): IngestOutcome {
  return ingestBytes(Buffer.from(text, "utf8"), options);
}
