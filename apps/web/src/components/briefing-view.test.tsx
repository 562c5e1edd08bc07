import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataset, meetingRecord, sourceCorrections } from "@briefings/core";
import { hostileDataset, PAYLOADS } from "../../test/hostile-dataset";
import { neutralizeDeep } from "@briefings/core/text";
import { SEED_ID } from "../../test/seed";
import { BriefingView } from "./briefing-view";

const seed = dataset.meetings.find((m) => m.id === SEED_ID)!;
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
      const item = new RegExp(`<li class="media media-${media.status}">(.*?)</li>`).exec(html)?.[1] ?? "";
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
    expect(markup).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
    expect(markup).toContain("A\uFFFDB\uFFFD[31mC\uFFFDD\uFFFDE");
  });
});
