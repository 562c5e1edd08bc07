import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Correction } from "../schemas/correction";
import type { Dataset } from "../schemas/dataset";
import type { Source } from "../schemas/source";
import { getSource, repairedText, sourceCorrections, sourceMeetings, sourceUrl } from "./sources";

const ARCHIVED = dataset.sources.find((s) => s.archive !== undefined)!;

/** A dataset whose only archived source reads `text`, with `corrections` (ids and sources filled in). */
function withText(text: string, corrections: Partial<Correction>[]): Dataset {
  const d = structuredClone(dataset);
  const source = d.sources.find((s) => s.id === ARCHIVED.id)!;
  source.archive = { ...source.archive!, text };
  const template = d.corrections.find((c) => c.action === "repaired")!;
  d.corrections = corrections.map((c, i) => ({ ...structuredClone(template), id: `c-${i}`, source: ARCHIVED.id, ...c }) as Correction);
  return d;
}

describe("sourceCorrections", () => {
  it("gives only the source's own corrections, by start, then by end", () => {
    const d = withText("0123456789", [
      { start: 5, end: 7 },
      { start: 2, end: 4 },
      { start: 5, end: 6 },
      { start: 1, end: 2, source: "another-source" },
      { start: 0, end: 0 },
    ]);
    expect(sourceCorrections(d, ARCHIVED.id).map((c) => c.id)).toStrictEqual(["c-4", "c-1", "c-2", "c-0"]);
    expect(sourceCorrections(d, "another-source").map((c) => c.id)).toStrictEqual(["c-3"]);
    expect(sourceCorrections(d, "nobody")).toStrictEqual([]);
  });
});

describe("repairedText", () => {
  it("applies the source's repairs, in text order whatever their record order, and ignores another source's", () => {
    const d = withText("The quikc brown fxo.", [
      { start: 16, end: 19, before: "fxo", after: "fox" },
      { start: 4, end: 9, before: "quikc", after: "quick" },
      { start: 0, end: 3, before: "The", after: "A", source: dataset.sources.find((s) => s.id !== ARCHIVED.id)!.id },
    ]);
    expect(repairedText(d, ARCHIVED.id)).toBe("The quick brown fox.");
  });

  it("gives nothing for a source without an archive, or an unknown one", () => {
    const cited = dataset.sources.find((s) => s.archive === undefined)!;
    expect(repairedText(dataset, cited.id)).toBeUndefined();
    expect(repairedText(dataset, "no-such-source")).toBeUndefined();
    expect(getSource(dataset, ARCHIVED.id)).toBe(dataset.sources.find((s) => s.id === ARCHIVED.id));
    expect(getSource(dataset, "no-such-source")).toBeUndefined();
  });
});

describe("sourceUrl", () => {
  const at = (...locations: Source["locations"]): Source => ({ ...structuredClone(ARCHIVED), locations });
  it("prefers the official address with a URL, else the first address with one", () => {
    expect(
      sourceUrl(
        at(
          { role: "mirror", url: "https://mirror.example/a", status: "verified" },
          { role: "official", status: "inferred", path: "/a" },
          { role: "official", url: "https://official.example/a", status: "verified" },
        ),
      ),
    ).toBe("https://official.example/a");
    expect(sourceUrl(at({ role: "official", status: "inferred", path: "/a" }, { role: "repost", url: "https://repost.example/a", status: "verified" }, { role: "mirror", url: "https://mirror.example/a", status: "verified" }))).toBe(
      "https://repost.example/a",
    );
    expect(sourceUrl(at({ role: "mirror", status: "inferred", path: "/a" }))).toBeUndefined();
  });
});

describe("sourceMeetings", () => {
  it("lists the meetings citing a source, in dataset order, and none for an uncited one", () => {
    const cited = dataset.sources.find((s) => dataset.meetings.filter((m) => m.sources.includes(s.id)).length >= 1)!;
    const expected = dataset.meetings.flatMap((m, i) => (m.sources.includes(cited.id) ? [i] : []));
    expect(sourceMeetings(dataset, cited.id).map((m) => dataset.meetings.indexOf(m))).toStrictEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(sourceMeetings(dataset, "no-such-source")).toStrictEqual([]);
  });
});
