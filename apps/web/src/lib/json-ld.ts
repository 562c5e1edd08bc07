// Serialises JSON-LD for a <script type="application/ld+json"> element, the one place raw markup is written.

/**
 * `JSON.stringify(value)` made safe to embed in HTML: `<`, `>` and `&` become `\u003c`, `\u003e` and
 * `\u0026`, and the line separators U+2028/U+2029 are escaped too, so no string in the data can close the
 * script element or open a comment. The result parses back to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  return json
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
