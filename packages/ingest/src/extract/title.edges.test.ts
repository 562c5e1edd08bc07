// Edge cases of findTitle and feedItemTitle (title.ts): the limits of each way a title is found (how many
// paragraphs, sentences, characters and words are read), with the exact value, span, confidence and note.
// Synthetic pages written for these tests.
import { describe, expect, it } from "vitest";
import { spanOf as at } from "../../test/extract-helpers";
import { readDoc } from "./text";
import { feedItemTitle, findTitle } from "./title";

const title = (text: string) => findTitle(readDoc(text));
/** The span of `part` in `text` (its first occurrence at or after `from`). */
const AGENDA = "The agenda item of the meeting's record.";
const HEADLINE = "The headline, taken as the title: the text quotes no theme.";
const headlineTitle = (text: string, head: string) => ({
  value: head,
  span: at(text, head),
  confidence: 0.6,
  note: HEADLINE,
  headline: { value: head, span: at(text, head) },
});

describe("findTitle: a quoted theme", () => {
  it("leaves the spaces inside the marks out of the value, not out of the span", () => {
    const text = "Committee meets on “ Safety of ports and borders ”\n\nThe Committee met.";
    expect(title(text)).toEqual({
      value: "Safety of ports and borders",
      span: at(text, " Safety of ports and borders "),
      confidence: 0.95,
      headline: { value: "Committee meets on “ Safety of ports and borders ”", span: at(text, "Committee meets on “ Safety of ports and borders ”") },
    });
  });

  it("keeps a qualifier up to 40 characters before the mark, a run of spaces counted", () => {
    const within = `Committee holds briefing on the${" ".repeat(29)}updated “Guide to the safety of small harbours”\n\nThe Committee met.`;
    expect(title(within)?.value).toBe("the updated Guide to the safety of small harbours");
    expect(title(within)?.span).toEqual({ start: within.indexOf("the "), end: within.indexOf("”") });
    const beyond = `Committee holds briefing on the${" ".repeat(30)}updated “Guide to the safety of small harbours”\n\nThe Committee met.`;
    expect(title(beyond)?.value).toBe("Guide to the safety of small harbours");
    expect(title(beyond)?.span).toEqual(at(beyond, "Guide to the safety of small harbours"));
  });

  it("takes the headline's theme when the words naming another meeting come after it", () => {
    const text = "Committee holds briefing on “Keeping small ports safe” ahead of the summit\n\nThe Committee met.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "Keeping small ports safe", span: at(text, "Keeping small ports safe"), confidence: 0.95 }));
  });

  it("takes no theme the lead quotes for another meeting, the one the briefing prepares (bug: it took it)", () => {
    const text = "Committee briefs its members\n\nOn 3 May 2031, the Committee held an open briefing in advance of the special meeting on “Keeping small ports safe”. Many came.";
    expect(title(text)).toEqual(headlineTitle(text, "Committee briefs its members"));
  });
});

