// Edge cases of organizations (extract/organizations.ts) that the case tests leave open: which record wins when
// two keys collide, the lower-case path, the forms of "UN", committees named by their resolution, owners, formal
// State names, ids of new bodies, lists with a plain "and" and stray brackets. A small synthetic list of bodies
// and sentences written for these tests.
import { describe, expect, it } from "vitest";
import { OrgResolver, findRepresented, inferKind, splitList } from "./organizations";
import { readDoc, splitSentences } from "./text";
import { ORGS, org, peek, resolver } from "../../test/synthetic-organizations";

describe("inferKind", () => {
  it("reads no acronym when none is given", () => {
    expect(inferKind("Harbour Friends", undefined)).toBe("civil-society-organization");
    expect(inferKind("Harbour Friends", "")).toBe("civil-society-organization");
  });
});

describe("OrgResolver: the index", () => {
  it("keeps the first record of a key: a name before an acronym or alternate name of another body", () => {
    const orgs = [
      org({ id: "first", name: "Harbour Watch", kind: "civil-society-organization" }),
      org({ id: "second", name: "Coast Watch", acronym: "Harbour Watch", kind: "civil-society-organization", alternateNames: ["Harbour Watch", "Coast Guardians"] }),
      org({ id: "third", name: "Coast Guardians", kind: "civil-society-organization" }),
    ];
    const r = new OrgResolver(orgs, []);
    expect(peek("Harbour Watch", r)).toEqual(["first", "name", true]);
    expect(peek("Coast Guardians", r)).toEqual(["third", "name", true]);
  });

  it("lets a dataset name win over an alias of the genre", () => {
    expect(peek("Security Council")).toEqual(["un-security-council", "name", true]);
    const r = new OrgResolver([...ORGS, org({ id: "harbour-committee", name: "Committee", kind: "un-subsidiary-body" })], []);
    expect(peek("the Committee", r)).toEqual(["harbour-committee", "name", true]);
  });

  it("indexes no empty key", () => {
    const r = new OrgResolver([...ORGS, org({ id: "dash", name: "Harbour Dash", acronym: "–", kind: "civil-society-organization" })], []);
    expect(r.peek("Coast Guards (…)")).toStrictEqual({ id: "coast-guards", existing: false, name: "Coast Guards", acronym: "…", alternateNames: [], kind: "civil-society-organization", kindInferred: true, matchedBy: "new" });
  });

  it("indexes both forms of a name with “UN” or “United Nations”, each found in lower case", () => {
    expect(peek("the un harbour office")).toEqual(["un-harbour-office", "name", true]);
    const r = new OrgResolver([org({ id: "un-x", name: "UN Harbour Watch", kind: "un-secretariat-entity" })], []);
    expect(peek("the united nations harbour watch", r)).toEqual(["un-x", "name", true]);
  });

  it("makes no “UN” form of a name that does not open with “United Nations” or “UN”", () => {
    // "coastal harbor " is 15 characters, "al " 3: cut there, they would read "un guards" and "united nations harbour group".
    const r = new OrgResolver(
      [org({ id: "coastal", name: "Coastal Harbor Guards", kind: "civil-society-organization" }), org({ id: "al-group", name: "Al Harbour Group", kind: "civil-society-organization" })],
      [],
    );
    expect(peek("UN Guards", r)).toEqual(["un-guards", "new", false]);
    expect(peek("United Nations Harbour Group", r)).toEqual(["united-nations-harbour-group", "new", false]);
    expect(peek("the un guards", r)).toBeUndefined();
  });

  it("takes in lower case no single word and no acronym, even one of two words", () => {
    expect(peek("atlantis")).toBeUndefined();
    expect(peek("pWN")).toBeUndefined();
    const r = new OrgResolver([org({ id: "harbour-women", name: "Entity for Harbour Women", acronym: "UN Women", kind: "un-secretariat-entity" })], []);
    expect(peek("the un women", r)).toBeUndefined();
    expect(peek("UN Women", r)).toEqual(["harbour-women", "acronym", true]);
  });
});

