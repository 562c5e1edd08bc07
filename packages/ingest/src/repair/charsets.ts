import iconv from "iconv-lite";

/** Charsets whose confusions the engine reverses. */
export type Charset = "utf8" | "win1252" | "latin1" | "win1250" | "gbk" | "big5";

/** All charsets considered, in order of preference. */
export const CHARSETS: readonly Charset[] = ["utf8", "win1252", "latin1", "win1250", "gbk", "big5"];

const SINGLE_BYTE = new Set<Charset>(["win1252", "latin1", "win1250"]);

/** Byte values a single-byte charset leaves undefined (iconv-lite decodes them to U+FFFD). */
function undefinedBytes(cs: Charset): number[] {
  const out: number[] = [];
  for (let b = 0x80; b < 0x100; b++) {
    if (iconv.decode(Buffer.from([b]), cs) === "\uFFFD") out.push(b);
  }
  return out;
}

interface SingleByteTable {
  toByte: Map<number, number>;
  holes: number[];
}
const tables = new Map<Charset, SingleByteTable>();
function table(cs: Charset): SingleByteTable {
  let t = tables.get(cs);
  if (!t) {
    const toByte = new Map<number, number>();
    for (let b = 0; b < 0x100; b++) {
      const ch = iconv.decode(Buffer.from([b]), cs);
      const cp = ch.codePointAt(0) ?? 0xfffd;
      if (cp !== 0xfffd) toByte.set(cp, b);
    }
    const holes = undefinedBytes(cs);
    // A browser shows an undefined byte as the C1 control of the same value.
    for (const b of holes) toByte.set(b, b);
    t = { toByte, holes };
    tables.set(cs, t);
  }
  return t;
}

/**
 * Encodes text with a charset, exactly: returns the possible byte sequences (several when the
 * text contains U+FFFD standing for an undefined byte of a single-byte charset), or [] when a
 * character cannot be encoded.
 */
export function encodeExact(text: string, cs: Charset): Buffer[] {
  if (cs === "utf8") return [Buffer.from(text, "utf8")];
  if (SINGLE_BYTE.has(cs)) {
    const { toByte, holes } = table(cs);
    const bytes: number[] = [];
    const wild: number[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0xfffd && holes.length > 0) {
        wild.push(bytes.length);
        bytes.push(0);
        continue;
      }
      const b = toByte.get(cp);
      if (b === undefined) return [];
      bytes.push(b);
    }
    if (wild.length === 0) return [Buffer.from(bytes)];
    if (wild.length > 1) return []; // more wildcards make letter soup likelier than a true reading
    let combos: number[][] = [[]];
    for (let k = 0; k < wild.length; k++) combos = combos.flatMap((c) => holes.map((h) => [...c, h]));
    return combos.map((c) => {
      const buf = Buffer.from(bytes);
      c.forEach((h, k) => {
        buf[wild[k] ?? 0] = h;
      });
      return buf;
    });
  }
  if (text.includes("\uFFFD")) return [];
  const buf = iconv.encode(text, cs);
  return iconv.decode(buf, cs) === text ? [buf] : [];
}

/** Decodes bytes; returns null when the bytes are not valid in the charset (U+FFFD would appear). */
export function decodeStrict(bytes: Buffer, cs: Charset): string | null {
  const text = iconv.decode(bytes, cs);
  if (!text.includes("\uFFFD")) return text;
  // a UTF-8 encoded U+FFFD (EF BF BD) is a genuine replacement character, not an error
  if (cs !== "utf8") return null;
  let genuine = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) genuine++;
  }
  const found = text.split("\uFFFD").length - 1;
  return found === genuine ? text : null;
}

/**
 * Decodes leniently (invalid bytes become U+FFFD) after encoding leniently: only to tell
 * what script a damaged run was in, never to repair.
 */
export function misreadLeniently(text: string, wrong: Charset, right: Charset): string {
  return iconv.decode(iconv.encode(text, wrong), right);
}

/** Damages text the way a wrong decoder does: encode with `from`, decode as `to` (for tests and generators). */
export function misdecode(text: string, from: Charset, to: Charset): string {
  return iconv.decode(iconv.encode(text, from), to);
}
