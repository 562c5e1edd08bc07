// Speakers named by the cues of names.ts, on synthetic text written for these tests.
import { readFileSync } from "node:fs";
import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { findAcronyms } from "./acronyms";
import { extract } from "./index";
import { findNameHits, lowerCaseWords, type NameCue } from "./names";
import { OrgResolver } from "./organizations";
import { normalizeTitle } from "./people";
import { readDoc } from "./text";

const resolver = new OrgResolver(dataset.organizations, findAcronyms(readDoc("")));
const hitsOf = (sentence: string, strict = false) =>
  findNameHits(sentence, 0, {
    isState: (p) => resolver.isState(p),
    isKnownOrg: (p) => {
      const m = resolver.peek(p);
      return m !== undefined && m.matchedBy !== "new";
    },
    lower: lowerCaseWords(sentence),
    strict,
  }).map((h) => ({
    name: sentence.slice(h.name.start, h.name.end),
    cue: h.cue,
    ...(h.post ? { post: sentence.slice(h.post.start, h.post.end) } : {}),
    ...(h.org ? { org: sentence.slice(h.org.start, h.org.end) } : {}),
    ...(h.postAfter ? { postAfter: sentence.slice(h.postAfter.start, h.postAfter.end) } : {}),
    ...(h.chairs ? { chairs: sentence.slice(h.chairs.start, h.chairs.end) } : {}),
    ...(h.honorific ? { honorific: sentence.slice(h.honorific.start, h.honorific.end) } : {}),
  }));

describe("names by their cues", () => {
  it.each<[string, string, NameCue, Record<string, string>]>([
    ["a post before the name", "Later, Deputy Foreign Minister Arvid Solberg said the plan was ready.", "post-before", { name: "Arvid Solberg", post: "Deputy Foreign Minister" }],
    ["a post with an organization before the name", "The Under-Secretary-General for the Office of Counter-Terrorism Marta Lindgren briefed members.", "post-before", { name: "Marta Lindgren", post: "Under-Secretary-General for the Office of Counter-Terrorism" }],
    ["a post, a comma, the name", "The Chief of the Analysis Branch, Tomas Reiner, spoke next.", "post-before", { name: "Tomas Reiner", post: "Chief of the Analysis Branch" }],
    ["a State in parentheses", "Then Ana Moreno (Chile) told the Council that more was needed.", "state-in-parentheses", { name: "Ana Moreno", org: "Chile" }],
    ["the post after the State", "Ana Moreno (Chile), chair of the Counter-Terrorism Committee, opened.", "state-in-parentheses", { name: "Ana Moreno", org: "Chile", postAfter: "chair of the Counter-Terrorism Committee" }],
    ["who chairs", "Ana Moreno of Chile, who chairs the Counter-Terrorism Committee, spoke.", "of-organization", { name: "Ana Moreno", org: "Chile", chairs: "the Counter-Terrorism Committee" }],
    ["of an institution", "Later Pieter Smulders of the Coastal Studies Institute presented a paper.", "of-organization", { name: "Pieter Smulders", org: "the Coastal Studies Institute" }],
    ["an honorific", "A paper was presented by Ms. Greta Holm.", "honorific", { name: "Greta Holm", honorific: "Ms." }],
    ["a rank kept apart", "Also present was Colonel Idris Bello, who led the drills.", "honorific", { name: "Idris Bello", honorific: "Colonel" }],
    ["a lower-case post after a comma", "Rosa Quintero, a veteran border analyst, warned of gaps.", "post-after", { name: "Rosa Quintero" }],
    ["a by-line", "Remarks by Jonas Petraitis, UNODC", "by-line", { name: "Jonas Petraitis" }],
    ["a reporting verb", "Yusuf Adeyemi said the numbers had fallen.", "reporting-verb", { name: "Yusuf Adeyemi" }],
    ["a bare initial", "Minister R Venkatesh said the meeting was useful.", "post-before", { name: "R Venkatesh", post: "Minister" }],
    ["a Mc name", "Later, Ms. Fiona McAllister spoke.", "honorific", { name: "Fiona McAllister" }],
    ["a lower-case post inside the post before the name", "It heard the Coordinator and head of the Border Office (BO) Nadia Rahimi on Monday.", "post-before", { name: "Nadia Rahimi", post: "Coordinator and head of the Border Office (BO)" }],
    ["an honorific, the name, a capitalised post without a comma", "Also present: H.E. Mr. Kwame Boateng Permanent Representative of Ghana.", "honorific", { name: "Kwame Boateng" }],
  ])("%s", (_what, sentence, cue, want) => {
    expect(hitsOf(sentence)).toContainEqual(expect.objectContaining({ ...want, cue }));
  });

  it("gives each person of a list the post written after their own name", () => {
    const hits = hitsOf("The session was opened by Ana Ruiz, Chair of the Committee, Piotr Nowak, Secretary General of the Council of Europe and Li Wei, Director of the Office.");
    expect(hits.map((h) => [h.name, h.cue, h.postAfter])).toEqual([
      ["Ana Ruiz", "post-after", "Chair of the Committee"],
      ["Piotr Nowak", "post-after", "Secretary General of the Council of Europe"],
      ["Li Wei", "post-after", "Director of the Office"],
    ]);
  });

  it("leaves a post after “, and” to the next person of a list of posts written before names", () => {
    const hits = hitsOf("The panel heard the Director of the Border Office, Mr. Omar Haddad, and Deputy Head of the Harbour Agency, Ms. Lena Fischer, on Monday.");
    expect(hits.map((h) => [h.name, h.cue, h.post, h.postAfter])).toEqual([
      ["Omar Haddad", "post-before", "Director of the Border Office", undefined],
      ["Lena Fischer", "post-before", "Deputy Head of the Harbour Agency", undefined],
    ]);
  });

  it("does not end a post at “and” before capitalised words that are no next person", () => {
    const hits = hitsOf("Ana Ruiz, Programme Manager of the Safety and Harmful Content team at Examplenet, spoke.");
    expect(hits.map((h) => h.postAfter)).toEqual(["Programme Manager of the Safety and Harmful Content team at Examplenet"]);
  });

  it("takes no common words, places, or posts for a name", () => {
    expect(hitsOf("The Security Council Counter-Terrorism Committee met in New York.")).toEqual([]);
    expect(hitsOf("Representatives of Member States said the review helped.")).toEqual([]);
    expect(hitsOf("The session on South East Asia was chaired by the Committee.")).toEqual([]);
    // In a headline in title case, a word the text also writes in lower case is no name.
    expect(hitsOf("Chair Renews Mandate of the experts; the council renews its mandate", true)).toEqual([]);
    // A name is not cut at a letter lost to "?".
    expect(hitsOf("Director Ana Lop?z spoke.")).toEqual([]);
    // A name followed by another capitalised word is not cut short.
    expect(hitsOf("Director Ana Lopez Report was published.")).toEqual([]);
  });

  it("stays linear on long runs of capitalised words and commas", () => {
    const long = `${"Director Alpha Beta, ".repeat(3000)}end`;
    expect(hitsOf(long).length).toBeGreaterThan(0);
  });
});

