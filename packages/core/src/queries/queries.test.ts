import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import { describeEvidence } from "./evidence";
import { getMeeting, meetingRecord, meetingsByDate, meetingsInReview, meetingYear } from "./meetings";
import { meetingOrganizationIds, meetingOrganizations, organizationMeetings, organizationRoles } from "./organizations";
import { personAppearances, personQuotes, personRoles, postKey, rolesAt, samePostRoles } from "./people";
import { buildSearchIndex, search, searchDataset, searchDocuments, tokenize } from "./search";
import { repairedText, sourceUrl } from "./sources";
import { datasetStats, summarize } from "./summary";
import { auditSample } from "./audit";

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
  it("finds the roles that record one post twice (title wording folded), and only those", () => {
    const base = dataset.roles[0]!;
    const d = structuredClone(dataset);
    d.roles = [
      { ...base, id: "x-1", title: "Secretary General" },
      { ...base, id: "x-2", title: "Secretary-General", start: "2030-01-01", end: "2030-01-01" },
      { ...base, id: "x-3", title: "Minister for External Affairs" },
      { ...base, id: "x-4", title: "External Affairs Minister" },
      { ...base, id: "x-5", title: "External Affairs Minister", tenure: "acting" },
      { ...base, id: "x-6", title: "Deputy Secretary-General" },
      { ...base, id: "x-7", title: "Secretary General", organization: "somewhere-else" },
    ];
    expect(samePostRoles(d).map((g) => g.map((r) => r.id))).toEqual([["x-1", "x-2"], ["x-3", "x-4"]]);
    expect(postKey(d.roles[0]!)).not.toBe(postKey(d.roles[5]!));
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

describe("meeting organizations", () => {
  it("lists organizers first, then the organizations participants represent, each once", () => {
    for (const m of dataset.meetings) {
      const ids = meetingOrganizationIds(dataset, m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.slice(0, new Set(m.organizers.map((o) => o.organization)).size)).toEqual([...new Set(m.organizers.map((o) => o.organization))]);
      for (const p of dataset.participations) if (p.meeting === m.id && p.organization) expect(ids).toContain(p.organization);
      expect(meetingOrganizations(dataset, m.id).map((o) => o.id)).toEqual(ids.filter((id) => dataset.organizations.some((o) => o.id === id)));
    }
    expect(meetingOrganizationIds(dataset, "no-such-meeting")).toEqual([]);
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
    const both = searchDataset(dataset, "voronkov soft");
    expect(both.length).toBeGreaterThan(0);
    for (const hit of both) expect(tokenize(`${hit.document.title} ${hit.document.detail} ${hit.document.text}`)).toEqual(expect.arrayContaining(["voronkov", "soft"]));
    expect(searchDataset(dataset, "voronkov zzzz")).toEqual([]);
    expect(searchDataset(dataset, "")).toEqual([]);

    // "voronkov": his own record (the word in its title) first, then the records that name him elsewhere.
    const hits = searchDataset(dataset, "voronkov");
    expect(hits[0]!.document).toMatchObject({ kind: "person", id: "vladimir-voronkov" });
    const inTitle = hits.map((h) => tokenize(h.document.title).includes("voronkov"));
    expect(inTitle.indexOf(false)).toBeGreaterThan(0);
    expect(inTitle.lastIndexOf(true)).toBeLessThan(inTitle.indexOf(false));
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores.at(-1)!);
  });
  it("finds quotes and figures, and filters by kind", () => {
    expect(searchDataset(dataset, "safe platform", { kinds: ["quote"] }).map((h) => h.document.kind)).toEqual(["quote"]);
    const figure = dataset.figures.filter((f) => ["25", "million"].every((w) => tokenize(`${f.asStated}: ${f.measure} ${f.unit}`).includes(w)));
    expect(figure).toHaveLength(1);
    expect(searchDataset(dataset, "25 million", { kinds: ["figure"] }).map((h) => [h.document.kind, h.document.id])).toEqual([["figure", figure[0]!.id]]);
  });
  it("finds a meeting by the organizations it involves (organizers and participants)", () => {
    const meeting = dataset.meetings.find((m) => meetingOrganizations(dataset, m.id).length > 0)!;
    const org = meetingOrganizations(dataset, meeting.id)[0]!;
    const index = buildSearchIndex(searchDocuments(dataset));
    expect(search(index, org.name, { kinds: ["meeting"] }).map((h) => h.document.id)).toContain(meeting.id);
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
  it("applies only the source's own corrections (not another source's)", () => {
    const d = structuredClone(dataset);
    const archived = d.sources.find((s) => s.archive)!;
    const before = repairedText(d, archived.id)!;
    const other = d.sources.find((s) => s.id !== archived.id)!;
    d.corrections.push({ ...structuredClone(d.corrections.find((c) => c.source === archived.id && c.action === "repaired")!), id: "other-source-repair", source: other.id, start: 10, end: 20, after: "OTHER" });
    expect(repairedText(d, archived.id)).toBe(before);
    expect(before.startsWith(archived.archive!.text.slice(6, 40))).toBe(true);
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

  it("shows the words around a passage with the source's repairs applied, never the injected text", () => {
    const seed = getMeeting(dataset, "2019-06-27-protection-of-soft-targets")!;
    const span = seed.title.evidence.find((e) => e.kind === "span")!;
    // The recorded context is the raw text, injected spam included (it anchors the span)...
    expect(span.prefix).toContain("禁地");
    // ...and the reader is shown the context from the end of the excised spam on.
    expect(describeEvidence(dataset, span).passage).toEqual({ prefix: "CTC holds open briefing on “", exact: span.exact, suffix: span.suffix });
  });

  it("repairs inside the context, cuts it at a repair that crosses its end, and keeps the recorded context for offsets that do not fit", () => {
    const base = dataset.sources.find((s) => s.archive)!;
    const source = { ...base, id: "synthetic-context", archive: { ...base.archive!, text: "spam AB words Ã© here TARGET after XXspamXX end" } };
    const at = (text: string) => source.archive.text.indexOf(text);
    const correction = (start: number, end: number, after: string) => ({ ...dataset.corrections[0]!, id: `synthetic-${start}`, source: source.id, start, end, before: source.archive.text.slice(start, end), after });
    const data: Dataset = {
      ...dataset,
      sources: [source],
      // The mis-decoded "Ã©" restored; the spam before and after excised, each crossing an end of the context.
      corrections: [correction(0, at("AB") + 1, ""), correction(at("Ã©"), at("Ã©") + 2, "é"), correction(at("XXspamXX"), at("XXspamXX") + 8, "")],
    };
    const start = at("TARGET");
    const span = { kind: "span" as const, source: source.id, start, end: start + 6, exact: "TARGET", prefix: source.archive.text.slice(3, start), suffix: " after XXspam" };
    expect(describeEvidence(data, span).passage).toEqual({ prefix: "B words é here ", exact: "TARGET", suffix: " after " });
    const outside = { ...span, start: 40, end: 90 };
    expect(describeEvidence(data, outside).passage).toEqual({ prefix: span.prefix, exact: "TARGET", suffix: span.suffix });
  });

  it("says when the source is not in the dataset", () => {
    expect(describeEvidence(dataset, { kind: "citation", source: "nowhere" })).toMatchObject({ known: false, sourceTitle: "nowhere", kindLabel: "Source", url: undefined });
    });
  });

describe("queries: review state and stats", () => {
  it("filters meetings by review state, and every meeting is in exactly one", () => {
    const curated = meetingsInReview(dataset, "curated");
    const drafts = meetingsInReview(dataset, "draft");
    expect(curated.every((m) => m.review.state === "curated")).toBe(true);
    expect(drafts.every((m) => m.review.state === "draft")).toBe(true);
    expect(curated.length + drafts.length).toBe(dataset.meetings.length);
    expect(curated.map((m) => m.id)).toContain("2019-06-27-protection-of-soft-targets");
  });

  it("counts meetings by year, type and review state, consistently with the records", () => {
    const d = structuredClone(dataset);
    d.meetings[0]!.review = { state: "draft" };
    const stats = datasetStats(d);
    const sum = (rows: Record<string, { curated: number; draft: number }>) =>
      Object.values(rows).reduce((n, c) => n + c.curated + c.draft, 0);
    expect(sum(stats.byYear)).toBe(d.meetings.length);
    expect(sum(stats.byType)).toBe(d.meetings.length);
    expect(stats.byReview.curated).toBe(meetingsInReview(d, "curated").length);
    expect(stats.byYear["2019"]!.draft).toBe(d.meetings.filter((m) => m.dates.value.start.startsWith("2019") && m.review.state === "draft").length);
    expect(stats.curatedYears).toBe(new Set(meetingsInReview(d, "curated").map((m) => m.dates.value.start.slice(0, 4))).size);
    expect(stats.totals).toMatchObject({ meetings: d.meetings.length, participations: d.participations.length, sources: d.sources.length });
  });
});

describe("queries: audit sample", () => {
  const many = (): Dataset => {
    const d = structuredClone(dataset);
    const base = d.meetings[0]!;
    d.meetings = Array.from({ length: 40 }, (_, i) => ({
      ...structuredClone(base),
      id: `m-${String(i).padStart(2, "0")}`,
      dates: { ...base.dates, value: { start: `2010-01-${String((i % 28) + 1).padStart(2, "0")}`, end: `2010-01-${String((i % 28) + 1).padStart(2, "0")}` } },
      review: i % 4 === 0 ? { state: "draft" as const } : { state: "curated" as const },
    }));
    return d;
  };

  it("draws the same sample from the same seed, another from another seed, curated meetings only", () => {
    const d = many();
    const a = auditSample(d, { seed: 7, size: 10 }).map((m) => m.id);
    expect(auditSample(d, { seed: 7, size: 10 }).map((m) => m.id)).toEqual(a);
    expect(auditSample(d, { seed: 8, size: 10 }).map((m) => m.id)).not.toEqual(a);
    expect(new Set(a).size).toBe(10);
    for (const id of a) expect(d.meetings.find((m) => m.id === id)!.review.state).toBe("curated");
  });

  it("does not depend on the order of the records, and returns all when asked for more than there are", () => {
    const d = many();
    const shuffled = { ...d, meetings: [...d.meetings].reverse() };
    expect(auditSample(shuffled, { seed: 3, size: 5 }).map((m) => m.id)).toEqual(auditSample(d, { seed: 3, size: 5 }).map((m) => m.id));
    expect(auditSample(d, { seed: 3, size: 1000 })).toHaveLength(30);
  });
});
