// Edge cases of findPeople and the steps after the name cues (people.ts from findPeople on): one person found by
// several cues, the checks on an introduction's post, a State in parentheses, a name of one word, a rank before the
// name, an affiliation without a post, "that body’s Chair", a capacity, a post on the next line, the Council's monthly
// president, shorter names folded into longer ones and later references. Each case states the whole result: names,
// honorifics, spans, introductions and posts. Sentences written for these tests; the bodies are the synthetic list of
// test/synthetic-organizations.ts with the United Nations added (Member States are the resolver's own list).
import { describe, expect, it } from "vitest";
import { sentencesOf } from "../../test/extract-helpers";
import { ORGS, org, resolver } from "../../test/synthetic-organizations";
import { findPeople } from "./people";
import { readDoc, type Span } from "./text";

const WITH_UN = [...ORGS, org({ id: "un", name: "United Nations", acronym: "UN", kind: "un-principal-organ" as never })];

/** Each person of a text (its sentences, and the lead's when given) as plain values: spans as "text@start". */
function peopleIn(text: string, lead: Span[] = []) {
  const at = (s: Span) => `${text.slice(s.start, s.end)}@${s.start}`;
  return findPeople(readDoc(text), resolver([], WITH_UN), sentencesOf(text).filter((s) => !lead.some((l) => l.start === s.start)), lead).map((p) => ({
    name: p.name,
    ...(p.givenName ? { given: p.givenName } : {}),
    ...(p.honorific ? { honorific: p.honorific } : {}),
    spans: p.spans.map(at),
    intro: at(p.intro),
    ...(p.chaired ? { chaired: true } : {}),
    ...(p.affiliation ? { affiliation: p.affiliation.id } : {}),
    roles: p.roles.map((r) => [r.title, r.org.id, r.titleAsStated, at(r.span), ...(r.tenure === "acting" ? ["acting"] : []), ...(r.bare ? ["bare"] : [])]),
  }));
}

describe("findPeople: one person found again", () => {
  it("keeps each span once, adds the new posts, takes the first honorific given and “chaired by” from any mention", () => {
    const text = "Lena Marsh, Chair of the Counter-Terrorism Committee, opened. Ms. Lena Marsh, Director of the Port Watch Network, spoke. The meeting was chaired by Lena Marsh, Chair of the Counter-Terrorism Committee.";
    expect(peopleIn(text)).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@0", "Lena Marsh@66", "Lena Marsh@148"],
        intro: "Lena Marsh, Chair of the Counter-Terrorism Committee@0",
        chaired: true,
        roles: [
          ["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Lena Marsh, Chair of the Counter-Terrorism Committee@0"],
          ["Director", "port-watch", "Director of the Port Watch Network", "Ms. Lena Marsh, Director of the Port Watch Network@62"],
        ],
      },
    ]);
  });
});

