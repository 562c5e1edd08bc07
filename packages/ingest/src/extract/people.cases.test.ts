// People of extract/people.ts case by case, on sentences written for these tests (synthetic, our own words): the
// names, honorifics, spans (offsets into the text), posts with their organization and tenure, later references,
// and the helpers a draft relies on (splitName, normalizeTitle, personByReference). The organizations are the
// dataset's (the CTC, CTED, the Security Council, Member States).
import { describe, expect, it } from "vitest";
import { peopleOf, spanOf as at } from "../../test/extract-helpers";
import { normalizeTitle, personByReference, splitName, type PersonFact } from "./people";

/** A person's posts as "title @ organization id (tenure)". */
const posts = (p: PersonFact | undefined) => (p?.roles ?? []).map((r) => `${r.title} @ ${r.org.id}${r.tenure === "acting" ? " (acting)" : ""}`);
const byName = (people: PersonFact[], name: string) => people.find((p) => p.name === name);
/** A person's name spans, by start (each span once: a name found by two cues is still one span). */
const spansOf = (p: PersonFact | undefined) => [...(p?.spans ?? [])].sort((a, b) => a.start - b.start);

describe("splitName", () => {
  it("takes the last word (hyphens kept) for the family name and the rest for the given names", () => {
    expect(splitName("Ana Ruiz")).toStrictEqual({ givenName: "Ana", familyName: "Ruiz" });
    expect(splitName("Ana María López-Ruiz")).toStrictEqual({ givenName: "Ana María", familyName: "López-Ruiz" });
    expect(splitName("Ana  de  Ruiz")).toStrictEqual({ givenName: "Ana de", familyName: "Ruiz" });
  });
  it("splits nothing out of one word", () => {
    expect(splitName("Ruiz")).toStrictEqual({});
  });
});

describe("normalizeTitle", () => {
  it.each([
    ["the outgoing Chairman", "Chair", "substantive"],
    ["and Chairwoman", "Chair", "substantive"],
    ["newly appointed Chairperson", "Chair", "substantive"],
    ["former chair", "Chair", "substantive"],
    ["Interim Head", "Head", "acting"],
    ["acting Director", "Director", "acting"],
    ["Officer-in-Charge", "Officer-in-Charge", "acting"],
    ["Deputy Executive Director a.i.", "Deputy Executive Director", "acting"],
    ["Deputy Executive Director a.i", "Deputy Executive Director", "acting"],
    ["Permanent Representative to the United Nations", "Permanent Representative", "substantive"],
    ["Permanent Representative to the UN", "Permanent Representative", "substantive"],
    ["Experts", "Expert", "substantive"],
    ["Deputy Secretary-General for Harbour Affairs", "Deputy Secretary-General", "substantive"],
    ["Assistant Executive Director for Port Safety", "Assistant Executive Director", "substantive"],
    ["Executive Director for Policy", "Executive Director", "substantive"],
    ["Executive Director for policy", "Executive Director for policy", "substantive"],
    ["Lead of the Harbour Watch unit", "Lead, Harbour Watch", "substantive"],
    ["Analyst of the Port Risk Section", "Analyst, Port Risk", "substantive"],
    ["Chairmanship", "Chairmanship", "substantive"],
    ["  Vice-Chair  ", "Vice-Chair", "substantive"],
  ])("%s → %s (%s)", (stated, title, tenure) => {
    expect(normalizeTitle(stated)).toStrictEqual({ title, tenure });
  });
});

describe("personByReference", () => {
  const person = (name: string): PersonFact => {
    const key = name.toLowerCase();
    return { key, name, ...splitName(name), spans: [], roles: [], intro: { start: 0, end: 0 }, chaired: false };
  };
  const ana = person("Ana Ruiz Lopez");
  const piet = person("Pieter Smulders");
  const ban = person("Ban Ki-moon");
  const people = [ana, piet, ban];
  it("finds a person by the whole name, with or without an honorific", () => {
    expect(personByReference(people, "Pieter Smulders")).toBe(piet);
    expect(personByReference(people, "H.E. Mr. Pieter Smulders")).toBe(piet);
    expect(personByReference(people, "Dr. Ana Ruiz Lopez")).toBe(ana);
  });
  it("finds a person by the family name, or by the last words of the name", () => {
    expect(personByReference(people, "Mr. Smulders")).toBe(piet);
    expect(personByReference(people, "Ms. Ruiz Lopez")).toBe(ana);
    expect(personByReference(people, "Lopez")).toBe(ana);
  });
  it("finds a person by a whole word inside the name, only one of three letters or more", () => {
    expect(personByReference(people, "Ruiz")).toBe(ana);
    expect(personByReference(people, "Ban")).toBe(ban);
    expect(personByReference([...people, person("Li Ban Chen")], "Ban")).toBeUndefined();
    expect(personByReference([person("Ana Li Chen")], "Li")).toBeUndefined();
    expect(personByReference(people, "Rui")).toBeUndefined();
  });
  it("prefers the whole name to the end of a longer one, and the end of a name to a name it is inside", () => {
    const short = person("Ana Ruiz");
    const longer = person("Maria Ana Ruiz");
    expect(personByReference([longer, short], "Ana Ruiz")).toBe(short);
    const ending = person("Ana Maria Ruiz");
    const inside = person("Maria Ruiz Lopez");
    expect(personByReference([inside, ending], "Maria Ruiz")).toBe(ending);
  });
  it("finds no one for an empty phrase, an unknown name, or a name two people end with", () => {
    expect(personByReference(people, "Mr. ")).toBeUndefined();
    expect(personByReference(people, "Nowak")).toBeUndefined();
    expect(personByReference([person("Ana Ruiz"), person("Jose Ruiz")], "Ms. Ruiz")).toBeUndefined();
    const twoTails = [person("Ana Maria Ruiz"), person("Jose Maria Ruiz")];
    expect(personByReference(twoTails, "Maria Ruiz")).toBeUndefined();
  });
});

