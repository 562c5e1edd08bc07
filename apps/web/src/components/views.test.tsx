import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CTC_CHAIR, CTED_HEAD, dataset, disputedFacts, factOf, meetingTimeline, personYears, datasetYears, succession } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { BriefingView } from "./briefing-view";
import { SectionNotes } from "../lib/notes";
import { FactProvenance, citeFact } from "./fact-provenance";
import { OrganizationView } from "./organization-view";
import { PersonView } from "./person-view";
import { ReviewNote, ReviewTag } from "./review-state";
import { SuccessionView } from "./succession-view";
import { TimelineView } from "./timeline-view";
import { YearStrip } from "./year-strip";

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((m) => unescape(m[1]!));
/** The visible and hidden text of markup (tags removed). */
const text = (markup: string) => unescape(markup.replace(/<[^>]+>/g, ""));
const cite = [{ kind: "citation" as const, source: dataset.sources[0]!.id }];

describe("TimelineView", () => {
  const html = renderToStaticMarkup(<TimelineView dataset={dataset} />);
  const timeline = meetingTimeline(dataset.meetings);

  it("draws one row per year from the first to the last, each year with meetings a link to its list", () => {
    const rows = [...html.matchAll(/<li id="year-(\d{4})"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(timeline.years.map((y) => y.year));
    for (const y of timeline.years.filter((y) => y.total > 0)) expect(hrefs(html)).toContain(`/browse/year/${y.year}/`);
  });

  it("says each year's counts in words beside the drawing, and lists every type in the tables", () => {
    const busiest = timeline.years.find((y) => y.total === timeline.max)!;
    expect(text(html)).toContain(`${busiest.total} meetings: `);
    for (const t of timeline.types) expect(hrefs(html)).toContain(`/browse/type/${t.type}/`);
    // The bars themselves are hidden from assistive technology: the words say it all.
    expect(html).toMatch(/<span class="bar-track" aria-hidden="true">/);
  });

  it("says so when there is nothing to draw", () => {
    const empty: Dataset = { ...dataset, meetings: [] };
    expect(text(renderToStaticMarkup(<TimelineView dataset={empty} />))).toContain("no meetings");
  });
});

describe("SuccessionView", () => {
  const html = renderToStaticMarkup(<SuccessionView dataset={dataset} />);

  it("has a row for every tenure of both posts, acting spells apart, each naming and linking the holder", () => {
    for (const post of [CTC_CHAIR, CTED_HEAD]) {
      for (const t of succession(dataset, post)) {
        expect(text(html)).toContain(t.person.name);
        expect(hrefs(html)).toContain(`/people/${t.person.id}/`);
      }
    }
    const rows = (html.match(/<li class="tenure( acting)?">/g) ?? []).length;
    expect(rows).toBe(succession(dataset, CTC_CHAIR).length + succession(dataset, CTED_HEAD).length);
    expect((html.match(/<li class="tenure acting">/g) ?? []).length).toBe(
      [...succession(dataset, CTC_CHAIR), ...succession(dataset, CTED_HEAD)].filter((t) => t.tenure === "acting").length,
    );
  });

  it("keeps stated terms apart from observed dates, in words", () => {
    const withTerm = succession(dataset, CTC_CHAIR).find((t) => t.term.start !== undefined)!;
    expect(text(html)).toContain("Term stated: ");
    expect(text(html)).toContain("No term stated");
    expect(text(html)).toMatch(/ · seen (on )?\d/);
    expect(text(html)).toContain(withTerm.person.name);
  });

  it("keeps the bars out of the keyboard order (the names are the links to follow)", () => {
    for (const bar of html.match(/<a class="gantt-span[^"]*"[^>]*>/g) ?? []) expect(bar).toContain('tabindex="-1"');
    expect(html).toMatch(/<div class="gantt-track" aria-hidden="true">/);
  });
});

describe("review state and disputed facts", () => {
  it("tags a draft apart from a curated record, and says what each means", () => {
    expect(text(renderToStaticMarkup(<ReviewTag review={{ state: "draft" }} />))).toBe("Draft (awaiting review)");
    expect(text(renderToStaticMarkup(<ReviewTag review={{ state: "curated" }} />))).toBe("Curated");
    const note = text(renderToStaticMarkup(<ReviewNote review={{ state: "curated", checked: "2025-12-01" }} />));
    expect(note).toContain("last checked 1 December 2025");
    expect(text(renderToStaticMarkup(<ReviewNote review={{ state: "draft", note: "Speakers not yet checked." }} />))).toContain("not yet checked by a curator");
  });

  it("writes what other sources give beside a fact, with their numbered sources, and why the record's value is preferred", () => {
    const meeting = structuredClone(dataset.meetings[0]!);
    meeting.dates = { ...meeting.dates, alternatives: [{ value: { start: "2019-06-28", end: "2019-06-28" }, evidence: cite, note: "A listing." }], preferred: "The release is of the day." };
    const notes = new SectionNotes(dataset, "test");
    const cited = citeFact(notes, factOf("dates", meeting.dates));
    expect(notes.notes).toHaveLength(1);
    const html = renderToStaticMarkup(<FactProvenance cited={cited} />);
    expect(unescape(html)).toContain("<q>28 June 2019</q>");
    expect(text(html)).toContain("Other sources give: 28 June 2019 (A listing.)");
    expect(text(html)).toContain("is preferred because: The release is of the day.");
    expect(hrefs(html)).toContain(`#${notes.notes[0]!.id}`);
    const certain = new SectionNotes(dataset, "certain");
    expect(renderToStaticMarkup(<FactProvenance cited={citeFact(certain, factOf("title", dataset.meetings[0]!.title))} />)).toBe("");
    expect(certain.notes).toHaveLength(0);
  });

  it("shows every disputed fact of the curated record on its briefing page, and the review state", () => {
    const disputed = dataset.meetings.filter((m) => disputedFacts(m).length > 0);
    expect(disputed.length).toBeGreaterThan(0);
    for (const m of disputed) {
      const html = unescape(renderToStaticMarkup(<BriefingView dataset={dataset} id={m.id} />));
      for (const f of disputedFacts(m)) for (const a of f.alternatives) expect(html).toContain(`<q>${a.value}</q>`);
      expect(text(html)).toContain(m.review.state === "curated" ? "Curated" : "Draft");
    }
  });

  it("renders a location without a name, a series, claims, mentions and meetings outside the dataset", () => {
    const m = dataset.meetings.find((x) => x.venue?.value.locations.some((l) => l.name === undefined))!;
    const html = text(renderToStaticMarkup(<BriefingView dataset={dataset} id={m.id} />));
    expect(html).not.toContain("undefined");
    const rich = structuredClone(dataset);
    const target = rich.meetings[0]!;
    target.series = { value: { name: "special meetings", number: 4 }, evidence: cite };
    target.claims = [{ value: "The first of its kind.", evidence: cite, confidence: 0.5 }];
    target.mentions = [{ organization: "cted", evidence: cite, note: "Its report is cited." }];
    target.related = [{ external: { title: "A preparatory workshop", date: "2019-05" }, relation: "prepares", evidence: cite }];
    const out = text(renderToStaticMarkup(<BriefingView dataset={rich} id={target.id} />));
    expect(out).toContain("special meetings (no. 4)");
    expect(out).toContain("The first of its kind.");
    expect(out).toContain("Confidence 50");
    expect(out).toContain("Also mentioned");
    expect(out).toContain("Its report is cited.");
    expect(out).toContain("Prepares A preparatory workshop (May 2019)");
    expect(out).toContain("not in this dataset");
  });
});

describe("appearances per year, terms and founding dates", () => {
  it("draws a person's strip on the dataset's years, saying each year's count", () => {
    const person = dataset.participations.find((p) => p.person !== undefined)!.person!;
    const range = datasetYears(dataset)!;
    const counts = personYears(dataset, person, range);
    const html = renderToStaticMarkup(<PersonView dataset={dataset} id={person} />);
    const items = html.match(/<ol style="grid-template-columns:repeat\((\d+)/)?.[1];
    expect(Number(items)).toBe(range.last - range.first + 1);
    const busy = counts.find((c) => c.count > 0)!;
    expect(text(html)).toContain(`${busy.year}: ${busy.count} briefing`);
  });

  it("shows a stated term beside a post, and an organization's founding date", () => {
    const role = dataset.roles.find((r) => r.term?.start !== undefined)!;
    expect(text(renderToStaticMarkup(<PersonView dataset={dataset} id={role.person} />))).toContain("Term stated: ");
    const org = dataset.organizations.find((o) => o.id === "cted")!;
    const html = text(renderToStaticMarkup(<OrganizationView dataset={dataset} id={org.id} />));
    expect(html).toContain("Founded");
    expect(html).toContain("March 2004");
  });

  it("a year strip with no counts draws nothing", () => {
    expect(renderToStaticMarkup(<YearStrip counts={[]} noun={["briefing", "briefings"]} caption="x" />)).toBe("");
  });
});
