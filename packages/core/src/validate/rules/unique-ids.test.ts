import { describe, expect, it } from "vitest";
import { copyOfDataset } from "../../../test/rule-helpers";
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
