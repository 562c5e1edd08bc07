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

describe("no-duplicate-people: who owns a name", () => {
  it("lets a person repeat their own name among their alternate names", () => {
    const d = copyOfDataset();
    d.people[0]!.alternateNames = [`Mr. ${d.people[0]!.name}`, d.people[0]!.name.toUpperCase()];
    expect(noDuplicatePeople.check(d)).toStrictEqual([]);
  });

  it("names the first owner of a name, and reports every later person who has it", () => {
    const d = copyOfDataset();
    const [a, b, c] = [d.people[0]!, d.people[1]!, d.people[2]!];
    b.alternateNames = [a.name];
    c.name = `Dr. ${a.name}`;
    expect(noDuplicatePeople.check(d)).toStrictEqual([
      { rule: "no-duplicate-people", path: ["people", 1, "alternateNames", 0], message: `"${a.name}" normalises like a name of "${a.id}": the same person twice?` },
      { rule: "no-duplicate-people", path: ["people", 2, "name"], message: `"Dr. ${a.name}" normalises like a name of "${a.id}": the same person twice?` },
    ]);
  });
});
