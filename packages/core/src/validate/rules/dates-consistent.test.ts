import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schemas/dataset";
import { datesConsistent } from "./dates-consistent";
import { copyOfDataset, copyOfSeed, problem } from "../../../test/rule-helpers";

const RULE = "dates-consistent";

/** The seed, its meeting held over three days (26 to 28 June 2019). */
function seed(): Dataset {
  const d = copyOfSeed();
  d.meetings[0]!.dates.value = { start: "2019-06-26", end: "2019-06-28" };
  return d;
}

// Dates just outside 2019-06-26..2019-06-28, differing by day, by month and by year only (so that a
// comparison of a part of the date, or a wrong operator, shows).
const before = ["2019-06-25", "2019-05-26", "2018-06-26", "2018-12-31"];
const after = ["2019-06-29", "2019-07-28", "2020-06-28", "2020-01-01"];

describe("dates-consistent", () => {
  it("accepts the curated dataset and the seed", () => {
    expect(datesConsistent.check(copyOfDataset())).toStrictEqual([]);
    expect(datesConsistent.check(copyOfSeed())).toStrictEqual([]);
  });

  it("has a stable id", () => {
    expect(datesConsistent.id).toBe(RULE);
  });

  describe("sessions", () => {
    it("accepts sessions on the first and the last day of the meeting, or undated", () => {
      const d = seed();
      d.meetings[0]!.sessions[0]!.date = "2019-06-26";
      d.meetings[0]!.sessions[1]!.date = "2019-06-28";
      d.meetings[0]!.sessions[2]!.date = "2019-06-27";
      delete d.meetings[0]!.sessions[3]!.date;
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });

    it.each([...before, ...after])("reports a session dated %s, outside the meeting", (date) => {
      const d = seed();
      d.meetings[0]!.sessions[3]!.date = date;
      expect(datesConsistent.check(d)).toStrictEqual([
        problem(RULE, ["meetings", 0, "sessions", 3, "date"], `session date ${date} is outside the meeting's 2019-06-26..2019-06-28`),
      ]);
    });
  });

  describe("locations", () => {
    it("accepts a location held within the meeting, up to both its edges, or undated, or no venue", () => {
      const d = seed();
      const venue = d.meetings[0]!.venue!.value;
      venue.locations[0]!.dates = { start: "2019-06-26", end: "2019-06-28" };
      venue.locations.push({ ...venue.locations[0]!, dates: { start: "2019-06-27", end: "2019-06-27" } }, { ...venue.locations[0]!, dates: undefined });
      expect(datesConsistent.check(d)).toStrictEqual([]);
      delete d.meetings[0]!.venue;
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });

    const at = (start: string, end: string) => (d: Dataset) => {
      d.meetings[0]!.venue!.value.locations[0]!.dates = { start, end };
    };
    it.each([
      ...before.map((date) => ["starting", date, at(date, "2019-06-27")] as const),
      ...after.map((date) => ["ending", date, at("2019-06-27", date)] as const),
    ])("reports a location %s on %s, outside the meeting", (_, date, set) => {
      const d = seed();
      set(d);
      const { start, end } = d.meetings[0]!.venue!.value.locations[0]!.dates!;
      expect(start === date || end === date).toBe(true);
      expect(datesConsistent.check(d)).toStrictEqual([
        problem(RULE, ["meetings", 0, "venue", "value", "locations", 0, "dates"], `location dates ${start}..${end} are outside the meeting's 2019-06-26..2019-06-28`),
      ]);
    });
  });

  describe("roles", () => {
    // participations[1] is Vladimir Voronkov's, with his one role (roles[1]).
    const held = (start: string | undefined, end: string | undefined) => (d: Dataset) => {
      const role = d.roles[1]!;
      expect(d.participations[1]!.roles).toStrictEqual([role.id]);
      if (start === undefined) delete role.start;
      else role.start = start;
      if (end === undefined) delete role.end;
      else role.end = end;
    };

    it.each([
      ["began on the meeting's last day", held("2019-06-28", undefined)],
      ["ended on its first day", held(undefined, "2019-06-26")],
      ["held over exactly its days", held("2019-06-26", "2019-06-28")],
      ["with no dates", held(undefined, undefined)],
    ])("accepts a role %s", (_, set) => {
      const d = seed();
      set(d);
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });

    it.each([
      ...after.map((date) => [`begun on ${date}`, held(date, undefined), `${date}..?`] as const),
      ...after.map((date) => [`begun on ${date} (with an end)`, held(date, "2021-01-01"), `${date}..2021-01-01`] as const),
      ...before.map((date) => [`ended on ${date}`, held(undefined, date), `?..${date}`] as const),
      ...before.map((date) => [`ended on ${date} (with a start)`, held("2015-01-01", date), `2015-01-01..${date}`] as const),
    ])("reports a role %s, not held at the meeting", (_, set, span) => {
      const d = seed();
      set(d);
      expect(datesConsistent.check(d)).toStrictEqual([
        problem(RULE, ["participations", 1, "roles", 0], `role "vladimir-voronkov-usg-unoct" (${span}) was not held at the meeting (2019-06-26..2019-06-28)`),
      ]);
    });

    it("reports every role of a participation not held, at its own index", () => {
      const d = seed();
      d.roles.push({ ...structuredClone(d.roles[1]!), id: "later-role", start: "2020-01-01" });
      d.participations[1]!.roles.push("later-role");
      expect(datesConsistent.check(d)).toStrictEqual([
        problem(RULE, ["participations", 1, "roles", 1], 'role "later-role" (2020-01-01..2025-08-20) was not held at the meeting (2019-06-26..2019-06-28)'),
      ]);
    });

    it("skips a participation of an unknown meeting and an unknown role (references-resolve reports them)", () => {
      const d = seed();
      d.roles[1]!.start = "2030-01-01";
      d.participations[1]!.meeting = "no-such-meeting";
      d.participations[2]!.roles = ["no-such-role"];
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });
  });

  describe("figures", () => {
    // figures[0] has a period (2018) and no asOf; figures[1] an asOf (the meeting's day) and no period.
    it("accepts a period of one day and a figure as of the meeting's last day", () => {
      const d = seed();
      d.figures[0]!.period = { start: "2018-05-05", end: "2018-05-05" };
      d.figures[1]!.asOf = "2019-06-28";
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });

    it.each([
      ["2018-05-05", "2018-05-04"],
      ["2018-05-05", "2018-04-05"],
      ["2018-05-05", "2017-05-05"],
    ])("reports a period from %s that ends on %s, before it starts", (start, end) => {
      const d = seed();
      d.figures[0]!.period = { start, end };
      expect(datesConsistent.check(d)).toStrictEqual([problem(RULE, ["figures", 0, "period", "end"], `period ends (${end}) before it starts (${start})`)]);
    });

    it.each(after)("reports a figure stated at the meeting to hold as of %s, after it", (date) => {
      const d = seed();
      d.figures[1]!.asOf = date;
      expect(datesConsistent.check(d)).toStrictEqual([problem(RULE, ["figures", 1, "asOf"], `a figure stated at the meeting cannot hold as of ${date}, after the meeting`)]);
    });

    it("skips a figure of an unknown meeting", () => {
      const d = seed();
      d.figures[1]!.asOf = "2030-01-01";
      d.figures[1]!.meeting = "no-such-meeting";
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });
  });

  describe("sources", () => {
    // meetings[0].sources: [0] the press release (no date), [1] the web TV page, [2] a third-party report.
    it("accepts a report published on the meeting's first day or later, or undated", () => {
      const d = seed();
      d.sources[0]!.published = "2019-06-26";
      d.sources[2]!.published = "2019-07-01";
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });

    it.each(before)("reports a press release published on %s, before the meeting", (date) => {
      const d = seed();
      d.sources[0]!.published = date;
      expect(datesConsistent.check(d)).toStrictEqual([
        problem(RULE, ["meetings", 0, "sources", 0], `source "ctc-2019-06-27-soft-targets-press-release" is published ${date}, before the meeting it reports (2019-06-26)`),
      ]);
    });

    it("reports a third-party report published before the meeting, at its index in the meeting's sources", () => {
      const d = seed();
      d.sources[2]!.published = "2019-06-01";
      expect(datesConsistent.check(d)).toStrictEqual([
        problem(RULE, ["meetings", 0, "sources", 2], `source "scn-2019-skellett-speaks-to-ctc" is published 2019-06-01, before the meeting it reports (2019-06-26)`),
      ]);
    });

    it.each(["web-tv-page", "listing", "agenda", "announcement"] as const)("accepts a %s published before the meeting (it announces it)", (kind) => {
      const d = seed();
      d.sources[0]!.kind = kind;
      d.sources[0]!.published = "2019-06-01";
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });

    it("skips an unknown source (references-resolve reports it)", () => {
      const d = seed();
      d.meetings[0]!.sources.push("no-such-source");
      expect(datesConsistent.check(d)).toStrictEqual([]);
    });
  });

  it("reports the problems of a dataset in order: sessions and locations, roles, figures, sources", () => {
    const d = seed();
    d.sources[0]!.published = "2019-01-01";
    d.figures[1]!.asOf = "2019-12-01";
    d.roles[1]!.end = "2019-01-01";
    d.meetings[0]!.venue!.value.locations[0]!.dates = { start: "2019-06-26", end: "2019-07-01" };
    d.meetings[0]!.sessions[4]!.date = "2019-07-01";
    expect(datesConsistent.check(d).map((p) => [p.rule, p.path.join(".")])).toStrictEqual([
      [RULE, "meetings.0.sessions.4.date"],
      [RULE, "meetings.0.venue.value.locations.0.dates"],
      [RULE, "participations.1.roles.0"],
      [RULE, "figures.1.asOf"],
      [RULE, "meetings.0.sources.0"],
    ]);
  });
});
