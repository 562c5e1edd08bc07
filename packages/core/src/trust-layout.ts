// Where the parts of a dataset file are: the byte range of each top-level member and, in each array,
// cuts between its records about every `CHUNK_BYTES`. Recorded in the proof when a file is validated,
// so that a trusted file can be parsed a part at a time: the members a screen needs first, the rest in
// steps small enough to keep an interface responsive (each step parses one chunk of records).

/** About how many bytes of records one chunk holds. */
export const CHUNK_BYTES = 256 * 1024;

/** One top-level member of a dataset file: its key, its value's bytes `[start, end)`, and for an array the cuts. */
export interface MemberLayout {
  key: string;
  start: number;
  end: number;
  /** For an array: positions of the commas between records where chunks end (ascending). */
  cuts?: number[];
}

/** The layout of a dataset file (a JSON object at the top level). */
export interface DatasetLayout {
  members: MemberLayout[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The layout of `bytes`, the UTF-8 text of a JSON object (already known to be valid JSON), found in one
 * pass over the bytes (the structure is ASCII: no character of a string can be taken for it); `undefined`
 * when the top level is not an object.
 */
export function layoutOf(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): DatasetLayout | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n && isSpace(bytes[i]!)) i++;
  if (bytes[i] !== OPEN_OBJECT) return undefined;
  const members: MemberLayout[] = [];
  const decoder = new TextDecoder();
  let depth = 0;
  let keyStart = -1;
  let key: string | undefined;
  let member: MemberLayout | undefined;
  let array = false;
  let lastCut = 0;
  for (; i < n; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      const start = i;
      for (i++; i < n; i++) {
        const s = bytes[i]!;
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
      if (depth === 1 && member === undefined && key === undefined) keyStart = start;
      if (depth === 1 && member === undefined && keyStart === start) key = JSON.parse(decoder.decode(bytes.subarray(start, i + 1))) as string;
      continue;
    }
    if (c === COLON && depth === 1 && key !== undefined && member === undefined) {
      let v = i + 1;
      while (v < n && isSpace(bytes[v]!)) v++;
      member = { key, start: v, end: n };
      array = bytes[v] === OPEN_ARRAY;
      if (array) {
        member.cuts = [];
        lastCut = v;
      }
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) {
        if (member) {
          member.end = i;
          members.push(member);
        }
        return { members };
      }
    } else if (c === COMMA) {
      if (depth === 1 && member) {
        member.end = i;
        members.push(member);
        member = undefined;
        key = undefined;
        keyStart = -1;
      } else if (depth === 2 && array && member && i - lastCut >= chunkBytes) {
        member.cuts!.push(i);
        lastCut = i;
      }
    }
  }
  return undefined;
}

/**
 * Parses one member's value from `bytes` (valid UTF-8, as its proof vouches), a chunk of records per
 * step for an array (a generator that yields after each chunk); returns the value.
 */
export function* parseMember(bytes: Buffer, member: MemberLayout): Generator<void, unknown> {
  if (member.cuts === undefined || member.cuts.length === 0) {
    const value: unknown = JSON.parse(bytes.toString("utf8", member.start, member.end));
    yield;
    return value;
  }
  // The array's text without its brackets, cut at the recorded commas: each piece is a run of whole records.
  let end = member.end - 1;
  while (bytes[end] !== CLOSE_ARRAY) end--;
  const out: unknown[] = [];
  let from = member.start + 1;
  for (const cut of [...member.cuts, end]) {
    const part = JSON.parse(`[${bytes.toString("utf8", from, cut)}]`) as unknown[];
    for (const record of part) out.push(record);
    from = cut + 1;
    yield;
  }
  return out;
}