describe("findPeople: an introduction's post", () => {
  it.each([
    ["a compass word before the name", "North Marsh, Chair of the Counter-Terrorism Committee, opened the meeting."],
    ["a verb after the comma", "Lena Marsh, met with the Director of the Port Watch Network, on Monday."],
    ["“and” after the comma (the next person's post)", "Lena Marsh, and Director of the Port Watch Network, spoke."],
  ])("finds nobody for %s", (_, text) => {
    expect(peopleIn(text)).toStrictEqual([]);
  });
  it("takes a post opened by a lower-case descriptor", () => {
    expect(peopleIn("Lena Marsh, former Chair of the Port Watch Network, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@0"], intro: "Lena Marsh, former Chair of the Port Watch Network@0", roles: [["Chair", "port-watch", "former Chair of the Port Watch Network", "Lena Marsh, former Chair of the Port Watch Network@0"]] },
    ]);
  });
  it("adds the State in parentheses as a Representative's post, unless a post is already at that State", () => {
    expect(peopleIn("Lena Marsh (Malta), Chair of the Counter-Terrorism Committee, spoke.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        spans: ["Lena Marsh@0"],
        intro: "Lena Marsh (Malta), Chair of the Counter-Terrorism Committee@0",
        roles: [
          ["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Lena Marsh (Malta), Chair of the Counter-Terrorism Committee@0"],
          ["Representative", "malta", "Malta", "Lena Marsh (Malta), Chair of the Counter-Terrorism Committee@0"],
        ],
      },
    ]);
    expect(peopleIn("Lena Marsh (Malta), Permanent Representative of Malta, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@0"], intro: "Lena Marsh (Malta), Permanent Representative of Malta@0", roles: [["Permanent Representative", "malta", "Permanent Representative of Malta", "Lena Marsh (Malta), Permanent Representative of Malta@0"]] },
    ]);
  });
  it("reads a body of the organizations after the post's comma as the post's, not as the next name", () => {
    expect(peopleIn("Lena Marsh, Adviser, Counter-Terrorism Committee Executive Directorate, said it.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        spans: ["Lena Marsh@0"],
        intro: "Lena Marsh, Adviser, Counter-Terrorism Committee Executive Directorate@0",
        roles: [["Adviser", "cted", "Adviser, Counter-Terrorism Committee Executive Directorate", "Lena Marsh, Adviser, Counter-Terrorism Committee Executive Directorate@0"]],
      },
    ]);
    expect(peopleIn("Lena Marsh, Adviser, Port Watch Network, Lena Lewa, Chair of the Counter-Terrorism Committee, and others spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@0"], intro: "Lena Marsh, Adviser, Port Watch Network@0", roles: [["Adviser", "port-watch", "Adviser, Port Watch Network", "Lena Marsh, Adviser, Port Watch Network@0"]] },
      {
        name: "Lena Lewa",
        given: "Lena",
        spans: ["Lena Lewa@41"],
        intro: "Lena Lewa, Chair of the Counter-Terrorism Committee, and others@41",
        roles: [["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Lena Lewa, Chair of the Counter-Terrorism Committee@41"]],
      },
    ]);
  });
  it("stops the post at a body the organizations do not know after its comma", () => {
    expect(peopleIn("Lena Marsh, Adviser, Harbour Ports Group, said it.")).toStrictEqual([{ name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@0"], intro: "Lena Marsh, Adviser@0", roles: [] }]);
  });
  it("takes a post in lower case, and “chaired by” only right before the name", () => {
    expect(peopleIn("Lena Marsh, chair of the Port Watch Network, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@0"], intro: "Lena Marsh, chair of the Port Watch Network@0", roles: [["Chair", "port-watch", "chair of the Port Watch Network", "Lena Marsh, chair of the Port Watch Network@0"]] },
    ]);
    expect(peopleIn("It was chaired by Lena Marsh, Chair of the Port Watch Network.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@18"], intro: "Lena Marsh, Chair of the Port Watch Network@18", chaired: true, roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Lena Marsh, Chair of the Port Watch Network@18"]] },
    ]);
    expect(peopleIn("It was chaired by the Lena Marsh, Chair of the Port Watch Network.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@22"], intro: "Lena Marsh, Chair of the Port Watch Network@22", roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Lena Marsh, Chair of the Port Watch Network@22"]] },
    ]);
  });
  it("finds nobody whose post opens with a preposition", () => {
    expect(peopleIn("Lena Marsh, in Chair of the Port Watch Network, spoke.")).toStrictEqual([]);
  });
  it("reads two introductions in one sentence, each post to its end", () => {
    expect(peopleIn("Lena Marsh, Chair of the Port Watch Network; Ana Lewa, Director of the Port Watch Network, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@0"], intro: "Lena Marsh, Chair of the Port Watch Network@0", roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Lena Marsh, Chair of the Port Watch Network@0"]] },
      { name: "Ana Lewa", given: "Ana", spans: ["Ana Lewa@45"], intro: "Ana Lewa, Director of the Port Watch Network@45", roles: [["Director", "port-watch", "Director of the Port Watch Network", "Ana Lewa, Director of the Port Watch Network@45"]] },
    ]);
  });
  it("spans the State's post over the whole introduction, and the State at its place", () => {
    const text = "Ms. Ana Lewa met Lena Marsh (Malta), Chair of the Counter-Terrorism Committee, today.";
    expect(peopleIn(text)).toStrictEqual([
      { name: "Ana Lewa", given: "Ana", honorific: "Ms.", spans: ["Ana Lewa@4"], intro: "Ms. Ana Lewa@0", roles: [] },
      {
        name: "Lena Marsh",
        given: "Lena",
        spans: ["Lena Marsh@17"],
        intro: "Lena Marsh (Malta), Chair of the Counter-Terrorism Committee, today@17",
        roles: [
          ["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Lena Marsh (Malta), Chair of the Counter-Terrorism Committee@17"],
          ["Representative", "malta", "Malta", "Lena Marsh (Malta), Chair of the Counter-Terrorism Committee, today@17"],
        ],
      },
    ]);
    const [, p] = findPeople(readDoc(text), resolver([], WITH_UN), sentencesOf(text));
    expect(p!.roles[1]!.org.spans.map((s) => `${text.slice(s.start, s.end)}@${s.start}`)).toStrictEqual(["Malta@29"]);
  });
  it("reads “The Chair of X, Ms. Y,” (the post before the name) with its honorific", () => {
    expect(peopleIn("The Chair of the Counter-Terrorism Committee, Ms. Lena Marsh, said it was so.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@50"],
        intro: "Chair of the Counter-Terrorism Committee, Ms. Lena Marsh@4",
        roles: [["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Chair of the Counter-Terrorism Committee, Ms. Lena Marsh@4"]],
      },
    ]);
  });
  it("finds nobody in “The X of Y, Name,” when X is no post", () => {
    expect(peopleIn("The Friends of the Harbour Table, Lena Marsh, said it was so.")).toStrictEqual([]);
  });
  it("reads “Ambassador X of State” as the State's Ambassador and Representative", () => {
    expect(peopleIn("Ambassador Lena Marsh of Malta said it was so.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ambassador",
        spans: ["Lena Marsh@11"],
        intro: "Ambassador Lena Marsh of Malta@0",
        roles: [
          ["Ambassador", "malta", "Ambassador of Malta", "Ambassador Lena Marsh of Malta@0"],
          ["Representative", "malta", "Malta", "Ambassador Lena Marsh of Malta@0"],
        ],
      },
    ]);
  });
  it("reads a post after the comma and a committee the person chairs", () => {
    expect(peopleIn("Ms. Lena Marsh, who chairs the Counter-Terrorism Committee, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@4"], intro: "Ms. Lena Marsh, who chairs the Counter-Terrorism Committee@0", roles: [["Chair", "ctc", "chairs the Counter-Terrorism Committee", "Ms. Lena Marsh, who chairs the Counter-Terrorism Committee@0"]] },
    ]);
    expect(peopleIn("Ms. Lena Marsh, Director of the Port Watch Network, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@4"], intro: "Ms. Lena Marsh, Director of the Port Watch Network@0", roles: [["Director", "port-watch", "Director of the Port Watch Network", "Ms. Lena Marsh, Director of the Port Watch Network@0"]] },
    ]);
  });
});

