// Unit tests of the text's structure (extract/text.ts): sentences with their exact offsets, paragraphs,
// the dateline, the headline and the body, on texts written for these tests (synthetic).
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, bodyParagraphs, bodySentences, capitalize, isoDate, readDoc, splitSentences, textOf, trimSpan } from "./text";

/** The sentences of a whole text, as strings. */
const sentences = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("gives each sentence's exact offsets, without the spaces between them", () => {
    const text = "  One two. Three four!  Five six? Seven  ";
    expect(splitSentences(text, 0, text.length)).toEqual([
      { start: 2, end: 10 },
      { start: 11, end: 22 },
      { start: 24, end: 33 },
      { start: 34, end: 39 },
    ]);
  });

  it("reads only between `from` and `to`, the text before and after playing no part", () => {
    const text = "Skip. One two. Three. Skip.";
    expect(splitSentences(text, 6, 21).map((s) => text.slice(s.start, s.end))).toEqual(["One two.", "Three."]);
    // A sentence cut by `to` ends there.
    expect(splitSentences(text, 6, 12).map((s) => text.slice(s.start, s.end))).toEqual(["One tw"]);
    // An abbreviation is read from the sentence's start: "xDr" before it is not "Dr".
    expect(splitSentences("xDr. Bo spoke.", 1, 14)).toEqual([{ start: 1, end: 14 }]);
  });

  it("gives nothing for white space only", () => {
    expect(splitSentences("   \t ", 0, 5)).toEqual([]);
    expect(splitSentences("", 0, 0)).toEqual([]);
  });

  it("does not end a sentence inside a quotation (curly, guillemets or straight)", () => {
    expect(sentences("He said “Go. Now.” Then he left. Bye.")).toEqual(["He said “Go. Now.” Then he left.", "Bye."]);
    expect(sentences("He said «Go. Now.» Then he left. Bye.")).toEqual(["He said «Go. Now.» Then he left.", "Bye."]);
    expect(sentences('He said "Go. Now." Then he left. Bye.')).toEqual(['He said "Go. Now." Then he left.', "Bye."]);
    // A closing mark without an opening one does not open a quotation.
    expect(sentences("It ended” here. Next one.")).toEqual(["It ended” here.", "Next one."]);
  });

  it("ends a quotation's sentence after its closing mark, and a bracket's after the bracket", () => {
    expect(sentences("He called it ‘final.’ Next.")).toEqual(["He called it ‘final.’", "Next."]);
    expect(sentences("(See the annex.) Next.")).toEqual(["(See the annex.)", "Next."]);
    expect(sentences('The end." Next one.')).toEqual(['The end."', "Next one."]);
    // A closing mark after the stop, whose opening mark the text lost, ends the sentence with it.
    expect(sentences("The end.” Next one.")).toEqual(["The end.”", "Next one."]);
    expect(sentences("The end.» Next one.")).toEqual(["The end.»", "Next one."]);
    expect(sentences("The end.”) Next one.")).toEqual(["The end.”)", "Next one."]);
    // A stop inside a quotation does not end the sentence, even before the closing mark.
    expect(sentences("He said “Go now.” Then.")).toEqual(["He said “Go now.” Then."]);
  });

  it("does not end a sentence at a stop inside a word or a number", () => {
    expect(sentences("It rose 3.5 per cent. Next.")).toEqual(["It rose 3.5 per cent.", "Next."]);
    expect(sentences("See www.un.org today. Next.")).toEqual(["See www.un.org today.", "Next."]);
  });

  it("does not end a sentence after an abbreviation or an initial", () => {
    expect(sentences("Mr. Bo spoke. Then Dr. Ann Lee. The end.")).toEqual(["Mr. Bo spoke.", "Then Dr. Ann Lee.", "The end."]);
    expect(sentences("The U.N. Office spoke. Next.")).toEqual(["The U.N. Office spoke.", "Next."]);
    expect(sentences("J. Smith spoke. Next.")).toEqual(["J. Smith spoke.", "Next."]);
    expect(sentences("It met at 3 p.m. Then it closed.")).toEqual(["It met at 3 p.m. Then it closed."]);
    // The abbreviation is looked for in the eight characters before the stop only.
    expect(sentences("He spoke on Gen. Smith's report. Next.")).toEqual(["He spoke on Gen. Smith's report.", "Next."]);
  });

  it("ends a sentence only before a capital, a digit, a quotation mark or a bracket", () => {
    expect(sentences("He left at noon. then he came back. Next.")).toEqual(["He left at noon. then he came back.", "Next."]);
    expect(sentences("One. 2 followed. “Three” too. (Four) too. ‘Five’ too. «Six» too. \"Seven\" too.")).toEqual([
      "One.",
      "2 followed.",
      "“Three” too.",
      "(Four) too.",
      "‘Five’ too.",
      "«Six» too.",
      '"Seven" too.',
    ]);
  });

  it("ends a sentence at a question mark or an exclamation mark, not at other marks", () => {
    expect(sentences("Why? Because! Then; so: on, yes.")).toEqual(["Why?", "Because!", "Then; so: on, yes."]);
  });

  it("cuts a run longer than MAX_SENTENCE at its last space past the half, or at the limit", () => {
    const words = `${"word ".repeat(700)}end.`; // 3504 characters, no stop before the end
    const cut = splitSentences(words, 0, words.length);
    const lastSpace = words.lastIndexOf(" ", MAX_SENTENCE);
    expect(cut).toEqual([
      { start: 0, end: lastSpace },
      { start: lastSpace + 1, end: words.length },
    ]);
    const run = "x".repeat(MAX_SENTENCE + 10);
    expect(splitSentences(run, 0, run.length)).toEqual([
      { start: 0, end: MAX_SENTENCE },
      { start: MAX_SENTENCE, end: run.length },
    ]);
    // A space in the first half is no place to cut: the run is cut at the limit.
    const early = `ab ${"x".repeat(MAX_SENTENCE + 10)}`;
    expect(splitSentences(early, 0, early.length)).toEqual([
      { start: 0, end: MAX_SENTENCE },
      { start: MAX_SENTENCE, end: early.length },
    ]);
  });

  it("forgets an open quotation at a cut", () => {
    const text = `“${"x".repeat(MAX_SENTENCE + 5)} One. Two.`;
    const got = splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(got.slice(1)).toEqual(["xxxxxx One.", "Two."]);
    const straight = `"${"x".repeat(MAX_SENTENCE + 5)} One. Two.`;
    expect(splitSentences(straight, 0, straight.length).map((s) => straight.slice(s.start, s.end)).slice(1)).toEqual(["xxxxxx One.", "Two."]);
  });
});