describe("speakers in a synthetic press release", () => {
  it("finds every speaker with the post the text gives", () => {
    const text = readFileSync(new URL("../../test/fixtures/synthetic-speakers-cues.txt", import.meta.url), "utf8");
    const x = extract(text, { organizations: dataset.organizations });
    const people = Object.fromEntries(x.people.map((p) => [p.name, p]));
    expect(Object.keys(people).sort()).toEqual(
      ["Halima Osei-Mensah", "Ines Carvalho", "Lucia Benedetti", "Oskar Lindqvist", "Pavel Dvorak", "Rashid Al-Farsi", "Taro Ishikawa", "Wilhelmina Van Der Berg"].sort(),
    );
    expect(people["Taro Ishikawa"]!.roles.map((r) => [r.title, r.org.id])).toContainEqual(["Chair", "ctc"]);
    expect(people["Taro Ishikawa"]!.roles.map((r) => r.org.id)).toContain("japan");
    expect(people["Ines Carvalho"]!.roles.map((r) => r.title)).toContain("Chair");
    expect(people["Halima Osei-Mensah"]!.roles.map((r) => [r.title, r.org.id])).toContainEqual(["Executive Director", "cted"]);
    expect(people["Rashid Al-Farsi"]!.honorific).toBe("Colonel");
    expect(people["Pavel Dvorak"]!.honorific).toBe("Mr.");
  });
});

describe("posts and organizations of speakers", () => {
  const peopleOf = (text: string) => extract(text, { organizations: dataset.organizations }).people;
  it("reads a committee named with its resolution's number, and a State by its formal name", () => {
    const r = new OrgResolver(dataset.organizations, []);
    expect(r.peek("the 1373 Counter-Terrorism Committee")?.id).toBe("ctc");
    expect(r.peek("the Republic of Peru")?.id).toBe("peru");
  });

  it("gives a Permanent Representative's post to the State, not to the United Nations", () => {
    const [p] = peopleOf("Synthetic update\n\nOn 2 May 2031, Ambassador Lena Vogt, Permanent Representative of Austria to the United Nations, told the Committee that the review was over.");
    expect(p?.roles.map((r) => [r.title, r.org.id])).toContainEqual(["Permanent Representative", "austria"]);
    expect(p?.roles.map((r) => r.org.id)).not.toContain("united-nations");
  });

  it("places a Secretary-General named without an organization at the United Nations", () => {
    const [p] = peopleOf("Synthetic update\n\nOn 2 May 2031, Secretary-General Omar Haddad told the Council that cooperation had grown.");
    expect(p?.name).toBe("Omar Haddad");
    expect(p?.roles.map((r) => [r.title, r.org.id])).toContainEqual(["Secretary-General", "united-nations"]);
  });
});

describe("no title word in a person's name", () => {
  it("drops a post or a team read as a name by an introduction", () => {
    const text = "Synthetic update\n\nOn 2 May 2031, the Analytical Support Monitoring Team, Chief of the unit, met. Canadian Co-Chair, Chair of the panel, spoke. Ana Ruiz, Chair of the Counter-Terrorism Committee, opened it.";
    expect(extract(text, { organizations: dataset.organizations }).people.map((p) => p.name)).toEqual(["Ana Ruiz"]);
  });
});

describe("posts as the text states them", () => {
  it.each([
    ["the outgoing chair", "Chair"],
    ["The Executive Director", "Executive Director"],
    ["and Head", "Head"],
  ])("%s → %s", (stated, title) => expect(normalizeTitle(stated).title).toBe(title));

  it("splits “Chair of X and Permanent Representative of Y” into two posts", () => {
    const text = "Synthetic update\n\nOn 2 May 2031, Ana Ruiz, Chair of the Counter-Terrorism Committee and Permanent Representative of Chile, opened the meeting.";
    const [p] = extract(text, { organizations: dataset.organizations }).people;
    expect(p?.roles.map((r) => [r.title, r.org.id])).toEqual(expect.arrayContaining([["Chair", "ctc"], ["Permanent Representative", "chile"]]));
  });
});