describe("findPeople: a name of one word after an honorific", () => {
  it("reads “H.E. Kovalto, Director of X” and “Ambassador Kovalto, Director of X and Chair of Y”", () => {
    expect(peopleIn("H.E. Kovalto, Director of the Port Watch Network, opened the meeting.")).toStrictEqual([
      { name: "Kovalto", honorific: "H.E.", spans: ["Kovalto@5"], intro: "H.E. Kovalto, Director of the Port Watch Network@0", roles: [["Director", "port-watch", "Director of the Port Watch Network", "H.E. Kovalto, Director of the Port Watch Network@0"]] },
    ]);
    expect(peopleIn("Ambassador Kovalto, Director of the Port Watch Network and Chair of the Counter-Terrorism Committee, opened the meeting.")).toStrictEqual([
      {
        name: "Kovalto",
        honorific: "Ambassador",
        spans: ["Kovalto@11"],
        intro: "Ambassador Kovalto, Director of the Port Watch Network and Chair of the Counter-Terrorism Committee@0",
        roles: [
          ["Director", "port-watch", "Director of the Port Watch Network", "Ambassador Kovalto, Director of the Port Watch Network@0"],
          ["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Ambassador Kovalto, Director of the Port Watch Network and Chair of the Counter-Terrorism Committee@0"],
        ],
      },
    ]);
  });
  it("takes no post opened in lower case", () => {
    expect(peopleIn("H.E. Kovalto, former Director of the Port Watch Network, opened the meeting.")).toStrictEqual([]);
  });
  it("is no new person when a longer name ends with it", () => {
    const text = "Lena Marsh Kovalto, Chair of the Counter-Terrorism Committee, spoke first. Later H.E. Kovalto, Director of the Port Watch Network, spoke.";
    expect(peopleIn(text)).toStrictEqual([
      { name: "Lena Marsh Kovalto", given: "Lena Marsh", spans: ["Lena Marsh Kovalto@0"], intro: "Lena Marsh Kovalto, Chair of the Counter-Terrorism Committee@0", roles: [["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Lena Marsh Kovalto, Chair of the Counter-Terrorism Committee@0"]] },
    ]);
  });
  it("reads the lead's sentences too", () => {
    const text = "H.E. Kovalto, Director of the Port Watch Network\n\nThe meeting opened.";
    const lead = [{ start: 0, end: 48 }];
    expect(peopleIn(text, lead)).toStrictEqual([
      { name: "Kovalto", honorific: "H.E.", spans: ["Kovalto@5"], intro: "H.E. Kovalto, Director of the Port Watch Network@0", roles: [["Director", "port-watch", "Director of the Port Watch Network", "H.E. Kovalto, Director of the Port Watch Network@0"]] },
    ]);
  });
});

