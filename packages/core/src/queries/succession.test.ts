import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Role } from "../schemas/role";
import { CTC_CHAIR, CTED_HEAD, succession } from "./succession";

const cite = [{ kind: "citation" as const, source: dataset.sources[0]!.id }];
const person = (id: string) => ({ id, name: id, sortName: id, alternateNames: [], evidence: cite });
const role = (id: string, who: string, title: string, start: string, end: string, extra: Partial<Role> = {}): Role => ({
  id,
  person: who,
  organization: "ctc",
  title,
  titleAsStated: title,
  tenure: "substantive",
  start,
  end,
  evidence: cite,
  ...extra,
});

function world(roles: Role[]): Dataset {
  return { ...structuredClone(dataset), people: ["a", "b", "c"].map(person), roles };
}

describe("succession", () => {
  it("merges the roles of one post per person, keeps observed dates apart from the stated term, and orders by start", () => {
    const d = world([
      role("b-1", "b", "Chair", "2012-03-01", "2012-06-01"),
      role("a-1", "a", "Chair", "2010-02-01", "2010-05-01"),
      role("a-2", "a", "Chair", "2010-09-01", "2011-01-10", { term: { start: "2010-01", end: "2011-12", evidence: cite } }),
      role("c-1", "c", "Vice-Chair", "2011-01-01", "2011-02-01"),
    ]);
    const line = succession(d, CTC_CHAIR);
    expect(line.map((t) => t.person.id)).toEqual(["a", "b"]);
    expect(line[0]).toMatchObject({ observed: { start: "2010-02-01", end: "2011-01-10" }, term: { start: "2010-01", end: "2011-12" }, start: "2010-01", end: "2011-12", tenure: "substantive" });
    expect(line[0]!.roles.map((r) => r.id)).toEqual(["a-1", "a-2"]);
    expect(line[1]).toMatchObject({ start: "2012-03-01", end: "2012-06-01", term: {} });
  });

  it("keeps an acting spell apart from a substantive one, and counts acting chairs", () => {
    const d = world([role("a-1", "a", "Acting Chair", "2009-05-26", "2009-05-26", { tenure: "acting" }), role("a-2", "a", "Chair", "2009-11-13", "2009-11-13")]);
    const line = succession(d, CTC_CHAIR);
    expect(line.map((t) => [t.person.id, t.tenure, t.titles.join()])).toEqual([
      ["a", "acting", "Acting Chair"],
      ["a", "substantive", "Chair"],
    ]);
  });

  it("draws the curated record's CTC chairs and CTED heads in order, each with a start", () => {
    for (const post of [CTC_CHAIR, CTED_HEAD]) {
      const line = succession(dataset, post);
      expect(line.length).toBeGreaterThan(0);
      const starts = line.map((t) => t.start);
      expect([...starts].sort()).toEqual(starts);
      for (const t of line) expect(t.start <= t.end || t.end.length < t.start.length).toBe(true);
    }
  });
});
