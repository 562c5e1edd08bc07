import { describe, expect, it } from "vitest";
import { noDuplicatePeople } from "./no-duplicate-people";
import { copyOfDataset, described } from "../../../test/rule-helpers";

describe("no-duplicate-people", () => {
  it("accepts the curated dataset", () => {
    expect(noDuplicatePeople.check(copyOfDataset())).toEqual([]);
  });

  it("reports the same person under two ids, honorifics and accents aside", () => {
    const d = copyOfDataset();
    const first = d.people[0]!;
    d.people.push({ ...first, id: "duplicate", name: `H.E. Mr. ${first.name.toUpperCase()}`, alternateNames: [] });
    expect(noDuplicatePeople.check(d).map((p) => p.rule)).toEqual(["no-duplicate-people"]);
    expect(described(noDuplicatePeople.check(d))).toEqual([
      expect.stringMatching(new RegExp(`^people\\.${d.people.length - 1}\\.name: .* normalises like a name of "${first.id}"`)),
    ]);
  });

  it("reports an alternate name that is another person's name, at that alternate name", () => {
    const d = copyOfDataset();
    d.people[1]!.alternateNames = [`${d.people[1]!.name} Jr`, d.people[0]!.name];
    expect(noDuplicatePeople.check(d)).toEqual([
      { rule: "no-duplicate-people", path: ["people", 1, "alternateNames", 1], message: `"${d.people[0]!.name}" normalises like a name of "${d.people[0]!.id}": the same person twice?` },
    ]);
  });
});
