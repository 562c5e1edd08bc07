import { lookup } from "@briefings/core";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { seed } from "../test/helpers";
import { jsonLdChunks, partialDate } from "./jsonld";

const dataset = await seed();
const SCHEMA = "https://schema.org/";

/** Refuses every fetch: the document must expand with its inline context alone. */
const offline = (url: string): Promise<never> => Promise.reject(new Error(`network access refused: ${url}`));

async function expanded(idBase?: string) {
  const doc = JSON.parse([...jsonLdChunks(dataset, idBase === undefined ? {} : { idBase })].join("")) as object;
  return jsonld.expand(doc, { documentLoader: offline, safe: true });
}

const typesOf = (node: Record<string, unknown>) => (node["@type"] as string[] | undefined) ?? [];

describe("JSON-LD", () => {
  it("expands offline (inline context) into schema.org Events, Persons, Organizations and Quotations", async () => {
    const graph = await expanded();
    const count = (type: string) => graph.filter((n) => typesOf(n).includes(`${SCHEMA}${type}`)).length;
    expect(count("Event")).toBe(dataset.meetings.length);
    expect(count("Person")).toBe(dataset.people.length);
    expect(count("Organization")).toBe(dataset.organizations.length);
    expect(count("Quotation")).toBe(dataset.quotes.length);
  });

  it("links a meeting to its sessions (subEvent), performers (Role) and quotes to their speaker", async () => {
    const graph = await expanded("https://example.org/id/");
    const meeting = dataset.meetings[0]!;
    const event = graph.find((n) => n["@id"] === `https://example.org/id/meeting:${meeting.id}`)!;
    expect(event).toBeDefined();
    const subEvents = event[`${SCHEMA}subEvent`] as Record<string, unknown>[];
    expect(subEvents).toHaveLength(meeting.sessions.length);
    for (const s of subEvents) expect(typesOf(s)).toEqual([`${SCHEMA}Event`]);
    const performers = event[`${SCHEMA}performer`] as Record<string, unknown>[];
    expect(performers.length).toBeGreaterThan(0);
    for (const p of performers) expect(typesOf(p)).toEqual([`${SCHEMA}Role`]);
    expect(event[`${SCHEMA}startDate`]).toEqual([{ "@value": meeting.dates.value.start, "@type": "http://www.w3.org/2001/XMLSchema#date" }]);

    const quote = dataset.quotes[0]!;
    const speaker = lookup(dataset).participation.get(quote.participation!)!.person!;
    const node = graph.find((n) => n["@id"] === `https://example.org/id/quote:${quote.id}`)!;
    expect(node[`${SCHEMA}spokenByCharacter`]).toEqual([{ "@id": `https://example.org/id/person:${speaker}` }]);
    expect(node[`${SCHEMA}text`]).toEqual([{ "@value": quote.text }]);
  });

  it("fails to expand a document whose context would need the network", async () => {
    const doc = { "@context": "https://schema.org/", "@type": "Event", name: "x" };
    await expect(jsonld.expand(doc, { documentLoader: offline })).rejects.toThrow();
  });
});

describe("JSON-LD: review state and partial dates", () => {
  it("gives each Event its record, a CreativeWork whose creativeWorkStatus is the review state", async () => {
    const graph = await expanded("https://example.org/id/");
    for (const meeting of dataset.meetings) {
      const event = graph.find((n) => n["@id"] === `https://example.org/id/meeting:${meeting.id}`)!;
      const records = (event[`${SCHEMA}subjectOf`] as Record<string, unknown>[]).filter((s) => s["@id"] === `https://example.org/id/record:${meeting.id}`);
      expect(records).toHaveLength(1);
      expect(records[0]![`${SCHEMA}creativeWorkStatus`]).toEqual([{ "@value": meeting.review.state }]);
    }
  });

  it("types a founding date as precisely as its source gives it", async () => {
    expect(partialDate("2004")).toEqual({ "@value": "2004", "@type": "xsd:gYear" });
    expect(partialDate("2004-03")).toEqual({ "@value": "2004-03", "@type": "xsd:gYearMonth" });
    expect(partialDate("2001-09-28")).toEqual({ "@value": "2001-09-28", "@type": "xsd:date" });
    expect(partialDate(undefined)).toBeUndefined();
    const graph = await expanded();
    const cted = graph.find((n) => n["@id"] === "urn:briefings:organization:cted")!;
    expect(cted[`${SCHEMA}foundingDate`]).toEqual([{ "@value": "2004-03", "@type": "http://www.w3.org/2001/XMLSchema#gYearMonth" }]);
  });
});
