// Canonical JSON: object keys sorted by UTF-16 code units (the order of RFC 8785, JCS), arrays kept in
// their order, `undefined` members dropped. The same value always gives the same bytes.

/**
 * Compact canonical text of objects, by identity: the objects to remember are its keys (with `undefined`
 * until first serialised). Lets records that many files hold be serialised once.
 */
export type TextCache = Map<object, string | undefined>;

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

/**
 * Canonical JSON text of a value: sorted keys; compact, or indented by two spaces when `pretty`.
 * With a `cache` (compact only), the objects it holds are serialised once and their text reused
 * wherever they appear again (see `compactJson`).
 */
export function canonicalJson(value: unknown, pretty = false, cache?: TextCache): string {
  if (pretty) return JSON.stringify(sortKeys(value), null, 2);
  return (cache === undefined ? JSON.stringify(sortKeys(value)) : compactJson(value, cache)) as string;
}

/** An array index as an object orders it (numerically, before every other key): "0", "1", …, 2^32 − 2. */
const isIndexKey = (key: string): boolean => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;

/** Keys in the order `JSON.stringify(sortKeys(value))` writes them: index-like keys numerically, then the rest by code unit. */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value).sort();
  // Only a key starting with a digit can be index-like; most objects have none.
  if (!keys.some((k) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57 && isIndexKey(k))) return keys;
  const indexes = keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((k) => !isIndexKey(k))];
}

/**
 * Compact canonical JSON, the same text as `JSON.stringify(sortKeys(value))`, reusing the text of the
 * objects `cache` holds: such an object is serialised (natively, with `sortKeys`) the first time it is met
 * and its text stored; the objects around it are written here, in one pass (undefined, functions and
 * symbols dropped from objects and written as null in arrays, as JSON.stringify does; a `__proto__` key
 * dropped, as `sortKeys` does).
 */
export function compactJson(value: unknown, cache: TextCache): string | undefined {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (cache.has(value)) {
    let text = cache.get(value);
    if (text === undefined) {
      text = JSON.stringify(sortKeys(value));
      cache.set(value, text);
    }
    return text;
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? "" : ","}${compactJson(value[i], cache) ?? "null"}`;
    return `${out}]`;
  }
  let out = "{";
  let first = true;
  for (const key of sortedKeys(value)) {
    if (key === "__proto__") continue;
    const text = compactJson((value as Record<string, unknown>)[key], cache);
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
 * newline at the end: the same text as `canonicalJson` of the object with the arrays filled in. Compact
 * items that `texts` holds are written with their cached text (see `compactJson`).
 */
export function* objectChunks(members: Record<string, unknown>, pretty = false, texts?: TextCache): Generator<string> {
  const itemText = (item: unknown) => (pretty || texts === undefined ? nestedJson(item, pretty, 2) : (compactJson(item, texts) ?? "null"));
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
      yield `${first ? "[" : ","}${nl}${pretty ? "    " : ""}${itemText(item)}`;
      first = false;
    }
    yield first ? "[]" : `${nl}${pretty ? "  " : ""}]`;
  }
  yield `${keys.length > 0 ? nl : ""}}\n`;
}
