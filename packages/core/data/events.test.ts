// Events E1–E16 of the facts file (shared/corpus/events.md), checked fact by fact against the
// generated dataset: every expectation below is written from the facts file, not from the data.
import { describe, expect, it } from "vitest";
import { dataset } from "../src/dataset";
import { getMeeting, getSource, meetingRecord, organizationMeetings, personAppearances, personRoles } from "../src/queries";
import type { Meeting } from "../src/schemas";
import { validateDataset } from "../src/validate";

/** The meeting with this id; fails the test when it is missing. */
function meeting(id: string): Meeting {
  const m = getMeeting(dataset, id);
  if (!m) throw new Error(`no meeting ${id}`);
  return m;
}

/** The speakers of a meeting as [name, roles as stated joined with " / "], in programme order. */
function speakers(id: string): [string, string][] {
  return meetingRecord(dataset, id)!.speakers.map((s) => [s.name, s.roles.map((r) => r.titleAsStated).join(" / ")]);
}

/** The figures of a meeting as [value, unit, approximate]. */
function figures(id: string): [number, string, boolean][] {
  return meetingRecord(dataset, id)!.figures.map((f) => [f.value, f.unit, f.approximate]);
}

/** The defect kinds of a meeting's sources, sorted. */
function defects(id: string): string[] {
  return meeting(id)
    .sources.flatMap((s) => getSource(dataset, s)?.defects ?? [])
    .map((d) => d.kind)
    .sort();
}

const ids = {
  e1: "2017-05-11-briefing-by-counter-terrorism-committee-chairs",
  e2: "2017-09-28-threats-caused-by-terrorist-acts",
  e3: "2017-11-16-second-open-meeting-with-global-research-network",
  e4: "2018-05-29-countering-terrorist-narratives",
  e5: "2018-10-08-terrorism-crime-nexus",
  e6: "2020-01-28-countering-terrorist-narratives",
  e7: "2020-08-17-updated-technical-guide",
  e8: "2021-01-27-protection-of-soft-targets-against-terrorist-attacks",
  e9: "2022-03-24-countering-terrorist-narratives",
  e10: "2022-10-28-new-and-emerging-technologies",
  e11: "2023-10-19-countering-terrorist-narratives",
  e12: "2016-12-12-depriving-terrorist-groups-of-funds",
  e13: "2024-05-16-fatf-president-briefs-ctc",
  e14: "2024-11-21-gafilat-briefs-ctc",
  e15: "2017-03-30-gender-dimension-of-counter-terrorism",
  e16: "2019-03-19-regional-workshop-critical-infrastructure-soft-targets",
} as const;
const SEED = "2019-06-27-protection-of-soft-targets";

describe("the dataset with events E1–E16", () => {
  it("is valid, keeps the seed first and holds the seed plus sixteen events", () => {
    expect(validateDataset(dataset).problems).toEqual([]);
    expect(dataset.meetings[0]!.id).toBe(SEED);
    expect(dataset.meetings.map((m) => m.id).sort()).toEqual([SEED, ...Object.values(ids)].sort());
  });

  it("has dates and types as the facts file gives them", () => {
    const dated = Object.values(ids).map((id) => [meeting(id).dates.value.start, meeting(id).dates.value.end, meeting(id).type.value]);
    expect(dated).toEqual([
      ["2017-05-11", "2017-05-11", "security-council-briefing"],
      ["2017-09-28", "2017-09-28", "security-council-meeting"],
      ["2017-11-16", "2017-11-16", "open-meeting"],
      ["2018-05-29", "2018-05-29", "open-meeting"],
      ["2018-10-08", "2018-10-08", "open-briefing"],
      ["2020-01-28", "2020-01-28", "open-meeting"],
      ["2020-08-17", "2020-08-17", "open-briefing"],
      ["2021-01-27", "2021-01-27", "open-briefing"],
      ["2022-03-24", "2022-03-24", "open-meeting"],
      ["2022-10-28", "2022-10-29", "special-meeting"],
      ["2023-10-19", "2023-10-19", "open-meeting"],
      ["2016-12-12", "2016-12-13", "joint-special-meeting"],
      ["2024-05-16", "2024-05-16", "closed-briefing"],
      ["2024-11-21", "2024-11-21", "closed-briefing"],
      ["2017-03-30", "2017-03-30", "closed-briefing"],
      ["2019-03-19", "2019-03-21", "workshop"],
    ]);
  });

  it("gives every meeting topics, and every fact URL-level evidence only for E1–E16", () => {
    for (const id of Object.values(ids)) {
      const m = meeting(id);
      expect(m.topics.length).toBeGreaterThan(0);
      for (const s of m.sources) expect(getSource(dataset, s)!.archive).toBeUndefined();
    }
  });
});

