// Extraction on synthetic press releases (see fixtures/README.md), written in the genre from the
// facts of real events. Each fixture lists the facts its text states; a fact it does not state
// must be left empty, never guessed.
import { dataset, indexById, lookup, normalizeName } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { ingestBytes, type IngestResult } from "../src";
import { fixture } from "./helpers";

type Check = [string, (r: IngestResult) => void];

const ingest = (name: string): IngestResult => {
  const out = ingestBytes(fixture(name));
  if (!out.ok) throw new Error(out.error.message);
  return out.result;
};
const person = (r: IngestResult, name: string) => {
  const link = r.draft.links.people.find((p) => p.name === name);
  expect(link, name).toBeDefined();
  return r.draft.participations.find((p) => p.person === link!.id)!;
};
const rolesOf = (r: IngestResult, name: string) => {
  const p = person(r, name);
  const drafted = indexById(r.draft.roles);
  return (p.roles ?? []).map((id) => drafted.get(id) ?? lookup(dataset).role.get(id)!);
};
const existingPerson = (name: string) => dataset.people.some((p) => [p.name, ...p.alternateNames].some((n) => normalizeName(n) === normalizeName(name)));
const quoteBy = (r: IngestResult, name: string) => {
  const participations = indexById(r.draft.participations);
  return r.draft.quotes.filter((q) => q.participation !== undefined && participations.get(q.participation)?.person === r.draft.links.people.find((l) => l.name === name)?.id);
};

