// Display text must not carry what it describes: a rationale that quotes an injected token, a
// control character or a tag is rewritten with code point notation, so it can be shown safely.
import { textDefect } from "@briefings/core";

const codes = (s: string) =>
  Array.from(s)
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)
    .join(" ");

const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const FOREIGN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]+/gu;
const MOJIBAKE = /Ã[\u0080-\u00BF\u2018-\u203A]|â€|Â[\u00A0-\u00BF]|¡¯|¡°|¡±|\uFFFD/gu;

/** Rewrites text so that it passes the dataset's display-text check, keeping its meaning. */
export function displaySafe(text: string): string {
  if (textDefect(text) === undefined) return text;
  let out = text.replace(CONTROL, (c) => codes(c)).replace(FOREIGN, (c) => `[${codes(c)}]`).replace(MOJIBAKE, (c) => `[${codes(c)}]`);
  out = out.replace(/</gu, "‹").replace(/>/gu, "›").replace(/&(?=[#a-zA-Z])/gu, "＆");
  return textDefect(out) === undefined ? out : out.replace(/[^\p{L}\p{N}\p{P}\p{Zs}\n]/gu, "?");
}

/** Removes control characters and bidirectional overrides from text bound for a terminal. */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n?/gu, "\n").replace(CONTROL, (c) => (c === "\t" ? " " : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}
