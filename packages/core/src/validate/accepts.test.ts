import { describe, expect, it } from "vitest";
import * as z from "zod";
import { COLLECTIONS } from "../collections";
import { dataset } from "../dataset";
import { Dataset } from "../schemas/dataset";
import { compileAccepts, UnsupportedSchema } from "./accepts";
import { parseDataset, validateDataset } from "./validate-dataset";

/** Keys and values in order: equal only when zod's output would print and iterate the same. */
const ordered = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? "<undefined>" : v));

/** A small deterministic generator (mulberry32), so every run breaks the same records the same ways. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every object and array under `value`, with the key that leads to each child. */
function containers(value: unknown, out: unknown[] = []): unknown[] {
  if (value !== null && typeof value === "object") {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

/** One damage done to a copy of `record` at a random place: each kind a way zod rejects or changes data. */
function damage(record: unknown, next: () => number): unknown {
  const copy = structuredClone(record);
  const places = containers(copy);
  const place = places[Math.floor(next() * places.length)] as Record<string, unknown> | unknown[];
  const keys = Object.keys(place);
  const key = keys[Math.floor(next() * keys.length)];
  const kind = Math.floor(next() * 12);
  const target = place as Record<string, unknown>;
  if (key === undefined) {
    if (Array.isArray(place)) place.push("x");
    else target.unexpected = 1;
    return copy;
  }
  const value = target[key];
  switch (kind) {
    case 0:
      delete target[key];
      break;
    case 1:
      target.unexpected = true;
      break;
    case 2:
      target[key] = typeof value === "string" ? 7 : "7";
      break;
    case 3:
      target[key] = typeof value === "string" ? ` ${value} ` : null;
      break;
    case 4:
      target[key] = typeof value === "string" ? value.repeat(5000) : [];
      break;
    case 5: {
      // The same keys in another order.
      const entries = Object.entries(target).reverse();
      for (const k of Object.keys(target)) delete target[k];
      for (const [k, v] of entries) target[k] = v;
      break;
    }
    case 6:
      target[key] = typeof value === "number" ? -value - 1 : typeof value === "string" ? "" : {};
      break;
    case 7:
      target[key] = typeof value === "number" ? value + 0.5 : undefined;
      break;
    case 8:
      target[key] = typeof value === "string" ? value.toUpperCase() : value;
      break;
    case 9:
      target[key] = typeof value === "string" ? `${value}-<b>` : 1e300;
      break;
    case 10:
      if (Array.isArray(value)) value.length = 0;
      else target[key] = NaN;
      break;
    default:
      target[key] = typeof value === "string" ? "not a url or date" : false;
  }
  return copy;
}

describe("compileAccepts (the fast path in front of zod)", () => {
  it("accepts the curated dataset, which zod gives back unchanged", () => {
    const accepts = compileAccepts(Dataset);
    expect(accepts(dataset)).toBe(true);
    expect(ordered(Dataset.parse(dataset))).toBe(ordered(dataset));
  });

  it("never accepts a record that zod rejects or would change (thousands of random damages, every collection)", () => {
    const next = random(20261202);
    let accepted = 0;
    let rejected = 0;
    for (const name of COLLECTIONS) {
      const schema = (Dataset.shape[name] as z.ZodArray<z.ZodType>).element;
      const accepts = compileAccepts(schema);
      const records = dataset[name] as unknown[];
      for (let n = 0; n < 300 && records.length > 0; n++) {
        const broken = damage(records[Math.floor(next() * records.length)], next);
        const parsed = schema.safeParse(broken);
        if (accepts(broken)) {
          accepted++;
          expect(parsed.success, `${name}: accepted what zod rejects: ${ordered(broken).slice(0, 300)}`).toBe(true);
          expect(ordered(parsed.data)).toBe(ordered(broken));
        } else rejected++;
      }
    }
    // Some damages leave a valid record (an optional key dropped), most do not.
    expect(rejected).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(0);
  });

  it("leaves to zod what it does not model, and what zod fills in", () => {
    expect(() => compileAccepts(z.object({ a: z.string() }))).toThrow(UnsupportedSchema);
    expect(() => compileAccepts(z.strictObject({ a: z.string().transform((s) => s.length) }))).toThrow(UnsupportedSchema);
    const withDefault = compileAccepts(z.strictObject({ a: z.array(z.string()).default([]) }));
    expect(withDefault({})).toBe(false);
    expect(withDefault({ a: [] })).toBe(true);
    const trimmed = compileAccepts(z.strictObject({ a: z.string().trim().min(1), b: z.int().optional() }));
    expect(trimmed({ a: "x" })).toBe(true);
    expect(trimmed({ a: " x" })).toBe(false);
    expect(trimmed({ b: 1, a: "x" })).toBe(false);
    expect(trimmed({ a: "x", b: 1.5 })).toBe(false);
    expect(trimmed({ a: "x", b: undefined })).toBe(false);
    expect(trimmed(Object.assign(Object.create({ inherited: 1 }) as object, { a: "x" }))).toBe(false);
  });

  it("counts the length of strings in code points, as zod does", () => {
    const schema = z.strictObject({ short: z.string().min(2).max(3), items: z.array(z.string()).min(1).max(2) });
    const accepts = compileAccepts(schema);
    for (const value of [
      { short: "𠮷𠮷𠮷", items: ["a"] },
      { short: "𠮷𠮷𠮷𠮷", items: ["a"] },
      { short: "𠮷", items: ["a"] },
      { short: "ab", items: [] },
      { short: "ab", items: ["a", "b", "c"] },
      { short: "abcd", items: ["a"] },
    ]) {
      expect(accepts(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
  });
});

describe("validateDataset with the fast path", () => {
  it("gives back the input itself when it is valid and canonical, and the same problems as zod otherwise", () => {
    const parsed = parseDataset(dataset);
    expect(parsed.success && parsed.data === dataset).toBe(true);
    const broken = structuredClone(dataset) as unknown as { meetings: Record<string, unknown>[] };
    broken.meetings[0]!.unexpected = 1;
    broken.meetings[1]!.title = " padded ";
    const zod = Dataset.safeParse(broken);
    const result = validateDataset(broken);
    expect(zod.success).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path.join("."))).toEqual(expect.arrayContaining(["meetings.0.unexpected", "meetings.1.title"]));
  });
});
