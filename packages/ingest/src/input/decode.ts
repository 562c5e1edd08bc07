// Turns the bytes of an input into text, or says clearly why it is not a text we can ingest.
import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import { MAX_CONTROL_RATIO, MAX_HIGH_BYTE_RATIO, MAX_INPUT_BYTES, MIN_LETTER_RATIO } from "./limits";

/** Why an input was refused. */
export type InputErrorCode = "empty" | "too-large" | "binary" | "utf-16" | "not-text";

/** A refused input: a code for programs and a sentence for people. */
export interface InputError {
  /** What is wrong. */
  code: InputErrorCode;
  /** What is wrong and where, in a sentence. */
  message: string;
}

/** An input decoded to text. */
export interface DecodedInput {
  /** The text, exactly as decoded (a UTF-8 byte order mark is kept, so the bytes round-trip). */
  text: string;
  /** Size of the input in bytes. */
  bytes: number;
  /** SHA-256 (lower-case hex) of the input bytes. */
  sha256: string;
  /** The charset the bytes were decoded as. */
  encoding: "utf-8" | "windows-1252";
  /** Media type guessed from the content: plain text, HTML or an RSS/XML feed. */
  mediaType: string;
}

/** The outcome of decoding. */
export type DecodeResult = { ok: true; input: DecodedInput } | { ok: false; error: InputError };

/** Options of {@link decodeInput}. */
export interface DecodeOptions {
  /** Largest input accepted, in bytes (default {@link MAX_INPUT_BYTES}). */
  maxBytes?: number;
}

const fail = (code: InputErrorCode, message: string): DecodeResult => ({ ok: false, error: { code, message } });

/** Share of control characters (C0 except tab/LF/VT/FF/CR, DEL, C1) in `text`, and the first one's position. */
export function controlRatio(text: string): { ratio: number; first: number } {
  let controls = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    if (control) {
      controls++;
      if (first < 0) first = i;
    }
  }
  return { ratio: text.length === 0 ? 0 : controls / text.length, first };
}

/** Share of letters among the characters that are not white space. */
export function letterRatio(text: string): { ratio: number; visible: number } {
  let visible = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII, most of any text, without a regular expression per character
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      visible++;
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (SPACE.test(ch)) continue;
    visible++;
    if (LETTER.test(ch)) letters++;
  }
  return { ratio: visible === 0 ? 0 : letters / visible, visible };
}
const SPACE = /^\s$/u;
const LETTER = /^\p{L}$/u;

/** Guesses the media type of a decoded text from its first characters. */
export function sniffMediaType(text: string): string {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<?xml") || head.startsWith("<rss") || head.includes("<rss") || head.includes("<feed")) return "application/rss+xml; charset=utf-8";
  if (/^<(?:!doctype html|html|head|body|div|p|article|section)\b/u.test(head)) return "text/html; charset=utf-8";
  return "text/plain; charset=utf-8";
}

/**
 * Decodes the bytes of an input. Refuses, with a message saying what and where: an empty input, one
 * over the size limit, binary data (NUL bytes or many control characters), UTF-16, and bytes that
 * are neither UTF-8 nor plausibly Windows-1252 text. Invalid UTF-8 that looks like text is decoded
 * as Windows-1252 (the usual charset of an old saved page).
 */
export function decodeInput(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const max = options.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > max) {
    return fail("too-large", `the input is ${bytes.length} bytes, over the limit of ${max} bytes (${(max / 1024 / 1024).toFixed(0)} MiB)`);
  }
  if (bytes.length === 0) return fail("empty", "the input is empty (0 bytes)");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail("utf-16", "the input starts with a UTF-16 byte order mark; convert it to UTF-8 first");
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail("binary", `the input contains a NUL byte at byte ${nul}: it is binary data, not text`);

  let text: string;
  let encoding: DecodedInput["encoding"] = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    let high = 0;
    let firstBad = -1;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b >= 0x80) high++;
      // Bytes Windows-1252 leaves undefined: text in that charset never contains them.
      if (firstBad < 0 && (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) firstBad = i;
    }
    if (high / bytes.length > MAX_HIGH_BYTE_RATIO) {
      return fail("not-text", `the input is not UTF-8 and ${Math.round((100 * high) / bytes.length)}% of its bytes are non-ASCII: it does not look like text`);
    }
    if (firstBad >= 0) {
      return fail("not-text", `the input is not UTF-8, and byte ${firstBad} (0x${bytes[firstBad]!.toString(16)}) does not occur in Windows-1252 text`);
    }
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1252");
    encoding = "windows-1252";
  }
  const { ratio, first } = controlRatio(text);
  if (ratio > MAX_CONTROL_RATIO) {
    return fail("binary", `${(ratio * 100).toFixed(1)}% of the input's characters are control characters (the first at character ${first}): it is not text`);
  }
  if (text.replace(/^\uFEFF/u, "").trim() === "") return fail("empty", `the input has ${bytes.length} bytes but no text (only white space)`);
  const letters = letterRatio(text);
  if (letters.visible > 200 && letters.ratio < MIN_LETTER_RATIO) {
    return fail("not-text", `only ${(letters.ratio * 100).toFixed(1)}% of the input's visible characters are letters: it is not the text of a press release`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { ok: true, input: { text, bytes: bytes.length, sha256, encoding, mediaType: sniffMediaType(text) } };
}