describe("findPeople: a rank before the name, an organization after it", () => {
  it("puts a bare rank at the body named after the name", () => {
    expect(peopleIn("Under-Secretary-General Lena Marsh of the Port Watch Network spoke.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        spans: ["Lena Marsh@24"],
        intro: "Under-Secretary-General Lena Marsh of the Port Watch Network@0",
        roles: [["Under-Secretary-General", "port-watch", "Under-Secretary-General", "Under-Secretary-General Lena Marsh of the Port Watch Network@0"]],
      },
    ]);
  });
  it("keeps a bare rank at the United Nations when the name is “of” a State, and adds the State's Representative", () => {
    expect(peopleIn("Under-Secretary-General Lena Marsh of Malta spoke.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        spans: ["Lena Marsh@24"],
        intro: "Under-Secretary-General Lena Marsh of Malta@0",
        roles: [
          ["Under-Secretary-General", "un", "Under-Secretary-General", "Under-Secretary-General@0", "bare"],
          ["Representative", "malta", "Malta", "Under-Secretary-General Lena Marsh of Malta@0"],
        ],
      },
    ]);
  });
  it("gives the organization as an affiliation when no post is stated, once", () => {
    const text = "Ms. Lena Marsh of the Port Watch Network spoke. Ms. Lena Marsh of the Counter-Terrorism Committee spoke again.";
    expect(peopleIn(text)).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@4", "Lena Marsh@52"], intro: "Ms. Lena Marsh of the Port Watch Network@0", affiliation: "port-watch", roles: [] },
    ]);
  });
  it("gives no affiliation from a name cut short", () => {
    expect(peopleIn("Ms. Lena Marsh of the Port Watch Network Board spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@4"], intro: "Ms. Lena Marsh of the Port Watch Network@0", roles: [] },
    ]);
  });
  it("gives a rank the text gives no body nothing, and the body after the name as an affiliation", () => {
    expect(peopleIn("Director Lena Marsh of the Counter-Terrorism Committee spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@9"], intro: "Director Lena Marsh of the Counter-Terrorism Committee@0", affiliation: "ctc", roles: [] },
    ]);
  });
});

describe("findPeople: a programme's line “by Name, Organization”", () => {
  it("gives the organization ending the line as an affiliation", () => {
    expect(peopleIn("Presentation by Lena Marsh, Port Watch Network\nNext item.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@16"], intro: "Lena Marsh@16", affiliation: "port-watch", roles: [] },
    ]);
  });
  it.each([
    ["a State", "Presentation by Lena Marsh, Malta\nNext item."],
    ["a body the dataset does not know", "Presentation by Lena Marsh, Harbour Ports Group\nNext item."],
    ["more words after the body", "Presentation by Lena Marsh, Port Watch Network, Harbour\nNext item."],
  ])("gives none for %s", (_, text) => {
    expect(peopleIn(text)).toStrictEqual([{ name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@16"], intro: "Lena Marsh@16", roles: [] }]);
  });
});

describe("chairsByAnaphor", () => {
  it("reads “X, its Chairperson, Ms. Y” as the Chair of X, the post as stated without the honorific", () => {
    expect(peopleIn("The Counter-Terrorism Committee, its Chairperson, Ms. Lena Marsh, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@54"], intro: "Chairperson, Ms. Lena Marsh@37", roles: [["Chair", "ctc", "its Chairperson", "its Chairperson, Ms. Lena Marsh@33"]] },
    ]);
  });
  it.each([
    ["a word between the body and the comma", "The Counter-Terrorism Committee and, its Chairperson, Ms. Lena Marsh, spoke.", 58, "Chairperson, Ms. Lena Marsh@41"],
    ["a State before the anaphor", "Malta, its President, Ms. Lena Marsh, spoke.", 26, "President, Ms. Lena Marsh@11"],
  ])("gives no post for %s", (_, text, start, intro) => {
    expect(peopleIn(text)).toStrictEqual([{ name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: [`Lena Marsh@${start}`], intro, roles: [] }]);
  });
  it("adds no second Chair when the introduction gave it", () => {
    expect(peopleIn("The Counter-Terrorism Committee, that body’s Chair, Lena Marsh, Chair of the Counter-Terrorism Committee, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@52"], intro: "Lena Marsh, Chair of the Counter-Terrorism Committee@52", roles: [["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Lena Marsh, Chair of the Counter-Terrorism Committee@52"]] },
    ]);
  });
  it("reads “Name (State), that body’s Vice-Chairwoman” after the name: the last body the sentence names, not a State", () => {
    expect(peopleIn("A report of the Counter-Terrorism Committee came, and Ms. Lena Marsh (Malta), that body’s Vice-Chairwoman, spoke.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@58"],
        intro: "Ms. Lena Marsh (Malta@54",
        roles: [
          ["Vice-Chairwoman", "ctc", "that body’s Vice-Chairwoman", "Lena Marsh (Malta), that body’s Vice-Chairwoman@58"],
          ["Representative", "malta", "Malta", "Ms. Lena Marsh (Malta@54"],
        ],
      },
    ]);
  });
  it("reads a body written with a possessive, after the name", () => {
    expect(peopleIn("A report of the Counter-Terrorism Committee’s came, and Ms. Lena Marsh, that body’s Head, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@60"], intro: "Ms. Lena Marsh@56", roles: [["Head", "ctc", "that body’s Head", "Lena Marsh, that body’s Head@60"]] },
    ]);
  });
  it("adds no second Chair after the name when the introduction gave it", () => {
    const text = "A report of the Counter-Terrorism Committee came, and Ms. Lena Marsh, Chair of the Counter-Terrorism Committee, that body’s Chair, spoke.";
    expect(peopleIn(text)).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@58"],
        intro: "Ms. Lena Marsh, Chair of the Counter-Terrorism Committee, that body’s Chair@54",
        roles: [["Chair", "ctc", "Chair of the Counter-Terrorism Committee", "Ms. Lena Marsh, Chair of the Counter-Terrorism Committee@54"]],
      },
    ]);
  });
});

