// The one definition of the characters that must never reach a reader as themselves, and the one way
// to neutralise them. Every front end and every command prints through `neutralize`.

import { escapeJsonUnits } from "./json-escape";

/**
 * The unsafe characters, as a character class body:
 * - C0 controls except line feed (so ESC, BEL, backspace, tab, carriage return), DEL and the C1 controls
 *   (U+0080–U+009F, which include the one-byte CSI U+009B): a terminal acts on them;
 * - the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E,
 *   U+2066–U+2069): they reorder what is shown (a "Trojan Source" line reads other than it is);
 * - the line and paragraph separators (U+2028, U+2029): line breaks that some readers honour and others do not;
 * - the zero-width and invisible characters (U+180E, U+200B–U+200D, U+2060–U+2065, U+FEFF; U+2065 is
 *   unassigned but default-ignorable, so it shows as nothing): they hide
 *   inside words, so text that looks equal is not (and search misses it);
 * - lone surrogates (matched by the class under the `u` flag only when unpaired): not text at all.
 */
export const UNSAFE_CLASS =
  "\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u180E\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\uD800-\\uDFFF";

/** Matches one unsafe character (a stateless pattern: safe to share). */
export const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, "u");

const UNSAFE_ALL = new RegExp(`[${UNSAFE_CLASS}]`, "gu");
/** A quick pre-check without the `u` flag: any unsafe code unit, or any surrogate at all (paired or not). */
const SUSPECT = new RegExp(`[${UNSAFE_CLASS}]`);

/** The zero-width and invisible characters among the unsafe ones, as a character class body (named apart in messages; dropped by `fold`). */
export const INVISIBLE_CLASS = "\\u180E\\u200B-\\u200D\\u2060-\\u2065\\uFEFF";
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "u");

/**
 * How `neutralize` writes an unsafe character. Every style leaves line feeds and all other characters
 * as they are, so clean text comes back unchanged.
 * - `terminal`: for a terminal (the commands and the full-screen UI). C0 controls become their visible
 *   Control Pictures (ESC → ␛, BEL → ␇, DEL → ␡), so an escape sequence shows instead of acting; tab
 *   and carriage return become a space; U+2028/U+2029 a line feed; the rest U+FFFD.
 * - `plain`: for a reader (the web pages, plain text files). Tab and carriage return become a space,
 *   U+2028/U+2029 a line feed, anything else U+FFFD.
 * - `html-attribute`: for a value written into an HTML attribute by hand (not through React, which
 *   escapes on its own). One line (every line break and tab a space), other unsafe characters U+FFFD,
 *   and `& < > " '` written as character references.
 * `terminal` and `plain` replace each unsafe character by exactly one UTF-16 unit, so code point and
 * UTF-16 offsets into the text (evidence spans) stay valid.
 */
export type NeutralizeStyle = "terminal" | "plain" | "html-attribute";

/** The styles, for iteration (tests, options). */
export const NEUTRALIZE_STYLES: readonly NeutralizeStyle[] = ["terminal", "plain", "html-attribute"];

const REPLACEMENT = "\uFFFD";

function terminalReplacement(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === "\t" || ch === "\r") return " ";
  if (ch === "\u2028" || ch === "\u2029") return "\n";
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return REPLACEMENT;
}

function plainReplacement(ch: string): string {
  if (ch === "\t" || ch === "\r") return " ";
  if (ch === "\u2028" || ch === "\u2029") return "\n";
  return REPLACEMENT;
}

function attributeReplacement(ch: string): string {
  return ch === "\t" || ch === "\r" || ch === "\u2028" || ch === "\u2029" ? " " : REPLACEMENT;
}

const HTML_SPECIAL = /[&<>"'\n]/g;
const HTML_REFERENCE: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\n": " " };

/** Does `text` hold an unsafe character? */
export function hasUnsafe(text: string): boolean {
  return SUSPECT.test(text) && UNSAFE.test(text);
}

/** The first unsafe character of `text`: its UTF-16 offset and code point; `undefined` when there is none. */
export function firstUnsafe(text: string): { index: number; codePoint: number } | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const m = UNSAFE.exec(text);
  return m ? { index: m.index, codePoint: m[0].codePointAt(0)! } : undefined;
}

/** `U+200B`: a code point as the Unicode standard writes it. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What kind of unsafe character `codePoint` is, for messages ("a zero-width character", "a control character"). */
export function unsafeKind(codePoint: number): string {
  if (INVISIBLE.test(String.fromCodePoint(codePoint))) return "the zero-width character";
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return "a lone surrogate";
  if (codePoint === 0x2028 || codePoint === 0x2029) return "the line separator";
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return "the control character";
  return "the bidirectional control";
}

/** Rewrites every unsafe character of `text` in `style` (see `NeutralizeStyle`); clean text comes back as it is. */
export function neutralize(text: string, style: NeutralizeStyle): string {
  if (style === "html-attribute") {
    const line = hasUnsafe(text) ? text.replace(UNSAFE_ALL, attributeReplacement) : text;
    return line.replace(HTML_SPECIAL, (ch) => HTML_REFERENCE[ch]!);
  }
  if (!hasUnsafe(text)) return text;
  return text.replace(UNSAFE_ALL, style === "terminal" ? terminalReplacement : plainReplacement);
}

/** `text` without its unsafe characters (for what a user types, where a replacement character would be noise). */
export function stripUnsafe(text: string): string {
  return hasUnsafe(text) ? text.replace(UNSAFE_ALL, "") : text;
}

/**
 * `value` with every string, object keys included, neutralised in `style`; other values are kept. Copy
 * on write: only the arrays and objects on the way to a changed string are copied, clean parts are
 * shared, and clean data comes back as it is (walking a large dataset costs a fraction of copying it).
 * The input is never changed.
 */
export function neutralizeDeep<T>(value: T, style: NeutralizeStyle): T {
  if (typeof value === "string") return neutralize(value, style) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const safe = neutralizeDeep(item, style);
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
    const keys = Object.keys(record);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const member = record[key];
      const safe = neutralizeDeep(member, style);
      const safeKey = neutralize(key, style);
      if (out === undefined && (safe !== member || safeKey !== key)) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
      }
      if (out !== undefined) out[safeKey] = safe;
    }
    return (out ?? value) as T;
  }
  return value;
}

/**
 * JSON for a terminal: valid JSON in which every unsafe character is written as a `\uXXXX` escape
 * (`JSON.stringify` leaves C1 controls, bidi controls and zero-width characters raw). Parsing it gives
 * the value back unchanged.
 */
export function safeJson(value: unknown, indent: number | undefined = 2): string {
  const json = JSON.stringify(value, null, indent);
  if (json === undefined || !hasUnsafe(json)) return json ?? "null";
  return escapeJsonUnits(json, UNSAFE_ALL);
}
