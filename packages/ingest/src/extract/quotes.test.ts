// Quotations and their speakers, on texts written for these tests (synthetic, in our own words).
import { describe, expect, it } from "vitest";
import { extract } from "./index";
import { pairQuoteMarks } from "./quotes";

/** The quotations of a text as [first words, speaker's name or description]. */
function quotesOf(text: string): [string, string][] {
  const x = extract(text);
  return x.speech.quotes.map((q) => [x.doc.text.slice(q.span.start, q.span.end).split(/\s+/u).slice(0, 3).join(" "), q.speaker.kind === "person" ? q.speaker.person.name : q.speaker.unnamed.description]);
}

const HEAD = "Harbour committee meets on port checks\n\nOn 4 March 2031, the Counter-Terrorism Committee held an open briefing on port security.\n\n";

describe("pairQuoteMarks", () => {
  it("pairs curly, straight and single marks, and leaves apostrophes alone", () => {
    const t = "He said “one two” and \"three four\" but the port’s ‘five six’ stayed.";
    const pairs = pairQuoteMarks(t, 0, t.length).map((p) => t.slice(p.open + 1, p.close));
    expect(pairs).toEqual(["one two", "three four", "five six"]);
  });
  it("marks a quotation the paragraph does not close as open", () => {
    const t = "“The ships keep coming and the checks keep failing.";
    expect(pairQuoteMarks(t, 0, t.length)).toEqual([{ open: 0, close: t.length, closed: false }]);
  });
});

describe("quotations attributed by the words after them", () => {
  it("“…,” a name, a post, then the verb", () => {
    const text = `${HEAD}“Every crane on the quay is a possible blind spot,” Tomasz Wielicki, Head of the Baltic Port Authority, told the Committee.\n`;
    expect(quotesOf(text)).toEqual([["Every crane on", "Tomasz Wielicki"]]);
  });
  it("“…,” said H.E. Ms. X, with the honorifics kept apart and the family name alone later", () => {
    const text = `${HEAD}H.E. Ms. Rana Oduya, Chair of the Counter-Terrorism Committee, opened the meeting.\n\n“Cargo manifests still travel on paper in too many ports,” said H.E. Ms. Rana Oduya. “We can change that this year,” Oduya added.\n`;
    expect(quotesOf(text)).toEqual([
      ["Cargo manifests still", "Rana Oduya"],
      ["We can change", "Rana Oduya"],
    ]);
  });
  it("“…?” asked Ms. X: a question mark does not end the attribution", () => {
    const text = `${HEAD}Lena Marsh, a researcher at the Tidewater Institute, spoke next.\n\n“Who inspects the inspectors of a free port?” asked Ms. Marsh.\n`;
    expect(quotesOf(text)).toEqual([["Who inspects the", "Lena Marsh"]]);
  });
  it("a full stop inside the marks and a capital after them: the next sentence's subject is not the speaker", () => {
    const text = `${HEAD}Lena Marsh, a researcher at the Tidewater Institute, said that “ports are the soft underbelly of trade.” Tomasz Wielicki, Head of the Baltic Port Authority, said the checks had improved.\n`;
    expect(quotesOf(text)).toEqual([["ports are the", "Lena Marsh"]]);
  });
});

describe("quotations attributed by the paragraph after them", () => {
  it("“…” then “These were the opening remarks of X”", () => {
    const text = `${HEAD}“Ports have become the front line of a quiet contest between smugglers and inspectors.”\n\nThese were the opening remarks of H.E. Ms. Rana Oduya, Chair of the Counter-Terrorism Committee, at the briefing.\n`;
    expect(quotesOf(text)).toEqual([["Ports have become", "Rana Oduya"]]);
  });
});

describe("quotations attributed by the words before them", () => {
  it("X replied: “…”, after a long clause", () => {
    const text = `${HEAD}Tomasz Wielicki, Head of the Baltic Port Authority, briefed members.\n\nAsked whether the new scanners had paid for themselves, Mr. Wielicki replied: “Not yet, but they will within two seasons.”\n`;
    expect(quotesOf(text)).toEqual([["Not yet, but", "Tomasz Wielicki"]]);
  });
  it("according to X, “…”", () => {
    const text = `${HEAD}Lena Marsh, a researcher at the Tidewater Institute, presented a study.\n\nAccording to Ms. Marsh, “half of the audited ports had no night shift at the gates.”\n`;
    expect(quotesOf(text)).toEqual([["half of the", "Lena Marsh"]]);
  });
});

