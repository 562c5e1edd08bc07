import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import { describeEvidence } from "./evidence";
import { getMeeting, meetingRecord, meetingsByDate, meetingYear } from "./meetings";
import { organizationMeetings, organizationRoles } from "./organizations";
import { personAppearances, personQuotes, personRoles, rolesAt } from "./people";
import { buildSearchIndex, search, searchDataset, searchDocuments, tokenize } from "./search";
import { repairedText, sourceUrl } from "./sources";
import { summarize } from "./summary";

/** A dataset with a second, later meeting (a copy of the seed) to test ordering across meetings. */
function twoMeetings(): Dataset {
  const d = structuredClone(dataset);
  const later = structuredClone(d.meetings[0]!);
  later.id = "2099-01-27-later";
  later.dates.value = { start: "2099-01-27", end: "2099-01-27" };
  d.meetings.push(later);
  const p = structuredClone(d.participations[0]!);
  d.participations.push({ ...p, id: "later-p", meeting: later.id, roles: [] });
  return d;
}

describe("meetings", () => {
  it("orders by date, newest first by default", () => {
    const d = twoMeetings();
    const desc = meetingsByDate(d).map((m) => m.dates.value.start);
    expect(desc[0]).toBe("2099-01-27");
    expect(desc).toEqual([...desc].sort().reverse());
    expect(meetingsByDate(d, "asc").map((m) => m.dates.value.start)).toEqual([...desc].reverse());
    expect(meetingYear(d.meetings.at(-1)!)).toBe(2099);
  });

  it("resolves a meeting record: opening speaker first, closing last", () => {
    const r = meetingRecord(dataset, dataset.meetings[0]!.id)!;
    expect(r.speakers[0]!.participation.session).toBe("opening");
    expect(r.speakers.at(-1)!.participation.session).toBe("closing");
    expect(r.speakers.at(-1)!.person).toBeUndefined();
    expect(meetingRecord(dataset, "no-such-meeting")).toBeUndefined();
  });
});

describe("people", () => {
  const person = dataset.participations[0]!.person!;
  it("lists a person's appearances across meetings, oldest first", () => {
    const d = twoMeetings();
    const before = personAppearances(dataset, person);
    const after = personAppearances(d, person);
    expect(after.map((a) => a.meeting.id)).toEqual([...before.map((a) => a.meeting.id), "2099-01-27-later"]);
    const dates = after.map((a) => a.meeting.dates.value.start);
    expect(dates).toEqual([...dates].sort());
    const seed = after.find((a) => a.meeting.id === dataset.meetings[0]!.id)!;
    expect(seed.roles.map((r) => r.id)).toEqual(dataset.participations[0]!.roles);
  });
  it("finds roles held on a date", () => {
    for (const role of personRoles(dataset, person).filter((r) => r.start !== undefined)) {
      expect(rolesAt(dataset, person, role.start!)).toContainEqual(role);
    }
    const roles = personRoles(dataset, person);
    expect(roles.map((r) => r.start ?? "9999")).toEqual(roles.map((r) => r.start ?? "9999").sort());
    expect(rolesAt(dataset, person, "1901-01-01")).toEqual([]);
  });
  it("lists a person's quotes", () => {
    expect(personQuotes(dataset, person).map((q) => q.participation)).toEqual(
      dataset.quotes.filter((q) => q.participation === dataset.participations[0]!.id).map((q) => q.participation),
    );
    expect(personQuotes(dataset, "nobody")).toEqual([]);
  });
});

describe("organizations", () => {
  it("lists the meetings of an organization with how it took part", () => {
    const ctc = organizationMeetings(dataset, "ctc");
    const expected = new Set([
      ...dataset.meetings.filter((m) => m.organizers.some((o) => o.organization === "ctc")).map((m) => m.id),
      ...dataset.participations.filter((p) => p.organization === "ctc").map((p) => p.meeting),
    ]);
    expect(new Set(ctc.map((x) => x.meeting.id))).toEqual(expected);
    expect(ctc.find((x) => x.meeting.id === dataset.meetings[0]!.id)!.parts).toEqual(["convener", "participant"]);
    expect(organizationMeetings(dataset, "no-such-org")).toEqual([]);
    expect(organizationRoles(dataset, "ctc").every((r) => r.organization === "ctc")).toBe(true);
  });
});

