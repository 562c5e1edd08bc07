// Unit tests of findTitle: which title a page gets, where it is written, how sure and why, and its headline
// (synthetic pages in our own words).
import { describe, expect, it } from "vitest";
import { spanOf as at } from "../../test/extract-helpers";
import { readDoc } from "./text";
import { feedItemTitle, findTitle } from "./title";

const title = (text: string) => findTitle(readDoc(text));
/** The span of `part` in `text` (its first occurrence). */

describe("findTitle: a theme in quotation marks", () => {
  it("takes the theme quoted in the headline, with the headline", () => {
    const head = "Committee holds open briefing on “Safety of ports and borders”";
    const text = `${head}\n\nOn 3 May 2021, the Committee met.`;
    expect(title(text)).toEqual({
      value: "Safety of ports and borders",
      span: at(text, "Safety of ports and borders"),
      confidence: 0.95,
      headline: { value: head, span: at(text, head) },
    });
  });

  it("leaves a comma or a period before the closing mark out, and collapses white space", () => {
    const text = 'Committee meets on "Safety of   ports and borders." today\n\nThe Committee met.';
    expect(title(text)).toEqual(expect.objectContaining({ value: "Safety of ports and borders", span: at(text, "Safety of   ports and borders") }));
  });

  it("needs eight characters at least between the marks", () => {
    expect(title("Committee meets on “Borders” in spring\n\nThe Committee met.")?.value).toBe("Committee meets on “Borders” in spring");
    expect(title("Committee meets on “Borders!” in spring\n\nThe Committee met.")?.value).toBe("Borders!");
  });

  it("takes a theme the lead introduces as one, less surely, and no quotation of a speaker", () => {
    const text = "Ports reviewed by experts\n\nOn 3 May 2021, the Committee held a briefing entitled “Safety of ports and borders”. It was long.";
    // The headline quotes nothing; the lead names the theme.
    expect(title(text)).toEqual(
      expect.objectContaining({ value: "Safety of ports and borders", span: at(text, "Safety of ports and borders"), confidence: 0.85, headline: { value: "Ports reviewed by experts", span: at(text, "Ports reviewed by experts") } }),
    );
    const speaker = "Ports reviewed by experts\n\nThe chair said “we must all act together now” to the room.";
    expect(title(speaker)?.value).toBe("Ports reviewed by experts");
  });

  it("takes the lead's theme without a headline, with no headline given", () => {
    const text = "On 3 May 2021, the Committee held a briefing on “Safety of ports and borders”.";
    const got = title(text);
    expect(got).toEqual({ value: "Safety of ports and borders", span: at(text, "Safety of ports and borders"), confidence: 0.85 });
  });
});

describe("findTitle: a verbatim record's agenda item", () => {
  it("takes the line after “Agenda”, with its note and its span", () => {
    const text = "Provisional\n\nAgenda\n\n  Safety of ports and borders  \n\nThe meeting was called to order at 10 a.m.";
    // The item's line also reads as the page's headline (the lines above it are one-word tags).
    expect(title(text)).toEqual({
      value: "Safety of ports and borders",
      span: at(text, "Safety of ports and borders"),
      confidence: 0.9,
      note: "The agenda item of the meeting's record.",
      headline: { value: "Safety of ports and borders", span: at(text, "Safety of ports and borders") },
    });
  });

  it("skips “Adoption of the agenda” followed by “The agenda was adopted.”", () => {
    const text = "Date | 2 May 2009 |\n\nAdoption of the agenda\nThe agenda was adopted.\nSafety of ports and borders\n\nThe President spoke.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "Safety of ports and borders", span: at(text, "Safety of ports and borders") }));
  });

  it("takes no agenda item that is too short, too long, a sentence, a label, the President, or missing", () => {
    const item = (line: string) => {
      const got = title(`Date | 2 May 2009 |\n\nAgenda\n${line}\n\nThe meeting was called to order.`);
      return got?.note === "The agenda item of the meeting's record." ? got.value : undefined;
    };
    expect(item("Ports")).toBeUndefined();
    expect(item("Ten chars!")).toBe("Ten chars!");
    expect(item("x".repeat(200))).toBe("x".repeat(200));
    expect(item("x".repeat(201))).toBeUndefined();
    expect(item("The ports were reviewed.")).toBeUndefined();
    expect(item("Ports and borders review:")).toBeUndefined();
    expect(item("The President of the Council")).toBeUndefined();
    expect(title("Date | 2 May 2009 |\n\nThe meeting was called to order.\n\nAgenda")?.note).toBeUndefined();
  });

  it("takes an agenda item written inline before the proceedings", () => {
    const text = "Members: Atlantis Agenda Safety of ports and borders The meeting was called to order at 10 a.m.";
    expect(title(text)).toEqual({ value: "Safety of ports and borders", span: at(text, "Safety of ports and borders"), confidence: 0.9, note: "The agenda item of the meeting's record." });
    const president = "Members: Atlantis Agenda Safety of ports and borders The President: I welcome all.";
    expect(title(president)?.span).toEqual(at(president, "Safety of ports and borders"));
  });
});

