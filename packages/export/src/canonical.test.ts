import { describe, expect, it } from "vitest";
import { canonicalJson, compactChunks, LazyArray, objectChunks, sortKeys } from "./canonical";

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

describe("compact canonical JSON with a cache of shared objects", () => {
  const slow = (value: unknown) => JSON.stringify(sortKeys(value));
  it("gives the same text as JSON.stringify of the sorted copy, edge cases included (cached objects or not)", () => {
    const fn = () => 1;
    const values: unknown[] = [
      { b: [undefined, fn, Symbol("s"), null, -0, 1e21, Number.NaN, Infinity], a: { c: undefined, d: fn, e: "é\u2028\ud800\"\\" } },
      { "4294967294": 1, "4294967295": 2, "10": 3, "2": 4, "-1": 5, "1.5": 6, " ": 7, a: 8, "": 9 },
      JSON.parse('{"__proto__": {"x": 1}, "y": [{}, [], [[]]]}') as unknown,
      [new Date(0), { z: { y: { x: [1, "2", true, false] } } }],
      "text",
      12,
      null,
      true,
    ];
    for (const value of values) {
      expect(canonicalJson(value, false, new Map())).toBe(slow(value));
      const cached = value !== null && typeof value === "object" ? new Map([[value, undefined]]) : new Map();
      expect(canonicalJson(value, false, cached)).toBe(slow(value));
      expect(canonicalJson(value, false, cached)).toBe(slow(value));
    }
  });

  it("serialises an object of the cache once and reuses its text", () => {
    const person = { name: "Synthetic Person", id: "p1" };
    const cache = new Map<object, Uint8Array | undefined>([[person, undefined]]);
    const doc = { people: [person, person], lead: person };
    expect(canonicalJson(doc, false, cache)).toBe(slow(doc));
    // Stored as UTF-8 bytes, once.
    expect(Buffer.from(cache.get(person)!).toString("utf8")).toBe('{"id":"p1","name":"Synthetic Person"}');
    // The stored bytes are what is written: proof that they are reused, not recomputed.
    cache.set(person, Buffer.from('{"cached":"é"}'));
    expect(canonicalJson({ p: person }, false, cache)).toBe('{"p":{"cached":"é"}}');
    // In chunks: the runs of text around the cached bytes, which are handed over as they are stored.
    const chunks = compactChunks({ b: [person, 1], a: "x" }, cache);
    expect(chunks).toStrictEqual(['{"a":"x","b":[', cache.get(person), ",1]}"]);
    expect(chunks[1]).toBe(cache.get(person));
    expect(compactChunks(undefined, cache)).toStrictEqual([]);
  });
});
