import { describe, expect, it } from "vitest";
import { canonicalJson, LazyArray, objectChunks, sortKeys } from "./canonical";

describe("canonical JSON", () => {
  it("sorts keys recursively, keeps array order and drops undefined members", () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, é: "x", Z: null };
    expect(JSON.stringify(sortKeys(value))).toBe('{"Z":null,"a":{"d":[3,{"y":2,"z":1}]},"b":1,"é":"x"}');
  });

  it("streams objects with lazy arrays exactly as the whole-value serialisation", () => {
    const doc = { z: [1, { b: 2, a: [] }], a: "text\nline", m: [], n: { y: [1], x: {} } };
    for (const pretty of [false, true]) {
      const lazy = { ...doc, z: new LazyArray(doc.z.values()), m: new LazyArray([]) };
      expect([...objectChunks(lazy, pretty)].join("")).toBe(`${canonicalJson(doc, pretty)}\n`);
    }
    expect([...objectChunks({})].join("")).toBe("{}\n");
  });
});

describe("compact canonical JSON", () => {
  /** A small deterministic generator (mulberry32), so the values are the same on every run. */
  const random = (seedValue: number) => () => {
    let t = (seedValue += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const KEYS = ["a", "b", "Z", "é", "aa", "0", "1", "10", "2", "01", "-1", "4294967295", "4294967294", "1e3", "", "𠮷", "\u007f", "key\n"];
  const LEAVES: unknown[] = [null, undefined, true, false, 0, -0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, "", "text \"quoted\" \\ \u0001 \u2028 é 𠮷", "\ud800", () => 1, Symbol("s"), new Date(0)];
  function value(next: () => number, depth: number): unknown {
    const pick = next();
    if (depth > 3 || pick < 0.4) return LEAVES[Math.floor(next() * LEAVES.length)];
    if (pick < 0.6) return Array.from({ length: Math.floor(next() * 5) }, () => value(next, depth + 1));
    const out: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 7); i > 0; i--) out[KEYS[Math.floor(next() * KEYS.length)]!] = value(next, depth + 1);
    return out;
  }

  it("is JSON.stringify of the sorted copy, byte for byte, for thousands of values (index-like keys, undefined, functions, odd strings)", () => {
    const next = random(13);
    for (let i = 0; i < 5000; i++) {
      const v = value(next, 0);
      expect(canonicalJson(v)).toBe(JSON.stringify(sortKeys(v)));
    }
  });

  it("orders index-like keys as an object does, then the others by code unit", () => {
    expect(canonicalJson({ b: 1, "10": 2, "9": 3, a: 4, "01": 5 })).toBe('{"9":3,"10":2,"01":5,"a":4,"b":1}');
  });
});
