// Canonical JSON: object keys sorted by UTF-16 code units (the order of RFC 8785, JCS), arrays kept in
// their order, `undefined` members dropped. The same value always gives the same bytes.

/** A JSON value with its object keys sorted recursively (a new value; the input is not changed). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeys(member);
    }
    return out;
  }
  return value;
}

/** Canonical JSON text of a value: sorted keys; compact, or indented by two spaces when `pretty`. */
export function canonicalJson(value: unknown, pretty = false): string {
  return pretty ? JSON.stringify(sortKeys(value), null, 2) : compactJson(value);
}

/** An array index as V8 orders it (`"0"`, `"12"`, below 2³²−1): such keys come first, in numeric order. */
const isIndexKey = (key: string): boolean => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;

/** The keys of a plain object in the order `JSON.stringify(sortKeys(value))` writes them. */
function canonicalKeys(value: object): string[] {
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      sorted = false;
      break;
    }
  }
  if (!sorted) keys.sort();
  // The copy `sortKeys` makes is an object too: its array-index keys are listed first, in numeric order.
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57 && isIndexKey(key)) {
      const indexes = keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
      return [...indexes, ...keys.filter((k) => !isIndexKey(k))];
    }
  }
  return keys;
}

/**
 * `JSON.stringify(sortKeys(value))`, written without the sorted copy: on whole exports the copy's garbage
 * costs as much as the text. A differential test holds the two equal.
 */
function compactJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const text = item === null || typeof item !== "object" ? JSON.stringify(item) : compactJson(item);
      // `undefined`, functions and symbols are `null` in an array, as JSON.stringify writes them.
      out += `${i === 0 ? "" : ","}${text ?? "null"}`;
    }
    return `${out}]`;
  }
  let out = "{";
  let first = true;
  const record = value as Record<string, unknown>;
  for (const key of canonicalKeys(record)) {
    const member = record[key];
    const text = member === null || typeof member !== "object" ? JSON.stringify(member) : compactJson(member);
    // Members JSON has no text for (undefined, functions, symbols) are left out.
    if (text === undefined) continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:${text}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * Canonical JSON of a value nested `depth` levels deep in a pretty-printed document: its inner lines
 * are indented so that the concatenation equals a pretty `JSON.stringify` of the whole document.
 */
export function nestedJson(value: unknown, pretty: boolean, depth: number): string {
  const text = canonicalJson(value, pretty);
  return pretty ? text.replaceAll("\n", `\n${"  ".repeat(depth)}`) : text;
}

/** An array whose items are produced lazily while a document is written. */
export class LazyArray {
  /** Wraps the items. */
  constructor(readonly items: Iterable<unknown>) {}
}

/**
 * Canonical JSON of an object whose members may be `LazyArray`s, in chunks (one per array item), with a
 * newline at the end: the same text as `canonicalJson` of the object with the arrays filled in.
 */
export function* objectChunks(members: Record<string, unknown>, pretty = false): Generator<string> {
  const nl = pretty ? "\n" : "";
  const keys = Object.keys(members)
    .filter((key) => members[key] !== undefined)
    .sort();
  yield "{";
  for (const [i, key] of keys.entries()) {
    yield `${i === 0 ? "" : ","}${nl}${pretty ? "  " : ""}${JSON.stringify(key)}:${pretty ? " " : ""}`;
    const value = members[key];
    const items = value instanceof LazyArray ? value.items : Array.isArray(value) ? value : undefined;
    if (items === undefined) {
      yield nestedJson(value, pretty, 1);
      continue;
    }
    let first = true;
    for (const item of items) {
      yield `${first ? "[" : ","}${nl}${pretty ? "    " : ""}${nestedJson(item, pretty, 2)}`;
      first = false;
    }
    yield first ? "[]" : `${nl}${pretty ? "  " : ""}]`;
  }
  yield `${keys.length > 0 ? nl : ""}}\n`;
}
