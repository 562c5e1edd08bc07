import { describe, expect, it } from "vitest";
import { referencesResolve } from "./references-resolve";
import { copyOfDataset, described } from "../../../test/rule-helpers";

describe("references-resolve", () => {
  it("accepts the curated dataset", () => {
    expect(referencesResolve.check(copyOfDataset())).toEqual([]);
  });

  it("reports an unknown person, organization, session and evidence source", () => {
    const d = copyOfDataset();
    d.participations[0]!.person = "nobody";
    d.roles[0]!.organization = "no-such-org";
    d.participations[1]!.session = "session-9";
    d.people[1]!.evidence[0]!.source = "no-such-source";
    expect(described(referencesResolve.check(d))).toEqual(
      expect.arrayContaining([
        'participations.0.person: unknown person "nobody"',
        'roles.0.organization: unknown organization "no-such-org"',
        `participations.1.session: meeting "${d.meetings[0]!.id}" has no session "session-9"`,
        'people.1.evidence.0.source: unknown source "no-such-source"',
      ]),
    );
  });

  it("reports a related meeting that does not exist or is the meeting itself, and an unknown on-behalf-of body", () => {
    const d = copyOfDataset();
    const m = d.meetings[0]!;
    m.related = [
      { meeting: "no-such-meeting", relation: "follow-up-to", evidence: m.dates.evidence },
      { meeting: m.id, relation: "continues", evidence: m.dates.evidence },
    ];
    d.statements[0]!.onBehalfOf = ["no-such-committee"];
    expect(described(referencesResolve.check(d))).toEqual([
      'meetings.0.related.0.meeting: unknown meeting "no-such-meeting"',
      "meetings.0.related.1.meeting: a meeting cannot relate to itself",
      'statements.0.onBehalfOf.0: unknown organization "no-such-committee"',
    ]);
  });

  it("reports a role used by someone else", () => {
    const d = copyOfDataset();
    const other = d.roles.find((r) => r.person !== d.participations[0]!.person)!;
    d.participations[0]!.roles = [other.id];
    expect(described(referencesResolve.check(d))[0]).toMatch(/^participations\.0\.roles\.0: role .* belongs to/);
  });

  it("reports a quote attributed to a participation of another meeting", () => {
    const d = copyOfDataset();
    d.meetings.push({ ...structuredClone(d.meetings[0]!), id: "2020-01-01-other" });
    d.participations.push({ ...structuredClone(d.participations[0]!), id: "other-p", meeting: "2020-01-01-other" });
    d.quotes[0]!.participation = "other-p";
    expect(described(referencesResolve.check(d))).toEqual([
      `quotes.0.participation: participation "other-p" is of meeting "2020-01-01-other", not "${d.quotes[0]!.meeting}"`,
    ]);
  });
});
