import { dataset } from "@briefings/core";
import { hasUnsafe } from "@briefings/core/text";
import { describe, expect, it } from "vitest";
import { hostileDataset } from "../../test/fixtures";
import { sanitizeDataset } from "./sanitize";

describe("sanitizeDataset", () => {
  it("returns the curated dataset as it is (it is clean: nothing to copy)", () => {
    const before = JSON.stringify(dataset);
    const safe = sanitizeDataset(dataset);
    expect(safe).toBe(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it("leaves no unsafe character in any string or key of a hostile dataset", () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          strings.push(k);
          walk(x);
        }
      }
    };
    const raw = hostileDataset();
    const before = JSON.stringify(raw);
    walk(sanitizeDataset(raw));
    expect(JSON.stringify(raw)).toBe(before);
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter(hasUnsafe)).toEqual([]);
  });
});