describe("findTitle: a verbatim record's agenda item, line by line", () => {
  it("trims each side of the item's line by its own white space", () => {
    const text = "Date | 2 May 2009 |\n\nAgenda\n   Safety of ports and borders \n\nThe meeting was called to order.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "Safety of ports and borders", span: at(text, "Safety of ports and borders"), note: AGENDA }));
  });

  it("passes over a line of white space between the heading and the item", () => {
    const text = "Date | 2 May 2009 |\n\nAgenda\n   \nSafety of ports and borders\n\nThe meeting was called to order.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "Safety of ports and borders", span: at(text, "Safety of ports and borders"), note: AGENDA }));
  });

  it("reads the last line whole, and a text that opens with a line break", () => {
    const last = "Date | 2 May 2009 |\n\nAgenda\nSafety of ports and borders";
    expect(title(last)).toEqual(expect.objectContaining({ value: "Safety of ports and borders", span: at(last, "Safety of ports and borders"), note: AGENDA }));
    const opening = "\nDate | 2 May 2009 |\n\nAgenda\nSafety of ports and borders\n\nThe meeting was called to order.";
    expect(title(opening)).toEqual(expect.objectContaining({ value: "Safety of ports and borders", span: at(opening, "Safety of ports and borders"), note: AGENDA }));
  });

  it("takes nothing for a resolution's heading alone, with or without a line break before it", () => {
    expect(title("Resolution 1234")).toBeUndefined();
    expect(title("\nResolution 1234")).toBeUndefined();
  });

  it("takes an item with a stop, a colon or 'The President' inside it", () => {
    const item = (line: string) => {
      const got = title(`Date | 2 May 2009 |\n\nAgenda\n${line}\n\nThe meeting was called to order.`);
      return got?.note === AGENDA ? got.value : undefined;
    };
    expect(item("Ports: safety and borders")).toBe("Ports: safety and borders");
    expect(item("Rule 3.5 on ports and borders")).toBe("Rule 3.5 on ports and borders");
    expect(item("Letter from The President of the Harbour Council")).toBe("Letter from The President of the Harbour Council");
  });

  it("takes under a resolution's heading a subject with 'Adopted' or a comma inside it, of 10 to 200 characters", () => {
    const subject = (line: string) => {
      const got = title(["Harbour Council decisions", "Resolution 4321", line, "Resolution 4322", "Safety of harbours threatened by storms", "H/RES/4322 (2031)"].join("\n"));
      return got?.note === AGENDA ? got.value : undefined;
    };
    expect(subject("Measures Adopted against harbour storms")).toBe("Measures Adopted against harbour storms");
    expect(subject("Safety of harbours, ports and coasts")).toBe("Safety of harbours, ports and coasts");
    expect(subject("Port rules")).toBe("Port rules");
    expect(subject("x".repeat(200))).toBe("x".repeat(200));
    // too short or too long: the next resolution's subject
    expect(subject("Port rule")).toBe("Safety of harbours threatened by storms");
    expect(subject("x".repeat(201))).toBe("Safety of harbours threatened by storms");
  });

  it("gives an item written inline its span in a text that opens with a line break", () => {
    const text = "\nMembers: Atlantis Agenda Safety of ports and borders The meeting was called to order at 10 a.m.";
    expect(title(text)).toEqual({ value: "Safety of ports and borders", span: at(text, "Safety of ports and borders"), confidence: 0.9, note: AGENDA });
  });
});

describe("feedItemTitle: its limits", () => {
  const item = (line: string) => {
    const span = feedItemTitle(line);
    return span && line.slice(span.start, span.end);
  };
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

  it("reads the first 120 words only", () => {
    expect(item(`Site /a/b en ${words(116)} /a/c/item`)).toBe(words(116));
    expect(item(`Site /a/b en ${words(117)} /a/c/item`)).toBeUndefined();
  });

  it("takes a path only from a word that starts with a slash, and a language of two letters only", () => {
    expect(item("Site a/b/c en Item title here /a/c/item")).toBeUndefined();
    expect(item("Site /a/b eng Item title here /a/c/item")).toBeUndefined();
  });

  it("takes the item's first word whatever it is, a path too", () => {
    expect(item("Site /a/b en /x/y title here /a/c/item")).toBe("/x/y title here");
  });

  it("looks for a feed item on the first line only", () => {
    const text = "Harbour news today\nPorts /a/b en Item title here /a/c/d\nThe Committee met.";
    expect(title(text)).toEqual(headlineTitle(text, "Harbour news today"));
  });
});

describe("findTitle: a statement's cover and an empty page", () => {
  it("reads the statement's meeting from the headline, without the site's name after it", () => {
    const text = "Statement by Ana Roe at the Council Meeting on Ports - Press Release\n\nMr. President, I thank you.";
    expect(title(text)).toEqual({
      value: "Council Meeting on Ports",
      span: at(text, "Council Meeting on Ports"),
      confidence: 0.8,
      note: "The meeting the statement was given at, as its cover names it.",
      headline: { value: "Statement by Ana Roe at the Council Meeting on Ports", span: at(text, "Statement by Ana Roe at the Council Meeting on Ports") },
    });
  });

  it("gives an empty page no title", () => {
    expect(title("")).toBeUndefined();
  });
});

