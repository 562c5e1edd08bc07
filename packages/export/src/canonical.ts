// Canonical JSON: object keys sorted by UTF-16 code units (the order of RFC 8785, JCS), arrays kept in
// their order, `undefined` members dropped. The same value always gives the same bytes.

/**
 * Compact canonical text of objects, by identity, as UTF-8 bytes: the objects to remember are its keys (with
 * `undefined` until first serialised). Lets records that many files hold be serialised and encoded once. Bytes,
 * not strings: hundreds of megabytes of cached text then live outside the JavaScript heap, where the garbage
 * collector neither copies nor scans them, and are written by copying, not encoded again for every file.
 */
export type TextCache = Map<object, Uint8Array | undefined>;

/** A piece of a document: text, or bytes already encoded as UTF-8 (a cached record's). */
export type Chunk = string | Uint8Array;

/** Cached texts are encoded into slabs of this size (fewer, larger allocations outside the heap); larger texts get their own. */
const SLAB_BYTES = 1 << 20;
let slab = Buffer.allocUnsafeSlow(0);
let slabUsed = 0;

/** The UTF-8 bytes of `text`, in a slab shared with other cached texts (a view that keeps its slab alive). */
function encodeCached(text: string): Uint8Array {
  // 3 bytes of UTF-8 at most per UTF-16 unit.
  if (text.length * 3 > SLAB_BYTES / 4) return Buffer.from(text, "utf8");
  if (slabUsed + text.length * 3 > slab.length) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    slabUsed = 0;
  }
  const start = slabUsed;
  slabUsed += slab.write(text, start, "utf8");
  return slab.subarray(start, slabUsed);
}

/** One shape's key order: an object's own keys as listed, sorted by code unit, and as compact JSON writes them. */
interface KeyOrder {
  keys: readonly string[];
  sorted: readonly string[];
  written: readonly string[];
}

/**
 * Key orders by shape (the keys of an object, in their own order), under their first key. Records share a few
 * dozen shapes, so each is sorted once: sorting every object's keys allocated more than a gigabyte at 10,000 briefings.
 */
const keyOrders = new Map<string, KeyOrder[]>();
/** At most this many shapes are remembered (objects keyed by data have a shape each); the rest are sorted each time. */
const MAX_KEY_ORDERS = 2_000;
let keyOrderCount = 0;

/** Whether two key lists are the same, in the same order. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return false;
  return true;
}

/** The key order of an object's shape (shared: never changed by callers). */
function keyOrder(value: object): KeyOrder {
  const keys = Object.keys(value);
  const first = keys.length === 0 ? "" : keys[0]!;
  let orders = keyOrders.get(first);
  if (orders !== undefined) for (const order of orders) if (sameKeys(order.keys, keys)) return order;
  const sorted = [...keys].sort();
  const order: KeyOrder = { keys, sorted, written: writtenOrder(sorted) };
  if (keyOrderCount < MAX_KEY_ORDERS) {
    if (orders === undefined) keyOrders.set(first, (orders = []));
    orders.push(order);
    keyOrderCount++;
  }
  return order;
}

/** A JSON value with its object keys sorted recursively (a new value; the input is not changed). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of keyOrder(value).sorted) {
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

/** Sorted keys in the order `JSON.stringify(sortKeys(value))` writes them: index-like keys numerically, then the rest by code unit. */
function writtenOrder(keys: readonly string[]): readonly string[] {
  // Only a key starting with a digit can be index-like; most objects have none.
  if (!keys.some((k) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57 && isIndexKey(k))) return keys;
  const indexes = keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((k) => !isIndexKey(k))];
}

/** Where compact canonical JSON is written, piece by piece: text, and the cached records' bytes. */
interface JsonSink {
  text(piece: string): void;
  bytes(piece: Uint8Array): void;
}

