// The record as a whole (issue 11): breadth, review state, the succession of chairs and CTED heads,
// one record per person, and the faults a reader found in the first records, each checked so it
// cannot come back. Expectations come from the reading of the cited pages, not from the data.
import { describe, expect, it } from "vitest";
import { dataset } from "../src/dataset";
import { CTC_CHAIR, CTED_HEAD, datasetStats, getMeeting, meetingRecord, meetingsInReview, samePostRoles, succession } from "../src/queries";
import type { Meeting } from "../src/schemas";
import { validateDataset } from "../src/validate";

const SEED = "2019-06-27-protection-of-soft-targets";

/** The meeting with this id; fails the test when it is missing. */
function meeting(id: string): Meeting {
  const m = getMeeting(dataset, id);
  if (!m) throw new Error(`no meeting ${id}`);
  return m;
}

/** Ids of the people who took part in a meeting. */
const people = (id: string) => meetingRecord(dataset, id)!.speakers.flatMap((s) => (s.person ? [s.person.id] : []));

/** Years (YYYY) a post's line of holders covers, from stated terms or observed dates. */
function yearsCovered(post: typeof CTC_CHAIR): Set<number> {
  const years = new Set<number>();
  for (const t of succession(dataset, post)) {
    for (let y = Number(t.start.slice(0, 4)); y <= Number(t.end.slice(0, 4)); y++) years.add(y);
  }
  return years;
}

describe("the record: breadth and review", () => {
  it("is valid and keeps the seed first", () => {
    expect(validateDataset(dataset).problems).toEqual([]);
    expect(dataset.meetings[0]!.id).toBe(SEED);
  });

  it("holds at least 100 curated meetings over at least 15 distinct years from 2001 to 2025", () => {
    const stats = datasetStats(dataset);
    expect(stats.byReview.curated).toBeGreaterThanOrEqual(100);
    expect(stats.curatedYears).toBeGreaterThanOrEqual(15);
    const years = meetingsInReview(dataset, "curated").map((m) => Number(m.dates.value.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(2001);
    expect(Math.max(...years)).toBe(2025);
  });

  it("dates every curated meeting's check, and keeps quotations to the one archived source", () => {
    for (const m of meetingsInReview(dataset, "curated")) expect(m.review.checked, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const archived = new Set(dataset.sources.filter((s) => s.archive).map((s) => s.id));
    for (const q of dataset.quotes) for (const e of q.evidence) expect(archived.has(e.source), q.id).toBe(true);
  });

  it("types no meeting as a closed briefing without a source saying so (none does)", () => {
    expect(dataset.meetings.filter((m) => m.type.value === "closed-briefing").map((m) => m.id)).toEqual([]);
  });
});

describe("the record: people and posts over time", () => {
  it("has a Chair of the Counter-Terrorism Committee for every year from 2001 to 2025", () => {
    const covered = yearsCovered(CTC_CHAIR);
    const missing = Array.from({ length: 25 }, (_, i) => 2001 + i).filter((y) => !covered.has(y));
    expect(missing).toEqual([]);
  });

  it("has a head of CTED (Executive Director, acting or Officer-in-Charge) for every year from 2004 to 2025", () => {
    const covered = yearsCovered(CTED_HEAD);
    const missing = Array.from({ length: 22 }, (_, i) => 2004 + i).filter((y) => !covered.has(y));
    expect(missing).toEqual([]);
  });

  it("keeps one role per post: no person holds two roles with the same organization, title and tenure", () => {
    expect(samePostRoles(dataset).map((g) => g.map((r) => r.id))).toEqual([]);
  });

  it("keeps one record per person across eras", () => {
    for (const name of ["Aboulatta", "Meza-Cuadra", "Coninsx", "Gherman", "Voronkov", "Scharia", "Weixiong Chen", "Mike Smith", "Laborde"]) {
      expect(dataset.people.filter((p) => p.name.includes(name)), name).toHaveLength(1);
    }
  });
});

describe("the record: faults a reader found in the first records stay fixed", () => {
  it("gives the annual open meetings under resolution 2354 their full title from 2020 on", () => {
    for (const id of ["2020-01-28-countering-terrorist-narratives", "2022-03-24-countering-terrorist-narratives", "2023-10-19-countering-terrorist-narratives"]) {
      expect(meeting(id).title.value, id).toBe("Countering terrorist narratives and preventing the use of the Internet for terrorist purposes");
    }
  });

  it("names the Technical Guide with 'and other relevant resolutions'", () => {
    expect(meeting("2020-08-17-updated-technical-guide").title.value).toMatch(/resolution 1373 \(2001\) and other relevant resolutions/);
  });

  it("names the 1540 Committee Chair on 11 May 2017 and UNOCT's Under-Secretary-General on 28 September 2017", () => {
    const chairs = meetingRecord(dataset, "2017-05-11-briefing-by-counter-terrorism-committee-chairs")!;
    expect(chairs.speakers.some((s) => s.roles.some((r) => r.organization === "1540-committee"))).toBe(true);
    expect(people("2017-09-28-threats-caused-by-terrorist-acts")).toContain("vladimir-voronkov");
  });

  it("keeps both counts of States visited by CTED (93 and 96) on 28 September 2017, saying which is preferred", () => {
    const visited = meetingRecord(dataset, "2017-09-28-threats-caused-by-terrorist-acts")!.figures.find((f) => f.value === 93 || f.value === 96)!;
    expect([visited.value, ...(visited.alternatives ?? []).map((a) => a.value)].sort()).toEqual([93, 96]);
    expect(visited.preferred).toBeTruthy();
  });

  it("gives the CTED Executive Director her post on 21 November 2024", () => {
    const gherman = meetingRecord(dataset, "2024-11-21-gafilat-briefs-ctc")!.speakers.find((s) => s.person?.id === "natalia-gherman")!;
    expect(gherman.roles.map((r) => [r.organization, r.title])).toContainEqual(["cted", "Executive Director"]);
  });
});
