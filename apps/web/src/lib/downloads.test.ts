import { FORMATS, FORMAT_INFO } from "@briefings/export";
import { describe, expect, it } from "vitest";
import { DOWNLOADS } from "./downloads";

describe("DOWNLOADS", () => {
  it("offers every export format once, at the path the export writes", () => {
    expect(DOWNLOADS.map((d) => d.format).sort()).toEqual([...FORMATS].sort());
    for (const d of DOWNLOADS) {
      const path = FORMAT_INFO[d.format].path;
      expect(d.href.startsWith(`/downloads/${path}`), `${d.format}: ${d.href} vs ${path}`).toBe(true);
    }
  });
});