describe("E1 (11 May 2017) and E2 (28 September 2017)", () => {
  it("E1: Aboulatta's joint statement on behalf of three committees; lost links", () => {
    expect(speakers(ids.e1)).toEqual([["Amr Abdellatif Aboulatta", "Permanent Representative of Egypt / Chair of the Counter-Terrorism Committee"]]);
    const statement = meetingRecord(dataset, ids.e1)!.statements[0]!;
    expect(statement.kind).toBe("joint-statement");
    expect(statement.onBehalfOf).toEqual(["ctc", "1267-committee", "1540-committee"]);
    expect(meeting(ids.e1).media.map((m) => m.status)).toEqual(["target-lost", "target-lost"]);
    expect(defects(ids.e1)).toEqual(["lost-link-target", "lost-link-target"]);
  });

  it("E2: the Officer-in-Charge of CTED (acting), CTED's visits to date, and the Scharia/Sharia variant", () => {
    const scharia = personRoles(dataset, "david-scharia");
    expect(scharia.map((r) => [r.title, r.tenure])).toEqual([["Officer-in-Charge", "acting"]]);
    expect(dataset.people.find((p) => p.id === "david-scharia")!.alternateNames).toEqual(["David Sharia"]);
    expect(figures(ids.e2)).toEqual([
      [133, "country visits", false],
      [93, "States", false],
      [45, "country visits", false],
    ]);
    expect(meetingRecord(dataset, ids.e2)!.figures.every((f) => f.asOf === "2017-09-28")).toBe(true);
    expect(defects(ids.e2)).toEqual(["name-variant"]);
  });
});

describe("E3 to E5", () => {
  it("E3: Conference Room 4 at 3 p.m.; El-Badawy's cut-off affiliation is an uncertainty; over 100 institutes", () => {
    const m = meeting(ids.e3);
    expect(m.startTime?.value).toBe("15:00");
    expect(m.venue?.value.locations[0]?.name).toMatch(/Conference Room 4/);
    const badawy = meetingRecord(dataset, ids.e3)!.speakers.find((s) => s.name === "Emman El-Badawy")!;
    expect(badawy.organization).toBeUndefined();
    expect(badawy.participation.confidence).toBeLessThan(1);
    expect(badawy.participation.note).toMatch(/cut off/);
    expect(meetingRecord(dataset, ids.e3)!.speakers.find((s) => s.name === "El Mostafa Rezrazi")!.organization?.name).toBe("OCP Policy Center");
    expect(figures(ids.e3)).toEqual([[100, "member institutes", true]]);
    expect(m.notes.join(" ")).toMatch(/February 2015/);
  });

  it("E4: the first open meeting of the 2354 series, with its first webcast recorded", () => {
    const m = meeting(ids.e4);
    expect(m.documents.find((d) => d.relation === "mandate")?.symbol).toBe("resolution 2354 (2017)");
    expect(m.media.map((l) => l.status)).toEqual(["ok", "unrecorded"]);
    expect(m.media[0]!.url).toMatch(/^http:\/\/webtv\.un\.org\/.*5791072983001\/$/);
    expect(m.related).toEqual([]);
  });

  it("E5: Meza-Cuadra as Chair and Permanent Representative of Peru; the unnamed CTED Executive Director", () => {
    expect(speakers(ids.e5).slice(0, 2)).toEqual([
      ["Gustavo Meza-Cuadra", "Permanent Representative of Peru / Chair of the Counter-Terrorism Committee"],
      ["The Executive Director of CTED (not named in the source)", ""],
    ]);
    expect(meeting(ids.e5).organizers.map((o) => [o.organization, o.role])).toEqual([
      ["ctc", "convener"],
      ["unodc", "co-organizer"],
      ["unicri", "co-organizer"],
    ]);
    expect(meeting(ids.e5).media.map((l) => l.status)).toEqual(["unrecorded", "unrecorded", "unrecorded", "unrecorded"]);
  });
});

