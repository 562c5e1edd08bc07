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

describe("canonical JSON of index-like keys", () => {
  it("orders them as an object does (numerically, first), then the others by code unit", () => {
    expect(canonicalJson({ b: 1, "10": 2, "9": 3, a: 4, "01": 5 })).toBe('{"9":3,"10":2,"01":5,"a":4,"b":1}');
  });
});
