import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { hasUnsafe, safeJson, sanitizeDataset, sanitizeDeep, sanitizeText } from "./sanitize";

const DANGEROUS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

describe("sanitizeText", () => {
  it("takes the ESC out of CSI, OSC 8 hyperlinks and OSC 52 clipboard writes, visibly", () => {
    const out = sanitizeText("\x1b[31mred\x1b[0m \x1b]8;;https://evil.example/\x07click\x1b]8;;\x07 \x1b]52;c;SGVsbG8=\x07");
    expect(out).not.toMatch(DANGEROUS);
    expect(out).toBe("␛[31mred␛[0m ␛]8;;https://evil.example/␇click␛]8;;␇ ␛]52;c;SGVsbG8=␇");
  });

  it("neutralises BEL, backspace tricks, carriage returns, tabs, DEL and C1 controls", () => {
    expect(sanitizeText("safe\b\b\b\bEVIL")).toBe("safe␈␈␈␈EVIL");
    expect(sanitizeText("ok\rEVIL")).toBe("okEVIL");
    expect(sanitizeText("a\tb\u007fc")).toBe("a b␡c");
    expect(sanitizeText("\u009b31m\u0085\u0090x")).toBe("\uFFFD31m\uFFFD\uFFFDx");
  });

  it("removes the power of bidi overrides and isolates", () => {
    const out = sanitizeText("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069i\u200E\u200F");
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/u);
    expect(out.replace(/\uFFFD/g, "")).toBe("abcdefghi");
  });

  it("keeps line feeds, accents, CJK and emoji, and returns clean text unchanged", () => {
    const text = "Meza-Cuadra — “soft” targets\n缅北 é 👍";
    expect(sanitizeText(text)).toBe(text);
    expect(hasUnsafe(text)).toBe(false);
    expect(hasUnsafe("x\x1b")).toBe(true);
  });

  it("replaces lone surrogates but keeps pairs", () => {
    expect(sanitizeText("a\uD800b\uDC00c😀")).toBe("a\uFFFDb\uFFFDc😀");
  });
});

describe("sanitizeDeep and sanitizeDataset", () => {
  it("copies nested records with every string (and key) sanitised, numbers and booleans kept", () => {
    const input = { a: ["x\x1b[2J", { b: "\u202Eevil", n: 3, t: true, u: null }], ["k\x07"]: "v" };
    const out = sanitizeDeep(input);
    expect(out).toEqual({ a: ["x␛[2J", { b: "\uFFFDevil", n: 3, t: true, u: null }], ["k␇"]: "v" });
    expect(input.a[0]).toBe("x\x1b[2J");
  });

  it("returns clean data as it is, without copying it (the curated dataset is clean)", () => {
    const before = structuredClone(dataset);
    const safe = sanitizeDataset(dataset);
    expect(safe).toBe(dataset);
    expect(dataset).toEqual(before);
  });

  it("copies only the arrays and objects on the way to a changed string, and never changes the input", () => {
    const clean = { n: 1, list: ["a", "b"] };
    const input = { clean, items: [{ ok: "x" }, { bad: "y\x1b[2J" }], after: { z: "z" } };
    const out = sanitizeDeep(input);
    expect(out).toEqual({ clean, items: [{ ok: "x" }, { bad: "y␛[2J" }], after: { z: "z" } });
    expect(out).not.toBe(input);
    expect(out.items).not.toBe(input.items);
    expect(out.clean).toBe(clean);
    expect(out.items[0]).toBe(input.items[0]);
    expect(out.after).toBe(input.after);
    expect(input.items[1]).toEqual({ bad: "y\x1b[2J" });
    const badKey = { ["k\x07"]: 1, fine: 2 };
    expect(sanitizeDeep(badKey)).toEqual({ ["k␇"]: 1, fine: 2 });
  });
});

describe("safeJson", () => {
  it("is valid JSON that parses back to the value, with no raw control, C1 or bidi character", () => {
    const value = { s: "a\x1b[31m\u009b\u202E\u2066b\u0007\n", n: 1 };
    const json = safeJson(value);
    expect(json).not.toMatch(DANGEROUS);
    expect(JSON.parse(json)).toEqual(value);
  });
});
