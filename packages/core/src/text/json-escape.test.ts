import { describe, expect, it } from "vitest";
import { asciiJson, escapeJsonUnits } from "./json-escape";

describe("asciiJson", () => {
  const value = {
    "clé": "Sécurité — “quoted”",
    arabic: "مجلس الأمن",
    astral: "😀 𝔸",
    lone: "\uD800 and \uDFFF",
    controls: "tab\tnew\nline\u0085\u2028",
    plain: "ASCII stays as it is: \\ \" /",
    list: [1, null, true, "ß"],
  };

  it("writes ASCII alone and parses back to the same value", () => {
    const json = asciiJson(value);
    expect(json).toMatch(/^[\u0000-\u007f]*$/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it("escapes each code unit, a surrogate pair as its two halves", () => {
    expect(asciiJson("é😀")).toBe('"\\u00e9\\ud83d\\ude00"');
  });

  it("leaves ASCII JSON byte for byte as JSON.stringify writes it", () => {
    const ascii = { a: "plain text", b: [1, 2, { c: "\\\"" }] };
    expect(asciiJson(ascii)).toBe(JSON.stringify(ascii));
  });

  it("fails with a clear error on a value that has no JSON form", () => {
    expect(() => asciiJson(undefined)).toThrow(/no JSON form/);
  });
});

describe("escapeJsonUnits", () => {
  it("escapes only what the pattern matches", () => {
    expect(escapeJsonUnits('"aéb\u200Bc"', /\u200B/g)).toBe('"aéb\\u200bc"');
  });
});
