// Posts and their organizations resolved to the dataset's records, on sentences written for these
// tests (synthetic, in our own words). The organizations are the dataset's: the CTC, the 1267 and
// 1540 Committees, CTED.
import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { findAcronyms } from "./acronyms";
import { extract } from "./index";
import { OrgResolver } from "./organizations";
import { normalizeTitle, orgPrefix } from "./people";
import { readDoc } from "./text";

const HEAD = "Committee hears briefings on harbour security\n\nOn 9 June 2031, the Security Council held a briefing on harbour security.\n\n";
/** Each person of a text with their posts as "title @ organization id". */
function postsOf(body: string): Record<string, string[]> {
  const x = extract(`${HEAD}${body}\n`, { organizations: dataset.organizations });
  return Object.fromEntries(x.people.map((p) => [p.name, p.roles.map((r) => `${r.title} @ ${r.org.id}`)]));
}
const resolver = () => new OrgResolver(dataset.organizations, findAcronyms(readDoc("")));

describe("committees named by their resolution", () => {
  it.each([
    ["the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015)", "1267-committee"],
    ["the Security Council Committee established pursuant to resolution 1540 (2004)", "1540-committee"],
    ["the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism", "ctc"],
    ["the Council’s Counter-Terrorism Committee", "ctc"],
    ["the United Nations Security Council Counter-Terrorism Committee", "ctc"],
  ])("%s", (phrase, id) => expect(resolver().peek(phrase)?.id).toBe(id));
});

describe("orgPrefix", () => {
  it.each([
    ["the Harbour Safety Committee (HSC) established to watch the docks", "the Harbour Safety Committee (HSC)"],
    ["the so-called 1540 Committee on weapons of mass destruction", "1540 Committee"],
    ["the Office of Port Affairs in a press briefing", "the Office of Port Affairs"],
    ["a study of ports", undefined],
  ])("%s", (phrase, head) => expect(orgPrefix(phrase)).toBe(head));
});

describe("normalizeTitle", () => {
  it.each([
    ["Under-Secretary-General for Harbour Affairs", "Under-Secretary-General"],
    ["Assistant Secretary-General for Port Safety", "Assistant Secretary-General"],
    ["Minister for Foreign Affairs", "Minister for Foreign Affairs"],
    ["Special Envoy for Harbour Affairs", "Special Envoy for Harbour Affairs"],
  ])("%s → %s", (stated, title) => expect(normalizeTitle(stated).title).toBe(title));
});

describe("posts stated with a person", () => {
  it("a State in parentheses and the Chair of a committee named by its resolution", () => {
    expect(postsOf("Ana Moreno (Chile), Chair of the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015), told the Council that the list was current.")["Ana Moreno"]).toEqual(
      expect.arrayContaining(["Chair @ 1267-committee", "Representative @ chile"]),
    );
  });
  it("Ambassador X of a State, the chairman of a committee whose name goes on in lower case", () => {
    expect(postsOf("Ambassador Pieter Smulders of the Netherlands, the chairman of the Counter-Terrorism Committee (CTC) set up after the attacks, briefed members.")["Pieter Smulders"]).toEqual(expect.arrayContaining(["Chair @ ctc"]));
  });
  it("a long organization before the post, a comma and an abbreviated honorific", () => {
    expect(postsOf("Security Council Counter-Terrorism Committee Chairman, Amb. Pieter Smulders (Netherlands), opened the session.")["Pieter Smulders"]).toEqual(expect.arrayContaining(["Chair @ ctc"]));
  });
  it("an acting post written between the organization and the title", () => {
    expect(postsOf("The panel was moderated by Ms. Lena Marsh, CTED Acting Executive Director, who opened it.")["Lena Marsh"]).toEqual(["Executive Director @ cted"]);
  });
});

