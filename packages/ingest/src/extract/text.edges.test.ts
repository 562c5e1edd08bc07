// Edges of extract/text.ts, on texts written for these tests (synthetic, our own words): a section label above the
// headline, lines of markup, where splitSentences stops, the length limits of tags, labels and headline lines.
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, isoDate, readDoc, splitSentences, textOf, trimSpan } from "./text";

const BODY = "The Harbour Committee met in Oslo on Monday to review how ports screen the crews of cargo ships.";
const HEADLINE = "Committee Reviews Port Security";

/** The headline's text, the chrome's indices and the paragraphs' texts. */
function shape(text: string): { headline: string | undefined; chrome: number[]; paragraphs: string[] } {
  const doc = readDoc(text);
  return { headline: doc.headline && textOf(doc, doc.headline), chrome: [...doc.chrome], paragraphs: doc.paragraphs.map((p) => textOf(doc, p)) };
}

const sentences = (text: string, from = 0, to = text.length) => splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));

describe("a section label above the headline", () => {
  it("is chrome when a headline and a body with a stop follow", () => {
    expect(shape(`Homeland Security\n${HEADLINE}\n${BODY}`)).toStrictEqual({ headline: HEADLINE, chrome: [0], paragraphs: ["Homeland Security", HEADLINE, BODY] });
    // Two words in capitals however spaced, of one letter, or with a hyphen.
    for (const label of ["Homeland  Security", "H Security", "Homeland S", "Port-State Security"]) {
      expect(shape(`${label}\n${HEADLINE}\n${BODY}`)).toMatchObject({ headline: HEADLINE, chrome: [0] });
    }
  });

  it("passes over chrome between the label, the headline and the body, up to four lines", () => {
    expect(shape(`Homeland Security\nHome | News |\n${HEADLINE}\nHome | News |\n${BODY}`)).toMatchObject({ headline: HEADLINE, chrome: [0, 1] });
  });

  it("is no label with a word in lower case, three words, or over 30 characters", () => {
    for (const label of ["Homeland security", "Homeland Security Desk", `Homeland ${"S".padEnd(22, "x")}`]) {
      expect(shape(`${label}\n${HEADLINE}\n${BODY}`).chrome).toStrictEqual([]);
    }
    const thirty = `Homeland ${"S".padEnd(21, "x")}`;
    expect(thirty).toHaveLength(30);
    expect(shape(`${thirty}\n${HEADLINE}\n${BODY}`)).toMatchObject({ headline: HEADLINE, chrome: [0] });
  });

  it("is no label above another label, a sentence, or the last lines", () => {
    expect(shape(`Homeland Security\nWorld News\n${HEADLINE}\n${BODY}`)).toMatchObject({ headline: undefined, chrome: [] });
    expect(shape(`Homeland Security\nThe committee met today.\n${BODY}`)).toMatchObject({ headline: undefined, chrome: [] });
    expect(shape(`Homeland Security\n${HEADLINE}`)).toMatchObject({ headline: undefined, chrome: [] });
  });

  it("needs a body of at least 80 characters with a sentence's stop", () => {
    expect(shape(`Homeland Security\n${HEADLINE}\nShort body line.`)).toMatchObject({ headline: undefined, chrome: [] });
    expect(shape(`Homeland Security\n${HEADLINE}\n${BODY.slice(0, -1)}`)).toMatchObject({ headline: undefined, chrome: [] });
    const eighty = `${"The Harbour Committee met in Oslo on Monday to review how ports screen crews".padEnd(79, "s")}.`;
    expect(eighty).toHaveLength(80);
    expect(shape(`Homeland Security\n${HEADLINE}\n${eighty}`)).toMatchObject({ headline: HEADLINE, chrome: [0] });
    expect(shape(`Homeland Security\n${HEADLINE}\n${eighty.slice(1)}`)).toMatchObject({ headline: undefined, chrome: [] });
    // A stop inside a number is no sentence's stop.
    expect(shape(`Homeland Security\n${HEADLINE}\n${BODY.slice(0, -1)} at a cost of 3.5 million`)).toMatchObject({ headline: undefined, chrome: [] });
    // A stop before a closing quotation mark counts.
    expect(shape(`Homeland Security\n${HEADLINE}\n${BODY.slice(0, -1)}, the Chair said “now.”`)).toMatchObject({ headline: HEADLINE, chrome: [0] });
  });
});