describe("OrgResolver: trimming a phrase", () => {
  it("trims spaces around the phrase before anything else", () => {
    expect(peek(" Atlantis ")).toEqual(["atlantis", "name", true]);
    expect(peek("and  Atlantis")).toEqual(["atlantis", "name", true]);
  });

  it("drops quotation marks around a whole number only", () => {
    expect(peek("the “1540”/2004 Committee")).toEqual(["1540-committee", "name", true]);
    expect(peek("the “Harbour” Guards")).toBeUndefined();
  });

  it("drops every trailing mark before reading an acronym in brackets", () => {
    expect(peek("Port Watch Network (PWN).,")).toEqual(["port-watch", "name", true]);
  });

  it("keeps the name before the brackets without its space, and an acronym of up to twenty characters", () => {
    expect(resolver().peek("Harbour Guards (HG)")).toStrictEqual({ id: "hg", existing: false, name: "Harbour Guards", acronym: "HG", alternateNames: [], kind: "civil-society-organization", kindInferred: true, matchedBy: "new" });
    expect(resolver().peek("Harbour Guards (ABCDEFGHIJKLMNOPQRST)")?.acronym).toBe("ABCDEFGHIJKLMNOPQRST");
    // Longer: no acronym, and the bracket is no word of a name.
    expect(peek("Harbour Guards (of the Northern Coastal Region)")).toBeUndefined();
    // Brackets inside the phrase are no acronym.
    expect(peek("Port Watch Network (PWN) today")).toBeUndefined();
  });

  it("names a new body by its acronym only from two letters on", () => {
    expect(resolver().peek("Harbour Guards (H)")?.id).toBe("harbour-guards");
    expect(resolver().peek("Harbour Guards (H)")?.acronym).toBe("H");
  });

  it("drops one leading article, whatever the spaces, and no “the” inside a name", () => {
    expect(resolver().peek("the  Harbour Guards")?.name).toBe("Harbour Guards");
    expect(resolver().peek("Friends of the Harbour")?.name).toBe("Friends of the Harbour");
    expect(resolver().peek("the Friends of The Harbour")?.name).toBe("Friends of The Harbour");
  });
});

describe("OrgResolver: acronyms the text defines", () => {
  it("finds the dataset's body by the acronym when the text spells its name otherwise", () => {
    const r = resolver([{ acronym: "PWN", name: "Port Watch Net" }]);
    expect(peek("Port Watch Net", r)).toEqual(["port-watch", "acronym", true]);
  });

  it("reads a name followed by an acronym the text defines", () => {
    const r = resolver([{ acronym: "HGA", name: "Harbour Guards Association" }]);
    expect(peek("Coast Watchers (HGA)", r)).toEqual(["hga", "text-acronym", false]);
  });
});

describe("OrgResolver: committees by their resolution", () => {
  it("needs the number at the start, with any spaces after it", () => {
    expect(peek("Harbour 1540 Committee")).toEqual(["harbour-1540-committee", "new", false]);
    expect(peek("the 1540/2004  Committee")).toEqual(["1540-committee", "name", true]);
    expect(peek("the 15/2004 Committee")).toEqual(["15-2004-committee", "new", false]);
    // A number is read on one line only.
    expect(peek("the 1540/2004 Harbour\nGuards")).toEqual(["1540-2004-harbour-guards", "new", false]);
  });

  it("reads “pursuant to”, “under” or “by” a resolution, with or without the Council’s name", () => {
    expect(peek("the Committee pursuant to resolution 1540")).toEqual(["1540-committee", "name", true]);
    expect(peek("the Committee established under resolution 1540")).toEqual(["1540-committee", "name", true]);
    expect(peek("the Committee set up by Security Council resolution 1540")).toEqual(["1540-committee", "name", true]);
    expect(peek("the United Nations Security Council Committee pursuant to resolutions 1540 and 1977")).toEqual(["1540-committee", "name", true]);
    expect(peek("the UN Security Council Committee pursuant to resolution 1540")).toEqual(["1540-committee", "name", true]);
    expect(peek("the Security Council  Committee pursuant to  resolution  1540")).toEqual(["1540-committee", "name", true]);
    expect(peek("the Committee set up by Security Council  resolution 1540")).toEqual(["1540-committee", "name", true]);
  });

  it("reads a resolution's number of three or four digits only, within forty characters of “Committee”", () => {
    expect(peek("the Committee pursuant to resolution 15401")).toBeUndefined();
    expect(peek("the Committee pursuant to resolution 154")).toBeUndefined();
    // Thirty-nine characters between "Committee" and "pursuant": read; forty-one: not read.
    expect(peek("the Committee xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx pursuant to resolution 1540")).toEqual(["1540-committee", "name", true]);
    expect(peek("the Committee xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx pursuant to resolution 1540")).toBeUndefined();
    // "Committees" is another word.
    expect(peek("the Committees pursuant to resolution 1540")).toBeUndefined();
    expect(peek("the Harbour Committee pursuant to resolution 1540")).toBeUndefined();
  });
});

