// The one place untrusted text is made safe for a terminal. Every string of the dataset goes through
// `sanitizeText` (via `sanitizeDataset`) before any screen or command sees it.
import type { Dataset } from "@briefings/core";

declare const safeBrand: unique symbol;

/** A dataset whose every string has been through `sanitizeText`: the only kind screens and commands accept. */
export type SafeDataset = Dataset & { readonly [safeBrand]: true };

/**
 * Characters a terminal may act on: C0 controls (line feed excepted), DEL, C1 controls, the bidi
 * embeddings, overrides and isolates (and the implicit marks), line/paragraph separators, lone surrogates.
 */
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** A quick pre-check (no `u` flag, no look-behind): any control, bidi or surrogate code unit at all. */
const SUSPECT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/** Does `text` hold any character `sanitizeText` would replace? */
export function hasUnsafe(text: string): boolean {
  if (!SUSPECT.test(text)) return false;
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

function replacement(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === "\t") return " ";
  if (ch === "\r") return "";
  // C0 controls become their visible Control Pictures (ESC → ␛, BEL → ␇), so tampering shows instead of acting.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  if (ch === "\u2028" || ch === "\u2029") return "\n";
  // C1 controls, bidi controls and broken surrogates: the replacement character.
  return "\uFFFD";
}

/**
 * Neutralises control characters and escape sequences in a piece of untrusted text: ANSI CSI/OSC
 * sequences lose their ESC (shown as ␛), BEL and backspace become visible, C1 controls and bidi
 * overrides/isolates become U+FFFD, tabs become spaces and carriage returns are dropped. Line feeds stay.
 */
export function sanitizeText(text: string): string {
  if (!hasUnsafe(text)) return text;
  return text.replace(UNSAFE, replacement);
}

/**
 * `value` with every string (keys included) passed through `sanitizeText`: copy on write, so only the
 * arrays and objects on the way to a changed string are copied, and clean data comes back as it is (the
 * same objects: walking a large dataset costs a fraction of copying it). The input is never changed.
 */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === "string") return sanitizeText(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const safe = sanitizeDeep(item);
      if (out !== undefined) out[i] = safe;
      else if (safe !== item) {
        out = value.slice();
        out[i] = safe;
      }
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const k in record) {
      if (!Object.hasOwn(record, k)) continue;
      const member = record[k];
      if (hasUnsafe(k) || sanitizeDeep(member) !== member) return copyRecord(record) as T;
    }
  }
  return value;
}

/** A copy of a record with its keys and members sanitised (members already clean are shared). */
function copyRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in record) if (Object.hasOwn(record, k)) out[sanitizeText(k)] = sanitizeDeep(record[k]);
  return out;
}

/** The data boundary: the dataset sanitised (copied where it had to change), branded so screens cannot be handed raw data. */
export function sanitizeDataset(dataset: Dataset): SafeDataset {
  return sanitizeDeep(dataset) as SafeDataset;
}

/**
 * JSON for a terminal: valid JSON in which every character `sanitizeText` would touch is written as a
 * `\uXXXX` escape (JSON.stringify leaves C1 controls and bidi overrides raw). Parsing it gives `value` back.
 */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