const FIXTURES: Record<string, Check[]> = {
  "synthetic-e06-narratives-2020.txt": [
    ["valid draft", (r) => expect(r.problems).toEqual([])],
    ["date from the body, not the dateline, with a note", (r) => {
      expect(r.draft.meeting.dates?.value).toEqual({ start: "2020-01-28", end: "2020-01-28" });
      expect(r.draft.meeting.dates?.note).toMatch(/2020-01-31/);
      expect(r.draft.source.published).toBe("2020-01-31");
    }],
    ["the dateline mismatch is flagged", (r) => expect(r.repairs.some((x) => x.kind === "date-mismatch")).toBe(true)],
    ["title from the quoted theme", (r) => expect(r.draft.meeting.title?.value).toBe("Countering terrorist narratives and preventing terrorist use of the Internet")],
    ["type open meeting", (r) => expect(r.draft.meeting.type?.value).toBe("open-meeting")],
    ["the CTC convened it", (r) => expect(r.draft.meeting.organizers).toContainEqual(expect.objectContaining({ organization: "ctc", role: "convener" }))],
    ["venue UN Headquarters, New York", (r) => expect(r.draft.meeting.venue?.value).toEqual({ mode: "in-person", locations: [{ name: "United Nations Headquarters", city: "New York", country: "United States" }] })],
    ["the injected tokens are excised and the words restored", (r) => {
      expect(r.repairs.filter((x) => x.kind === "injected-text-excised")).toHaveLength(2);
      expect(r.repairedText).toContain("the United Nations Office of Counter-Terrorism");
      expect(r.repairedText).not.toMatch(/\p{Script=Han}/u);
    }],
    ["the Chair with two posts: Permanent Representative of Tunisia and CTC Chair", (r) => {
      const p = person(r, "Moncef Baati");
      expect(p.capacity).toBe("chair");
      expect(p.organization).toBe("ctc");
      expect(p.session).toBe("opening");
      expect(rolesOf(r, "Moncef Baati").map((x) => x.organization).sort()).toEqual(["ctc", "tunisia"]);
    }],
    ["Coninsx as Assistant Secretary-General and Executive Director of CTED, honorific from “Ms. Coninsx”", (r) => {
      expect(person(r, "Michèle Coninsx").organization).toBe("cted");
      const role = rolesOf(r, "Michèle Coninsx").find((x) => x.organization === "cted")!;
      expect(role.titleAsStated).toMatch(/Executive Director/);
    }],
    ["people linked when the dataset has them", (r) => {
      for (const l of r.draft.links.people) expect(l.existing).toBe(existingPerson(l.name!));
    }],
    ["the quote and its speaker", (r) => {
      const q = quoteBy(r, "Moncef Baati");
      expect(q).toHaveLength(1);
      expect(q[0]!.text).toBe("Terrorist narratives are not countered by States alone: civil society, the private sector and the media all have a part to play");
    }],
    ["three statements", (r) => expect(r.draft.statements).toHaveLength(3)],
    ["represented: UNOCT (restored), GIFCT (new, acronym from the text), Tech Against Terrorism", (r) => {
      const orgs = r.draft.participations.filter((p) => p.capacity === "participant").map((p) => p.organization);
      expect(orgs).toHaveLength(3);
      expect(orgs).toContain("unoct");
      expect(r.draft.links.organizations.find((o) => o.name === "Global Internet Forum to Counter Terrorism")).toBeDefined();
    }],
    ["documents: resolution 2354 (2017) as mandate, S/2017/375 as framework", (r) => {
      expect(r.draft.meeting.documents).toContainEqual(expect.objectContaining({ symbol: "resolution 2354 (2017)", relation: "mandate" }));
      expect(r.draft.meeting.documents).toContainEqual(expect.objectContaining({ symbol: "S/2017/375", relation: "framework" }));
    }],
    ["two thematic sessions and the opening", (r) => expect(r.draft.meeting.sessions?.map((s) => s.id)).toEqual(["opening", "session-1", "session-2"])],
    ["a lost webcast link", (r) => expect(r.draft.meeting.media).toEqual([expect.objectContaining({ kind: "webcast", status: "target-lost" })])],
    ["topics: narratives and the Internet", (r) => expect(r.draft.meeting.topics).toEqual(expect.arrayContaining(["terrorist-narratives", "ict-and-internet"]))],
    ["no figures: none stated, none guessed", (r) => expect(r.draft.figures).toEqual([])],
  ],
  "synthetic-e07-technical-guide-2020.txt": [
    ["valid draft", (r) => expect(r.problems).toEqual([])],
    ["virtual venue, no location", (r) => expect(r.draft.meeting.venue?.value).toEqual({ mode: "virtual", locations: [] })],
    ["the repeated lead paragraph is removed", (r) => {
      expect(r.repairs.some((x) => x.kind === "duplicate-text" && x.action === "repaired")).toBe(true);
      expect(r.repairedText.split("On 17 August 2020").length).toBe(2);
    }],
    ["the doubled word is repaired", (r) => {
      expect(r.repairedText).toContain("at the request");
      expect(r.repairedText).not.toContain("the the");
    }],
    ["date 17 August (body) with the dateline's 18 August noted", (r) => {
      expect(r.draft.meeting.dates?.value).toEqual({ start: "2020-08-17", end: "2020-08-17" });
      expect(r.draft.meeting.dates?.note).toMatch(/2020-08-18/);
    }],
    ["type open briefing", (r) => expect(r.draft.meeting.type?.value).toBe("open-briefing")],
    ["title: the quoted guide", (r) => expect(r.draft.meeting.title?.value).toMatch(/^Technical Guide to the implementation of Security Council resolution 1373 \(2001\)/)],
    ["the Chair, two posts", (r) => {
      expect(person(r, "Kais Kabtani").capacity).toBe("chair");
      expect(rolesOf(r, "Kais Kabtani").map((x) => x.organization).sort()).toEqual(["ctc", "tunisia"]);
    }],
    ["the quote attributed after it (“… ,” Mr. Kabtani said.)", (r) => expect(quoteBy(r, "Kais Kabtani")).toHaveLength(1)],
    ["“He noted” resolves to the Chair, with a lower confidence", (r) => {
      const noted = r.draft.statements.find((s) => s.text.startsWith("The Security Council had adopted"));
      expect(noted).toBeDefined();
      expect(noted!.participation).toBe(person(r, "Kais Kabtani").id);
      expect(noted!.confidence!).toBeLessThan(0.8);
    }],
    ["figures: 8 resolutions and six languages, exact, not approximate", (r) => {
      expect(r.draft.figures.map((f) => [f.value, f.unit, f.approximate])).toEqual([
        [8, "further counter-terrorism resolutions", false],
        [6, "official UN languages", false],
      ]);
    }],
    ["no year taken for a figure (2017, 2009, 2001 are not figures)", (r) => expect(r.draft.figures.some((f) => f.value === 2017 || f.value === 2009 || f.value === 2001)).toBe(false)],
    ["nothing represented, no sessions: none stated", (r) => {
      expect(r.draft.participations.filter((p) => p.capacity === "participant")).toEqual([]);
      expect(r.draft.meeting.sessions).toEqual([]);
    }],
  ],
  "synthetic-e10-special-meeting-2022.txt": [
    ["valid draft", (r) => expect(r.problems).toEqual([])],
    ["two days", (r) => expect(r.draft.meeting.dates?.value).toEqual({ start: "2022-10-28", end: "2022-10-29" })],
    ["type special meeting", (r) => expect(r.draft.meeting.type?.value).toBe("special-meeting")],
    ["two cities, a day each; the venues are not named, so the city stands for the venue (with a note)", (r) => {
      expect(r.draft.meeting.venue?.value.locations).toEqual([
        { name: "Mumbai", city: "Mumbai", country: "India", dates: { start: "2022-10-28", end: "2022-10-28" } },
        { name: "New Delhi", city: "New Delhi", country: "India", dates: { start: "2022-10-29", end: "2022-10-29" } },
      ]);
      expect(r.draft.meeting.venue?.note).toMatch(/city/);
    }],
    ["chaired by Ruchira Kamboj, Permanent Representative of India", (r) => {
      expect(person(r, "Ruchira Kamboj").capacity).toBe("chair");
      expect(rolesOf(r, "Ruchira Kamboj").map((x) => x.organization)).toContain("india");
    }],
    ["keynote by S. Jaishankar, External Affairs Minister of India", (r) => {
      expect(person(r, "S. Jaishankar").capacity).toBe("keynote");
      expect(rolesOf(r, "S. Jaishankar")[0]?.title).toBe("External Affairs Minister");
    }],
    ["James Cleverly, Foreign Secretary of the United Kingdom", (r) => expect(person(r, "James Cleverly").organization).toBe("united-kingdom")],
    ["the US$500,000 pledge, stated by Mr. Jaishankar", (r) => {
      const f = r.draft.figures.find((x) => x.unit === "USD");
      expect(f?.value).toBe(500_000);
      expect(f?.participation).toBe(person(r, "S. Jaishankar").id);
    }],
    ["three thematic sessions", (r) => expect(r.draft.meeting.sessions?.map((s) => s.id)).toEqual(["session-1", "session-2", "session-3"])],
    ["no statement made of “delivered the keynote address” or “addressed the meeting”", (r) => expect(r.draft.statements.map((s) => s.text)).toEqual(["India would contribute US$500,000 to the United Nations Trust Fund for Counter-Terrorism."])],
    ["no quotes: none in the text", (r) => expect(r.draft.quotes).toEqual([])],
    ["the victims of the attacks in Mumbai do not make another location", (r) => expect(r.draft.meeting.venue?.value.locations ?? []).toHaveLength(2)],
    ["topics include new technologies", (r) => expect(r.draft.meeting.topics).toContain("new-technologies")],
  ],
  "synthetic-e13-fatf-briefing-2024.txt": [
    ["valid draft", (r) => expect(r.problems).toEqual([])],
    ["a briefing to Committee members", (r) => expect(r.draft.meeting.type?.value).toBe("briefing-to-members")],
    ["organised (hosted) by CTED", (r) => expect(r.draft.meeting.organizers).toEqual([expect.objectContaining({ organization: "cted", role: "host" })])],
    ["no quoted theme: the headline is the title, with a lower confidence and a note", (r) => {
      expect(r.draft.meeting.title?.value).toBe("Financial Action Task Force President briefs CTED and CTC members and observers");
      expect(r.draft.meeting.title?.confidence).toBeLessThan(0.8);
      expect(r.draft.meeting.title?.note).toBeDefined();
    }],
    ["T. Raja Kumar, President of the FATF (the acronym the text defines)", (r) => {
      const role = rolesOf(r, "T. Raja Kumar")[0]!;
      expect(role.title).toBe("President");
      const org = indexById(r.draft.links.organizations).get(role.organization)!;
      expect(org.name).toBe("Financial Action Task Force");
    }],
    ["“Mr. Raja Kumar presented” resolves to him", (r) => {
      const st = r.draft.statements.find((s) => s.text.startsWith("Presented the revised Recommendation 8"));
      expect(st?.participation).toBe(person(r, "T. Raja Kumar").id);
    }],
    ["Natalia Gherman, opening remarks, CTED", (r) => {
      const p = person(r, "Natalia Gherman");
      expect(p.organization).toBe("cted");
      expect(p.session).toBe("opening");
    }],
    ["the Chargé d’Affaires of Algeria", (r) => expect(rolesOf(r, "Nacim Gaouaoui")[0]?.organization).toBe("algeria")],
    ["city without a venue: New York, with a lower confidence", (r) => {
      expect((r.draft.meeting.venue?.value.locations ?? []).map((l) => l.city)).toEqual(["New York"]);
      expect(r.draft.meeting.venue?.confidence).toBeLessThan(0.9);
    }],
    ["topic terrorism financing", (r) => expect(r.draft.meeting.topics).toContain("terrorism-financing")],
    ["no quotes, no figures (Recommendation 8 is not a figure): left empty", (r) => {
      expect(r.draft.quotes).toEqual([]);
      expect(r.draft.figures).toEqual([]);
      expect(r.gaps).toEqual(expect.arrayContaining([expect.stringMatching(/^quotes/), expect.stringMatching(/^figures/)]));
    }],
  ],
  "synthetic-e11-narratives-2023.rss.xml": [
    ["valid draft", (r) => expect(r.problems).toEqual([])],
    ["the feed's markup is removed and logged", (r) => {
      expect(r.repairs.some((x) => x.kind === "markup-removed")).toBe(true);
      expect(r.repairedText).not.toContain("<p>");
      expect(r.repairedText).not.toContain("document.write");
    }],
    ["the item's title, not the channel's, is the headline", (r) => expect(r.draft.source.title).toBe("Counter-Terrorism Committee holds open meeting on “Countering terrorist narratives”")],
    ["date, type, venue", (r) => {
      expect(r.draft.meeting.dates?.value).toEqual({ start: "2023-10-19", end: "2023-10-19" });
      expect(r.draft.meeting.type?.value).toBe("open-meeting");
      expect(r.draft.meeting.venue?.value.locations?.[0]?.name).toBe("United Nations Headquarters");
    }],
    ["the Chair: Deputy Permanent Representative of the UAE and CTC Chair", (r) => {
      expect(person(r, "Mohamed Abushahab").capacity).toBe("chair");
      expect(rolesOf(r, "Mohamed Abushahab").map((x) => x.organization).sort()).toEqual(["ctc", "united-arab-emirates"]);
    }],
    ["“one third of all people” is a share of 1/3, stated by the Chair", (r) => {
      const f = r.draft.figures[0]!;
      expect(f.value).toBeCloseTo(1 / 3);
      expect(f.unit).toBe("share");
      expect(f.asStated).toBe("one third of all people");
      expect(f.participation).toBe(person(r, "Mohamed Abushahab").id);
    }],
    ["Natalia Gherman's statement", (r) => expect(r.draft.statements.some((s) => s.participation === person(r, "Natalia Gherman").id)).toBe(true)],
    ["every evidence span points at the original (marked-up) text", (r) => {
      const text = Array.from(r.draft.source.archive!.text);
      for (const f of r.facts) for (const e of f.evidence) expect(text.slice(e.start, e.end).join("")).toBe(e.exact);
    }],
  ],
};

for (const [name, checks] of Object.entries(FIXTURES)) {
  describe(`fixture ${name}`, () => {
    const result = ingest(name);
    it.each(checks)("%s", (_, check) => check(result));
  });
}

describe("left empty, never guessed", () => {
  it("a text without a date, type or organizer gives an invalid draft that says what is missing (the type: unknown, never guessed)", () => {
    const out = ingestBytes(Buffer.from("Notes from a discussion\n\nParticipants discussed several matters of common interest and agreed to meet again.\n"));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const r = out.result;
    expect(r.valid).toBe(false);
    expect(r.draft.meeting.dates).toBeUndefined();
    expect(r.draft.meeting.type?.value).toBe("unknown");
    expect(r.gaps.some((g) => g.startsWith("type:"))).toBe(true);
    expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(["meeting.dates", "meeting.organizers", "meeting.topics"]));
    expect(r.draft.people).toEqual([]);
    expect(r.draft.figures).toEqual([]);
  });
});
