// Unit tests of organizations (extract/organizations.ts): the comparison key, the kind of a new body, how a name
// as written resolves (against a small synthetic list of organizations, not the dataset), lists and the bodies
// represented; names and sentences written for these tests.
import { describe, expect, it } from "vitest";
import { OrgResolver, findRepresented, inferKind, orgKey, splitList } from "./organizations";
import { readDoc, splitSentences } from "./text";
import { org, peek, resolver } from "../../test/synthetic-organizations";

describe("orgKey", () => {
  it("ignores case, accents, punctuation, apostrophes and a leading article", () => {
    expect(orgKey("The Counter-Terrorism Committee")).toBe("counter terrorism committee");
    expect(orgKey("  Côte d’Ivoire’s  Office ")).toBe("cote divoires office");
    expect(orgKey("Côte d'Ivoire")).toBe("cote divoire");
    expect(orgKey("Other-the Office")).toBe("other the office");
  });
});

describe("inferKind", () => {
  it.each([
    ["Atlantis Border Police", "law-enforcement-agency"],
    ["United Nations Harbour Committee", "un-subsidiary-body"],
    ["United Nations Harbour Office", "un-secretariat-entity"],
    ["Ministry of Ports of Atlantis", "government-agency"],
    ["Harbour Technologies", "private-company"],
    ["Institute for Port Studies", "research-institute"],
    ["Harbour Cities Network", "city-network"],
    ["Organization of Harbour States", "intergovernmental-organization"],
    ["Friends of the Harbour", "civil-society-organization"],
    // The first rule that fits wins: police before a ministry.
    ["Ministry of Police", "law-enforcement-agency"],
  ])("%s → %s", (name, kind) => expect(inferKind(name)).toBe(kind));

  it("reads the acronym too", () => {
    expect(inferKind("Harbour Group", "FATF")).toBe("intergovernmental-organization");
    expect(inferKind("Harbour Group")).toBe("civil-society-organization");
  });
});

