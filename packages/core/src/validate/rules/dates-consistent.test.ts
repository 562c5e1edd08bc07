import { describe, expect, it } from "vitest";
import { datesConsistent } from "./dates-consistent";
import { copyOfDataset, described } from "./test-helpers";

describe("dates-consistent", () => {
  it("accepts the curated dataset", () => {
    expect(datesConsistent.check(copyOfDataset())).toEqual([]);
  });

  it("reports a session dated outside its meeting", () => {
    const d = copyOfDataset();
    d.meetings[0]!.sessions[0]!.date = "2019-07-01";
    expect(described(datesConsistent.check(d))).toEqual([expect.stringMatching(/^meetings\.0\.sessions\.0\.date: session date 2019-07-01 is outside/)]);
  });

  it("reports a role used at a meeting held after the role ended", () => {
    const d = copyOfDataset();
    const p = d.participations.findIndex((x) => x.roles.length > 0);
    // A role of its own for this participation, so that no other meeting uses it (a post's role is shared
    // by every meeting where the post is seen).
    const role = { ...d.roles.find((r) => r.id === d.participations[p]!.roles[0])!, id: "role-used-once" };
    d.roles.push(role);
    d.participations[p]!.roles[0] = role.id;
    role.start = "2015-01-01";
    role.end = "2018-12-31";
    expect(described(datesConsistent.check(d))).toEqual([expect.stringMatching(new RegExp(`^participations\\.${p}\\.roles\\.0: role .* was not held`))]);
  });

  it("reports a figure said to hold after the meeting", () => {
    const d = copyOfDataset();
    const f = d.figures.findIndex((x) => x.asOf !== undefined);
    d.figures[f]!.asOf = "2030-01-01";
    expect(described(datesConsistent.check(d))).toEqual([expect.stringMatching(new RegExp(`^figures\\.${f}\\.asOf`))]);
  });

  it("reports a press release published before the meeting it reports", () => {
    const d = copyOfDataset();
    const s = d.sources.find((x) => x.kind === "press-release")!;
    s.published = "2019-01-01";
    expect(described(datesConsistent.check(d))).toEqual([expect.stringMatching(/^meetings\.0\.sources\.0: source .* published 2019-01-01, before/)]);
  });
});