describe("which organization a post names", () => {
  it("the longest phrase that names a record, not a tail of it", () => {
    expect(postsOf("Pieter Smulders, Under-Secretary-General of the UN Office of Counter-Terrorism (OCT), told members the plan was ready.")["Pieter Smulders"]).toEqual(["Under-Secretary-General @ unoct"]);
  });
  it("a Permanent Representative to the United Nations is not the United Nations' post; the State after it is", () => {
    expect(postsOf("Lena Marsh, Permanent Representative to the United Nations, Malta, said the checks had improved.")["Lena Marsh"]).toEqual(["Permanent Representative @ malta"]);
  });
  it("a State's possessive before the post", () => {
    expect(postsOf("Malta’s Permanent Representative Lena Marsh said the checks had improved.")["Lena Marsh"]).toEqual(["Permanent Representative @ malta"]);
  });
  it("one common word after “of” is no organization: the organization after the comma is", () => {
    expect(postsOf("Pieter Smulders, Chief of Branch, Counter-Terrorism Committee Executive Directorate (CTED), said the checks had improved.")["Pieter Smulders"]).toEqual(["Chief of Branch @ cted"]);
  });
  it("a list of names with posts after them: “and” before the next name ends a post; a lower-case “head of” after “and” is a second post", () => {
    const posts = postsOf("The meeting was opened by Ana Ruiz, Chair of the Counter-Terrorism Committee, Piotr Nowak, Director of the Harbour Agency and Li Wei, Assistant Secretary-General of the United Nations and head of the Counter-Terrorism Committee Executive Directorate.");
    expect(posts["Piotr Nowak"]).toEqual(["Director @ harbour-agency"]);
    expect(posts["Li Wei"]).toEqual(["Assistant Secretary-General @ united-nations", "Head @ cted"]);
  });
  it("keeps a post whose first part names no organization whole, and an organization whose name has “and” and capitalised words", () => {
    const posts = postsOf("The round was chaired by Ana Ruiz, Minister of Roads and Inland Waterways, and Ms. Li Wei, Deputy Head for Port Security and head of the Counter-Terrorism Committee Executive Directorate (CTED), said the plan was ready.");
    expect(posts["Ana Ruiz"]).toEqual(["Minister @ roads-and-inland-waterways"]);
    expect(posts["Li Wei"]).toEqual(["Deputy Head @ cted"]);
  });
  it("a committee named with the Council's full name, before or after the Chair", () => {
    expect(postsOf("The United Nations Security Council Counter-Terrorism Committee Chairman, Ambassador Omar Haddad (Spain), opened the session.")["Omar Haddad"]).toEqual(["Chair @ ctc", "Representative @ spain"]);
    expect(postsOf("“More is needed”, said Ambassador Omar Haddad (Spain), Chairman of the United Nations Security Council Counter-Terrorism Committee in a press briefing today.")["Omar Haddad"]).toEqual(["Chair @ ctc", "Representative @ spain"]);
  });
  it("“that body’s Chairman”: the committee named right before the anaphor, never a body named further back", () => {
    expect(postsOf("A new office would help the Security Council’s Counter-Terrorism Committee, that body’s Chairman, Omar Haddad (Spain), said at a press conference.")["Omar Haddad"]).toEqual(["Chair @ ctc", "Representative @ spain"]);
    expect(postsOf("The Security Council gave more time to the panel set up under that text, its Chairman, Omar Haddad (Spain), said at a press conference.")["Omar Haddad"]).toEqual(["Representative @ spain"]);
  });
  it("“Name of <organization>” without a post: the organization is the person's, with no post made up; a State stays a Representative's", () => {
    const x = extract(`${HEAD}Moderated by Lena Fischer of the Counter-Terrorism Committee Executive Directorate, the panel heard Omar Haddad of Chile.\n`, { organizations: dataset.organizations });
    const lena = x.people.find((p) => p.name === "Lena Fischer")!;
    expect([lena.roles, lena.affiliation?.id]).toEqual([[], "cted"]);
    const cut = extract(`${HEAD}The panel heard Rosa Quintero of the Harbour College Dublin Campus on Monday.\n`, { organizations: dataset.organizations });
    expect(cut.people.find((p) => p.name === "Rosa Quintero")?.affiliation).toBeUndefined();
    const programme = extract(`${HEAD}Programme\n\nPresentation by Rosa Quintero, CTED\n\nPresentation by Arjun Mehta, Harbour Works\n`, { organizations: dataset.organizations });
    expect(programme.people.map((p) => [p.name, p.affiliation?.id])).toEqual([["Rosa Quintero", "cted"], ["Arjun Mehta", undefined]]);
    const omar = x.people.find((p) => p.name === "Omar Haddad")!;
    expect([omar.roles.map((r) => `${r.title} @ ${r.org.id}`), omar.affiliation]).toEqual([["Representative @ chile"], undefined]);
  });
  it("the President for a month is the Security Council's President, the name before or after", () => {
    expect(postsOf("In a statement read out by Omar Haddad (Chile), President for the month of May, the Council welcomed the reports.")["Omar Haddad"]).toEqual(["President @ un-security-council", "Representative @ chile"]);
    expect(postsOf("Further to the statement, read out by its President for June, Lena Fischer (Peru), the Council also stressed the rules.")["Lena Fischer"]).toEqual(["President @ un-security-council", "Representative @ peru"]);
  });
  it("in a list of posts written before names, the post after “, and” is the next person's", () => {
    const posts = postsOf("The Council was briefed by the Chair of the Counter-Terrorism Committee, Mr. Omar Haddad, and Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED), Ms. Lena Fischer, on the report.");
    expect(posts["Omar Haddad"]).toEqual(["Chair @ ctc"]);
    expect(posts["Lena Fischer"]).toEqual(["Executive Director @ cted"]);
  });
});