describe("a one-word tag above the headline", () => {
  it("is at most 30 characters", () => {
    expect(shape(`${"Tag".padEnd(30, "x")}\n${HEADLINE}\n${BODY}`)).toMatchObject({ headline: HEADLINE, chrome: [0] });
    expect(shape(`${"Tag".padEnd(31, "x")}\n${HEADLINE}\n${BODY}`)).toMatchObject({ headline: undefined, chrome: [] });
  });
});

describe("lines of markup", () => {
  it("drops lines of markup only, however spaced, and keeps lines with words outside the markup", () => {
    const kept = shape("<rss><channel>\n<rss> <channel>\n<![CDATA[ <p>\n]]> </description>\n<title lang=\"en\">Port news</title>\nPorts were checked <br/>\n<p>Ports were checked\nPorts were <b>checked</b>\n<b>Port</b> news\nThe end.");
    expect(kept.paragraphs).toStrictEqual(["Ports were checked <br/>", "<p>Ports were checked", "Ports were <b>checked</b>", "<b>Port</b> news", "The end."]);
  });

  it("starts over only at a line opening with <item>, and ends only at one opening with </item>", () => {
    expect(shape("Intro words.\n<channel> <item>\nBody words.").paragraphs).toStrictEqual(["Intro words.", "Body words."]);
    expect(shape("Body one.\n<description> </item>\nBody two.").paragraphs).toStrictEqual(["Body one.", "Body two."]);
  });

  it("reads a text opening with a line break", () => {
    expect(shape("\nFirst line here.\nSecond line here.").paragraphs).toStrictEqual(["First line here.", "Second line here."]);
  });
});

describe("splitSentences at its edges", () => {
  it("never reads a stop or a closing mark at `to` or after it", () => {
    const text = "Ports met. Crews left.";
    expect(sentences(text, 0, text.length - 1)).toStrictEqual(["Ports met.", "Crews left"]);
    expect(sentences("Ports met.) Then more", 0, 10)).toStrictEqual(["Ports met."]);
    expect(sentences("Ports met.)Then more", 0, 10)).toStrictEqual(["Ports met."]);
  });

  it("a closing mark with no quotation open closes nothing", () => {
    expect(sentences("Stray ” mark here. Then “Quoted. Words” end.")).toStrictEqual(["Stray ” mark here.", "Then “Quoted. Words” end."]);
  });

  it("a question mark after a word like an abbreviation ends the sentence", () => {
    expect(sentences("Was it Mr? Yes, it was.")).toStrictEqual(["Was it Mr?", "Yes, it was."]);
  });

  it("reads the next sentence from its first character (an opening mark)", () => {
    expect(sentences("One. “Two. Three.” Four.")).toStrictEqual(["One.", "“Two. Three.” Four."]);
  });

  it("after a cut, reads the rest from its first character", () => {
    const run = "x".repeat(MAX_SENTENCE);
    const text = `${run}“Go. On.” Then.`;
    expect(splitSentences(text, 0, text.length)).toStrictEqual([
      { start: 0, end: MAX_SENTENCE },
      { start: MAX_SENTENCE, end: text.length },
    ]);
  });

  it("cuts at a space past the half only, never at the half itself", () => {
    const half = MAX_SENTENCE / 2;
    const atHalf = `${"x".repeat(half)} ${"y".repeat(MAX_SENTENCE)}`;
    expect(splitSentences(atHalf, 0, atHalf.length)[0]).toStrictEqual({ start: 0, end: MAX_SENTENCE });
    const pastHalf = `${"x".repeat(half + 1)} ${"y".repeat(MAX_SENTENCE)}`;
    expect(splitSentences(pastHalf, 0, pastHalf.length)[0]).toStrictEqual({ start: 0, end: half + 1 });
  });
});

