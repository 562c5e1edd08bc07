// Unit tests of the extractors on the phrasings the genre uses (beyond the fixtures).
import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { findAcronyms } from "./acronyms";
import { readDate } from "./dates";
import { findFiguresInSentence } from "./figures";
import { findType } from "./meeting";
import { OrgResolver, splitList } from "./organizations";
import { findPeople, normalizeTitle } from "./people";
import { readDoc, splitSentences } from "./text";

describe("dates", () => {
  it.each([
    ["On 27 June 2019, the CTC hosted", "2019-06-27", "2019-06-27"],
    ["held on 28-29 October 2022 in Mumbai", "2022-10-28", "2022-10-29"],
    ["on 28 and 29 October 2022", "2022-10-28", "2022-10-29"],
    ["The workshop took place from 19 to 21 March 2019 in Singapore.", "2019-03-19", "2019-03-21"],
    ["from 30 November to 2 December 2020", "2020-11-30", "2020-12-02"],
    ["On Monday, 27 January 2020, the Committee met", "2020-01-27", "2020-01-27"],
    ["On June 27, 2019, the Committee held a briefing", "2019-06-27", "2019-06-27"],
  ])("%s", (text, start, end) => expect(readDate(text)).toEqual(expect.objectContaining({ start, end })));

  it("reads no date where there is none, and no impossible date", () => {
    expect(readDate("The Committee discussed resolution 2354 (2017).")).toBeUndefined();
    expect(readDate("On 30 February 2020, the Committee met")).toBeUndefined();
  });
});

describe("figures", () => {
  const figures = (sentence: string) => findFiguresInSentence(readDoc(sentence), { start: 0, end: sentence.length });
  it("reads counts with their unit, and approximations", () => {
    expect(figures("CTED had conducted 133 country visits covering 93 States to date.").map((f) => [f.value, f.unit, f.approximate, f.current])).toEqual([
      [133, "country visits", false, true],
      [93, "States", false, true],
    ]);
    expect(figures("The network has over 100 member think tanks and research institutes.").map((f) => [f.value, f.unit, f.approximate])).toEqual([[100, "member think tanks", true]]);
    expect(figures("Nearly 2,500 people attended.")[0]).toEqual(expect.objectContaining({ value: 2500, approximate: true, asStated: "Nearly 2,500 people" }));
    expect(figures("More than 40 percent of attacks targeted public places.")[0]).toEqual(expect.objectContaining({ value: 40, unit: "percent", approximate: true }));
  });
  it("reads money and scales", () => {
    expect(figures("India pledged US$500,000 to the Trust Fund.")[0]).toEqual(expect.objectContaining({ value: 500_000, unit: "USD" }));
    expect(figures("in 2018, Facebook removed about 25 million pieces of terrorist content.")[0]).toEqual(
      expect.objectContaining({ value: 25_000_000, unit: "pieces", approximate: true, year: 2018, asStated: "about 25 million pieces of terrorist content" }),
    );
  });
  it("takes no year, date, resolution, ordinal, time or document number for a figure", () => {
    expect(figures("On 16 November 2017 at 3.00 p.m., on the 16th anniversary of resolution 1373 (2001), the 1267 Committee met in Conference Room 4 on Recommendation 8 (S/2017/375).")).toEqual([]);
  });
});

describe("organizations", () => {
  const doc = readDoc("The Financial Action Task Force (FATF) and the Counter-Terrorism Committee Executive Directorate (CTED) met.");
  it("finds the acronyms a text defines, with the shortest matching name", () => {
    expect(findAcronyms(doc).map((a) => [a.acronym, a.name])).toEqual([
      ["FATF", "Financial Action Task Force"],
      ["CTED", "Counter-Terrorism Committee Executive Directorate"],
    ]);
  });
  it("resolves names, acronyms, alternate names and Member States to the dataset", () => {
    const r = new OrgResolver(dataset.organizations, findAcronyms(doc));
    const cted = dataset.organizations.find((o) => o.acronym === "CTED")!;
    expect(r.peek("CTED")?.id).toBe(cted.id);
    expect(r.peek("the Counter-Terrorism Committee Executive Directorate (CTED)")?.id).toBe(cted.id);
    const withAlternate = dataset.organizations.find((o) => o.alternateNames.length > 0)!;
    expect(r.peek(withAlternate.alternateNames[0]!)?.id).toBe(withAlternate.id);
    expect(r.peek("Tunisia")).toEqual(expect.objectContaining({ kind: "member-state", name: "Tunisia" }));
    expect(r.peek("FATF")?.name).toBe("Financial Action Task Force");
    expect(r.peek("Member States")).toBeUndefined();
  });
  it("splits a list at top-level commas and the final “and”, keeping names that contain “and”", () => {
    const text = "the A Forum (AF), the Network for Religious and Traditional Peacemakers, B Corp and C Group";
    const r = new OrgResolver(dataset.organizations, []);
    expect(splitList(text, 0, text.length, r).map((s) => text.slice(s.start, s.end))).toEqual(["A Forum (AF)", "Network for Religious and Traditional Peacemakers", "B Corp", "C Group"]);
  });
});

describe("people", () => {
  it.each([
    ["Chair of the Counter-Terrorism Committee", "Chair", "substantive"],
    ["Acting Executive Director", "Executive Director", "acting"],
    ["Public Policy Manager of the Counterterrorism and Dangerous Organizations team", "Public Policy Manager, Counterterrorism and Dangerous Organizations", "substantive"],
  ])("normalises the post %s", (stated, title, tenure) => {
    const t = normalizeTitle(stated.replace(/ of the Counter-Terrorism Committee$/u, ""));
    expect(t).toEqual({ title, tenure });
  });

  it("reads the introductions of the genre", () => {
    const text =
      "Ambassador Amr Abdellatif Aboulatta of Egypt delivered a joint statement. The Executive Director of CTED, Michèle Coninsx, briefed the Committee. Juan Carlos Monroy (Guatemala), Vice-President Pro Tempore of GAFILAT, said that exercises were held.";
    const doc = readDoc(text);
    const r = new OrgResolver(dataset.organizations, []);
    const people = findPeople(doc, r, splitSentences(text, 0, text.length));
    expect(people.map((p) => p.name)).toEqual(["Amr Abdellatif Aboulatta", "Michèle Coninsx", "Juan Carlos Monroy"]);
    expect(people[0]!.roles[0]?.org.id).toBe("egypt");
    expect(people[1]!.roles[0]?.title).toBe("Executive Director");
    expect(people[2]!.roles.map((x) => x.org.name)).toEqual(expect.arrayContaining(["Guatemala"]));
  });
});

describe("meeting type", () => {
  it.each([
    ["CTC holds joint special meeting with the 1267 Committee", "joint-special-meeting"],
    ["CTED, INTERPOL and UNOCT host follow-up regional expert workshop", "workshop"],
    ["Chairs brief the Security Council", "security-council-briefing"],
    ["FATF President briefs CTC members and observers", "closed-briefing"],
  ])("%s → %s", (headline, type) => expect(findType(readDoc(`${headline}\n\nOn 1 May 2020, something happened.`))?.value).toBe(type));
});
