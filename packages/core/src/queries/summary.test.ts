import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import { datasetStats, summarize } from "./summary";

/** A meeting copied from the seed with its own id, first day, type and review state. */
function meeting(id: string, start: string, type: Meeting["type"]["value"], state: "curated" | "draft"): Meeting {
  const m = structuredClone(dataset.meetings[0]!);
  m.id = id;
  m.dates.value = { start, end: start };
  m.type.value = type;
  m.review = { state };
  return m;
}

/** A dataset with a different, known number of records in each collection (so no count can stand in for another). */
function sized(): Dataset {
  const d = structuredClone(dataset);
  const archived = d.sources.filter((s) => s.archive !== undefined);
  const cited = d.sources.filter((s) => s.archive === undefined);
  expect(archived.length).toBeGreaterThanOrEqual(1);
  return {
    ...d,
    meetings: [meeting("c", "2015-03-02", "open-briefing", "curated"), meeting("a", "2011-07-09", "special-meeting", "draft"), meeting("b", "2019-12-31", "open-briefing", "draft")],
    people: d.people.slice(0, 4),
    organizations: d.organizations.slice(0, 5),
    roles: d.roles.slice(0, 6),
    participations: d.participations.slice(0, 12),
    statements: d.statements.slice(0, 8),
    quotes: d.quotes.slice(0, 2),
    figures: d.figures.slice(0, 9),
    sources: [archived[0]!, ...cited.slice(0, 9)],
    corrections: d.corrections.slice(0, 7),
  };
}

describe("summarize", () => {
  it("counts every collection apart, the archived sources, and the first and last meeting day (in any record order)", () => {
    expect(summarize(sized())).toStrictEqual({
      briefings: 3,
      people: 4,
      organizations: 5,
      roles: 6,
      statements: 8,
      quotes: 2,
      figures: 9,
      sources: 10,
      archivedSources: 1,
      corrections: 7,
      firstDate: "2011-07-09",
      lastDate: "2019-12-31",
    });
  });

  it("has no dates for a dataset without meetings", () => {
    const s = summarize({ ...sized(), meetings: [] });
    expect(s.briefings).toBe(0);
    expect(s.firstDate).toBeUndefined();
    expect(s.lastDate).toBeUndefined();
  });
});

describe("datasetStats", () => {
  it("counts meetings by year, type and review state, and each other collection apart", () => {
    const d = sized();
    d.meetings.push(meeting("d", "2015-11-11", "special-meeting", "curated"));
    const stats = datasetStats(d);
    expect(stats.byYear).toStrictEqual({ "2011": { curated: 0, draft: 1 }, "2015": { curated: 2, draft: 0 }, "2019": { curated: 0, draft: 1 } });
    expect(stats.byType).toStrictEqual({ "open-briefing": { curated: 1, draft: 1 }, "special-meeting": { curated: 1, draft: 1 } });
    expect(stats.byReview).toStrictEqual({ curated: 2, draft: 2 });
    expect(stats.curatedYears).toBe(1);
    expect(stats.totals).toStrictEqual({ meetings: 4, people: 4, organizations: 5, roles: 6, participations: 12, statements: 8, quotes: 2, figures: 9, sources: 10 });
  });
});