describe("readDoc: paragraphs and dateline", () => {
  it("reads each non-empty line as a paragraph, trimmed, with its index and sentences", () => {
    const text = "  First line here.  \n\n \t\nSecond. Third.\n";
    const doc = readDoc(text);
    expect(doc.paragraphs).toEqual([
      { start: 2, end: 18, index: 0, sentences: [{ start: 2, end: 18 }] },
      { start: 25, end: 39, index: 1, sentences: [{ start: 25, end: 32 }, { start: 33, end: 39 }] },
    ]);
    expect(doc.text).toBe(text);
  });

  it("reads a line of markup only as no paragraph, and a feed item's content from <item> to </item>", () => {
    const text = "<rss>\nChannel title line\n<item>\n<title>Item</title>\nThe item's text. It goes on.\n</item>\nAnother item's text.";
    const doc = readDoc(text);
    expect(doc.paragraphs.map((p) => textOf(doc, p))).toEqual(["The item's text. It goes on."]);
    expect(doc.paragraphs[0]?.index).toBe(0);
    expect(readDoc("<![CDATA[\nText inside.\n]]>").paragraphs.map((p) => p.index)).toEqual([0]);
    // A line with text around a tag is content.
    expect(readDoc("Some <b>bold</b> text").paragraphs).toHaveLength(1);
  });

  it("reads a dateline at the start of one of the first four paragraphs, and the body after it", () => {
    const text = "Ports Meeting Held\n\nNEW YORK, 3 May 2021 – The Committee met. It closed.";
    const doc = readDoc(text);
    expect(textOf(doc, doc.dateline!)).toBe("NEW YORK, 3 May 2021 –");
    expect(doc.paragraphs[1]?.sentences.map((s) => textOf(doc, s))).toEqual(["The Committee met.", "It closed."]);
    const geneva = readDoc("Geneva, Monday, 3 May 2021: The Committee met.");
    expect(textOf(geneva, geneva.dateline!)).toBe("Geneva, Monday, 3 May 2021:");
    const us = readDoc("New York, May 3, 2021. The Committee met.");
    expect(textOf(us, us.dateline!)).toBe("New York, May 3, 2021.");
    const fourth = readDoc("A\n\nB\n\nC\n\nVIENNA, 3 May 2021 - Text.");
    expect(textOf(fourth, fourth.dateline!)).toBe("VIENNA, 3 May 2021 -");
    expect(readDoc("A\n\nB\n\nC\n\nD\n\nVIENNA, 3 May 2021 - Text.").dateline).toBeUndefined();
  });

  it("needs a year in the dateline, and keeps the first dateline", () => {
    expect(readDoc("NEW YORK, 3 May – The Committee met.").dateline).toBeUndefined();
    const doc = readDoc("VIENNA, 3 May 2021 - One.\n\nGENEVA, 4 May 2021 - Two.");
    expect(textOf(doc, doc.dateline!)).toBe("VIENNA, 3 May 2021 -");
    expect(doc.paragraphs[1]?.sentences.map((s) => textOf(doc, s))).toEqual(["GENEVA, 4 May 2021 - Two."]);
  });

  it("looks for a dateline in the first 120 characters of a line only", () => {
    const place = "A".repeat(30);
    const doc = readDoc(`${place}, 3 May 2021 - The Committee met.`);
    expect(doc.dateline).toEqual({ start: 0, end: place.length + ", 3 May 2021 -".length });
    expect(readDoc(`VIENNA,${" ".repeat(100)}3 May 2021 - Met.`).dateline).toEqual({ start: 0, end: "VIENNA,".length + 100 + "3 May 2021 -".length });
    expect(readDoc(`VIENNA,${" ".repeat(120)}3 May 2021 - Met.`).dateline).toBeUndefined();
  });
});