describe("E6 to E9", () => {
  it("E6: the dateline mismatch and the defaced mirror; continues E4", () => {
    expect(defects(ids.e6)).toEqual(["date-mismatch", "injected-text-excised"]);
    expect(getSource(dataset, meeting(ids.e6).sources[0]!)!.locations.map((l) => [l.role, l.url])).toEqual([["mirror", undefined]]);
    expect(meeting(ids.e6).related).toMatchObject([{ meeting: ids.e4, relation: "continues" }]);
    expect(meeting(ids.e6).documents.map((d) => [d.symbol, d.relation])).toContainEqual(["S/2017/375", "framework"]);
    expect(speakers(ids.e6)).toEqual([
      ["Moncef Baati", "Permanent Representative of Tunisia / CTC Chair"],
      ["Michèle Coninsx", "Assistant Secretary-General and Executive Director of CTED"],
    ]);
  });

  it("E7: virtual; 8 resolutions and 6 languages; three source defects", () => {
    expect(meeting(ids.e7).venue?.value).toEqual({ mode: "virtual", locations: [] });
    expect(figures(ids.e7)).toEqual([
      [8, "resolutions", false],
      [6, "languages", false],
    ]);
    expect(defects(ids.e7)).toEqual(["date-mismatch", "doubled-word", "duplicate-text"]);
    expect(speakers(ids.e7)[0]![0]).toBe("Kais Kabtani");
  });

  it("E8: virtual, and a follow-up to the seed briefing", () => {
    expect(meeting(ids.e8).venue?.value.mode).toBe("virtual");
    expect(meeting(ids.e8).related).toMatchObject([{ meeting: SEED, relation: "follow-up-to" }]);
    expect(meeting(ids.e8).documents.map((d) => d.symbol)).toEqual(["resolution 2341 (2017)", "resolution 2396 (2017)"]);
  });

  it("E9: Tirumurti chairs, Chen speaks as Acting Executive Director; the 5th anniversary", () => {
    expect(speakers(ids.e9)).toEqual([
      ["T. S. Tirumurti", "Permanent Representative of India / CTC Chair"],
      ["Weixiong Chen", "Acting Executive Director of CTED"],
    ]);
    expect(figures(ids.e9)).toEqual([[5, "years", false]]);
    expect(meeting(ids.e9).related).toMatchObject([{ meeting: ids.e6, relation: "continues" }]);
  });
});

describe("E10 to E12", () => {
  it("E10: Mumbai on 28 October, New Delhi on 29 October; the pledge; the disputed first", () => {
    const locations = meeting(ids.e10).venue!.value.locations;
    expect(locations.map((l) => l.city)).toEqual(["Mumbai", "New Delhi"]);
    expect(locations.map((l) => l.dates?.start)).toEqual(["2022-10-28", "2022-10-29"]);
    expect(figures(ids.e10)).toEqual([[500_000, "USD", false]]);
    expect(meeting(ids.e10).notes.some((n) => /first .* away from New York since 2015/.test(n) && /[Uu]ncertain/.test(n))).toBe(true);
    expect(meeting(ids.e10).documents.map((d) => [d.symbol, d.relation])).toEqual([["Delhi Declaration", "outcome"]]);
    const capacities = meetingRecord(dataset, ids.e10)!.speakers.map((s) => [s.name, s.participation.capacity]);
    expect(capacities).toContainEqual(["Ruchira Kamboj", "chair"]);
    expect(capacities).toContainEqual(["S. Jaishankar", "keynote"]);
  });

  it("E11: the UAE's Deputy Permanent Representative chairs; one third of people offline (approximate)", () => {
    expect(speakers(ids.e11)[0]).toEqual(["Mohamed Abushahab", "CTC Chair / Deputy Permanent Representative of the United Arab Emirates"]);
    const [third] = meetingRecord(dataset, ids.e11)!.figures;
    expect(third!.value).toBeCloseTo(1 / 3, 10);
    expect(third!.approximate).toBe(true);
    expect(third!.unit).toBe("share of people");
  });

  it("E12: two conveners and FATF as co-organizer, over two days", () => {
    expect(meeting(ids.e12).organizers.map((o) => [o.organization, o.role])).toEqual([
      ["ctc", "convener"],
      ["1267-committee", "convener"],
      ["fatf", "co-organizer"],
    ]);
    expect(speakers(ids.e12)).toEqual([["Amr Abdellatif Aboulatta", "Chair of the Counter-Terrorism Committee"]]);
  });
});

describe("E13 to E16", () => {
  it("E13: hosted by CTED; the FATF President, Gherman and Algeria's Chargé d'Affaires", () => {
    expect(meeting(ids.e13).organizers.map((o) => [o.organization, o.role])).toEqual([["cted", "host"]]);
    expect(speakers(ids.e13).map(([name]) => name)).toEqual(["T. Raja Kumar", "Natalia Gherman", "Nacim Gaouaoui"]);
    expect(meeting(ids.e13).venue?.confidence).toBeLessThan(1);
  });

  it("E14: GAFILAT's officers, one of them from Guatemala; the Arabic-section path", () => {
    const record = meetingRecord(dataset, ids.e14)!;
    expect(record.speakers.map((s) => [s.name, s.organization?.acronym ?? s.organization?.name])).toEqual([
      ["Liliana Alcaraz", "GAFILAT"],
      ["Esteban Fullin", "GAFILAT"],
      ["Juan Carlos Monroy", "Guatemala"],
      ["Natalia Gherman", "CTED"],
    ]);
    expect(getSource(dataset, meeting(ids.e14).sources[0]!)!.locations[0]!.path).toBe("/securitycouncil/ctc/ar/node/62949");
  });

  it("E15: Lakshmi Puri of UN Women; 27 projects in 4 areas", () => {
    expect(speakers(ids.e15)).toEqual([["Lakshmi Puri", "Assistant Secretary-General, UN Women"]]);
    expect(figures(ids.e15)).toEqual([
      [27, "projects", false],
      [4, "areas", false],
    ]);
    expect(meeting(ids.e15).topics).toContain("gender");
  });

  it("E16: three hosts and Japan's support, in Singapore over three days; a defaced mirror", () => {
    expect(meeting(ids.e16).organizers.map((o) => [o.organization, o.role])).toEqual([
      ["cted", "host"],
      ["interpol", "host"],
      ["unoct", "host"],
      ["japan", "supporter"],
    ]);
    expect(meeting(ids.e16).venue?.value.locations.map((l) => [l.name, l.city])).toEqual([["INTERPOL Global Complex for Innovation", "Singapore"]]);
    expect(defects(ids.e16)).toEqual(["injected-text-excised"]);
    expect(meetingRecord(dataset, ids.e16)!.organizations.map((o) => o.acronym)).toEqual(["UNODC", "DHS"]);
  });
});

