// people.ts on records written for these tests: name search, sort orders, the posts held on a day (boundaries
// included), appearances and quotes in date order, and the key of a post.
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Participation } from "../schemas/participation";
import type { Person } from "../schemas/person";
import type { Role } from "../schemas/role";
import type { Quote } from "../schemas/speech";
import { findPeople, peopleByName, personAppearances, personQuotes, personRoles, postKey, rolesAt } from "./people";

const person = (id: string, name: string, sortName: string, alternateNames: string[] = []) => ({ ...structuredClone(dataset.people[0]!), id, name, sortName, alternateNames }) as Person;
const role = (id: string, r: Partial<Role>) => {
  const out = { ...structuredClone(dataset.roles[0]!), id, person: "ana", organization: "ctc", title: "Chair", tenure: "substantive", ...r } as Role;
  for (const k of ["start", "end", "term"] as const) if (!(k in r)) delete out[k];
  return out;
};

function small(): Dataset {
  const d = structuredClone(dataset);
  d.people = [person("zoe", "Zoe Amari", "Amari, Zoe"), person("ana", "Ana Ruiz Vega", "Vega, Ana Ruiz", ["Ana Ruiz"]), person("bo", "Bo Ruiz", "Ruiz, Bo")];
  d.roles = [
    role("r-undated", {}),
    role("r-b", { start: "2020-01-01", end: "2020-12-31" }),
    role("r-a", { start: "2020-01-01" }),
    role("r-early", { start: "2019-01-01", end: "2019-06-30", title: "Vice-Chair" }),
  ];
  const m = d.meetings[0]!;
  const on = (id: string, day: string) => ({ ...structuredClone(m), id, dates: { ...m.dates, value: { start: day, end: day } } });
  d.meetings = [on("m-late", "2020-06-01"), on("m-early", "2019-03-01")];
  d.participations = [
    { id: "p-late", meeting: "m-late", person: "ana", organization: "ctc", roles: [] },
    { id: "p-early", meeting: "m-early", person: "ana", roles: ["r-early", "no-such-role"] },
    { id: "p-gone", meeting: "no-such-meeting", person: "ana", roles: [] },
  ] as Participation[];
  const q = structuredClone(dataset.quotes[0]!);
  d.quotes = [
    { ...q, id: "q-late", meeting: "m-late", participation: "p-late" },
    { ...q, id: "q-early", meeting: "m-early", participation: "p-early" },
    { ...q, id: "q-nowhere", meeting: "no-such-meeting", participation: "p-late" },
    { ...q, id: "q-document", meeting: "m-late", participation: undefined, statement: undefined, document: { title: "A report" } },
  ] as Quote[];
  return d;
}

describe("findPeople and peopleByName", () => {
  it("every word of the name, in any order, in the name or another spelling; by sort name", () => {
    const d = small();
    expect(findPeople(d, "ruiz").map((p) => p.id)).toEqual(["bo", "ana"]);
    expect(findPeople(d, "Ruiz  Ana").map((p) => p.id)).toEqual(["ana"]);
    expect(findPeople(d, "H.E. Mr. Bo Ruiz").map((p) => p.id)).toEqual(["bo"]);
    expect(findPeople(d, "Vega Bo")).toEqual([]);
    expect(findPeople(d, "")).toEqual([]);
    expect(findPeople(d, " , ")).toEqual([]);
    expect(peopleByName(d).map((p) => p.id)).toEqual(["zoe", "bo", "ana"]);
    expect(d.people.map((p) => p.id)).toEqual(["zoe", "ana", "bo"]);
  });
});

describe("personRoles and rolesAt", () => {
  it("earliest first, the same start by id, undated last", () => {
    expect(personRoles(small(), "ana").map((r) => r.id)).toEqual(["r-early", "r-a", "r-b", "r-undated"]);
    expect(personRoles(small(), "nobody")).toEqual([]);
  });
  it("the posts held on a day, its first and last days included", () => {
    const at = (day: string) => rolesAt(small(), "ana", day).map((r) => r.id);
    expect(at("2018-12-31")).toEqual(["r-undated"]);
    expect(at("2019-01-01")).toEqual(["r-early", "r-undated"]);
    expect(at("2019-06-30")).toEqual(["r-early", "r-undated"]);
    expect(at("2019-07-01")).toEqual(["r-undated"]);
    expect(at("2020-12-31")).toEqual(["r-a", "r-b", "r-undated"]);
    expect(at("2021-01-01")).toEqual(["r-a", "r-undated"]);
  });
});

describe("personAppearances", () => {
  it("oldest first; the posts stated at the meeting, else those held on its first day; no meeting the dataset lacks", () => {
    expect(personAppearances(small(), "ana").map((a) => [a.meeting.id, a.roles.map((r) => r.id), a.posts.map((r) => r.id), a.postsStated, a.organization?.id])).toEqual([
      ["m-early", ["r-early"], ["r-early"], true, undefined],
      ["m-late", [], ["r-a", "r-b", "r-undated"], false, "ctc"],
    ]);
    expect(personAppearances(small(), "zoe")).toEqual([]);
  });
});

describe("personQuotes", () => {
  it("a person's quotes, oldest meeting first (a meeting the dataset lacks first of all); a document's quote is nobody's", () => {
    expect(personQuotes(small(), "ana").map((q) => q.id)).toEqual(["q-nowhere", "q-early", "q-late"]);
    expect(personQuotes(small(), "bo")).toEqual([]);
  });
});

describe("postKey", () => {
  it("the same post whatever the order of its words, hyphens, case, stray separators and joining words", () => {
    const key = (title: string, r: Partial<Role> = {}) => postKey(role("x", { title, ...r }));
    expect(key("Secretary General")).toBe(key("secretary-general"));
    expect(key("Minister for External Affairs")).toBe(key("External Affairs Minister"));
    expect(key(" -Chair- ")).toBe(key("Chair"));
    expect(key("Chair")).not.toBe(key("Vice-Chair"));
    expect(key("Chair", { tenure: "acting" })).not.toBe(key("Chair"));
  });
  it("keeps the person, organization, tenure and title apart (no two fields run together)", () => {
    expect(postKey(role("x", { person: "ab", organization: "c" }))).not.toBe(postKey(role("y", { person: "a", organization: "bc" })));
    expect(postKey(role("x", { person: "ana", organization: "ctc" }))).toBe(["ana", "ctc", "substantive", "chair"].join("\u0000"));
  });
});