describe("readDoc: headline and chrome", () => {
  it("takes the first line as the headline when it reads as one and the body follows", () => {
    const doc = readDoc("Committee Reviews Port Security\n\nThe Committee met today.");
    expect(doc.headline).toEqual({ start: 0, end: 31 });
    expect(doc.chrome.size).toBe(0);
    // The last line is never a headline.
    expect(readDoc("Committee Reviews Port Security").headline).toBeUndefined();
    // A sentence is no headline.
    expect(readDoc("The Committee met today.\n\nIt closed.").headline).toBeUndefined();
  });

  it("skips the page's chrome and a one-word tag above the headline", () => {
    const doc = readDoc("Home | News | About |\n\nUNsite.org\n\nCommittee Reviews Port Security\n\nThe Committee met today.");
    expect(textOf(doc, doc.headline!)).toBe("Committee Reviews Port Security");
    expect([...doc.chrome]).toEqual([0, 1]);
    // A one-word line that is the last line is not taken for a tag.
    expect([...readDoc("Home | News | About |\n\nTagged").chrome]).toEqual([0]);
  });

  it("looks for the headline among the first fourteen lines only", () => {
    const chrome = Array.from({ length: 14 }, (_, i) => `Tag${i}`).join("\n");
    expect(readDoc(`${chrome}\nCommittee Reviews Port Security\nThe Committee met today.`).headline).toBeUndefined();
    const fewer = Array.from({ length: 13 }, (_, i) => `Tag${i}`).join("\n");
    const doc = readDoc(`${fewer}\nCommittee Reviews Port Security\nThe Committee met today.`);
    expect(textOf(doc, doc.headline!)).toBe("Committee Reviews Port Security");
  });

  it("stops at the first line that is neither chrome nor a headline", () => {
    const doc = readDoc("The Committee met today.\n\nCommittee Reviews Port Security\n\nIt closed.");
    expect(doc.headline).toBeUndefined();
    expect(doc.chrome.size).toBe(0);
  });

  it("takes the whole headline from the next line when a listing cut it short", () => {
    const text = "Committee Reviews Port…\nCommittee Reviews Port Security in Ten States\nThe Committee met today.";
    const doc = readDoc(text);
    expect(textOf(doc, doc.headline!)).toBe("Committee Reviews Port Security in Ten States");
    // Three periods too (a line ending with a period reads as a headline only in capitals).
    const dots = readDoc("COMMITTEE REVIEWS PORT...\nCOMMITTEE REVIEWS PORT SECURITY IN TEN STATES\nThe Committee met today.");
    expect(textOf(dots, dots.headline!)).toBe("COMMITTEE REVIEWS PORT SECURITY IN TEN STATES");
    // The next line must go on from the cut line's words.
    const other = readDoc("Committee Reviews Port…\nCouncil hears ten States on borders\nThe Committee met today.");
    expect(textOf(other, other.headline!)).toBe("Committee Reviews Port…");
  });

  it("joins a headline broken mid-phrase, for at most three lines", () => {
    const join = (text: string) => {
      const doc = readDoc(text);
      return doc.headline && textOf(doc, doc.headline);
    };
    expect(join("Committee hears experts on\nborders and ports today\nThe Committee met today.")).toBe("Committee hears experts on\nborders and ports today");
    expect(join("Committee hears experts,\nthen closes its meeting\nThe Committee met today.")).toBe("Committee hears experts,\nthen closes its meeting");
    expect(join("Committee hears experts;\nthen closes its meeting\nThe Committee met today.")).toBe("Committee hears experts;\nthen closes its meeting");
    // The next line in lower case goes on the headline.
    expect(join("Committee hears experts\nbefore closing its meeting\nThe Committee met today.")).toBe("Committee hears experts\nbefore closing its meeting");
    expect(join("Committee hears experts on\nborders and ports for\nthree days and nights\nin four cities\nThe Committee met today.")).toBe(
      "Committee hears experts on\nborders and ports for\nthree days and nights",
    );
    // A line that starts a new phrase in the body's style is not joined.
    expect(join("Committee hears experts\nBorders and ports discussed\nThe Committee met today.")).toBe("Committee hears experts");
    // Nor a line of the body (a sentence), nor a line over 200 characters, nor the last line, nor chrome.
    expect(join("Committee hears experts on\nborders. Then it closes.\nThe Committee met today.")).toBe("Committee hears experts on");
    expect(join(`Committee hears experts on\nborders ${"and ports ".repeat(20)}today\nThe Committee met today.`)).toBe("Committee hears experts on");
    expect(join("Committee hears experts on\nborders and ports")).toBe("Committee hears experts on");
    expect(join("Committee hears experts on\nPhoto: the room\nThe Committee met today.")).toBe("Committee hears experts on");
  });

  it("joins a quotation left open in a headline's line to the next", () => {
    const doc = readDoc("Chair says “we will\nBring Them Home Safely” To Council\nThe Committee met today.");
    expect(textOf(doc, doc.headline!)).toBe("Chair says “we will\nBring Them Home Safely” To Council");
    const straight = readDoc('Chair says "we will\nBring Them Home Safely" To Council\nThe Committee met today.');
    expect(textOf(straight, straight.headline!)).toBe('Chair says "we will\nBring Them Home Safely" To Council');
    // A closed quotation does not go on.
    const closed = readDoc("Chair says “we will” today\nBring them home safely now\nThe Committee met today.");
    expect(textOf(closed, closed.headline!)).toBe("Chair says “we will” today");
  });

  it("joins lines in one style: capitals to capitals; title case once, after a short first line, not a repeated start", () => {
    const join = (text: string) => {
      const doc = readDoc(text);
      return doc.headline && textOf(doc, doc.headline);
    };
    expect(join("COMMITTEE HEARS EXPERTS\nFROM TEN STATES\nThe Committee met today.")).toBe("COMMITTEE HEARS EXPERTS\nFROM TEN STATES");
    expect(join("COMMITTEE HEARS EXPERTS\nFROM TEN STATES\nTHREE DAYS OF TALKS\nThe Committee met today.")).toBe("COMMITTEE HEARS EXPERTS\nFROM TEN STATES\nTHREE DAYS OF TALKS");
    expect(join("Committee Hears Experts\nFrom Ten Member States\nThe Committee met today.")).toBe("Committee Hears Experts\nFrom Ten Member States");
    // Title case goes on for one line only.
    expect(join("Committee Hears Experts\nFrom Ten Member States\nDuring Three Long Days\nThe Committee met today.")).toBe("Committee Hears Experts\nFrom Ten Member States");
    // Not when the next line has fewer than three words, or starts with the same word, or the first is long.
    expect(join("Committee Hears Experts\nMedia Note\nThe Committee met today.")).toBe("Committee Hears Experts");
    expect(join("Committee Hears Experts\nCommittee Hears Experts Again\nThe Committee met today.")).toBe("Committee Hears Experts");
    const long = `Committee Hears Experts ${"From Many Member States ".repeat(3)}Today`; // 97 characters
    expect(join(`${long}\nDuring Three Long Days\nThe Committee met today.`)).toBe(long);
    // A line in title case after one in capitals is not the same style.
    expect(join("COMMITTEE HEARS EXPERTS\nFrom Ten Member States\nThe Committee met today.")).toBe("COMMITTEE HEARS EXPERTS");
    // A line of capitals ending with a period goes on; one of title case does not.
    expect(join("COMMITTEE HEARS EXPERTS\nFROM TEN STATES.\nThe Committee met today.")).toBe("COMMITTEE HEARS EXPERTS\nFROM TEN STATES.");
    expect(join("Committee hears experts on\nBorders and Ports Reviewed.\nThe Committee met today.")).toBe("Committee hears experts on");
  });
});

