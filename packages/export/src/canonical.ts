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
  return JSON.stringify(sortKeys(value), null, pretty ? 2 : undefined);
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
