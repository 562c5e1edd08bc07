// Serialises JSON-LD for a <script type="application/ld+json"> element, the one place raw markup is written.
import { safeJson } from "@briefings/core/text";

/**
 * `JSON.stringify(value)` made safe to embed in HTML: `<`, `>` and `&` become `\u003c`, `\u003e` and
 * `\u0026`, so no string in the data can close the script element or open a comment; and every character
 * core/text counts unsafe (controls, bidi overrides, the line separators U+2028/U+2029, …) is written as a
 * `\uXXXX` escape by core's `safeJson`. The result parses back to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return safeJson(value, undefined).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
