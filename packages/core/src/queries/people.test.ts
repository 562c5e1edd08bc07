import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import { findPeople, personAppearances, rolesAt } from "./people";

describe("findPeople", () => {
  const voronkov = dataset.people.find((p) => p.familyName === "Voronkov")!;

  it("finds a person by any word of the name, ignoring case, accents, punctuation and honorifics", () => {
    expect(voronkov).toBeDefined();
    for (const query of ["voronkov", "VORONKOV", "Mr. Voronkov", "H.E. Mr. Vladimir Voronkov", "Voronkov, Vladimir"]) {
      expect(findPeople(dataset, query).map((p) => p.id), query).toContain(voronkov.id);
    }
  });

  it("matches other spellings, accents and hyphens, and whole words only", () => {
    // Only two people, so that the expectations do not depend on who the curated data holds.
    const d: Dataset = { ...dataset, people: [structuredClone(voronkov)] };
    d.people.push({ ...structuredClone(voronkov), id: "jose-perez-garcia", name: "José Pérez-García", sortName: "Pérez-García, José", alternateNames: ["Pepe Perez"] });
    expect(findPeople(d, "jose perez garcia").map((p) => p.id)).toEqual(["jose-perez-garcia"]);
    expect(findPeople(d, "García").map((p) => p.id)).toEqual(["jose-perez-garcia"]);
    expect(findPeople(d, "pepe").map((p) => p.id)).toEqual(["jose-perez-garcia"]);
    expect(findPeople(d, "pere")).toEqual([]);
    expect(findPeople(d, "  ")).toEqual([]);
    expect(findPeople(d, "pepe voronkov")).toEqual([]);
  });

  it("returns every match, by sort name", () => {
    const all = findPeople(dataset, dataset.people[0]!.name.split(" ")[0]!);
    expect(all.map((p) => p.sortName)).toEqual([...all.map((p) => p.sortName)].sort((a, b) => a.localeCompare(b)));
  });
});

describe("personAppearances: the post at the time", () => {
  const stated = dataset.participations.find((p) => p.person !== undefined && p.roles.length > 0)!;
  const person = stated.person!;

  it("uses the posts the source states for that meeting", () => {
    const a = personAppearances(dataset, person).find((x) => x.participation.id === stated.id)!;
    expect(a.postsStated).toBe(true);
    expect(a.posts.map((r) => r.id)).toEqual(stated.roles);
    expect(a.roles).toEqual(a.posts);
  });

  it("without stated posts, uses the posts held on the meeting's first day, and only those", () => {
    const d: Dataset = structuredClone(dataset);
    const p = d.participations.find((x) => x.id === stated.id)!;
    const meeting = d.meetings.find((m) => m.id === p.meeting)!;
    const date = meeting.dates.value.start;
    const held = d.roles.find((r) => r.id === stated.roles[0])!;
    held.start = "1990-01-01";
    held.end = "2100-01-01";
    const ended = { ...structuredClone(held), id: `${held.id}-ended`, start: "1990-01-01", end: "1990-12-31" };
    d.roles.push(ended);
    p.roles = [];
    const a = personAppearances(d, person).find((x) => x.participation.id === stated.id)!;
    expect(a.postsStated).toBe(false);
    expect(a.roles).toEqual([]);
    expect(a.posts.map((r) => r.id)).toEqual(rolesAt(d, person, date).map((r) => r.id));
    expect(a.posts.map((r) => r.id)).toContain(held.id);
    expect(a.posts.map((r) => r.id)).not.toContain(ended.id);
  });

  it("gives the organization represented, and orders appearances oldest first", () => {
    const withOrg = dataset.participations.find((p) => p.person !== undefined && p.organization !== undefined)!;
    const list = personAppearances(dataset, withOrg.person!);
    expect(list.find((a) => a.participation.id === withOrg.id)!.organization?.id).toBe(withOrg.organization);
    const starts = list.map((a) => a.meeting.dates.value.start);
    expect(starts).toEqual([...starts].sort());
  });
});