describe("OrgResolver", () => {
  it("finds an organization by its name, acronym, alternate name, or an alias of the genre", () => {
    expect(peek("the Counter-Terrorism Committee")).toEqual(["ctc", "name", true]);
    expect(peek("CTED")).toEqual(["cted", "acronym", true]);
    expect(peek("1373 Committee")).toEqual(["ctc", "alternate-name", true]);
    expect(peek("the Committee")).toEqual(["ctc", "alternate-name", true]);
    expect(peek("Council")).toEqual(["un-security-council", "alternate-name", true]);
    expect(peek("Executive Directorate")).toEqual(["cted", "alternate-name", true]);
    // An alias whose organization is not in the list ("unoct") finds nothing: the name is a new one.
    expect(peek("Office of Counter-Terrorism")?.slice(1)).toEqual(["new", false]);
  });

  it("gives an existing organization's record whole", () => {
    expect(resolver().peek("PWN")).toEqual({ id: "port-watch", existing: true, name: "Port Watch Network", acronym: "PWN", alternateNames: [], kind: "civil-society-organization", kindInferred: false, matchedBy: "acronym" });
    expect(resolver().peek("1373 Committee")).toEqual({ id: "ctc", existing: true, name: "Counter-Terrorism Committee", acronym: "CTC", alternateNames: ["1373 Committee"], kind: "un-subsidiary-body", kindInferred: false, matchedBy: "alternate-name" });
    expect(resolver().peek("Atlantis")).toEqual({ id: "atlantis", existing: true, name: "Atlantis", alternateNames: [], kind: "member-state", kindInferred: false, matchedBy: "name" });
  });

  it("reads “UN” and “United Nations” as one", () => {
    expect(peek("UN Harbour Office")).toEqual(["un-harbour-office", "name", true]);
    const r = new OrgResolver([org({ id: "un-x", name: "UN Harbour Watch", kind: "un-secretariat-entity" })], []);
    expect(r.peek("United Nations Harbour Watch")?.id).toBe("un-x");
  });

  it("trims the phrase: trailing punctuation, a leading “and”, quotation marks around a number, an acronym in brackets", () => {
    expect(peek("Port Watch Network,;")).toEqual(["port-watch", "name", true]);
    expect(peek("and the Port Watch Network")).toEqual(["port-watch", "name", true]);
    expect(peek("the “1540” Committee")).toEqual(["1540-committee", "name", true]);
    expect(peek("Port Watch Network (PWN)")).toEqual(["port-watch", "name", true]);
    expect(peek("(PWN)")).toEqual(["port-watch", "acronym", true]);
  });

  it("takes a phrase in lower case only when it is a full name of two words or more", () => {
    expect(peek("the counter-terrorism committee")).toEqual(["ctc", "name", true]);
    expect(peek("the committee")).toBeUndefined();
    expect(peek("the ctc")).toBeUndefined();
    expect(peek("the harbour")).toBeUndefined();
  });

  it("resolves an acronym the text defines to the organization of its name, or to a new one", () => {
    const r = resolver([
      { acronym: "PW", name: "Port Watch Network" },
      { acronym: "HGA", name: "Harbour Guards Association" },
    ]);
    expect(peek("PW", r)).toEqual(["port-watch", "name", true]);
    expect(r.peek("HGA")).toEqual({ id: "hga", existing: false, name: "Harbour Guards Association", acronym: "HGA", alternateNames: [], kind: "civil-society-organization", kindInferred: true, matchedBy: "text-acronym" });
    expect(peek("Harbour Guards Association", r)).toEqual(["hga", "text-acronym", false]);
    expect(peek("the Harbour Guards (HGA)", r)).toEqual(["hga", "text-acronym", false]);
  });

  it("finds a Member State by any of its names, the dataset's record first", () => {
    expect(resolver().peek("the Russian Federation")).toEqual({ id: "russian-federation", existing: false, name: "Russian Federation", alternateNames: [], kind: "member-state", kindInferred: false, matchedBy: "member-state" });
    expect(peek("Russia")).toEqual(["russian-federation", "member-state", false]);
    const r = new OrgResolver([org({ id: "uk", name: "United Kingdom", kind: "member-state" })], []);
    expect(r.peek("UK")).toEqual(expect.objectContaining({ id: "uk", existing: true, matchedBy: "member-state" }));
    // A dataset record of that name that is no State is not taken for it.
    const other = new OrgResolver([org({ id: "uk-office", name: "United Kingdom", kind: "government-agency" })], []);
    expect(other.peek("UK")).toEqual(expect.objectContaining({ id: "united-kingdom", existing: false, matchedBy: "member-state" }));
    expect(resolver().isState("the Russian Federation")).toBe(true);
    expect(resolver().isState("Atlantis")).toBe(false);
  });

  it("reads a committee by its resolution", () => {
    expect(peek("the 1373 Counter-Terrorism Committee")).toEqual(["ctc", "name", true]);
    // The bare word "Committee" after the numbers is not the alias of the CTC.
    expect(peek("the 1540/2004 Committee")).toEqual(["1540-committee", "name", true]);
    expect(peek("the 1540 Committee")).toEqual(["1540-committee", "name", true]);
    expect(peek("the 9999 Committee")).toEqual(["9999-committee", "new", false]);
    expect(peek("the 1540/2004 Harbour Committee")).toEqual(["1540-committee", "name", true]);
    expect(peek("the Security Council Committee established pursuant to resolution 1540 (2004)")).toEqual(["1540-committee", "name", true]);
    expect(peek("the Committee pursuant to resolution 9999")).toBeUndefined();
  });

  it("reads the body, not its owner, in “the Council’s …”, “UN …”, “the Republic of …”", () => {
    expect(peek("the Council’s Counter-Terrorism Committee")).toEqual(["ctc", "name", true]);
    expect(peek("the United Nations Security Council Counter-Terrorism Committee")).toEqual(["ctc", "alternate-name", true]);
    expect(peek("the UN Counter-Terrorism Committee Executive Directorate")).toEqual(["cted", "name", true]);
    expect(peek("the Republic of Atlantis")).toEqual(["atlantis", "name", true]);
    expect(peek("the Government of the Russian Federation")).toEqual(["russian-federation", "member-state", false]);
    // "UN" before an acronym or a State is not read through.
    expect(peek("UN CTED")).toEqual(["un-cted", "new", false]);
    expect(peek("UN Atlantis")).toEqual(["un-atlantis", "new", false]);
  });

  it("proposes a new organization for a capitalised name, keeping a leading “The”, and none for generic or long phrases", () => {
    expect(resolver().peek("The Harbour Guards")).toEqual({ id: "the-harbour-guards", existing: false, name: "The Harbour Guards", alternateNames: [], kind: "civil-society-organization", kindInferred: true, matchedBy: "new" });
    expect(resolver().peek("the Harbour Guards of Atlantis")?.name).toBe("Harbour Guards of Atlantis");
    expect(peek("Member States")).toBeUndefined();
    expect(peek("the Participants")).toBeUndefined();
    expect(peek("Harbour Guards said today")).toBeUndefined();
    const twelve = "A B C D E F G H I J K L";
    expect(peek(twelve)?.[1]).toBe("new");
    expect(peek(`${twelve} M`)).toBeUndefined();
  });

  it("records each organization once, in order of first mention, with one span per place", () => {
    const r = resolver();
    const a = r.resolve("Port Watch Network", { start: 10, end: 28 });
    r.resolve("Atlantis", { start: 40, end: 48 });
    const again = r.resolve("PWN", { start: 60, end: 63 });
    r.resolve("PWN", { start: 60, end: 63 });
    expect(again).toBe(a);
    expect(r.matches.map((m) => [m.id, m.spans])).toEqual([
      ["port-watch", [{ start: 10, end: 28 }, { start: 60, end: 63 }]],
      ["atlantis", [{ start: 40, end: 48 }]],
    ]);
    expect(r.resolve("the harbour", { start: 0, end: 1 })).toBeUndefined();
  });

  it("keeps at most fifty spans per organization", () => {
    const r = resolver();
    for (let i = 0; i < 60; i++) r.resolve("PWN", { start: i * 10, end: i * 10 + 3 });
    expect(r.matches[0]?.spans).toHaveLength(50);
    expect(r.matches[0]?.spans.at(-1)).toEqual({ start: 490, end: 493 });
  });

  it("gives a new organization an id no other organization has", () => {
    const r = resolver();
    expect(r.resolve("Port Watch", { start: 0, end: 1 })?.id).toBe("port-watch-2");
    // The same name again, written otherwise, keeps its id.
    expect(r.resolve("The Port-Watch", { start: 5, end: 6 })?.id).toBe("port-watch-2");
    // Two names of the same first eight words get two ids.
    expect(r.resolve("A B C D E F G H One", { start: 9, end: 10 })?.id).toBe("a-b-c-d-e-f");
    expect(r.resolve("A B C D E F G H Two", { start: 12, end: 13 })?.id).toBe("a-b-c-d-e-f-2");
    expect(r.resolve("A B C D E F G H Six", { start: 14, end: 15 })?.id).toBe("a-b-c-d-e-f-3");
  });
});