describe("findTitle: the lead of a page without a headline", () => {
  it("counts a paragraph that is only a dateline among the two whose lead is read, and reads on for a subject", () => {
    const text = "The port authorities of the isles met in spring.\nLISBON, 3 May 2031 –\nA special meeting of the Harbour Committee was held in Lisbon.";
    expect(title(text)).toEqual({
      value: "special meeting of the Harbour Committee",
      span: at(text, "special meeting of the Harbour Committee"),
      confidence: 0.6,
      note: "The meeting an opening sentence names as its subject; the page has no headline.",
    });
  });

  it("leaves a space before the comma out of the theme's span", () => {
    const text = "On 3 May 2031, the Council held a meeting on ports and borders , and heard experts.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "ports and borders", span: at(text, "ports and borders") }));
  });

  it("takes a meeting named as a sentence's subject, with its span and note", () => {
    const text = "The port authorities of the isles met in spring. A third open meeting of the Harbour Committee with the Coastal Research Network was held at the town hall.";
    expect(title(text)).toEqual({
      value: "third open meeting of the Harbour Committee with the Coastal Research Network",
      span: at(text, "third open meeting of the Harbour Committee with the Coastal Research Network"),
      confidence: 0.6,
      note: "The meeting an opening sentence names as its subject; the page has no headline.",
    });
  });

  it("looks for a subject in the first four sentences of the first six paragraphs", () => {
    const subject = "A third open meeting of the Harbour Committee was held at the town hall.";
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Ships came in number ${i + 1}.`);
    expect(title([...filler(5), subject].join("\n"))?.value).toBe("third open meeting of the Harbour Committee");
    expect(title([...filler(6), subject].join("\n"))).toBeUndefined();
    expect(title(`${filler(3).join(" ")} ${subject}`)?.value).toBe("third open meeting of the Harbour Committee");
    expect(title(`${filler(4).join(" ")} ${subject}`)).toBeUndefined();
  });

  it("reads the lead's theme in capitals only when the page has no headline", () => {
    const text = "Experts review harbour rules\n\nOn 4 May 2015, a university ran a seminar on Safer ports through shared data. The chair opened it.";
    expect(title(text)).toEqual(headlineTitle(text, "Experts review harbour rules"));
  });
});

describe("findTitle: the meeting's kind before a theme in the headline", () => {
  it("reads the headline where it stands, below a label", () => {
    const text = "Note to Correspondents\n\nOpen briefing of the Counter-Terrorism Committee on Safer Borders\n\nThe Committee met.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "Safer Borders", span: at(text, "Safer Borders"), confidence: 0.8 }));
  });

  it("needs the capital right after 'on' or 'on the', however many spaces follow 'the'", () => {
    const lower = "Open briefing of the Counter-Terrorism Committee on safer Borders\n\nThe Committee met.";
    expect(title(lower)).toEqual(headlineTitle(lower, "Open briefing of the Counter-Terrorism Committee on safer Borders"));
    const spaced = "Open briefing of the Counter-Terrorism Committee on the  Safer Borders\n\nThe Committee met.";
    expect(title(spaced)).toEqual(expect.objectContaining({ value: "the Safer Borders", span: at(spaced, "the  Safer Borders"), confidence: 0.8 }));
  });
});

describe("findTitle: a theme the body quotes", () => {
  const head = "Harbour body plans a review";
  const fill = (n: number) => Array.from({ length: n }, (_, i) => `Ships came in number ${i + 1}.`);

  it("takes one introduced by its meeting, with its span in a later sentence, and its note", () => {
    const text = `${head}\n\nThe Committee will brief members. It held a briefing on “Keeping small ports safe” last year.`;
    expect(title(text)).toEqual({
      value: "Keeping small ports safe",
      span: at(text, "Keeping small ports safe"),
      confidence: 0.75,
      note: "A theme the body quotes for the meeting; the headline quotes none.",
      headline: { value: head, span: at(text, head) },
    });
  });

  it("looks for it in the first four sentences of the first four paragraphs", () => {
    const quoted = "It held a briefing on “Keeping small ports safe” last year.";
    expect(title([head, ...fill(3), quoted].join("\n"))?.value).toBe("Keeping small ports safe");
    expect(title([head, ...fill(4), quoted].join("\n"))?.value).toBe(head);
    expect(title(`${head}\n${fill(3).join(" ")} ${quoted}`)?.value).toBe("Keeping small ports safe");
    expect(title(`${head}\n${fill(4).join(" ")} ${quoted}`)?.value).toBe(head);
  });

  it("reads an earlier or side event only in the 160 characters before the mark", () => {
    const long = "x".repeat(140);
    const far = `${head}\n\nShips came in. As in previous years, ${long} the Committee held a briefing on “Keeping small ports safe” in May.`;
    expect(title(far)).toEqual(expect.objectContaining({ value: "Keeping small ports safe", confidence: 0.75 }));
  });

  it("takes one a later sentence names as a theme, with its span, in the first twelve paragraphs", () => {
    const named = "Sessions of the meeting, which has the theme “Keeping harbours open in winter”, will look at ice.";
    const text = [head, ...fill(10), `Ice was thick. ${named}`].join("\n");
    expect(title(text)).toEqual(expect.objectContaining({ value: "Keeping harbours open in winter", span: at(text, "Keeping harbours open in winter"), confidence: 0.75 }));
    expect(title([head, ...fill(12), named].join("\n"))?.value).toBe(head);
  });

  it("reads an earlier event before a theme named as one only in the 160 characters before the mark", () => {
    const long = "x".repeat(140);
    const text = `${head}\n${fill(5).join("\n")}\nAs in previous years, ${long} the meeting, which has the theme “Keeping harbours open in winter”, will look at ice.`;
    expect(title(text)?.value).toBe("Keeping harbours open in winter");
  });
});

describe("findTitle: a theme set off by dashes", () => {
  const head = "Harbour safety in focus";
  const fill = (n: number) => Array.from({ length: n }, (_, i) => `Ships came in number ${i + 1}.`);

  it("takes it with its span in a later sentence, and its note", () => {
    const text = `${head}\n\nShips came in. The meeting – Keeping harbours open in winter – was held at the port.`;
    expect(title(text)).toEqual({
      value: "Keeping harbours open in winter",
      span: at(text, "Keeping harbours open in winter"),
      confidence: 0.7,
      note: "A theme the body sets off by dashes after the meeting; the headline quotes none.",
      headline: { value: head, span: at(text, head) },
    });
  });

  it("reads another meeting before it only, and another event only near it", () => {
    expect(title(`${head}\n\nThe meeting – Keeping harbours open in winter – was held ahead of the storms.`)?.value).toBe("Keeping harbours open in winter");
    expect(title(`${head}\n\nThe meeting – Keeping harbours open in winter – was held at the port as in previous years.`)?.value).toBe("Keeping harbours open in winter");
    expect(title(`${head}\n\nOn Monday at the port, a side event – Keeping harbours open in winter – was held.`)?.value).toBe(head);
  });

  it("looks for it in the first four sentences of the first four paragraphs", () => {
    const dashed = "The meeting – Keeping harbours open in winter – was held at the port.";
    expect(title([head, ...fill(3), dashed].join("\n"))?.value).toBe("Keeping harbours open in winter");
    expect(title([head, ...fill(4), dashed].join("\n"))?.value).toBe(head);
    expect(title(`${head}\n${fill(3).join(" ")} ${dashed}`)?.value).toBe("Keeping harbours open in winter");
    expect(title(`${head}\n${fill(4).join(" ")} ${dashed}`)?.value).toBe(head);
  });
});

describe("findTitle: an event the headline names in short", () => {
  const lead = "The port school organized a Regional Seminar for Harbour Pilots of the Northern Isles on Safe Mooring. It lasted two days.";
  const whole = "Regional Seminar for Harbour Pilots of the Northern Isles on Safe Mooring";

  it("takes the whole name with its span in a later sentence, and its note", () => {
    const head = "Seminar : Harbour Pilots of the Northern Isles on Safe Mooring";
    const text = `${head}\n\nThe pilots came. ${lead}`;
    expect(title(text)).toEqual({
      value: whole,
      span: at(text, whole),
      confidence: 0.65,
      note: "The event the headline names in short, as the lead names it whole.",
      headline: { value: head, span: at(text, head) },
    });
  });

  it("needs four words in the headline, and more words in the name", () => {
    expect(title(`Seminar on Harbour Pilots\n\n${lead}`)?.value).toBe(whole);
    expect(title(`Seminar Harbour Pilots\n\n${lead}`)?.value).toBe("Seminar Harbour Pilots");
    const same = "Regional Seminar for Harbour Pilots";
    const text = `${same}\n\nThe port school organized a Regional Seminar for Harbour Pilots. It lasted two days.`;
    expect(title(text)).toEqual(headlineTitle(text, same));
  });

  it("reads the headline's words without its punctuation", () => {
    expect(title(`Seminar (Harbour Pilots of the Northern Isles on Safe Mooring)\n\n${lead}`)?.value).toBe(whole);
  });

  it("looks in the first three sentences of the first two paragraphs", () => {
    const head = "Seminar : Harbour Pilots of the Northern Isles on Safe Mooring";
    expect(title(`${head}\n\nShips came.\n\n${lead}`)?.value).toBe(whole);
    expect(title(`${head}\n\nShips came.\n\nShips left.\n\n${lead}`)?.value).toBe(head);
    expect(title(`${head}\n\nShips came. Ships left. ${lead}`)?.value).toBe(whole);
    expect(title(`${head}\n\nShips came. Ships left. Ships sank. ${lead}`)?.value).toBe(head);
  });
});

describe("findTitle: a headline given whole on a later line", () => {
  const head = "Safety of harbours in the Northern Isles and their neighbours";
  const page = (description: string, before: string[] = ["Production Date", "Video Length"]) =>
    ["Meetings & Events", "Safety of harbours in the Northern Isles and…", head, ...before, description, "Harbour authorities of the isles have much improved their patrols since the last review, the experts found."].join("\n");
  const fuller = (text: string, value: string, span: { start: number; end: number }) =>
    expect(title(text)).toEqual({ value, span, confidence: 0.7, note: "The headline as a later line near the top gives it whole.", headline: { value: head, span: at(text, head) } });

  it("takes a line that opens with the headline's words", () => {
    const text = page("Safety of harbours in the Northern Isles and their neighbours in line with decision 12");
    fuller(text, `${head} in line with decision 12`, at(text, `${head} in line with decision 12`, text.indexOf("Video")));
  });

  it("gives the exact span when the line holds a character whose lower case is longer (İ) before the headline", () => {
    const text = page("İzmir: safety of harbours in the Northern Isles and their neighbours in line with decision 12");
    fuller(text, `${head} in line with decision 12`, at(text, "safety of harbours in the Northern Isles and their neighbours in line with decision 12"));
  });

  it("leaves a final period out", () => {
    const text = page("On safety of harbours in the Northern Isles and their neighbours in line with decision 12.");
    fuller(text, `${head} in line with decision 12`, at(text, "safety of harbours in the Northern Isles and their neighbours in line with decision 12"));
  });

  it("takes no line where the words run on inside a word, before or after", () => {
    expect(title(page("Review of unsafety of harbours in the Northern Isles and their neighbours in line with decision 12"))?.value).toBe(head);
    expect(title(page("On safety of harbours in the Northern Isles and their neighbours-in-law and their coasts"))?.value).toBe(head);
  });

  it("takes no line that goes on to another sentence, but a stop inside a number", () => {
    expect(title(page("On safety of harbours in the Northern Isles and their neighbours in the isles. Then the chair spoke"))?.value).toBe(head);
    expect(title(page("On safety of harbours in the Northern Isles and their neighbours under rule 3.5 of the code"))?.value).toBe(`${head} under rule 3.5 of the code`);
  });

  it("takes no line with a run of spaces", () => {
    expect(title(page("On  safety of harbours in the Northern Isles and their neighbours in line with decision 12"))?.value).toBe(head);
  });

  it("takes a line of 400 characters, not 401", () => {
    const line = (n: number) => {
      let s = "On safety of harbours in the Northern Isles and their neighbours in line with";
      while (s.length < n - 10) s += " and";
      return `${s} ${"z".repeat(n - s.length - 1)}`;
    };
    expect(line(400)).toHaveLength(400);
    expect(title(page(line(400)))?.value).toBe(`${head}${line(400).slice(3 + head.length)}`);
    expect(title(page(line(401)))?.value).toBe(head);
  });

  it("looks at the eight lines after the headline", () => {
    const description = "On safety of harbours in the Northern Isles and their neighbours in line with decision 12";
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Label ${i + 1}`);
    expect(title(page(description, lines(7)))?.value).toBe(`${head} in line with decision 12`);
    expect(title(page(description, lines(8)))?.value).toBe(head);
  });

  it("needs a headline of 20 characters at least", () => {
    const text = (h: string) => `${h}\n\nOn ${h.toLowerCase()} and of its crews today\n\nThe Committee met at length, and the chair closed it.`;
    expect(title(text("Safety of the harbor"))?.value).toBe("Safety of the harbor and of its crews today");
    expect(title(text("Safety of the ports"))?.value).toBe("Safety of the ports");
  });
});

describe("findTitle: a headline of hashtags and a site's name only", () => {
  it("gives the page no headline (bug: an empty headline whose span ended before it started)", () => {
    const text = "#Ports #Borders - News\n\nOn 3 May 2031, the Committee held a briefing on “Keeping small ports safe”.";
    expect(title(text)).toEqual({ value: "Keeping small ports safe", span: at(text, "Keeping small ports safe"), confidence: 0.85 });
  });
});

describe("findTitle: a meeting the headline names in passing", () => {
  it("takes the name the body gives the meeting as a sentence's subject, with its span and note", () => {
    const head = "Mayor and minister address the Conference on Safe Harbours";
    const text = `${head}\n\nShips came in. The Northern Conference on Safe Harbours, organised by the ministry, was held on Tuesday.`;
    expect(title(text)).toEqual({
      value: "Northern Conference on Safe Harbours",
      span: at(text, "Northern Conference on Safe Harbours"),
      confidence: 0.65,
      note: "The meeting the headline names in passing, as the body names it whole.",
      headline: { value: head, span: at(text, head) },
    });
  });
});