describe("findTitle: a cover", () => {
  it("takes a line of the cover wholly in quotation marks", () => {
    const text = "Statement by\n\nAna Roe\n\n“Safety of ports and borders”\n\nMr. President, I thank you.";
    expect(title(text)).toEqual({
      value: "Safety of ports and borders",
      span: at(text, "Safety of ports and borders"),
      confidence: 0.8,
      note: "A line of the cover in quotation marks: the agenda item or theme.",
    });
  });

  it("looks for such a line in the first ten paragraphs only", () => {
    const lines = Array.from({ length: 10 }, (_, i) => `Line ${i} of the cover.`).join("\n");
    expect(title(`${lines}\n“Safety of ports and borders”\nMr. President.`)).toBeUndefined();
    const nine = Array.from({ length: 9 }, (_, i) => `Line ${i} of the cover.`).join("\n");
    expect(title(`${nine}\n“Safety of ports and borders”\nMr. President.`)?.value).toBe("Safety of ports and borders");
  });

  it("takes the meeting a statement was given at, with its theme", () => {
    const head = "Statement by Ana Roe at the Council Thematic Meeting on Port Security";
    const text = `${head}\n\nMr. President, I thank you.`;
    expect(title(text)).toEqual({
      value: "Council Thematic Meeting on Port Security",
      span: at(text, "Council Thematic Meeting on Port Security"),
      confidence: 0.8,
      note: "The meeting the statement was given at, as its cover names it.",
      headline: { value: head, span: at(text, head) },
    });
  });

  it("leaves trailing commas and spaces off the meeting", () => {
    const text = "Statement by Ana Roe during the open debate on ports, ; \n\nMr. President, I thank you.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "open debate on ports", span: at(text, "open debate on ports") }));
  });

  it("gives a statement that names no meeting, or a meeting without a theme, no title", () => {
    expect(title("Statement by Ana Roe, Minister of Ports\n\nMr. President, I thank you.")).toBeUndefined();
    expect(title("Statement by Ana Roe at the Council Open Debate\n\nMr. President, I thank you.")).toBeUndefined();
  });
});

describe("findTitle: the lead of a page without a headline", () => {
  it("takes the theme of the meeting the lead names, with its span", () => {
    const text = "On 3 May 2019, the Council held a meeting on the security of ports and coastal borders. It was long.";
    expect(title(text)).toEqual({
      value: "the security of ports and coastal borders",
      span: at(text, "the security of ports and coastal borders"),
      confidence: 0.6,
      note: "The meeting the lead sentence names with its theme; the page has no headline.",
    });
  });

  it("reads the first sentence of the first two paragraphs of the body", () => {
    const second = "The Committee met.\n\nOn 3 May 2019, the Council held a meeting on the security of ports and coastal borders.";
    expect(title(second)?.value).toBe("the security of ports and coastal borders");
    const third = "The Committee met.\n\nIt closed.\n\nOn 3 May 2019, the Council held a meeting on the security of ports and coastal borders.";
    expect(title(third)).toBeUndefined();
  });

  it("tries each way of naming the meeting in turn, skipping one that names a day", () => {
    const text = "On 3 May 2019, the Council held a meeting on 28 October and briefed the Committee on the work of regional bodies in the Andes.";
    expect(title(text)?.value).toBe("the work of regional bodies in the Andes");
  });

  it("takes a theme named in capitals after the meeting, to the end of the lead sentence", () => {
    const text = "Participants in the seminar\nOn 4 May 2015, a university ran a seminar on Safer ports through shared data. The chair opened it.";
    expect(title(text)).toEqual({
      value: "Safer ports through shared data",
      span: at(text, "Safer ports through shared data"),
      confidence: 0.7,
      note: "The theme the lead sentence names after the meeting; the page has no headline.",
    });
    expect(title("Participants in the seminar\nOn 4 May 2015, a university ran a seminar on December events and more.")).toBeUndefined();
  });
});