describe("the body", () => {
  it("is every paragraph after the headline that is not chrome", () => {
    const text = "Home | News |\n\nCommittee Reviews Port Security\n\nThe Committee met. It closed.\n\nPhoto: the room\n\nThe end came.";
    const doc = readDoc(text);
    expect(bodyParagraphs(doc).map((p) => textOf(doc, p))).toEqual(["The Committee met. It closed.", "Photo: the room", "The end came."]);
    expect(bodySentences(doc).map(({ sentence, paragraph }) => [textOf(doc, sentence), paragraph.index])).toEqual([
      ["The Committee met.", 2],
      ["It closed.", 2],
      ["Photo: the room", 3],
      ["The end came.", 4],
    ]);
  });

  it("without a headline, is every paragraph from the first that is not chrome", () => {
    const doc = readDoc("Home | News |\n\nThe Committee met.\n\nIt closed.");
    expect(doc.headline).toBeUndefined();
    expect(bodyParagraphs(doc).map((p) => textOf(doc, p))).toEqual(["The Committee met.", "It closed."]);
    expect(bodyParagraphs(readDoc("The Committee met.\n\nIt closed.")).map((p) => p.index)).toEqual([0, 1]);
    expect(bodyParagraphs(readDoc(""))).toEqual([]);
  });
});