describe("posts, session 4: the body a post is at", () => {
  it("a bare rank before the name takes the body named after the name, not the United Nations", () => {
    expect(postsOf("Under-Secretary-General Pavel Orlov of the United Nations Office of Counter-Terrorism (UNOCT) opened the discussion.")["Pavel Orlov"]).toEqual(["Under-Secretary-General @ unoct"]);
  });
  it("a dataset body written with a leading “UN” is that body", () => {
    expect(postsOf("Lena Fischer, head of the UN Counter-Terrorism Committee Executive Directorate, said ports were exposed.")["Lena Fischer"]).toEqual(["Head @ cted"]);
    expect(resolver().peek("the UN Counter-Terrorism Committee Executive Directorate")?.id).toBe("cted");
  });
  it("a dataset body's whole name written in lower case", () => {
    expect(postsOf("Omar Haddad, chair of the counter-terrorism committee, opened the meeting.")["Omar Haddad"]).toEqual(["Chair @ ctc"]);
    // One lower-case word that is only an alias ("the committee") names no body.
    expect(resolver().peek("the committee")).toBeUndefined();
  });
  it("a State written as an abbreviation is the dataset's State record", () => {
    expect(postsOf("UK Foreign Secretary Omar Haddad spoke about cargo checks.")["Omar Haddad"]).toEqual(["Foreign Secretary @ united-kingdom"]);
  });
  it("the organization before a post written in lower case, after the time of the post", () => {
    expect(postsOf("Ambassador Pieter Smulders of Chile, the current CTC chairman, told the meeting that ports mattered.")["Pieter Smulders"]).toEqual(expect.arrayContaining(["Chair @ ctc"]));
  });
  it("an organization's possessive before a post whose title word is not the first", () => {
    expect(postsOf("In the morning, CTED’s Research and Analysis Coordinator Omar Haddad presented the harbour study.")["Omar Haddad"]).toEqual(["Research and Analysis Coordinator @ cted"]);
  });
});

describe("posts, session 4: the Council's President", () => {
  it("“its President, X (State)” with no month, in a sentence whose subject is the Council", () => {
    expect(postsOf("In the text read out by its President, Ana Moreno (Chile), the Council welcomed the Committee’s work on ports.")["Ana Moreno"]).toEqual(expect.arrayContaining(["President @ un-security-council"]));
  });
  it("“its President” in a sentence about a committee is not the Council's", () => {
    expect(postsOf("The Harbour Committee met in June, and its President, Ana Moreno (Chile), said ports were safer.")["Ana Moreno"]).not.toContain("President @ un-security-council");
  });
  it("“X of State, which holds the Council’s rotating presidency”", () => {
    expect(postsOf("The meeting was chaired by Foreign Minister Pieter Smulders of the Netherlands, which holds the Council’s rotating presidency this month.")["Pieter Smulders"]).toEqual(expect.arrayContaining(["President @ un-security-council"]));
  });
});