describe("postsByCapacity", () => {
  it("reads “As Chair of X, Ms. Y” and “Speaking as the head of X, Ms. Y”", () => {
    expect(peopleIn("As Chair of the Port Watch Network, Ms. Lena Marsh spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@40"], intro: "Chair of the Port Watch Network, Ms. Lena Marsh@3", roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Chair of the Port Watch Network, Ms. Lena Marsh@3"]] },
    ]);
    expect(peopleIn("Speaking as the head of the Counter-Terrorism Committee, Ms. Lena Marsh spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@61"], intro: "head of the Counter-Terrorism Committee, Ms. Lena Marsh@16", roles: [["Head", "ctc", "head of the Counter-Terrorism Committee", "head of the Counter-Terrorism Committee, Ms. Lena Marsh@16"]] },
    ]);
  });
  it("widens the span of the same post read by the introduction", () => {
    expect(peopleIn("As Chair of the Port Watch Network, Ms. Lena Marsh, Chair of the Port Watch Network, spoke.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@40"],
        intro: "Ms. Lena Marsh, Chair of the Port Watch Network@36",
        roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Chair of the Port Watch Network, Ms. Lena Marsh, Chair of the Port Watch Network@3"]],
      },
    ]);
  });
  it("takes no capacity at a State (the name cue's post stays)", () => {
    expect(peopleIn("As Chair of Malta, Ms. Lena Marsh spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@23"], intro: "Chair of Malta, Ms. Lena Marsh@3", roles: [["Chair", "malta", "Chair of Malta", "Chair of Malta@3"]] },
    ]);
  });
  it("reads “in her capacity as …” after the name, past another clause", () => {
    expect(peopleIn("Ms. Lena Marsh, in her capacity as Chair of the Port Watch Network, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@4"], intro: "Ms. Lena Marsh@0", roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Lena Marsh, in her capacity as Chair of the Port Watch Network@4"]] },
    ]);
  });
});

describe("postsOnNextLine", () => {
  it("reads the post on the line after a by-line's name", () => {
    expect(peopleIn("Statement by\nLena Marsh,\nChair, Counter-Terrorism Committee\n")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@13"], intro: "Lena Marsh,\nChair, Counter-Terrorism Committee@13", roles: [["Chair", "ctc", "Chair, Counter-Terrorism Committee", "Lena Marsh,\nChair, Counter-Terrorism Committee@13"]] },
    ]);
  });
});

describe("monthlyPresidents", () => {
  it("reads “Name (State), President for the month of May” as the Council's President", () => {
    expect(peopleIn("Lena Marsh (Malta), President for the month of May, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@0"], intro: "Lena Marsh (Malta), President for the month of May@0", roles: [
          ["President", "un-security-council", "President for the month of May", "Lena Marsh (Malta), President for the month of May@0"],
          ["Representative", "malta", "Malta", "Lena Marsh (Malta), President for the month of May@0"],
        ],
      },
    ]);
  });
  it("reads “its President, Name (State), the Council …”", () => {
    expect(peopleIn("In a statement read out by its President, Lena Marsh (Malta), the Council welcomed it.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        spans: ["Lena Marsh@42"],
        intro: "President, Lena Marsh (Malta@31",
        roles: [
          ["President", "un-security-council", "its President", "its President, Lena Marsh@27"],
          ["Representative", "malta", "Malta", "President, Lena Marsh (Malta@31"],
        ],
      },
    ]);
  });
});