describe("people and organizations across events", () => {
  it("Weixiong Chen: Deputy Executive Director in 2019, Acting Executive Director in 2022", () => {
    const seen = personAppearances(dataset, "weixiong-chen").map((a) => [a.meeting.dates.value.start.slice(0, 4), a.roles.map((r) => [r.titleAsStated, r.tenure])]);
    expect(seen).toEqual([
      ["2019", [["Deputy Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED)", "substantive"]]],
      ["2022", [["Acting Executive Director of CTED", "acting"]]],
    ]);
  });

  it("Amr Aboulatta: one person (with his short name) at three meetings in 2016 and 2017", () => {
    expect(dataset.people.filter((p) => /Aboulatta/.test(p.name))).toHaveLength(1);
    expect(personAppearances(dataset, "amr-abdellatif-aboulatta").map((a) => a.meeting.id)).toEqual([ids.e12, ids.e1, ids.e2]);
    expect(personRoles(dataset, "amr-abdellatif-aboulatta").map((r) => [r.organization, r.start, r.end])).toEqual([
      ["ctc", "2016-12-12", "2017-09-28"],
      ["egypt", "2017-05-11", "2017-09-28"],
    ]);
  });

  it("Gustavo Meza-Cuadra: Chair in 2018 and 2019, Permanent Representative of Peru in 2018", () => {
    expect(personAppearances(dataset, "gustavo-meza-cuadra").map((a) => a.meeting.id)).toEqual([ids.e5, SEED]);
    expect(personRoles(dataset, "gustavo-meza-cuadra").map((r) => [r.organization, r.start, r.end])).toEqual([
      ["ctc", "2018-10-08", "2019-06-27"],
      ["peru", "2018-10-08", "2018-10-08"],
    ]);
  });

  it("Natalia Gherman: Executive Director of CTED in 2023 and 2024, one person at three meetings", () => {
    expect(personAppearances(dataset, "natalia-gherman").map((a) => a.meeting.id)).toEqual([ids.e11, ids.e13, ids.e14]);
  });

  it("CTED: in the meetings it hosted, spoke at or took part in", () => {
    const cted = organizationMeetings(dataset, "cted");
    expect(cted.map((m) => m.meeting.id)).toEqual([ids.e15, ids.e2, ids.e5, ids.e16, SEED, ids.e6, ids.e9, ids.e11, ids.e13, ids.e14]);
    expect(cted.find((m) => m.meeting.id === ids.e13)!.parts).toEqual(["host", "participant"]);
  });

  it("committees, Member States and the research network have the kinds and parents the facts call for", () => {
    const org = (id: string) => dataset.organizations.find((o) => o.id === id)!;
    expect([org("1267-committee").kind, org("1267-committee").parent]).toEqual(["un-subsidiary-body", "un-security-council"]);
    expect([org("1540-committee").kind, org("1540-committee").parent]).toEqual(["un-subsidiary-body", "un-security-council"]);
    expect([org("global-research-network").kind, org("global-research-network").parent]).toEqual(["research-institute", "cted"]);
    expect(["egypt", "peru", "tunisia", "india", "united-arab-emirates", "algeria", "guatemala", "japan", "united-kingdom", "united-states"].map((id) => org(id).kind)).toEqual(
      Array(10).fill("member-state"),
    );
  });

  it("counts meetings by topic", () => {
    const count = (topic: string) => dataset.meetings.filter((m) => (m.topics as string[]).includes(topic)).length;
    expect(count("terrorist-narratives")).toBe(4);
    expect(count("soft-targets")).toBe(4);
    expect(count("terrorism-financing")).toBe(5);
    expect(count("gender")).toBe(1);
  });
});