describe("posts, session 4: a capacity around the name", () => {
  it("“As chair of the X Committee, Chilean Ambassador Y …”", () => {
    expect(postsOf("As chair of the 1373 Counter-Terrorism Committee, Chilean Ambassador Ana Moreno delivered a report on the year.")["Ana Moreno"]).toEqual(["Chair @ ctc"]);
  });
  it("“Y, in her briefing to the Council in her capacity as Chair of the X, …”", () => {
    expect(postsOf("Ms. Ana Moreno, in her briefing to the Council in her capacity as Chair of the Counter-Terrorism Committee, recalled the visits.")["Ana Moreno"]).toEqual(["Chair @ ctc"]);
  });
  it("a capacity at a body the text does not resolve gives no post", () => {
    expect(postsOf("As chair of the harbour club, Ambassador Ana Moreno thanked the guests.")["Ana Moreno"] ?? []).toEqual([]);
  });
  it("“Org’s Post, X, will be a panellist for Session II of …”: what the person will do is no post; the post before the name is", () => {
    expect(postsOf("Harbour-Net’s Programme Manager, Lisa Brandt, will be a panellist for Session II of the Harbour Meeting on cargo.")["Lisa Brandt"]).toEqual(["Programme Manager @ harbour-net"]);
  });
});

describe("posts, session 4: layouts and marks", () => {
  it("a signature block: the name alone on its line, the post alone on the next", () => {
    expect(postsOf("Opening remarks\n\nby\n\nH.E. Ambassador Ana Moreno\n\nChair, Counter-Terrorism Committee\n\nDistinguished participants, welcome to the harbour briefing.")["Ana Moreno"]).toEqual(["Chair @ ctc"]);
  });
  it("a name line followed by a line that is no post gives no post", () => {
    expect(postsOf("Statement by\nAna Moreno\nThreats to harbours caused by smuggling\n\nThe harbour is open.")["Ana Moreno"] ?? []).toEqual([]);
  });
  it("a footnote mark glued to the name, then the State and a lower-case post", () => {
    expect(postsOf("Briefing the Council, Pieter Smulders† (Netherlands), the outgoing chair of the Council’s Counter-Terrorism Committee, which met weekly, said ports mattered.")["Pieter Smulders"]).toEqual(
      expect.arrayContaining(["Chair @ ctc", "Representative @ netherlands"]),
    );
  });
  it("a committee's number in quotation marks", () => {
    expect(postsOf("Pieter Smulders, Chairman of the so-called “1540” Committee named after a resolution, warned the Council.")["Pieter Smulders"]).toEqual(["Chair @ 1540-committee"]);
  });
  it("a post in the Secretary-General's office is at the United Nations", () => {
    expect(postsOf("Mr. Omar Haddad, Chef de Cabinet to the UN Secretary-General, read the message.")["Omar Haddad"]).toEqual(["Chef de Cabinet @ united-nations"]);
  });
  it("“X (State), that body’s Chairman, told …”: the body the sentence names before the name", () => {
    expect(postsOf("Keeping the list current was a core task of the Security Council’s 1267 Committee, Pieter Smulders (Netherlands), that body’s Chairman told the Council.")["Pieter Smulders"]).toEqual(
      expect.arrayContaining(["Chair @ 1267-committee"]),
    );
  });
  it("a post after the previous name and its comma is not the next person's", () => {
    const posts = postsOf("The panel heard H.E. Mrs. Ana Moreno, Permanent Representative of Chile, H.E. Mr. Omar Haddad Permanent Representative of Peru, and others.");
    expect(posts["Ana Moreno"]).toEqual(["Permanent Representative @ chile"]);
    expect(posts["Omar Haddad"] ?? []).not.toContain("Permanent Representative @ chile");
  });
  it("“…, for his briefing on the plan of CTED” is no post", () => {
    expect(postsOf("We thank Mr. Omar Haddad, Executive Director of the Counter-Terrorism Committee Executive Directorate, for his briefing on the plan of CTED.")["Omar Haddad"]).toEqual(["Executive Director @ cted"]);
  });
});