describe("mergeShortNames and resolveReferences", () => {
  it("folds a shorter name into the longer one it ends", () => {
    const text = "Ms. Lena Marsh Kovalto, Chair of the Port Watch Network, spoke. Marsh Kovalto, Director of the Counter-Terrorism Committee, agreed.";
    expect(peopleIn(text)).toStrictEqual([
      {
        name: "Lena Marsh Kovalto",
        given: "Lena Marsh",
        honorific: "Ms.",
        spans: ["Lena Marsh Kovalto@4", "Marsh Kovalto@64"],
        intro: "Ms. Lena Marsh Kovalto, Chair of the Port Watch Network@0",
        roles: [
          ["Chair", "port-watch", "Chair of the Port Watch Network", "Ms. Lena Marsh Kovalto, Chair of the Port Watch Network@0"],
          ["Director", "ctc", "Director of the Counter-Terrorism Committee", "Marsh Kovalto, Director of the Counter-Terrorism Committee@64"],
        ],
      },
    ]);
  });
  it("adds “Dr. Marsh” to the one person of that family name, and takes its honorific", () => {
    const text = "Lena Marsh, Chair of the Port Watch Network, spoke. Dr. Marsh agreed, and Mr. Marsh Abbot left.";
    expect(peopleIn(text)).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Dr.", spans: ["Lena Marsh@0", "Marsh@56"], intro: "Lena Marsh, Chair of the Port Watch Network@0", roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Lena Marsh, Chair of the Port Watch Network@0"]] },
      { name: "Marsh Abbot", given: "Marsh", honorific: "Mr.", spans: ["Marsh Abbot@78"], intro: "Mr. Marsh Abbot@74", roles: [] },
    ]);
  });
});

describe("monthlyPresidents: which “President” is the Council's", () => {
  const president = (text: string, start: number, intro: string, stated: string, span: string) => [
    { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: [`Lena Marsh@${start}`], intro, roles: [["President", "un-security-council", stated, span]] },
  ];
  it("reads “its President, Ms. Y” in a sentence naming the Council, the post as stated without the honorific", () => {
    expect(peopleIn("On Monday its President, Ms. Lena Marsh, spoke to the Council.")).toStrictEqual(president("", 29, "President, Ms. Lena Marsh@14", "its President", "its President, Ms. Lena Marsh@10"));
  });
  it("reads “the Council’s President, Ms. Y” whatever the sentence names", () => {
    expect(peopleIn("On Monday the Council’s President, Ms. Lena Marsh, spoke.")).toStrictEqual(
      president("", 39, "On Monday the Council’s President, Ms. Lena Marsh@0", "the Council’s President", "the Council’s President, Ms. Lena Marsh@10"),
    );
    expect(peopleIn("On Monday the President for May, Ms. Lena Marsh, spoke.")).toStrictEqual(
      president("", 37, "On Monday the President for May, Ms. Lena Marsh@0", "the President for May", "the President for May, Ms. Lena Marsh@10"),
    );
    expect(peopleIn("On Monday the Council’s President for the month of May, Ms. Lena Marsh, spoke.")).toStrictEqual(
      president("", 60, "Ms. Lena Marsh@56", "the Council’s President for the month of May", "the Council’s President for the month of May, Ms. Lena Marsh@10"),
    );
  });
  it.each([
    ["a sentence naming another body", "The Committee heard its President, Ms. Lena Marsh, on the Council.", 39],
    ["“Council of”", "On Monday its President, Ms. Lena Marsh, spoke to the Council of Ports.", 29],
    ["a sentence not naming the Council", "On Monday its President, Ms. Lena Marsh, spoke.", 29],
  ])("gives no post for “its President” in %s", (_, text, start) => {
    expect(peopleIn(text)).toStrictEqual([{ name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: [`Lena Marsh@${start}`], intro: `President, Ms. Lena Marsh@${start - 15}`, roles: [] }]);
  });
  it("gives no post when the organizations have no Security Council", () => {
    const text = "On Monday its President, Ms. Lena Marsh, spoke to the Council.";
    const people = findPeople(readDoc(text), resolver([], ORGS.filter((o) => o.id !== "un-security-council")), sentencesOf(text));
    expect(people.map((p) => [p.name, p.roles])).toStrictEqual([["Lena Marsh", []]]);
  });
  it("reads “Name of State, which holds the Council’s rotating presidency”", () => {
    expect(peopleIn("Ms. Lena Marsh of Malta, which holds the Council’s rotating presidency, spoke.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@4"],
        intro: "Ms. Lena Marsh of Malta@0",
        roles: [
          ["President", "un-security-council", "of Malta, which holds the Council’s rotating presidency", "Lena Marsh of Malta, which holds the Council’s rotating presidency@4"],
          ["Representative", "malta", "Malta", "Ms. Lena Marsh of Malta@0"],
        ],
      },
    ]);
  });
  it("adds no second President when a mention gave it", () => {
    expect(peopleIn("Ms. Lena Marsh, President of the Security Council, opened. Ms. Lena Marsh (Malta), President for the month of May, spoke.")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@4", "Lena Marsh@63"],
        intro: "Ms. Lena Marsh, President of the Security Council@0",
        roles: [
          ["President", "un-security-council", "President of the Security Council", "Ms. Lena Marsh, President of the Security Council@0"],
          ["Representative", "malta", "Malta", "Ms. Lena Marsh (Malta), President for the month of May@59"],
        ],
      },
    ]);
  });
});