describe("findTitle: the headline", () => {
  it("takes the headline whole when it quotes no theme", () => {
    const text = "Experts review port security in ten States\n\nThe Committee met today.";
    expect(title(text)).toEqual({
      value: "Experts review port security in ten States",
      span: at(text, "Experts review port security in ten States"),
      confidence: 0.6,
      note: "The headline, taken as the title: the text quotes no theme.",
      headline: { value: "Experts review port security in ten States", span: at(text, "Experts review port security in ten States") },
    });
  });

  it("drops the meeting's kind before a theme in capitals", () => {
    const head = "Open briefing of the Counter-Terrorism Committee on Safer Borders";
    const text = `${head}\n\nOn 1 May 2020, the Committee met.`;
    expect(title(text)).toEqual({
      value: "Safer Borders",
      span: { start: text.indexOf("Safer"), end: head.length },
      confidence: 0.8,
      note: "The headline without the meeting's kind before its theme; the headline quotes no theme.",
      headline: { value: head, span: at(text, head) },
    });
    expect(title("Open briefing of the Counter-Terrorism Committee on the Safer Borders\n\nThe Committee met.")?.value).toBe("the Safer Borders");
    // A theme in lower case: the headline reports the meeting, and is kept whole.
    expect(title("Open briefing of the Counter-Terrorism Committee on safer borders\n\nThe Committee met.")?.value).toBe("Open briefing of the Counter-Terrorism Committee on safer borders");
  });

  it("drops a document's kind before the event", () => {
    const text = "Concept note for the Open Debate on Ports and Borders\n\nThe Council will meet.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "Open Debate on Ports and Borders", span: { start: text.indexOf("Open"), end: text.indexOf("\n") }, confidence: 0.8 }));
  });

  it("drops hashtags before the headline and the site's name after it, in the headline too", () => {
    const text = "#Ports #Borders Experts review port security in ten States - Press Release\n\nThe Committee met today.";
    const head = "Experts review port security in ten States";
    expect(title(text)).toEqual(expect.objectContaining({ value: head, span: at(text, head), headline: { value: head, span: at(text, head) } }));
  });

  it("does not take a photo caption for the headline", () => {
    expect(title("Participants at the border workshop\n\nThe Committee met today.")).toBeUndefined();
  });

  it("takes a feed item's title, not the channel's, as the headline", () => {
    const line = "Council - Committee - Ports /council/ctc/tags/ports en Committee reviews port security /council/ctc/news/reviews <div>";
    const text = `${line}\n\nOn 1 May 2020, the Committee met.`;
    const head = "Committee reviews port security";
    expect(title(text)).toEqual(expect.objectContaining({ value: head, span: at(text, head), confidence: 0.6, headline: { value: head, span: at(text, head) } }));
  });
});

describe("feedItemTitle", () => {
  const item = (line: string) => {
    const span = feedItemTitle(line);
    return span && line.slice(span.start, span.end);
  };

  it("reads the words between the channel's path and language and the item's path", () => {
    expect(item("Site /a/b en Item title here /a/c/item")).toBe("Item title here");
    expect(item("Site /a/b en-gb Item title here /a/c/item more")).toBe("Item title here");
  });

  it("needs a channel title before the path, a language after it, and two words of item title", () => {
    expect(item("/a/b en Item title here /a/c/item")).toBeUndefined();
    expect(item("Site /a/b English Item title here /a/c/item")).toBeUndefined();
    expect(item("Site /a/b en Item /a/c/item")).toBeUndefined();
    expect(item("Site /a/b en Item title")).toBeUndefined();
    // A path needs two slashes.
    expect(item("Site /a en Item title here /a/c")).toBeUndefined();
  });

  it("looks for the channel's path among the first 31 words only", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    expect(item(`${words(30)} /a/b en Item title /a/c`)).toBe("Item title");
    expect(item(`${words(31)} /a/b en Item title /a/c`)).toBeUndefined();
  });
});
