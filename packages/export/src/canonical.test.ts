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

describe("key orders remembered by shape", () => {
  // An independent reference: keys sorted afresh at every level, with index-like keys left to the engine.
  const reference = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reference);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out[key] = reference((value as Record<string, unknown>)[key]);
    return out;
  };

  it("never gives one shape the order of another that shares its first key, its length or its keys in another order", () => {
    const values = [
      { id: "a", b: 1, a: 2 },
      { id: "b", a: 1, b: 2 },
      { id: "c", b: 1, c: 2 },
      { id: "d", b: 1 },
      { id: "e", b: 1, a: 2, c: 3 },
      { b: 1, id: "f", a: 2 },
      { id: "g", b: 1, a: 2 },
    ];
    // Twice: the second pass reads the remembered orders.
    for (let pass = 0; pass < 2; pass++) {
      for (const value of values) {
        expect(JSON.stringify(sortKeys(value))).toBe(JSON.stringify(reference(value)));
        expect(canonicalJson({ wrap: [value] }, false, new Map())).toBe(JSON.stringify(reference({ wrap: [value] })));
      }
    }
  });

  it("sorts objects keyed by data beyond the shapes it remembers", () => {
    // Each object has a shape of its own (its keys are data), far more than are remembered.
    for (let i = 0; i < 3_000; i++) {
      const value = { [`k${(i * 7919) % 3_001}`]: i, id: i, [`a${i}`]: { z: 1, [`${i}`]: 2, y: [{ b: 1, a: 2 }] } };
      expect(canonicalJson(value, false, new Map())).toBe(JSON.stringify(reference(value)));
      expect(JSON.stringify(sortKeys(value))).toBe(JSON.stringify(reference(value)));
    }
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