describe("findPeople: an introduction with its post", () => {
  it("gives the name, its honorific, the spans of the name and of the introduction, and the post at its organization", () => {
    const text = "H.E. Mr. Pieter Smulders, Chair of the Counter-Terrorism Committee, opened the meeting. Later Mr. Smulders thanked the members.";
    const [p, ...others] = peopleOf(text);
    expect(others).toStrictEqual([]);
    expect(p).toMatchObject({ key: "pieter smulders", name: "Pieter Smulders", givenName: "Pieter", familyName: "Smulders", honorific: "H.E. Mr.", chaired: false });
    expect(spansOf(p)).toStrictEqual([at(text, "Pieter Smulders"), at(text, "Smulders", 60)]);
    expect(p!.intro).toStrictEqual({ start: 0, end: text.indexOf(", opened") });
    expect(p!.roles).toHaveLength(1);
    expect(p!.roles[0]).toMatchObject({ title: "Chair", titleAsStated: "Chair of the Counter-Terrorism Committee", tenure: "substantive", span: { start: 0, end: text.indexOf(", opened") } });
    expect(p!.roles[0]!.org.id).toBe("ctc");
  });

  it("takes the honorific of a later reference when the introduction has none", () => {
    const text = "Lena Marsh, Chair of the Counter-Terrorism Committee, opened the meeting. Ms. Marsh then closed it.";
    const [p] = peopleOf(text);
    expect(p).toMatchObject({ name: "Lena Marsh", honorific: "Ms." });
    expect(spansOf(p)).toStrictEqual([at(text, "Lena Marsh"), at(text, "Marsh", 20)]);
  });

  it("says whether the person chaired (“chaired by”)", () => {
    const text = "The meeting was chaired by Lena Marsh, Chair of the Counter-Terrorism Committee, who opened it.";
    const [p] = peopleOf(text);
    expect(p).toMatchObject({ name: "Lena Marsh", chaired: true });
    expect(posts(p)).toStrictEqual(["Chair @ ctc"]);
  });

  it("reads an acting post and the tenure it gives", () => {
    const text = "Lena Marsh, Acting Executive Director of the Counter-Terrorism Committee Executive Directorate, said the work went on.";
    expect(posts(peopleOf(text)[0])).toStrictEqual(["Executive Director @ cted (acting)"]);
  });

  it("gives each post of “X and Y of Z” the organization Z", () => {
    const text = "Pieter Smulders, Ambassador and Permanent Representative of Malta, said the checks had improved.";
    const [p] = peopleOf(text);
    expect(posts(p)).toStrictEqual(["Ambassador @ malta", "Permanent Representative @ malta"]);
    expect(p!.roles.map((r) => r.titleAsStated)).toStrictEqual(["Ambassador and Permanent Representative of Malta", "Ambassador and Permanent Representative of Malta"]);
  });

  it("adds the State in parentheses as a post of Representative", () => {
    const text = "Ana Moreno (Chile), Chair of the Counter-Terrorism Committee, told the Council that the list was current.";
    const [p] = peopleOf(text);
    expect(posts(p)).toStrictEqual(["Chair @ ctc", "Representative @ chile"]);
    const rep = p!.roles[1]!;
    expect(rep.titleAsStated).toBe("Chile");
    expect(rep.span).toStrictEqual({ start: 0, end: text.indexOf(", told") });
  });

  it("reads no person from a clause that opens with a verb, a preposition, or has no post", () => {
    expect(peopleOf("Ana Ruiz, met with the Director of the Harbour Office on Monday.").map((p) => p.name)).not.toContain("Ana Ruiz");
    expect(peopleOf("Then the Council heard from many States, including Malta and Chile.").map((p) => p.name)).toStrictEqual([]);
  });
});

