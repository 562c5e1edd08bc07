import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import { sameJson } from "./same-json";

describe("sameJson", () => {
  it("is true for equal values, whatever the order of members", () => {
    expect(sameJson({ a: 1, b: [1, "x", null, { c: true }] }, { b: [1, "x", null, { c: true }], a: 1 })).toBe(true);
    expect(sameJson(JSON.parse(JSON.stringify(dataset)), dataset)).toBe(true);
  });

  it("tells a missing, extra or different member, item or type", () => {
    expect(sameJson({ a: 1 }, { a: 1, b: [] })).toBe(false);
    expect(sameJson({ a: 1, b: [] }, { a: 1 })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1] })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: "1" }, { a: 1 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(false);
  });
});