describe("OrgResolver: the body, not its owner", () => {
  it("reads through “the UN’s”, “the United Nations’”, “the Security Council's”, “the Committee’s”", () => {
    expect(peek("the UN’s Port Watch Network")).toEqual(["port-watch", "name", true]);
    expect(peek("the United Nations’ Port Watch Network")).toEqual(["port-watch", "name", true]);
    expect(peek("the Security Council's  Port Watch Network")).toEqual(["port-watch", "name", true]);
    expect(peek("the Committee’s Executive Directorate")).toEqual(["cted", "alternate-name", true]);
    expect(peek("the Security  Council’s Port Watch Network")).toEqual(["port-watch", "name", true]);
  });

  it("reads an owner only at the start, before a capitalised body, on one line", () => {
    expect(resolver().peek("Harbour Council’s Port Watch Network")?.name).toBe("Harbour Council’s Port Watch Network");
    expect(peek("the Council’s port watch network")).toBeUndefined();
    expect(resolver().peek("UN’s Atlantis\nHarbour")?.name).toBe("UN’s Atlantis\nHarbour");
  });

  it("keeps the whole name when the body after the owner is no known one", () => {
    expect(resolver().peek("the UN’s Harbour Guards")?.name).toBe("UN’s Harbour Guards");
    expect(resolver().peek("the Council’s Member States")?.name).toBe("Council’s Member States");
  });

  it("reads a body after the Council's full name, even one only the text names", () => {
    const r = resolver([{ acronym: "SCHG", name: "Security Council Harbour Group" }]);
    expect(peek("the UN Security Council Harbour Group", r)).toEqual(["schg", "text-acronym", false]);
    expect(resolver().peek("the UN Security Council Harbour Guards")?.name).toBe("UN Security Council Harbour Guards");
    expect(peek("the UN  Security Council  Harbour Group", r)).toEqual(["schg", "text-acronym", false]);
    expect(resolver().peek("Harbour UN Security Council Counter-Terrorism Committee")?.name).toBe("Harbour UN Security Council Counter-Terrorism Committee");
    expect(resolver().peek("UN Security Council Counter-Terrorism Committee\nHarbour")?.matchedBy).toBe("new");
  });

  it("reads through “UN” only to a body the dataset holds", () => {
    const r = resolver([{ acronym: "HG", name: "Harbour Guards" }]);
    expect(r.peek("UN Harbour Guards")?.name).toBe("UN Harbour Guards");
    expect(peek("UN Harbour Guards", r)).toEqual(["un-harbour-guards", "new", false]);
    expect(peek("UN Member States")).toEqual(["un-member-states", "new", false]);
    expect(peek("UN Port Watch Network")).toEqual(["port-watch", "name", true]);
    expect(peek("UN  Port Watch Network")).toEqual(["port-watch", "name", true]);
    expect(peek("Harbour UN Port Watch Network")).toEqual(["harbour-un-port-watch-network", "new", false]);
    expect(peek("UN Port Watch Network\nHarbour")).toEqual(["un-port-watch-network-harbour", "new", false]);
  });

  it("reads a formal name of a State as the State, and nothing else", () => {
    expect(peek("Kingdom of Atlantis")).toEqual(["atlantis", "name", true]);
    expect(peek("the Federal Republic of Atlantis")).toEqual(["atlantis", "name", true]);
    expect(peek("Government of the Port Watch Network")).toEqual(["government-of-the-port-watch-network", "new", false]);
    expect(resolver().peek("Republic of Member States")?.name).toBe("Republic of Member States");
    expect(peek("Harbour Republic of Atlantis")).toEqual(["harbour-republic-of-atlantis", "new", false]);
    expect(peek("Republic of Atlantis\nHarbour")).toEqual(["republic-of-atlantis-harbour", "new", false]);
  });
});

describe("OrgResolver: the words of a new name", () => {
  it("takes capitalised words, numbers, “&” and connectives only", () => {
    expect(resolver().peek("Ports & Harbours")?.name).toBe("Ports & Harbours");
    expect(resolver().peek("Friends for the Harbour")?.name).toBe("Friends for the Harbour");
    expect(peek("Harbour Guards often")).toBeUndefined();
    expect(peek("Harbour Guards thereof")).toBeUndefined();
    expect(peek("Harbour eGuards")).toBeUndefined();
    // Words are split at any run of spaces.
    expect(resolver().peek("Harbour  Guards")?.name).toBe("Harbour  Guards");
  });
});