describe("search", () => {
  it("tokenizes without case or accents", () => {
    expect(tokenize("Michèle CONINSX, Meza-Cuadra")).toEqual(["michele", "coninsx", "meza", "cuadra"]);
  });
  it("finds a speaker by part of the name", () => {
    const hits = searchDataset(dataset, "skel");
    expect(hits[0]!.document).toMatchObject({ kind: "person", title: "Rebecca Skellett" });
  });
  it("matches words of one or two letters as whole words only", () => {
    const un = searchDataset(dataset, "un");
    expect(un.length).toBeGreaterThan(0);
    for (const hit of un) expect(tokenize(`${hit.document.title} ${hit.document.detail} ${hit.document.text}`)).toContain("un");
    expect(searchDataset(dataset, "sk")).toEqual([]);
  });

  it("requires every word, and ranks title matches first", () => {
    expect(searchDataset(dataset, "voronkov soft").length).toBeGreaterThan(0);
    expect(searchDataset(dataset, "voronkov zzzz")).toEqual([]);
    expect(searchDataset(dataset, "")).toEqual([]);
  });
  it("finds quotes and figures, and filters by kind", () => {
    expect(searchDataset(dataset, "safe platform", { kinds: ["quote"] }).map((h) => h.document.kind)).toEqual(["quote"]);
    expect(searchDataset(dataset, "25 million", { kinds: ["figure"] })).toHaveLength(1);
  });
  it("gives the same answers from an index that went through JSON", () => {
    const index = buildSearchIndex(searchDocuments(dataset));
    const revived = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(search(revived, "facebook").map((h) => h.document.id)).toEqual(search(index, "facebook").map((h) => h.document.id));
  });
});

describe("sources and summary", () => {
  it("repairs an archived text, and gives none for a cited source", () => {
    const archived = dataset.sources.find((s) => s.archive)!;
    const repaired = repairedText(dataset, archived.id)!;
    expect(repaired).not.toBe(archived.archive!.text);
    for (const c of dataset.corrections.filter((x) => x.source === archived.id && x.kind === "injected-text-excised")) {
      expect(repaired).not.toContain(c.before);
    }
    expect(repairedText(dataset, dataset.sources.find((s) => !s.archive)!.id)).toBeUndefined();
  });
  it("prefers an official URL", () => {
    const s = dataset.sources.find((x) => x.locations.some((l) => l.role === "official" && l.url))!;
    expect(sourceUrl(s)).toBe(s.locations.find((l) => l.role === "official")!.url);
  });
  it("counts the records", () => {
    const s = summarize(dataset);
    expect(s).toMatchObject({ briefings: dataset.meetings.length, quotes: dataset.quotes.length, corrections: dataset.corrections.length });
  });
});

describe("describeEvidence", () => {
  it("describes a passage by its source, locator and words, and a citation by its locator", () => {
    const seed = getMeeting(dataset, "2019-06-27-protection-of-soft-targets")!;
    const span = seed.title.evidence.find((e) => e.kind === "span")!;
    expect(describeEvidence(dataset, span)).toMatchObject({
      key: `span:${span.source}:${span.start}-${span.end}`,
      known: true,
      archived: true,
      kindLabel: "Press release",
      locator: `characters ${span.start}–${span.end}`,
      passage: { exact: span.exact },
    });
    const cited = describeEvidence(dataset, { kind: "citation", source: seed.sources[1]!, locator: "Title" });
    expect(cited).toMatchObject({ key: `citation:${seed.sources[1]}:Title`, archived: false, locator: "Title", passage: undefined, published: "27 June 2019" });
    expect(cited.url).toMatch(/^https?:\/\//);
  });

  it("says when the source is not in the dataset", () => {
    expect(describeEvidence(dataset, { kind: "citation", source: "nowhere" })).toMatchObject({ known: false, sourceTitle: "nowhere", kindLabel: "Source", url: undefined });
  });
});