describe("quotations attributed by their neighbours", () => {
  it("a quotation opened in one paragraph goes on in the next, where it is attributed", () => {
    const text = `${HEAD}Tomasz Wielicki, Head of the Baltic Port Authority, briefed members.\n\n“We audited forty terminals in a single winter and found the same gap in each of them.\n\n“The gap is the night shift,” Mr. Wielicki said.\n`;
    expect(quotesOf(text)).toEqual([
      ["We audited forty", "Tomasz Wielicki"],
      ["The gap is", "Tomasz Wielicki"],
    ]);
  });
  it("a paragraph ending in a colon introduces the speaker of the quotation below it", () => {
    const text = `${HEAD}Tomasz Wielicki, Head of the Baltic Port Authority:\n\n“Our ports need shared lists of trusted shippers, not forty separate ones.”\n`;
    expect(quotesOf(text)).toEqual([["Our ports need", "Tomasz Wielicki"]]);
  });
  it("“the Chair said” names the one person introduced as Chair", () => {
    const text = `${HEAD}H.E. Ms. Rana Oduya, Chair of the Counter-Terrorism Committee, opened the meeting.\n\n“Ports are where trade and risk meet,” the Chair said.\n`;
    expect(quotesOf(text)).toEqual([["Ports are where", "Rana Oduya"]]);
  });
});