describe("postsOnNextLine: the signature block", () => {
  it("reads the post past blank lines, after an honorific and a by-line", () => {
    expect(peopleIn("By H.E. Ms. Lena Marsh\n\n\nPermanent Representative of Malta\n")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "H.E. Ms.",
        spans: ["Lena Marsh@12"],
        intro: "H.E. Ms. Lena Marsh@3",
        roles: [["Permanent Representative", "malta", "Permanent Representative of Malta", "Lena Marsh\n\n\nPermanent Representative of Malta@12"]],
      },
    ]);
  });
  it("reads a post on the last line of the text", () => {
    expect(peopleIn("Statement by\nLena Marsh,\nChair, Counter-Terrorism Committee")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@13"], intro: "Lena Marsh,\nChair, Counter-Terrorism Committee@13", roles: [["Chair", "ctc", "Chair, Counter-Terrorism Committee", "Lena Marsh,\nChair, Counter-Terrorism Committee@13"]] },
    ]);
  });
  it.each([
    ["words after the name", "Statement by\nLena Marsh, today\nChair, Counter-Terrorism Committee\n"],
    ["a next line that is no post", "Statement by\nLena Marsh,\nNotes of the day\n"],
    ["no line after the name", "Statement by\nLena Marsh"],
  ])("gives no post for %s", (_, text) => {
    expect(peopleIn(text)).toStrictEqual([{ name: "Lena Marsh", given: "Lena", spans: ["Lena Marsh@13"], intro: "Lena Marsh@13", roles: [] }]);
  });
  it("adds the next line's post only for a person with none", () => {
    expect(peopleIn("Ms. Lena Marsh, Chair of the Port Watch Network, spoke.\nLena Marsh,\nChair, Counter-Terrorism Committee\n")).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@4", "Lena Marsh@56"],
        intro: "Ms. Lena Marsh, Chair of the Port Watch Network@0",
        roles: [
          ["Chair", "port-watch", "Chair of the Port Watch Network", "Ms. Lena Marsh, Chair of the Port Watch Network@0"],
          ["Chair", "ctc", "Chair, Counter-Terrorism Committee", "Lena Marsh,\nChair, Counter-Terrorism Committee@56"],
        ],
      },
    ]);
  });
});

describe("mergeShortNames", () => {
  it("folds two words inside a longer name into it, with their post", () => {
    const text = "Ms. Lena Marsh Kovalto Vega, Chair of the Port Watch Network, spoke. Dr. Marsh Kovalto, Director of the Counter-Terrorism Committee, agreed.";
    expect(peopleIn(text)).toStrictEqual([
      {
        name: "Lena Marsh Kovalto Vega",
        given: "Lena Marsh Kovalto",
        honorific: "Ms.",
        spans: ["Lena Marsh Kovalto Vega@4", "Marsh Kovalto@73"],
        intro: "Ms. Lena Marsh Kovalto Vega, Chair of the Port Watch Network@0",
        roles: [
          ["Chair", "port-watch", "Chair of the Port Watch Network", "Ms. Lena Marsh Kovalto Vega, Chair of the Port Watch Network@0"],
          ["Director", "ctc", "Director of the Counter-Terrorism Committee", "Dr. Marsh Kovalto, Director of the Counter-Terrorism Committee@69"],
        ],
      },
    ]);
  });
  it("takes the shorter name's honorific and “chaired by” into a longer name that had none", () => {
    const text = "Lena Marsh Kovalto, Chair of the Port Watch Network, spoke. The meeting was chaired by Dr. Marsh Kovalto, Head of the Port Watch Network.";
    expect(peopleIn(text)).toStrictEqual([
      {
        name: "Lena Marsh Kovalto",
        given: "Lena Marsh",
        honorific: "Dr.",
        spans: ["Lena Marsh Kovalto@0", "Marsh Kovalto@91"],
        intro: "Lena Marsh Kovalto, Chair of the Port Watch Network@0",
        chaired: true,
        roles: [
          ["Chair", "port-watch", "Chair of the Port Watch Network", "Lena Marsh Kovalto, Chair of the Port Watch Network@0"],
          ["Head", "port-watch", "Head of the Port Watch Network", "Dr. Marsh Kovalto, Head of the Port Watch Network@87"],
        ],
      },
    ]);
  });
  it("folds nothing when two longer names end with the shorter one", () => {
    const text = "Lena Marsh Kovalto, Chair of the Port Watch Network, spoke. Ana Marsh Kovalto, Director of the Counter-Terrorism Committee, said so. The meeting was chaired by Dr. Marsh Kovalto, Head of the Port Watch Network.";
    expect(peopleIn(text).map((p) => [p.name, p.spans, p.honorific ?? "", p.chaired ?? false])).toStrictEqual([
      ["Lena Marsh Kovalto", ["Lena Marsh Kovalto@0"], "", false],
      ["Ana Marsh Kovalto", ["Ana Marsh Kovalto@60"], "", false],
      ["Marsh Kovalto", ["Marsh Kovalto@164"], "Dr.", true],
    ]);
  });
});

