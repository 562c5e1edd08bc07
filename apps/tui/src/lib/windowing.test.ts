import { describe, expect, it } from "vitest";
import { clampCursor, clampOffset, scrollToShow, visibleRange } from "./windowing";

describe("windowing", () => {
  it("shows a slice of `height` rows of a long list", () => {
    expect(visibleRange(0, 20, 10_000)).toEqual({ start: 0, end: 20 });
    expect(visibleRange(9_995, 20, 10_000)).toEqual({ start: 9_980, end: 10_000 });
    expect(visibleRange(5, 20, 3)).toEqual({ start: 0, end: 3 });
  });

  it("scrolls only as far as needed to keep the selection visible", () => {
    expect(scrollToShow(0, 5, 6, 10, 100)).toBe(0);
    expect(scrollToShow(0, 10, 11, 10, 100)).toBe(1);
    expect(scrollToShow(50, 40, 41, 10, 100)).toBe(40);
    expect(scrollToShow(0, 99, 100, 10, 100)).toBe(90);
  });

  it("shows the top of a selection taller than the window", () => {
    expect(scrollToShow(0, 30, 60, 10, 100)).toBe(30);
  });

  it("clamps offsets and cursors", () => {
    expect(clampOffset(95, 10, 100)).toBe(90);
    expect(clampOffset(5, 10, 3)).toBe(0);
    expect(clampCursor(12, 10)).toBe(9);
    expect(clampCursor(-1, 10)).toBe(0);
    expect(clampCursor(3, 0)).toBe(0);
  });
});