describe("findPeople: other forms of introduction", () => {
  it("reads “the <post> of <organization>, <name>,”", () => {
    const text = "The Executive Director of CTED, Ms. Lena Marsh, briefed the Committee.";
    const [p] = peopleOf(text);
    expect(p).toMatchObject({ name: "Lena Marsh", honorific: "Ms." });
    expect(posts(p)).toStrictEqual(["Executive Director @ cted"]);
    expect(p!.intro).toStrictEqual({ start: text.indexOf("Executive"), end: text.indexOf(", briefed") });
    expect(p!.roles[0]!.span).toStrictEqual(p!.intro);
    expect(spansOf(p)).toStrictEqual([at(text, "Lena Marsh")]);
  });

  it("reads “Ambassador <name> of <State>”", () => {
    const text = "Ambassador Pieter Smulders of Malta delivered a joint statement.";
    const [p] = peopleOf(text);
    expect(p).toMatchObject({ name: "Pieter Smulders", honorific: "Ambassador" });
    expect(p!.roles[0]).toMatchObject({ title: "Ambassador", titleAsStated: "Ambassador of Malta", tenure: "substantive", span: { start: 0, end: text.indexOf(" delivered") } });
    expect(p!.roles[0]!.org.id).toBe("malta");
    expect(p!.intro).toStrictEqual({ start: 0, end: text.indexOf(" delivered") });
    // found by the introduction and again by the name cues: one span, not two
    expect(p!.spans).toStrictEqual([at(text, "Pieter Smulders")]);
  });

  it("folds a name written shorter into the longer name that ends with it", () => {
    const text = "Ana Ruiz Lopez, Chair of the Counter-Terrorism Committee, opened the meeting. Ruiz Lopez said the list was current.";
    const people = peopleOf(text);
    expect(people.map((p) => p.name)).toStrictEqual(["Ana Ruiz Lopez"]);
    expect(spansOf(people[0])).toStrictEqual([at(text, "Ana Ruiz Lopez"), at(text, "Ruiz Lopez", 30)]);
  });

  it("lists people in the order of their introductions", () => {
    const text = "Ambassador Pieter Smulders of Malta opened the meeting. Lena Marsh, Chair of the Counter-Terrorism Committee, spoke next.";
    expect(peopleOf(text).map((p) => p.name)).toStrictEqual(["Pieter Smulders", "Lena Marsh"]);
  });
});

describe("findPeople: posts found around the name", () => {
  it("the Council's President for a month, before the name", () => {
    const text = "In a statement read out by its President for May, Ana Moreno (Chile), the Security Council welcomed the report.";
    const p = byName(peopleOf(text), "Ana Moreno");
    expect(posts(p)[0]).toBe("President @ un-security-council");
    expect(p!.roles[0]!.titleAsStated).toBe("its President for May");
  });

  it("the Council's President for a month, after the name", () => {
    const text = "Ana Moreno (Chile), President for the month of May, opened the debate.";
    const p = byName(peopleOf(text), "Ana Moreno");
    expect(posts(p)).toContain("President @ un-security-council");
    const president = p!.roles.find((r) => r.title === "President")!;
    // the post as stated is the post's words, not the State in parentheses before them
    expect(president.titleAsStated).toBe("President for the month of May");
    expect(president.span).toStrictEqual({ start: at(text, "Ana Moreno").start, end: text.indexOf(", opened") });
  });

  it("a capacity stated before the name (“As chair of …, <name>”)", () => {
    const text = "As chair of the Counter-Terrorism Committee, Ambassador Lena Marsh told the Council that the list was current.";
    const p = byName(peopleOf(text), "Lena Marsh");
    // one post: the "As" that opens the capacity is no post of its own ("As chair")
    expect(posts(p)).toStrictEqual(["Chair @ ctc"]);
    expect(p!.roles[0]).toMatchObject({ titleAsStated: "chair of the Counter-Terrorism Committee", span: { start: text.indexOf("chair"), end: at(text, "Lena Marsh").end } });
  });

  it("a post alone on the line after a name alone on its line", () => {
    const text = "Statement by\nH.E. Ambassador Lena Marsh,\n\nChair, Counter-Terrorism Committee\n\nThe Committee met today to hear the reports.";
    const p = byName(peopleOf(text), "Lena Marsh");
    expect(posts(p)).toStrictEqual(["Chair @ ctc"]);
    expect(p!.roles[0]!.span).toStrictEqual({ start: at(text, "Lena Marsh").start, end: text.indexOf("\n\nThe") });
  });
});