/** Each key's JSON text with its colon (`"key":`), made once: records share a small vocabulary of keys. */
const keyTexts = new Map<string, string>();
function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    // Bounded: a dataset whose keys are data (e.g. an object keyed by id) does not grow it without end.
    if (keyTexts.size < 10_000) keyTexts.set(key, text);
  }
  return text;
}

/** Whether JSON.stringify drops an object member of this value (and writes null for it in an array). */
const dropped = (value: unknown): boolean => value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * Writes compact canonical JSON of `value` (not a dropped kind: see `dropped`), the same text as
 * `JSON.stringify(sortKeys(value))`, reusing the bytes of the objects `cache` holds: such an object is serialised
 * (natively, with `sortKeys`) and encoded the first time it is met and its bytes stored; the objects around it are
 * written here, in one pass (undefined, functions and symbols dropped from objects and written as null in arrays,
 * as JSON.stringify does; a `__proto__` key dropped, as `sortKeys` does).
 */
function writeCompact(value: unknown, cache: TextCache, sink: JsonSink): void {
  if (value === null || typeof value !== "object") {
    sink.text(JSON.stringify(value));
    return;
  }
  if (cache.has(value)) {
    let bytes = cache.get(value);
    if (bytes === undefined) {
      bytes = encodeCached(JSON.stringify(sortKeys(value)));
      cache.set(value, bytes);
    }
    sink.bytes(bytes);
    return;
  }
  if (Array.isArray(value)) {
    sink.text("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) sink.text(",");
      const item: unknown = value[i];
      if (dropped(item)) sink.text("null");
      else writeCompact(item, cache, sink);
    }
    sink.text("]");
    return;
  }
  let first = true;
  sink.text("{");
  for (const key of keyOrder(value).written) {
    const member = (value as Record<string, unknown>)[key];
    if (key === "__proto__" || dropped(member)) continue;
    sink.text(first ? keyText(key) : `,${keyText(key)}`);
    writeCompact(member, cache, sink);
    first = false;
  }
  sink.text("}");
}

/**
 * Compact canonical JSON of `value` in chunks (see `writeCompact`): runs of text joined, the cached records'
 * bytes as they are stored. Empty for a value JSON.stringify drops (undefined, a function, a symbol).
 */
export function compactChunks(value: unknown, cache: TextCache): Chunk[] {
  const chunks: Chunk[] = [];
  if (dropped(value)) return chunks;
  let text = "";
  writeCompact(value, cache, {
    text: (piece) => (text += piece),
    bytes: (piece) => {
      if (text !== "") chunks.push(text);
      text = "";
      chunks.push(piece);
    },
  });
  if (text !== "") chunks.push(text);
  return chunks;
}

/** Compact canonical JSON of `value` as one string, through `cache` (see `compactChunks`); undefined where JSON.stringify gives undefined. */
export function compactJson(value: unknown, cache: TextCache): string | undefined {
  if (dropped(value)) return undefined;
  return compactChunks(value, cache)
    .map((chunk) => (typeof chunk === "string" ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("utf8")))
    .join("");
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
 * items that `texts` holds are written with their cached bytes (see `compactChunks`): only strings without it.
 */
export function objectChunks(members: Record<string, unknown>, pretty?: boolean): Generator<string>;
export function objectChunks(members: Record<string, unknown>, pretty: boolean, texts: TextCache | undefined): Generator<Chunk>;
export function* objectChunks(members: Record<string, unknown>, pretty = false, texts?: TextCache): Generator<Chunk> {
  const itemChunks = (item: unknown): Chunk[] => {
    if (pretty || texts === undefined) return [nestedJson(item, pretty, 2)];
    return dropped(item) ? ["null"] : compactChunks(item, texts);
  };
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
      yield `${first ? "[" : ","}${nl}${pretty ? "    " : ""}`;
      yield* itemChunks(item);
      first = false;
    }
    yield first ? "[]" : `${nl}${pretty ? "  " : ""}]`;
  }
  yield `${keys.length > 0 ? nl : ""}}\n`;
}