describe("pronouns: only when nothing contradicts them", () => {
  it("“…,” she added names the last speaker, a Ms.", () => {
    const text = `${HEAD}“Cargo manifests still travel on paper,” said Ms. Rana Oduya, Chair of the Counter-Terrorism Committee.\n\n“That has to end,” she added.\n`;
    expect(quotesOf(text)).toEqual([
      ["Cargo manifests still", "Rana Oduya"],
      ["That has to", "Rana Oduya"],
    ]);
  });
  it("“…,” he added after a Ms. is left without a speaker", () => {
    const text = `${HEAD}“Cargo manifests still travel on paper,” said Ms. Rana Oduya, Chair of the Counter-Terrorism Committee.\n\n“That has to end soon,” he added.\n`;
    expect(quotesOf(text)).toEqual([["Cargo manifests still", "Rana Oduya"]]);
  });
  it("“…,” he said two paragraphs on still names the last speaker when no one else was named since", () => {
    const text = `${HEAD}Mr. Tomasz Wielicki, Head of the Baltic Port Authority, said the audits were finished.\n\nThe audits covered forty terminals.\n\n“The gap is the night shift,” he said.\n`;
    expect(quotesOf(text)).toEqual([["The gap is", "Tomasz Wielicki"]]);
  });
  it("“…,” he said after another man was named since the last speaker is left without a speaker", () => {
    const text = `${HEAD}Mr. Tomasz Wielicki, Head of the Baltic Port Authority, said the audits were finished.\n\nThe audits were led by Mr. Pavel Hruby, an inspector of the Danube Shipping Office.\n\n“The gap is the night shift,” he said.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("“…,” he said after a long sentence whose subject is written “— Name, of State, said”", () => {
    const text = `${HEAD}Speaking on behalf of the three committees of the Council — the committee on harbours that was set up after the floods of the northern coast, the committee on rail lines that was set up in the spring of that year after a long review of the freight checks made at the borders of the region and the 1373 Committee, also known as the Counter-Terrorism Committee — Arjun Mehta, of India, said the bodies had worked together.\n\n“The groups now share their lists of ships every week,” he said.\n`;
    expect(quotesOf(text)).toEqual([["The groups now", "Arjun Mehta"]]);
  });
  it("a pronoun with no speaker named before it is left without one", () => {
    const text = `${HEAD}“That has to end soon,” he added.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("titles in quotation marks are not quotations", () => {
  it("a briefing “on” a theme", () => {
    const text = `${HEAD}Tomasz Wielicki, Head of the Baltic Port Authority, said the briefing on “Ports, people and the night shift” was overdue.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("quotations, session 4", () => {
  it("“X called the plan “…”, one that “…””: a naming verb attributes, and a later quotation of the same sentence is the same speaker's", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting.\n\nMr. Haddad called the harbour plan “a turning point for every coastal State,” one that “sets the bar for port checks.” The plan asks States to share manifests.\n`;
    expect(quotesOf(text)).toEqual([
      ["a turning point", "Omar Haddad"],
      ["sets the bar", "Omar Haddad"],
    ]);
  });
  it("a later quotation after another name in the same sentence is not taken by the first speaker", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting.\n\nMr. Haddad called the harbour plan “a turning point for every coastal State,” while Lena Marsh thought it “far too slow for the ports.”\n`;
    expect(quotesOf(text).filter(([, who]) => who === "Omar Haddad")).toEqual([["a turning point", "Omar Haddad"]]);
  });
  it("“She also noted “…””: an adverb between the pronoun and the verb", () => {
    const text = `${HEAD}Opening the session, Ms. Rana Oduya, Chair of the Counter-Terrorism Committee, thanked the speakers. She also noted “the steady work of the port authorities over the year”.\n`;
    expect(quotesOf(text)).toEqual([["the steady work", "Rana Oduya"]]);
  });
  it("“…,” said <posts>, <name>.: the name comes last, after the posts and a comma", () => {
    const text = `${HEAD}“Ports are where the checks begin,” said Chair of the Counter-Terrorism Committee, Ambassador and Permanent Representative of Chile to the United Nations, H.E. Ana Moreno.\n`;
    expect(quotesOf(text)).toEqual([["Ports are where", "Ana Moreno"]]);
  });
  it("“…” said <posts> at a place: no name at the end, no speaker guessed", () => {
    const text = `${HEAD}Ana Moreno, Chair of the Counter-Terrorism Committee, opened the meeting.\n\n“Ports are where the checks begin,” said an official of the port authority in the harbour office of Lena Marsh.\n`;
    expect(quotesOf(text).filter(([, who]) => who === "Lena Marsh")).toEqual([]);
  });
});

describe("quotations, session 4: a number in quotation marks inside the speaker's introduction", () => {
  it("“X, Chairman of the so-called “1540” Committee …, warned that “…””", () => {
    const text = `${HEAD}Pieter Smulders, Chairman of the so-called “1540” Committee named after a resolution, warned that “every port without checks is an open door for smugglers.”\n`;
    expect(quotesOf(text)).toEqual([["every port without", "Pieter Smulders"]]);
  });
});

describe("quotations given to a body as a whole (session 5)", () => {
  const COUNCIL = "Council backs port checks\n\nOn 4 March 2031, the Security Council held an open debate on port security.\n\n";
  it("“the Security Council today called on States to act “…””: the Council as a body, described, with no person", () => {
    const text = `${COUNCIL}Meeting on harbour safety, the Security Council today called on States to inspect cargo “without further delay”.\n`;
    expect(quotesOf(text)).toEqual([["without further delay", "The Security Council, as a body"]]);
    const x = extract(text);
    expect(x.speech.bodies.map((b) => [b.description, b.org?.name])).toEqual([["The Security Council, as a body", "Security Council"]]);
  });
  it("“…,” it stated: “it” names the body only when the subject just before is that body", () => {
    const text = `${COUNCIL}In a statement read at the end, the 15-member body urged States to share manifests.\n\n“The checks of one port protect every other port,” it stated.\n`;
    expect(quotesOf(text)).toEqual([["The checks of", "The Security Council, as a body"]]);
  });
  it("“it” after a report is not the Council: no speaker", () => {
    const text = `${COUNCIL}The Council urged States to share manifests. The annual port report, issued in May, says that smugglers adapt quickly. It also says that “small harbours remain the weakest link”.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("“members said …”: the members of the body named just before, as a group", () => {
    const text = `${COUNCIL}At the same time, the Council stressed training. In that vein, members said they believed that “shared training of inspectors will close the gaps”.\n`;
    expect(quotesOf(text)).toEqual([["shared training of", "Members of the Security Council, as a group"]]);
  });
  it("“The Security Council encourages …” after a colon: words in which the Council names itself are the Council's", () => {
    const text = `${COUNCIL}The Council adopted a presidential statement, which set out the next steps:\n\n“The Security Council encourages States to train port inspectors together and to share what they learn.”\n`;
    expect(quotesOf(text)).toEqual([["The Security Council", "The Security Council, as a body"]]);
  });
  it("“the Committee held a meeting … and urged “…””: the subject of two joined predicates", () => {
    const text = `Harbour committee meets\n\nThe Counter-Terrorism Committee held a special meeting on 4 March 2031 to review port checks and urged “every State to inspect cargo before it sails.”\n`;
    expect(quotesOf(text)).toEqual([["every State to", "The Counter-Terrorism Committee, as a body"]]);
  });
  it("the words of a report are nobody's: “The report says “…”” stays unattributed", () => {
    const text = `${COUNCIL}The Secretary-General’s report says that smuggling “has grown in every region of the world”.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("“he” never names a body: it names the person before the Council's sentence", () => {
    const text = `${COUNCIL}Omar Haddad, Chair of the Counter-Terrorism Committee, briefed the Council. The Council then called on States to train inspectors. “Ports cannot wait another year,” he said.\n`;
    expect(quotesOf(text)).toEqual([["Ports cannot wait", "Omar Haddad"]]);
  });
  it("a body in the last clause speaks, not the person named earlier in the subject", () => {
    const text = `${COUNCIL}Omar Haddad, Chair of the Counter-Terrorism Committee, briefed members.\n\nAfter hearing Mr. Haddad, the Council called on States to act “before the next season of storms”.\n`;
    expect(quotesOf(text)).toEqual([["before the next", "The Security Council, as a body"]]);
  });
});

describe("quotations, session 5: marks, names and spellings", () => {
  it("a closing mark missing before “, explained <name>”: the quotation ends before the comma and is hers", () => {
    const text = `${HEAD}Lena Marsh, Coordinator of the Tidewater Institute, spoke next. “Inspectors are not simply ‘box counters,’ explained Lena Marsh. The ports need them.\n`;
    expect(quotesOf(text)).toEqual([["Inspectors are not", "Lena Marsh"]]);
    const x = extract(text);
    expect(x.doc.text.slice(x.speech.quotes[0]!.span.start, x.speech.quotes[0]!.span.end)).toBe("Inspectors are not simply ‘box counters");
  });
  it("a missing closing mark with no introduced person after the verb stays open (no speaker guessed)", () => {
    const text = `${HEAD}“Inspectors are not simply box counters, said the harbour staff. The ports need them.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("a name in marks that the sentence goes on from in lower case is no quotation", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, said the Committee adopted the ‘Harbour Charter’ on shared port checks, within a “One Port Network” framework.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("a plan or document in marks after “adopted the” is no quotation, wherever the sentence ends", () => {
    for (const text of [
      `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, said the Committee adopted the “Harbour Plan of Action for Ports and Shipping”.\n`,
      `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, said the members endorsed its new “Tidewater Principles”, and closed the meeting.\n`,
      `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, said the Committee launched the “2030 Port Checks Agenda”.\n`,
    ])
      expect(quotesOf(text)).toEqual([]);
  });
  it("words spoken after “adopted the” in lower case, or not after an article, are still a quotation", () => {
    expect(quotesOf(`${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, said the Committee adopted the “plan that every port had asked for”.\n`)).toEqual([["plan that every", "Omar Haddad"]]);
    expect(quotesOf(`${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, said the Committee adopted the “of Ports and Ships for All” plan.\n`)).toEqual([["of Ports and", "Omar Haddad"]]);
    expect(quotesOf(`${HEAD}“Every Port Needs Checks,” Omar Haddad, Chair of the Counter-Terrorism Committee, said after the members adopted it.\n`)).toEqual([["Every Port Needs", "Omar Haddad"]]);
  });
  it("a theme “of” in marks is a title", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, recalled the meeting on the overarching theme of “Keeping cargo honest in every port”.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("“…,” said H.E. <one-word name>, <post>: a name of one word after H.E. is a speaker", () => {
    const text = `${HEAD}“Ports are where the checks begin,” said H.E. Oduya-Banza, Ambassador and Permanent Representative of Chile to the United Nations.\n`;
    expect(quotesOf(text)).toEqual([["Ports are where", "Oduya-Banza"]]);
    expect(extract(text).people.map((p) => [p.name, p.honorific, p.roles.map((r) => r.title)])).toEqual([["Oduya-Banza", "H.E.", ["Ambassador", "Permanent Representative"]]]);
  });
  it("a one-word name that is the family name of someone introduced in full is a reference, not another person", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting. Later, Ambassador Haddad, Chair of the Committee, closed it.\n`;
    expect(extract(text).people.map((p) => p.name)).toEqual(["Omar Haddad"]);
  });
  it("“Mr. Sharia” with a letter lost names the one person whose family name it is", () => {
    const text = `${HEAD}Omar Scharia, Chair of the Counter-Terrorism Committee, opened the meeting.\n\n“Every port needs a second pair of eyes,” Mr. Sharia noted.\n`;
    expect(quotesOf(text)).toEqual([["Every port needs", "Omar Scharia"]]);
  });
  it("a letter lost from a short family name, or fitting two people, names nobody", () => {
    const text = `${HEAD}Omar Schaarp, Chair of the Counter-Terrorism Committee, and Lena Scharp, Coordinator of the Tidewater Institute, spoke.\n\n“Every port needs a second pair of eyes,” Mr. Scharp noted.\n`;
    expect(quotesOf(text).map(([, who]) => who)).not.toContain("Omar Schaarp");
  });
});

describe("quotations that go on from the last speaker's words (session 5)", () => {
  it("a paragraph of quotation after the paragraph of a named speaker's words, nobody else named between", () => {
    const text = `${HEAD}The Committee would next meet port authorities, Ambassador Omar Haddad, Chair of the Counter-Terrorism Committee, added. To that end, inspectors from three regions would be invited.\n\n“It took one unchecked container to show how thin the net is.”\n`;
    expect(quotesOf(text)).toEqual([["It took one", "Omar Haddad"]]);
  });
  it("a sentence with no reporting verb, in the same paragraph, after “he said”", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting.\n\nEvery port must be checked, he said. For the checks to hold in the years ahead, “every State must train its inspectors and share what they find”.\n`;
    expect(quotesOf(text)).toEqual([["every State must", "Omar Haddad"]]);
  });
  it("a document's words in the next sentence are not the last speaker's", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, welcomed the resolution.\n\nThe resolution decided that States shall “inspect every container that leaves a free port”.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("someone else named since the last speaker: no speaker", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting. Lena Marsh, Coordinator of the Tidewater Institute, listened.\n\n“It took one unchecked container to show how thin the net is.”\n`;
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("quotations, session 5: short quotations and pronouns that keep the speaker", () => {
  it("“He stressed the growing “indispensable” role”: one word in the clause of a reporting verb", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting. He stressed the growing “indispensable” role of port inspectors.\n`;
    expect(quotesOf(text)).toEqual([["indispensable", "Omar Haddad"]]);
  });
  it("one word far from any verb is no quotation of anyone", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting. It had taken a “terrible” season of storms, with many ports closed, to change the rules.\n`;
    expect(quotesOf(text)).toEqual([]);
  });
  it("“…, he said, …” paragraphs keep the speaker current for the quotation that follows them", () => {
    const text = `${HEAD}Omar Haddad, Chair of the Counter-Terrorism Committee, opened the meeting.\n\nPorts were the weak link, he said.\n\nThe checks had to be shared, he continued.\n\nJust as cargo moves, he said, so must the checks. For the net to hold, “every State must train its inspectors”.\n`;
    expect(quotesOf(text)).toEqual([["every State must", "Omar Haddad"]]);
  });
  it("a two-word quotation opening a paragraph after the speaker's quotation (a text cut short)", () => {
    const text = `${HEAD}“Every port is a door,” Omar Haddad, Chair of the Counter-Terrorism Committee, said.\n\n“Port checks`;
    expect(quotesOf(text)).toEqual([
      ["Every port is", "Omar Haddad"],
      ["Port checks", "Omar Haddad"],
    ]);
  });
});

describe("people, session 5: a one-word name in a text of one paragraph", () => {
  it("“…, Ambassador <one word>, Permanent Representative of <State>.” in a page that is all one line", () => {
    const text = "Statement by a delegation, 4 March 2031 We welcome the new Counter-Terrorism Committee Chairman, Ambassador Oduya, Permanent Representative of Chile. In his short time in the chair, Ambassador Oduya has done much.";
    expect(extract(text).people.map((p) => [p.name, p.roles.map((r) => `${r.title} (${r.org.id})`)])).toEqual([["Oduya", ["Permanent Representative (chile)"]]]);
  });
});