describe("OrgResolver: recording", () => {
  it("records a place once, the first one too", () => {
    const r = resolver();
    r.resolve("Port Watch Network", { start: 10, end: 28 });
    r.resolve("PWN", { start: 10, end: 13 });
    expect(r.matches[0]?.spans).toEqual([{ start: 10, end: 28 }]);
  });

  it("gives a record without acronym no acronym field, and copies the alternate names", () => {
    const atlantis = resolver().peek("Atlantis");
    expect(atlantis).toStrictEqual({ id: "atlantis", existing: true, name: "Atlantis", alternateNames: [], kind: "member-state", kindInferred: false, matchedBy: "name" });
    const ctc = resolver().peek("CTC");
    expect(ctc?.alternateNames).toEqual(["1373 Committee"]);
    expect(ctc?.alternateNames).not.toBe(ORGS[0]!.alternateNames);
  });

  it("gives the same new name written again its id, with or without its acronym", () => {
    const r = resolver();
    expect(r.resolve("Harbour Guards", { start: 0, end: 14 })?.id).toBe("harbour-guards");
    expect(r.peek("The Harbour-Guards")).toStrictEqual({ id: "harbour-guards", existing: false, name: "The Harbour-Guards", alternateNames: [], kind: "civil-society-organization", kindInferred: true, matchedBy: "new" });
    expect(r.peek("the Harbour Guards (HG)")).toStrictEqual({ id: "harbour-guards", existing: false, name: "Harbour Guards", acronym: "HG", alternateNames: [], kind: "civil-society-organization", kindInferred: true, matchedBy: "new" });
  });

  it("names a body whose name has no Latin letter “organization”, then “organization-2”", () => {
    const r = resolver();
    expect(r.resolve("Ωμέγα Φύλακες", { start: 0, end: 13 })?.id).toBe("organization");
    expect(r.resolve("Δέλτα Φύλακες", { start: 20, end: 33 })?.id).toBe("organization-2");
  });
});

describe("splitList: edges", () => {
  const split = (text: string, r = resolver()) => splitList(text, 0, text.length, r).map((s) => text.slice(s.start, s.end));

  it("splits the last item at its last plain “and”", () => {
    expect(split("Harbour Guards and Port Police and Coast Office")).toEqual(["Harbour Guards and Port Police", "Coast Office"]);
    expect(split("Coast Office, Harbour Guards and Port Police")).toEqual(["Coast Office", "Harbour Guards", "Port Police"]);
    expect(split("Coast Office, Harbour Guards and Friends of the Bay")).toEqual(["Coast Office", "Harbour Guards", "Friends of the Bay"]);
    expect(split("Harbour Guards, and  the  Coast Office")).toEqual(["Harbour Guards", "Coast Office"]);
  });

  it("reads a closing bracket with no opening one as no bracket", () => {
    expect(split("Harbour Guards), Coast Office")).toEqual(["Harbour Guards)", "Coast Office"]);
    expect(split("Port Police (of Atlantis), Coast Office")).toEqual(["Port Police (of Atlantis)", "Coast Office"]);
    expect(split("Port Police ((of Atlantis), mostly), Coast Office")).toEqual(["Port Police ((of Atlantis), mostly)", "Coast Office"]);
    expect(split("Port Police (of Atlantis (north), mostly), Coast Office")).toEqual(["Port Police (of Atlantis (north), mostly)", "Coast Office"]);
  });

  it("keeps a lower-case item that holds “and” whole when it names nothing", () => {
    expect(split("the ports and harbours")).toEqual(["ports", "harbours"]);
  });
});

describe("findRepresented: edges", () => {
  const represented = (text: string) => findRepresented(readDoc(text), resolver(), splitSentences(text, 0, text.length)).map((x) => [x.org.id, text.slice(x.span.start, x.span.end)]);

  it("stops at a clause after any spaces, and reads nothing when the list opens with a colon", () => {
    expect(represented("It heard experts from the Harbour Guards to  discuss ports.")).toEqual([["harbour-guards", "Harbour Guards"]]);
    expect(represented("It heard experts from : the Port Watch Network.")).toEqual([]);
  });

  it("skips a sentence with no list", () => {
    expect(represented("The Harbour Guards met. It heard experts from the Coast Office.")).toEqual([["coast-office", "Coast Office"]]);
  });
});