describe("resolveReferences", () => {
  it("adds no reference that two people's family name could be", () => {
    const text = "Lena Marsh, Chair of the Port Watch Network, spoke. Ana Marsh, Director of the Counter-Terrorism Committee, said so. Ms. Marsh left.";
    expect(peopleIn(text).map((p) => [p.name, p.spans, p.honorific ?? ""])).toStrictEqual([
      ["Lena Marsh", ["Lena Marsh@0"], ""],
      ["Ana Marsh", ["Ana Marsh@52"], ""],
    ]);
  });
  it("adds a reference by the last two words of a name", () => {
    const text = "Lena Marsh Kovalto, Chair of the Port Watch Network, spoke. Ms. Marsh Kovalto left, and Ms. Lena Lewa stayed.";
    expect(peopleIn(text).map((p) => [p.name, p.spans, p.honorific ?? ""])).toStrictEqual([
      ["Lena Marsh Kovalto", ["Lena Marsh Kovalto@0", "Marsh Kovalto@64"], "Ms."],
      ["Lena Lewa", ["Lena Lewa@92"], "Ms."],
    ]);
  });
  it("spans only the family name when a capitalised word follows it", () => {
    const text = "Lena Marsh, Chair of the Port Watch Network, spoke. Ms. Marsh Then left.";
    expect(peopleIn(text).map((p) => [p.name, p.spans, p.honorific ?? ""])).toStrictEqual([["Lena Marsh", ["Lena Marsh@0", "Marsh@56"], "Ms."]]);
  });
  it("adds a reference after an introduction that gave the post first", () => {
    const text = "The Chair of the Counter-Terrorism Committee, Lena Marsh, said it was so. Ms. Marsh left.";
    expect(peopleIn(text).map((p) => [p.name, p.spans, p.honorific ?? ""])).toStrictEqual([["Lena Marsh", ["Lena Marsh@46", "Marsh@78"], "Ms."]]);
  });
});

describe("findPeople: at most 50 spans a person", () => {
  it("stops adding mentions, short names and references at 50 spans", () => {
    const text = `${"Lena Marsh Kovalto, Chair of the Port Watch Network, spoke. ".repeat(49)}Marsh Kovalto, Director of the Port Watch Network, spoke. Marsh Kovalto, Director of the Port Watch Network, spoke. Ms. Kovalto left.`;
    const [p, ...others] = findPeople(readDoc(text), resolver([], WITH_UN), sentencesOf(text));
    expect(others).toStrictEqual([]);
    expect([p!.name, p!.spans.length, p!.honorific, p!.roles.map((r) => r.title)]).toStrictEqual(["Lena Marsh Kovalto", 50, undefined, ["Chair", "Director"]]);
    expect(p!.spans.slice(48).map((s) => `${text.slice(s.start, s.end)}@${s.start}`)).toStrictEqual([`Lena Marsh Kovalto@${48 * 60}`, `Marsh Kovalto@${49 * 60}`]);
  });
  it("stops at 50 mentions of one name", () => {
    const text = `${"Lena Marsh, Chair of the Port Watch Network, spoke. ".repeat(51)}Ms. Marsh left.`;
    const [p] = findPeople(readDoc(text), resolver([], WITH_UN), sentencesOf(text));
    expect([p!.name, p!.spans.length, p!.honorific, p!.spans[49]!.start]).toStrictEqual(["Lena Marsh", 50, undefined, 49 * 52]);
  });
});

describe("postsByCapacity and chairsByAnaphor: which mention", () => {
  it("takes the capacity of the first mention that states one", () => {
    const text = "Ms. Lena Marsh, in her capacity as Chair of the Port Watch Network, spoke. Ms. Lena Marsh, in her capacity as Head of the Counter-Terrorism Committee, spoke.";
    expect(peopleIn(text)).toStrictEqual([
      {
        name: "Lena Marsh",
        given: "Lena",
        honorific: "Ms.",
        spans: ["Lena Marsh@4", "Lena Marsh@79"],
        intro: "Ms. Lena Marsh@0",
        roles: [["Chair", "port-watch", "Chair of the Port Watch Network", "Lena Marsh, in her capacity as Chair of the Port Watch Network@4"]],
      },
    ]);
  });
  it("takes no body for “that body’s Chair” from the sentence before", () => {
    expect(peopleIn("A report of the Counter-Terrorism Committee came. Later Ms. Lena Marsh (Malta), that body’s Chair, spoke.")).toStrictEqual([
      { name: "Lena Marsh", given: "Lena", honorific: "Ms.", spans: ["Lena Marsh@60"], intro: "Ms. Lena Marsh (Malta@56", roles: [["Representative", "malta", "Malta", "Ms. Lena Marsh (Malta@56"]] },
    ]);
  });
});
