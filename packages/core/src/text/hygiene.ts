// Checks for text that must never be shown as content: control characters, markup, injected tokens.

/** C0/C1 control characters (except line feed), DEL, and bidirectional overrides/isolates. */
export const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Leftover HTML tags or character entities. */
export const MARKUP = /<\/?[a-zA-Z][^<>]*>|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/u;

/** Scripts that do not occur in an English UN press release: where they appear, it is injected text. */
export const FOREIGN_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Signatures of mojibake (UTF-8 read as Latin-1/Windows-1252, GBK read as Latin-1) and the replacement character. */
export const MOJIBAKE = /Ã[\u0080-\u00BF\u2018-\u203A]|â€|Â[\u00A0-\u00BF]|¡¯|¡°|¡±|\uFFFD/u;

/**
 * Printable ASCII and line feeds, except `<` and `&`: text of only these has none of the defects below
 * (each needs another character), so most text is cleared by this one scan. A new check that can
 * match within these characters must come before it.
 */
const PLAIN = /^[\n\x20-\x25\x27-\x3b\x3d-\x7e]*$/;

/** What is wrong with a piece of display text, or `undefined` when it is clean. */
export function textDefect(text: string): string | undefined {
  if (PLAIN.test(text)) return undefined;
  const control = CONTROL.exec(text);
  if (control) return `contains the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const markup = MARKUP.exec(text);
  if (markup) return `contains markup ${JSON.stringify(markup[0])}`;
  const foreign = FOREIGN_SCRIPT.exec(text);
  if (foreign) return `contains ${JSON.stringify(foreign[0])}, a script foreign to the text: injected spam?`;
  const mojibake = MOJIBAKE.exec(text);
  if (mojibake) return `contains ${JSON.stringify(mojibake[0])}, a sign of mis-decoded text (mojibake)`;
  return undefined;
}
