import { dataset } from "@briefings/core";
import { hasUnsafe } from "@briefings/core/text";
import { describe, expect, it } from "vitest";
import { hostileDataset } from "../../test/fixtures";
import { sanitizeDataset } from "./sanitize";

describe("sanitizeDataset", () => {
  it("leaves the curated dataset's content equal (it is clean) and does not mutate it", () => {
    const safe = sanitizeDataset(dataset);
    expect(safe).not.toBe(dataset);
    expect(safe).toEqual(dataset);
  });

  it("leaves no unsafe character in any string or key of a hostile dataset", () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) (strings.push(k), walk(x));
    };
    walk(sanitizeDataset(hostileDataset()));
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter(hasUnsafe)).toEqual([]);
  });
});