describe("helpers", () => {
  it("capitalize capitalises the first letter only", () => {
    expect(capitalize("chair of the committee")).toBe("Chair of the committee");
    expect(capitalize("")).toBe("");
    expect(capitalize("é")).toBe("É");
  });

  it("trimSpan trims white space off both ends of a span", () => {
    expect(trimSpan("  ab c \t", { start: 0, end: 8 })).toEqual({ start: 2, end: 6 });
    expect(trimSpan("x   y", { start: 1, end: 4 })).toEqual({ start: 4, end: 4 });
    expect(trimSpan("abc", { start: 1, end: 2 })).toEqual({ start: 1, end: 2 });
  });

  it("isoDate writes a date with four-digit year and two-digit month and day, and refuses a day that does not exist", () => {
    expect(isoDate(2021, 5, 3)).toBe("2021-05-03");
    expect(isoDate(999, 12, 31)).toBe("0999-12-31");
    expect(isoDate(2020, 2, 29)).toBe("2020-02-29");
    expect(isoDate(2021, 2, 29)).toBeUndefined();
    expect(isoDate(2021, 13, 1)).toBeUndefined();
    expect(isoDate(2021, 4, 31)).toBeUndefined();
    expect(isoDate(2021, 1, 0)).toBeUndefined();
  });
});
