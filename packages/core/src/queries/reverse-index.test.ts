// The queries that answer from an index built once per dataset (corrections and meetings by source, posts and
// children by organization, an organization's meetings and quotes, quotes by person) give what a scan of the dataset gives,
// for every record, in the same order; and a caller that changes a returned list does not change the next answer.
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import { lookup } from "./lookup";
import { childOrganizations, organizationMeetings, organizationQuotes, organizationRoles } from "./organizations";
import { personQuotes } from "./people";
import { sourceCorrections, sourceMeetings } from "./sources";

/** The curated dataset, with a meeting that lists one source twice and a second organizer entry. */
function variant(): Dataset {
  const d = structuredClone(dataset);
  const m = d.meetings[0]!;
  m.sources = [...m.sources, m.sources[0]!];
  m.organizers = [...m.organizers, { ...m.organizers[0]!, role: "host" }];
  return d;
}

describe.each([
  ["curated", dataset],
  ["with a source listed twice and a second organizer entry", variant()],
])("indexed queries on the %s dataset", (_name, d) => {
  it("sourceCorrections and sourceMeetings give what a scan gives", () => {
    for (const s of d.sources) {
      expect(sourceCorrections(d, s.id)).toStrictEqual(d.corrections.filter((c) => c.source === s.id).sort((a, b) => a.start - b.start || a.end - b.end));
      expect(sourceMeetings(d, s.id)).toStrictEqual(d.meetings.filter((m) => m.sources.includes(s.id)));
    }
  });

  it("organizationRoles, childOrganizations and organizationMeetings give what a scan gives", () => {
    for (const o of d.organizations) {
      expect(organizationRoles(d, o.id)).toStrictEqual(
        d.roles.filter((r) => r.organization === o.id).sort((a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999") || a.id.localeCompare(b.id)),
      );
      expect(childOrganizations(d, o.id)).toStrictEqual(d.organizations.filter((c) => c.parent === o.id));
      const parts = new Map<string, Set<string>>();
      const add = (meeting: string, part: string) => parts.set(meeting, (parts.get(meeting) ?? new Set()).add(part));
      for (const m of d.meetings) for (const x of m.organizers) if (x.organization === o.id) add(m.id, x.role);
      for (const p of d.participations) if (p.organization === o.id) add(p.meeting, "participant");
      const scanned = [...parts]
        .map(([id, set]) => ({ meeting: d.meetings.find((m) => m.id === id)!, parts: [...set].sort() }))
        .sort((a, b) => a.meeting.dates.value.start.localeCompare(b.meeting.dates.value.start));
      expect(organizationMeetings(d, o.id)).toStrictEqual(scanned);
      const represented = new Set(d.participations.filter((p) => p.organization === o.id).map((p) => p.id));
      expect(organizationQuotes(d, o.id)).toStrictEqual(d.quotes.filter((q) => q.participation !== undefined && represented.has(q.participation)));
    }
  });

  it("personQuotes gives what a scan gives", () => {
    const l = lookup(d);
    const date = (meeting: string) => l.meeting.get(meeting)?.dates.value.start ?? "";
    for (const p of d.people) {
      expect(personQuotes(d, p.id)).toStrictEqual(
        d.quotes.filter((q) => q.participation !== undefined && l.participation.get(q.participation)?.person === p.id).sort((a, b) => date(a.meeting).localeCompare(date(b.meeting))),
      );
    }
  });
});

describe("lists answered from an index", () => {
  it("are the caller's own: changing one does not change the next answer", () => {
    const source = dataset.corrections[0]!.source;
    const org = dataset.roles[0]!.organization;
    const first = [sourceCorrections(dataset, source), sourceMeetings(dataset, dataset.meetings[0]!.sources[0]!), organizationRoles(dataset, org)];
    const lengths = first.map((l) => l.length);
    for (const list of first) list.length = 0;
    expect([sourceCorrections(dataset, source).length, sourceMeetings(dataset, dataset.meetings[0]!.sources[0]!).length, organizationRoles(dataset, org).length]).toStrictEqual(lengths);
    expect(lengths.every((n) => n > 0)).toBe(true);
  });
});
