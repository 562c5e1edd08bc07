import { describe, expect, it } from "vitest";
import { checkPopolo } from "../test/popolo-fields";
import { seed } from "../test/helpers";
import { popoloChunks } from "./popolo";

const dataset = await seed();

interface Doc {
  persons: { id: string }[];
  organizations: { id: string; parent_id?: string }[];
  memberships: { id: string; person_id: string; organization_id: string }[];
  events: { id: string; parent_id?: string; organization_id?: string }[];
  speeches: { id: string; creator_id?: string; event_id: string; type: string; position: number }[];
}

const doc = JSON.parse([...popoloChunks(dataset)].join("")) as Doc;

describe("Popolo", () => {
  it("follows the Popolo field lists of every class", () => {
    const classes: [keyof Doc, string][] = [["persons", "person"], ["organizations", "organization"], ["memberships", "membership"], ["events", "event"], ["speeches", "speech"]];
    expect(Object.keys(doc).sort()).toEqual(classes.map(([c]) => c).sort());
    const problems = classes.flatMap(([collection, cls]) => doc[collection].flatMap((record, i) => checkPopolo(cls, record, `${collection}[${i}]`)));
    expect(problems).toEqual([]);
  });

  it("catches a record that breaks the field lists", () => {
    expect(checkPopolo("person", { id: "x", name: "X", nickname: "y" })).toEqual(["person.nickname: not a field of person"]);
    expect(checkPopolo("membership", { id: "m", organization_id: "o", start_date: "27 June 2019" })).toHaveLength(1);
    expect(checkPopolo("organization", { id: "o", name: "O", other_names: [{ note: "acronym" }] })).toEqual(["organization.other_names[0].name: required"]);
  });

  it("holds every person, organization and post, and its references resolve", () => {
    expect(doc.persons.map((p) => p.id)).toEqual(dataset.people.map((p) => p.id));
    expect(doc.organizations.map((o) => o.id)).toEqual(dataset.organizations.map((o) => o.id));
    expect(doc.memberships.map((m) => m.id)).toEqual(dataset.roles.map((r) => r.id));
    const persons = new Set(doc.persons.map((p) => p.id));
    const organizations = new Set(doc.organizations.map((o) => o.id));
    const events = new Set(doc.events.map((e) => e.id));
    for (const m of doc.memberships) {
      expect(persons.has(m.person_id)).toBe(true);
      expect(organizations.has(m.organization_id)).toBe(true);
    }
    for (const o of doc.organizations) if (o.parent_id) expect(organizations.has(o.parent_id)).toBe(true);
    for (const e of doc.events) {
      if (e.parent_id) expect(events.has(e.parent_id)).toBe(true);
      if (e.organization_id) expect(organizations.has(e.organization_id)).toBe(true);
    }
    expect(doc.speeches).toHaveLength(dataset.statements.length + dataset.quotes.length);
    for (const s of doc.speeches) {
      expect(events.has(s.event_id), s.event_id).toBe(true);
      if (s.creator_id) expect(persons.has(s.creator_id)).toBe(true);
    }
    // Sessions are child events of their meeting.
    expect(doc.events.filter((e) => e.parent_id === dataset.meetings[0]!.id)).toHaveLength(dataset.meetings[0]!.sessions.length);
  });
});

describe("Popolo: review state, founding dates, places", () => {
  it("carries each meeting's review state (an extension field, as in the CSV), and checks its values", () => {
    const events = doc.events as unknown as { id: string; review_state?: string; review_checked?: string; location?: string }[];
    for (const m of dataset.meetings) {
      const e = events.find((x) => x.id === m.id)!;
      expect(e.review_state).toBe(m.review.state);
      expect(e.review_checked).toBe(m.review.checked);
    }
    expect(checkPopolo("event", { id: "e", name: "E", review_state: "reviewed" })).toHaveLength(1);
    expect(checkPopolo("person", { id: "p", name: "P", review_state: "curated" })).toEqual(["person.review_state: not a field of person"]);
  });

  it("gives an organization's founding date, and leaves out a venue name the source does not give", () => {
    const orgs = doc.organizations as unknown as { id: string; founding_date?: string }[];
    expect(orgs.find((o) => o.id === "cted")?.founding_date).toBe("2004-03");
    const events = doc.events as unknown as { id: string; location?: string }[];
    const nameless = dataset.meetings.find((m) => m.venue?.value.locations.some((l) => l.name === undefined))!;
    expect(nameless).toBeDefined();
    expect(events.find((e) => e.id === nameless.id)?.location).not.toContain("undefined");
  });
});
