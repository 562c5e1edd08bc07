// Neutralises characters that must never reach a reader: control characters and bidirectional overrides.

/** C0/C1 control characters except line feed, DEL, and bidirectional marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Replaces each control character of `text` with one visible, harmless character, so that code point
 * offsets into the text stay valid: tab and carriage return become a space, anything else U+FFFD.
 */
export function sanitizeText(text: string): string {
  return text.replace(UNSAFE, (c) => (c === "\t" || c === "\r" ? " " : "\uFFFD"));
}

/** `true` when `text` holds a character that `sanitizeText` would replace. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** A deep copy of `value` with every string (object keys too) passed through `sanitizeText`. */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === "string") return sanitizeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => sanitizeDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[sanitizeText(k)] = sanitizeDeep(v);
    return out as T;
  }
  return value;
}