describe("splitList", () => {
  const split = (text: string, r = resolver()) => splitList(text, 0, text.length, r).map((s) => text.slice(s.start, s.end));

  it("splits at top-level commas and the last “and”, without the articles", () => {
    expect(split("the Harbour Guards, the Port Police (of Atlantis, mostly) and the Coast Office")).toEqual(["Harbour Guards", "Port Police (of Atlantis, mostly)", "Coast Office"]);
    expect(split("Harbour Guards, and Coast Office")).toEqual(["Harbour Guards", "Coast Office"]);
  });

  it("splits an earlier item at “and the”, and keeps a known name that holds “and”", () => {
    expect(split("Harbour Guards and the Port Police, Coast Office")).toEqual(["Harbour Guards", "Port Police", "Coast Office"]);
    expect(split("Harbour Guards and Port Police, Coast Office")).toEqual(["Harbour Guards and Port Police", "Coast Office"]);
    const r = new OrgResolver([org({ id: "ports-and-harbours", name: "Ports and Harbours Agency", kind: "government-agency" })], []);
    expect(split("Coast Office and the Ports and Harbours Agency", r)).toEqual(["Coast Office", "Ports and Harbours Agency"]);
    expect(split("Ports and Harbours Agency", r)).toEqual(["Ports and Harbours Agency"]);
  });

  it("reads only between `from` and `to`, and drops empty items", () => {
    const text = "Skip, Harbour Guards, , Coast Office. Skip";
    expect(splitList(text, 6, 36, resolver()).map((s) => text.slice(s.start, s.end))).toEqual(["Harbour Guards", "Coast Office"]);
  });
});

describe("findRepresented", () => {
  it("reads the bodies listed after “representatives from”, each once, up to a clause", () => {
    const text = "The meeting heard representatives from the Port Watch Network, Atlantis and the Harbour Guards to discuss ports. It also heard experts of the PWN and the Coast Office.";
    const doc = readDoc(text);
    const r = resolver();
    const got = findRepresented(doc, r, splitSentences(text, 0, text.length));
    expect(got.map((x) => [x.org.name, text.slice(x.span.start, x.span.end)])).toEqual([
      ["Port Watch Network", "Port Watch Network"],
      ["Atlantis", "Atlantis"],
      ["Harbour Guards", "Harbour Guards"],
      ["Coast Office", "Coast Office"],
    ]);
  });

  it("stops the list at a semicolon or a colon, and leaves closing marks out", () => {
    const text = "Speakers from the Harbour Guards; the Coast Office spoke. Briefers from the Port Police.”";
    const got = findRepresented(readDoc(text), resolver(), splitSentences(text, 0, text.length));
    expect(got.map((x) => text.slice(x.span.start, x.span.end))).toEqual(["Harbour Guards", "Port Police"]);
  });
});
