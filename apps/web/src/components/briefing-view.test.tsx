import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { citationBibtex, citationText, dataset, getMeeting, meetingRecord, recordCitation, sourceCorrections } from "@briefings/core";
import { evidenceLink } from "../lib/evidence";
import { siteOrigin } from "../lib/schema-org";
import { hostileDataset, PAYLOADS } from "../../test/hostile-dataset";
import { hasUnsafe, neutralizeDeep } from "@briefings/core/text";
import { SEED_ID } from "../../test/seed";
import { BriefingView } from "./briefing-view";
import { splitAtQuotes } from "./briefing/statements-section";

const seed = getMeeting(dataset, SEED_ID)!;
const html = renderToStaticMarkup(<BriefingView dataset={dataset} id={seed.id} />);
const record = meetingRecord(dataset, seed.id)!;

/** Text with HTML entities of React's escaping undone (enough for the assertions here). */
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((m) => unescape(m[1]!));

describe("BriefingView", () => {
  it("names every speaker, the seed's named ones included, and links people to their pages", () => {
    for (const s of record.speakers) expect(unescape(html)).toContain(s.name);
    for (const name of ["Gustavo Meza-Cuadra", "Vladimir Voronkov", "Weixiong Chen", "Rebecca Skellett", "David Tessler", "acting CTC Chair"]) {
      expect(unescape(html)).toContain(name);
    }
    for (const s of record.speakers.filter((s) => s.person)) expect(hrefs(html)).toContain(`/people/${s.person!.id}/`);
  });

  it("shows every quote and figure with an anchor, and every session in order", () => {
    for (const q of record.quotes) {
      expect(unescape(html)).toContain(q.text);
      expect(html).toContain(`id="${q.id}"`);
    }
    for (const f of record.figures) expect(unescape(html)).toContain(f.asStated);
    const positions = seed.sessions.filter((s) => s.title).map((s) => unescape(html).indexOf(s.title!.value));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("links span evidence to its mark in the source view, and citations to the source's URL", () => {
    const title = seed.title.evidence[0]!;
    expect(title.kind).toBe("span");
    if (title.kind === "span") expect(hrefs(html)).toContain(`/sources/${title.source}/#span-${title.start}-${title.end}`);
    expect(hrefs(html)).toContain("https://strongcitiesnetwork.org/en/head-of-scn-rebecca-skellett-speaks-to-un-counter-terrorism-committee/");
  });

  it("never links a lost media target, and links a recovered one to its recovered URL", () => {
    for (const media of seed.media) {
      const item = new RegExp(`<li class="media media-${media.status}">(.*?)</li>`, "s").exec(html)?.[1] ?? "";
      if (media.status === "target-lost") {
        expect(item).toContain("link lost");
        expect(item).not.toMatch(/^<a /);
        expect(unescape(item)).toContain(media.label);
      } else {
        expect(hrefs(item)).toContain(media.url);
      }
    }
  });

  it("lists every correction of the meeting's sources with kind, before → after, action, rationale and confidence", () => {
    const corrections = seed.sources.flatMap((s) => sourceCorrections(dataset, s));
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect(unescape(html)).toContain(c.rationale);
    expect((html.match(/<tbody>/g) ?? []).length).toBeGreaterThan(0);
    expect((html.match(/<tr>/g) ?? []).length - (html.match(/<thead>/g) ?? []).length).toBe(corrections.length);
    expect(html).toContain("Injected text excised");
    expect(html).toContain("Flagged, left as is");
  });

  it("cites every fact by number: each marker leads to an entry of its section's list, and describes itself by its card", () => {
    const markers = [...html.matchAll(/<a id="(cite-[^"]+)" class="cite-ref" href="#([^"]+)" aria-describedby="([^"]+)">/g)];
    expect(markers.length).toBeGreaterThan(40);
    for (const [, id, note, card] of markers) {
      expect(html).toContain(`<li id="${note}">`);
      expect(html).toContain(`id="${card}" class="cite-card"`);
      expect(card).toBe(`${id}-card`);
      // The list entry links back to this marker.
      expect(html).toContain(`href="#${id}"`);
      // Numbered within the section: the marker's section is the note's.
      expect(note!.replace(/^note-/, "").replace(/-\d+$/, "")).toBe(id!.replace(/^cite-/, "").replace(/-\d+-\d+$/, ""));
    }
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links every piece of evidence of the meeting's facts, speakers, statements, quotes and figures", () => {
    const evidence = [
      seed.title.evidence,
      seed.dates.evidence,
      seed.type.evidence,
      seed.venue?.evidence ?? [],
      seed.summary?.evidence ?? [],
      ...seed.organizers.map((o) => o.evidence),
      ...seed.objectives.map((o) => o.evidence),
      ...seed.sessions.flatMap((s) => [s.title?.evidence ?? [], s.summary?.evidence ?? []]),
      ...seed.media.map((m) => m.evidence),
      ...record.speakers.map((p) => p.participation.evidence),
      ...record.statements.map((x) => x.evidence),
      ...record.quotes.map((x) => x.evidence),
      ...record.figures.map((x) => x.evidence),
    ].flat();
    expect(evidence.length).toBeGreaterThan(40);
    const links = new Set(hrefs(html));
    for (const e of evidence) {
      const link = evidenceLink(dataset, e);
      expect(link.href, JSON.stringify(e)).toBeDefined();
      expect(links.has(link.href!), link.href).toBe(true);
    }
  });

  it("offers the record's citation as a plain reference, BibTeX and CSL-JSON", () => {
    const citation = recordCitation(dataset, "briefing", seed.id, { origin: siteOrigin() })!;
    const text = unescape(html);
    expect(text).toContain(citationText(citation));
    expect(text).toContain(citationBibtex(citation));
    expect(text).toContain(`"URL": "${citation.url}"`);
    expect(html).toMatch(/<h2 id="cite-this">Cite this record<\/h2>/);
  });

  it("embeds schema.org JSON-LD: an Event with its sessions, organizer and performers", () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(json).toBeDefined();
    const ld = JSON.parse(json!);
    expect(ld["@type"]).toBe("Event");
    expect(ld.name).toBe(seed.title.value);
    expect(ld.subEvent).toHaveLength(seed.sessions.length);
    expect(ld.organizer[0].name).toBe("Counter-Terrorism Committee");
    expect(ld.performer.map((p: { name: string }) => p.name)).toEqual(record.speakers.filter((s) => s.person).map((s) => s.person!.name));
  });
});

describe("BriefingView: related meetings", () => {
  it("links a related briefing of the dataset, and names one outside it with its date and page", () => {
    const d = structuredClone(dataset);
    const m = getMeeting(d, SEED_ID)!;
    const other = d.meetings.filter((x) => x !== m)[0]!;
    const evidence = [{ kind: "citation" as const, source: m.sources[0]! }];
    m.related = [
      { meeting: other.id, relation: "continues", evidence },
      { external: { title: "A day of discussion at a university", date: "2019-06", url: "https://example.org/day" }, relation: "preceded-by", evidence },
    ];
    const markup = unescape(renderToStaticMarkup(<BriefingView dataset={d} id={SEED_ID} />));
    const related = markup.slice(markup.indexOf('id="related"'));
    expect(related).toContain(`Continues <a href="/briefings/${other.id}/">${other.title.value}</a>`);
    expect(related).toContain('Preceded by <a href="https://example.org/day" rel="external noopener noreferrer">A day of discussion at a university</a> (June 2019)');
  });
});

describe("BriefingView with a hostile record", () => {
  const hostile = neutralizeDeep(hostileDataset(), "plain");
  const markup = renderToStaticMarkup(<BriefingView dataset={hostile} id={seed.id} />);

  it("renders markup from data as text, never as elements", () => {
    expect(markup).not.toContain("<script>");
    expect(markup).not.toContain("<img");
    expect(markup).toContain("&lt;script&gt;");
    // The only script element is the JSON-LD, and nothing in it can close it early.
    const scripts = [...markup.matchAll(/<script[^>]*>(.*?)<\/script>/gs)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![0]).toMatch(/^<script type="application\/ld\+json">/);
    expect(scripts[0]![1]).not.toMatch(/[<>]/);
    expect(JSON.parse(scripts[0]![1]!).name).toContain(PAYLOADS.script.slice(0, 10));
  });

  it("refuses javascript: and data: URLs: shown as text, never as links", () => {
    const links = hrefs(markup);
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) {
      expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      expect(href.startsWith("/") || href.startsWith("#") || /^https?:\/\//.test(href)).toBe(true);
    }
    expect(markup).toContain("refused-link");
  });

  it("lets no control character or bidi override through", () => {
    expect(hasUnsafe(markup)).toBe(false);
    expect(markup).toContain("A\uFFFDB\uFFFD[31mC\uFFFDD\uFFFDE");
  });
});

describe("splitAtQuotes", () => {
  const quote = (id: string, text: string) => ({ ...record.quotes[0]!, id, text });

  it("cuts a statement around the quotes it contains word for word, in text order", () => {
    const parts = splitAtQuotes("He said “alpha beta” and “gamma”.", [quote("b", "gamma"), quote("a", "alpha beta"), quote("c", "not there")]);
    expect(parts.map((p) => ("quote" in p ? `[${p.quote.id}]` : p.text))).toEqual(["He said “", "[a]", "” and “", "[b]", "”."]);
  });

  it("never marks overlapping quotes twice, and leaves a statement without quotes whole", () => {
    const parts = splitAtQuotes("abcdef", [quote("x", "abcd"), quote("y", "cdef")]);
    expect(parts.map((p) => ("quote" in p ? `[${p.quote.id}]` : p.text))).toEqual(["[x]", "ef"]);
    expect(splitAtQuotes("plain", [])).toEqual([{ text: "plain" }]);
    expect(splitAtQuotes("", [quote("e", "")])).toEqual([]);
  });
});
