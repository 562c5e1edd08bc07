// Unit tests of findTopics: which topics a text is given, with which confidence, spans and keywords
// (synthetic sentences in our own words).
import { describe, expect, it } from "vitest";
import { readDoc } from "./text";
import { findTopics } from "./topics";

const HEADLINE = "Committee Meets in Open Session";

/** A page: the headline, then the paragraphs (the first is the lead). */
const page = (...paragraphs: string[]) => [HEADLINE, ...paragraphs].join("\n\n");

const topics = (text: string) => findTopics(readDoc(text)).map((t) => [t.value, t.confidence]);

describe("findTopics: what counts", () => {
  it("gives a topic named once in the lead 0.7", () => {
    const text = page("Speakers discussed gender in border work.", "The meeting closed at noon.");
    expect(topics(text)).toEqual([["gender", 0.7]]);
  });

  it("gives a topic named in the lead and again later 0.8", () => {
    const text = page("Speakers discussed gender in border work.", "Gender was raised again before noon.");
    expect(topics(text)).toEqual([["gender", 0.8]]);
  });

  it("gives a topic named twice outside the lead 0.6, and none named once outside it", () => {
    expect(topics(page("The meeting opened at ten.", "Gender came up.", "Gender came up again."))).toEqual([["gender", 0.6]]);
    expect(topics(page("The meeting opened at ten.", "Gender came up once."))).toEqual([]);
  });

  it("counts a keyword in the headline as in the lead", () => {
    const text = ["Committee Discusses Drones and Borders", "The meeting opened at ten.", "It closed at noon."].join("\n\n");
    expect(topics(text)).toEqual([["new-technologies", 0.7]]);
  });

  it("takes the lead as the first paragraph of the body, not a later one", () => {
    const text = page("The meeting opened at ten.", "Speakers discussed gender in border work.", "It closed at noon.");
    expect(topics(text)).toEqual([]);
  });

  it("takes the first paragraph as the lead when there is no headline", () => {
    const text = "The meeting discussed gender in border work, said the chair.\n\nIt closed at noon.";
    expect(topics(text)).toEqual([["gender", 0.7]]);
  });

  it("finds no topic in an empty text", () => {
    expect(findTopics(readDoc(""))).toEqual([]);
  });

  it("gives the same answer when asked twice (the patterns are reused)", () => {
    const doc = readDoc(page("Speakers discussed gender and drones.", "Drones came up again."));
    const first = findTopics(doc);
    expect(findTopics(doc)).toEqual(first);
    expect(first.map((t) => t.value)).toEqual(["new-technologies", "gender"]);
  });
});

describe("findTopics: the order", () => {
  it("lists the surest first, and topics of the same confidence in the vocabulary's order", () => {
    const text = page(
      "Speakers discussed human rights and gender.",
      "Drones were named twice: drones.",
      "Women spoke on the panel.",
    );
    // gender: lead + "Women" = 0.8; human-rights: lead only = 0.7; new-technologies: twice outside = 0.6.
    expect(topics(text)).toEqual([
      ["gender", 0.8],
      ["human-rights", 0.7],
      ["new-technologies", 0.6],
    ]);
  });

  it("keeps the vocabulary's order between topics of equal confidence", () => {
    const text = page("Speakers discussed human rights, gender and critical infrastructure.", "The meeting closed.");
    expect(topics(text)).toEqual([
      ["critical-infrastructure", 0.7],
      ["gender", 0.7],
      ["human-rights", 0.7],
    ]);
  });
});

describe("findTopics: spans and keywords", () => {
  it("gives the spans of the first three keywords, exactly", () => {
    const text = page("Gender first.", "Then gender.", "Gender again.", "And gender once more.");
    const [fact] = findTopics(readDoc(text));
    expect(fact?.value).toBe("gender");
    expect(fact?.spans.map((s) => [s.start, text.slice(s.start, s.end)])).toEqual([
      [text.indexOf("Gender first"), "Gender"],
      [text.indexOf("gender."), "gender"],
      [text.indexOf("Gender again"), "Gender"],
    ]);
  });

  it("gives each keyword once, in lower case, in the order found, at most five", () => {
    const text = page(
      "Speakers discussed terrorist financing and the FATF.",
      "Funds, money laundering, fundraising and the financing of terrorism were named; funds again.",
    );
    const fact = findTopics(readDoc(text)).find((t) => t.value === "terrorism-financing");
    expect(fact?.keywords).toEqual(["terrorist financing", "fatf", "funds", "money laundering", "fundraising"]);
    expect(fact?.confidence).toBe(0.8);
  });
});