describe("headlines broken over lines: limits", () => {
  const join = (text: string) => shape(text).headline;

  it("counts the three lines from the headline's first, after chrome", () => {
    expect(join("Home | News |\nCommittee hears experts on\nborders and ports for\nthree days and nights\nin four cities\nThe Committee met today.")).toBe(
      "Committee hears experts on\nborders and ports for\nthree days and nights",
    );
  });

  it("joins a next line of 200 characters, not of 201", () => {
    const next = (n: number) => `borders ${"and ports ".repeat(20)}`.slice(0, n - 1).trimEnd().padEnd(n, "x");
    expect(next(200)).toHaveLength(200);
    expect(join(`Committee hears experts on\n${next(200)}\nThe Committee met today.`)).toBe(`Committee hears experts on\n${next(200)}`);
    expect(join(`Committee hears experts on\n${next(201)}\nThe Committee met today.`)).toBe("Committee hears experts on");
  });

  it("title case goes on after a first line of up to 80 characters, to a next line of three words or more, however spaced", () => {
    const first = `Committee Hears Experts ${"From Member States ".repeat(2)}`.padEnd(80, "x");
    expect(first).toHaveLength(80);
    expect(join(`${first}\nDuring Three Days\nThe Committee met today.`)).toBe(`${first}\nDuring Three Days`);
    expect(join("Committee Hears Experts\nDuring  Three  Days\nThe Committee met today.")).toBe("Committee Hears Experts\nDuring  Three  Days");
    expect(join("Committee  Hears Experts\nCommittee  Meets Again Today\nThe Committee met today.")).toBe("Committee  Hears Experts");
  });

  it("a listing's cut line: the next line goes on from its words, up to the space before the ellipsis; an ellipsis inside the line cuts nothing", () => {
    expect(join("Harbour Chiefs Agree To Share …\nHarbour Chiefs Agree To Shared Crew Lists\nThe Committee met today.")).toBe("Harbour Chiefs Agree To Shared Crew Lists");
    expect(join("Chiefs … Agree On Port Checks\nChiefs … Agree On Port Checks Today\nThe Committee met today.")).toBe("Chiefs … Agree On Port Checks");
  });

  it("the styles: title case counts words of four letters or more; capitals need eight letters", () => {
    // Four of four long words in capitals, the short ones aside.
    expect(join("Ports of the North and the South\nMeet in Oslo Over Three Days\nThe Committee met today.")).toBe("Ports of the North and the South\nMeet in Oslo Over Three Days");
    // Two long words are enough, one is not; three of four is title case.
    expect(join("Port Chiefs Met\nDuring Three Days\nThe Committee met today.")).toBe("Port Chiefs Met\nDuring Three Days");
    expect(join("Port Act Now\nDuring Three Days\nThe Committee met today.")).toBe("Port Act Now");
    expect(join("Ports Meet Oslo today\nDuring Three Days\nThe Committee met today.")).toBe("Ports Meet Oslo today\nDuring Three Days");
    // Eight letters in capitals are capitals; six are not.
    expect(join("A PORT ACT\nFOR ALL SHIPS\nThe Committee met today.")).toBe("A PORT ACT\nFOR ALL SHIPS");
    expect(join("A UN ACT\nFOR ALL SHIPS\nThe Committee met today.")).toBe("A UN ACT");
    // Two words however spaced are too few.
    expect(join("Committee Hears Experts\nMedia  Note\nThe Committee met today.")).toBe("Committee Hears Experts");
  });

  it("a next line with a stop inside goes on; one ending with a stop does not", () => {
    expect(join("Committee hears experts on\nborders. Then it closes\nThe Committee met today.")).toBe("Committee hears experts on\nborders. Then it closes");
  });
});

describe("helpers at their edges", () => {
  it("trimSpan keeps an empty span where it is", () => {
    expect(trimSpan("a  b", { start: 1, end: 1 })).toStrictEqual({ start: 1, end: 1 });
    expect(trimSpan("a  b", { start: 1, end: 3 })).toStrictEqual({ start: 3, end: 3 });
  });

  it("isoDate refuses a year that Date would read as 19xx", () => {
    expect(isoDate(99, 1, 1)).toBeUndefined();
    expect(isoDate(2031, 12, 31)).toBe("2031-12-31");
  });
});