describe("posts, session 4: lists of posts", () => {
  it("“committee Chair Chile’s Permanent Representative to the UN X”: two posts; the first borrows no organization from the State", () => {
    expect(postsOf("The briefing was given by committee Chair Chile’s Permanent Representative to the UN Ana Moreno on Monday.")["Ana Moreno"]).toEqual(["Permanent Representative @ chile"]);
  });
  it("“… of the Government of Chile to the United Nations and Counter-Terrorism Committee Chair, X”", () => {
    expect(postsOf("Permanent Representative of the Government of Chile to the United Nations and Counter-Terrorism Committee Chair, Ana Moreno, said the plan was ready.")["Ana Moreno"]).toEqual(
      expect.arrayContaining(["Permanent Representative @ chile", "Chair @ ctc"]),
    );
  });
  it("“Research and Analysis Coordinator” stays one post", () => {
    expect(postsOf("CTED’s Research and Analysis Coordinator Omar Haddad presented the study.")["Omar Haddad"]).toEqual(["Research and Analysis Coordinator @ cted"]);
  });
  it("“…, X, met with the Executive Director of Y”: what the person did is no post", () => {
    const posts = postsOf("The delegation of the Harbour Group, Omar Haddad, met with the Executive Director of the Counter-Terrorism Committee Executive Directorate in New York.");
    expect((posts["Omar Haddad"] ?? []).filter((p) => /^Met/u.test(p))).toEqual([]);
  });
  it("“the Executive Director of the UN’s X, Ms Y”: the title without the article of the organization", () => {
    expect(postsOf("They met the Executive Director of the UN’s Counter-Terrorism Committee Executive Directorate (CTED), Ms. Ana Moreno, in New York.")["Ana Moreno"]).toEqual(["Executive Director @ cted"]);
  });
});

describe("posts, session 4: ranks and plural posts before a name", () => {
  it("“CTED’s Executive Director, Assistant Secretary-General X”: both posts are the name's", () => {
    expect(postsOf("The launch heard remarks by CTED’s Executive Director, Assistant Secretary-General Lena Fischer.")["Lena Fischer"]).toEqual(
      expect.arrayContaining(["Executive Director @ cted", "Assistant Secretary-General @ united-nations"]),
    );
  });
  it("a post right after the previous name's comma, then a rank, stays the previous person's", () => {
    const posts = postsOf("The panel heard Ana Moreno, Executive Director of CTED, Ambassador Omar Haddad and others.");
    expect(posts["Omar Haddad"] ?? []).not.toContain("Executive Director @ cted");
  });
  it("“CTED experts X and Y”: the first name after a plural post is a speaker at that body", () => {
    expect(postsOf("The panel included CTED experts Lena Fischer and Omar Haddad, and invited guests.")["Lena Fischer"]).toEqual(["Expert @ cted"]);
  });
});

describe("posts, session 4: apposition at a sentence's end, interim posts, 'at' an organization", () => {
  it("(guard) “… chaired by the Secretary of the Ministry of Defence of Chile, Mr. X.”: the name ends the sentence", () => {
    expect(postsOf("The workshop began on Tuesday with an Opening Session chaired by the Secretary of the Ministry of Defence of Chile, Mr. Omar Haddad. Assembled guests heard addresses from the hosts.")["Omar Haddad"]).toEqual(["Secretary of the Ministry of Defence @ chile"]);
  });
  it("“Deputy Executive Director a.i. for Policy, Programme, Civil Society … at UN Women”: one acting post at UN Women", () => {
    const x = extract(`${HEAD}Ms. Lena Fischer, Deputy Executive Director a.i. for Policy, Programme, Civil Society and Harbour Support at UN Women, stressed the point.\n`, { organizations: dataset.organizations });
    const p = x.people.find((q) => q.name === "Lena Fischer")!;
    expect(p.roles.map((r) => `${r.title} @ ${r.org.id} (${r.tenure})`)).toEqual(["Deputy Executive Director @ un-women (acting)"]);
  });
  it("“Senior Policy Analyst of Harbour Security at Tidewater Works”: the organization after “at”", () => {
    expect(postsOf("According to a panellist, Rosa Quintero, Senior Policy Analyst of Harbour Security at Tidewater Works, ports were exposed.")["Rosa Quintero"]).toEqual(["Senior Policy Analyst of Harbour Security @ tidewater-works"]);
  });
});

describe("posts, session 4: a plural post shared by a list", () => {
  it("“CTED experts X and Y”: both names hold the post", () => {
    const posts = postsOf("The panel included CTED experts Lena Fischer and Omar Haddad, and invited guests.");
    expect([posts["Lena Fischer"], posts["Omar Haddad"]]).toEqual([["Expert @ cted"], ["Expert @ cted"]]);
  });
  it("a singular post is not shared: “Executive Director X and Y”", () => {
    const posts = postsOf("The panel included CTED Executive Director Lena Fischer and Omar Haddad, and invited guests.");
    expect(posts["Omar Haddad"] ?? []).toEqual([]);
  });
});
