import { describe, expect, it } from "vitest";
import { copyOfDataset, copyOfSeed } from "../../../test/rule-helpers";
import { uniqueIds } from "./unique-ids";

describe("unique-ids", () => {
  it("accepts the curated dataset", () => {
    expect(uniqueIds.check(copyOfDataset())).toEqual([]);
  });

  it("reports a duplicate person id at the second record", () => {
    const d = copyOfDataset();
    d.people.push({ ...d.people[0]!, name: "Someone Else" });
    const problems = uniqueIds.check(d);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.rule).toBe("unique-ids");
    expect(problems[0]!.path).toEqual(["people", d.people.length - 1, "id"]);
    expect(problems[0]!.message).toContain(`"${d.people[0]!.id}"`);
  });

  it("reports a duplicate session id within a meeting", () => {
    const d = copyOfDataset();
    d.meetings[0]!.sessions[1]!.id = "opening";
    expect(uniqueIds.check(d).map((p) => [p.rule, p.path])).toEqual([["unique-ids", ["meetings", 0, "sessions", 1, "id"]]]);
  });
});

describe("unique-ids: every kind of repeat, with its rule, path and message", () => {
  it("reports a repeated media link id within a meeting, naming the first", () => {
    const d = copyOfDataset();
    d.meetings[0]!.media[1]!.id = d.meetings[0]!.media[0]!.id;
    expect(uniqueIds.check(d)).toStrictEqual([
      { rule: "unique-ids", path: ["meetings", 0, "media", 1, "id"], message: `duplicate media link id "${d.meetings[0]!.media[0]!.id}" (first at index 0)` },
    ]);
  });

  it("reports each repeat of a session id once, pointing at the first (three alike: two problems)", () => {
    const d = copyOfDataset();
    const sessions = d.meetings[0]!.sessions;
    sessions[2]!.id = sessions[0]!.id;
    sessions[4]!.id = sessions[0]!.id;
    expect(uniqueIds.check(d)).toStrictEqual([
      { rule: "unique-ids", path: ["meetings", 0, "sessions", 2, "id"], message: `duplicate session id "${sessions[0]!.id}" (first at index 0)` },
      { rule: "unique-ids", path: ["meetings", 0, "sessions", 4, "id"], message: `duplicate session id "${sessions[0]!.id}" (first at index 0)` },
    ]);
  });

  it("finds a repeat among exactly two sessions, and a later pair apart from an earlier one", () => {
    const d = copyOfDataset();
    const i = d.meetings.findIndex((m) => m.sessions.length === 2);
    const two = d.meetings[i]!.sessions;
    two[1]!.id = two[0]!.id;
    const five = d.meetings[0]!.sessions;
    five[4]!.id = five[3]!.id;
    expect(uniqueIds.check(d)).toStrictEqual([
      { rule: "unique-ids", path: ["meetings", 0, "sessions", 4, "id"], message: `duplicate session id "${five[3]!.id}" (first at index 3)` },
      { rule: "unique-ids", path: ["meetings", i, "sessions", 1, "id"], message: `duplicate session id "${two[0]!.id}" (first at index 0)` },
    ]);
  });

  it("reports repeats in a large collection (people) at each later record, naming the first index", () => {
    const d = copyOfDataset();
    expect(d.people.length).toBeGreaterThan(16);
    const first = d.people[3]!.id;
    d.people[10]!.id = first;
    d.people[20]!.id = first;
    expect(uniqueIds.check(d)).toStrictEqual([
      { rule: "unique-ids", path: ["people", 10, "id"], message: `duplicate people id "${first}" (first at index 3)` },
      { rule: "unique-ids", path: ["people", 20, "id"], message: `duplicate people id "${first}" (first at index 3)` },
    ]);
  });

  it("reports a repeat in a small collection (at most 16 records) the same way", () => {
    const d = copyOfSeed();
    expect(d.meetings).toHaveLength(1);
    d.meetings.push(structuredClone(d.meetings[0]!));
    expect(uniqueIds.check(d)).toStrictEqual([
      { rule: "unique-ids", path: ["meetings", 1, "id"], message: `duplicate meetings id "${d.meetings[0]!.id}" (first at index 0)` },
    ]);
  });
});
