import { describe, expect, it } from "vitest";
import { displayTextClean } from "./display-text-clean";
import { copyOfDataset, described } from "../../../test/rule-helpers";

describe("display-text-clean", () => {
  it("accepts the curated dataset (raw source fields may hold the damage)", () => {
    const d = copyOfDataset();
    expect(d.sources.some((s) => s.archive?.text.includes("缅北禁地"))).toBe(true);
    expect(displayTextClean.check(d)).toEqual([]);
  });

  it.each([
    ["an injected CJK token", "the 缅北禁地Office of Counter-Terrorism", /script foreign/],
    ["mojibake", "CTEDâ€™s role", /mojibake/],
    ["a control character", "Chair\u001b[31m", /control character U\+001B/],
    ["a bidi override", "Chair\u202Eriahc", /U\+202E/],
    ["leftover markup", "<p>Chair</p>", /markup/],
    ["an HTML entity", "Chair &amp; Vice-Chair", /markup/],
  ])("reports %s in a display field, with its path", (_, text, pattern) => {
    const d = copyOfDataset();
    d.meetings[0]!.title.value = text;
    const lines = described(displayTextClean.check(d));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^meetings\.0\.title\.value: /);
    expect(lines[0]).toMatch(pattern);
  });
});
