// Datasets for tests: hostile text in every field, a hostile source text that still validates, and
// many briefings cloned from the curated ones.
import { createHash } from "node:crypto";
import { dataset } from "@briefings/core";
import type { Dataset } from "@briefings/core";

/** Control sequences a record could carry to attack a terminal. */
export const PAYLOAD =
  "\x1b[31mRED\x1b[0m \x1b]8;;https://evil.example/\x07LINK\x1b]8;;\x07 \x1b]52;c;cm0gLXJmIH4=\x07 BEL\x07 safe\b\b\b\bEVIL \u202Edesrever\u202C \u2066iso\u2069 \u009b2J C1\u0085 CR\rOVER \x1b[2J\x1b[H";

/** What must never reach a terminal: ESC, BEL, backspace, CR, other C0, DEL, C1, bidi controls. */
export const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

// Fields that hold ids or references: left alone so that the records still link up.
const REFERENCE_KEYS = new Set(["id", "meeting", "person", "organization", "participation", "statement", "source", "session", "roles", "sources", "parent", "related", "publisher"]);

function poison(value: unknown, key: string): unknown {
  if (REFERENCE_KEYS.has(key)) return value;
  if (typeof value === "string") return `${value}${PAYLOAD}`;
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

/** The curated dataset with the payload appended to every string that is not an id or a reference (not valid: it is fed to the screens directly). */
export function hostileDataset(): Dataset {
  return poison(structuredClone(dataset), "") as Dataset;
}

/**
 * A dataset that passes validation yet carries the payload: a source's archived text ends with it (raw
 * source text may hold anything) and a flagged correction records it, so `show` prints it.
 */
export function validHostileDataset(): Dataset {
  const d = structuredClone(dataset);
  const source = d.sources.find((s) => s.archive !== undefined)!;
  const archive = source.archive!;
  const start = [...archive.text].length;
  archive.text += PAYLOAD;
  const bytes = Buffer.from(archive.text, "utf8");
  archive.bytes = bytes.length;
  archive.sha256 = createHash("sha256").update(bytes).digest("hex");
  d.corrections.push({
    id: "hostile-control-sequences",
    source: source.id,
    kind: "markup-removed",
    action: "flagged",
    start,
    end: start + [...PAYLOAD].length,
    before: PAYLOAD,
    after: PAYLOAD,
    rationale: "Terminal control sequences at the end of the copy, kept as found.",
    confidence: 1,
  });
  return d;
}
