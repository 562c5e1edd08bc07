// The date reader from dateMentions to the end of dates.ts, called directly: the year of a day written without one,
// the date line under the headline, datelines, labelled dates and metadata lines, the length of a meeting, sessions
// held with it, the steps that choose the meeting's day, anniversaries and weekdays; with exact dates, spans,
// confidences and notes. Texts written for these tests (synthetic, in our own words).
import { describe, expect, it } from "vitest";
import { TODAY_NOTE, dateMentionRows as mentions, foundDates as found, onDateLine as onLine } from "../../test/extract-helpers";

/** `n` lines that write no date and name no meeting. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `The gulls circled the pier ${"again ".repeat(i)}at noon.`).join("\n");

const HEAD = "Harbour panel notes\n\n";
/** The year the text gives "6 March" (the first date of each of these texts). */
const yearOf = (text: string) => mentions(text).find((m) => m[0] === "6 March");

describe("dateMentions: which dates lend their year to a day written without one", () => {
  it("a date that is history lends none: a stated one, or a month and year", () => {
    expect(yearOf(`${HEAD}The panel met on 6 March. It was established on 4 May 2024. It met on 7 May 2021.`)).toEqual(["6 March", "2021-03-06", "2021-03-06", false, "guessed=true", 1]);
    // "since" in the middle of the sentence, right before the date
    expect(yearOf(`${HEAD}The panel met on 6 March. The port has grown since May 2024. It met in May 2021.`)).toEqual(["6 March", "2021-03-06", "2021-03-06", false, "guessed=true", 1]);
    // a word of history up to 50 characters before the date
    expect(yearOf(`${HEAD}The panel met on 6 March. The pact was adopted by all in the port in May 2024. It met in May 2021.`)).toEqual(["6 March", "2021-03-06", "2021-03-06", false, "guessed=true", 1]);
    // a word of history right after the date
    expect(yearOf(`${HEAD}The panel met on 6 March. In May 2024 the anniversary fell. It met in May 2021.`)).toEqual(["6 March", "2021-03-06", "2021-03-06", false, "guessed=true", 1]);
  });
  it("the words before a date that opens its line are its sentence's, not the line above's", () =>
    expect(yearOf("Harbour panel notes\nThe panel met on 6 March. It met on 7 May 2021.\nMinutes kept by\n4 May 2024 was a fine and sunny day for all of the port.")).toEqual([
      "6 March",
      "2024-03-06",
      "2024-03-06",
      false,
      "guessed=true",
      1,
    ]));
  it("a word of history more than 30 characters after the date does not make it history", () =>
    expect(yearOf(`${HEAD}The panel met on 6 March. In May 2024 the panel met in the big hall by the sea, long after the port was founded. It met in May 2021.`)).toEqual([
      "6 March",
      "2024-03-06",
      "2024-03-06",
      false,
      "guessed=true",
      1,
    ]));
  it("each date counts once for its year: the year named most wins over a later one", () =>
    expect(yearOf(`${HEAD}The panel met on 6 March. It met on 7 May 2019 and on 8 May 2019 and on 9 May 2021.`)).toEqual(["6 March", "2019-03-06", "2019-03-06", false, "guessed=true", 1]));
  it("stated dates of history are not counted; dates written as numbers count too", () => {
    expect(yearOf(`${HEAD}The panel met on 6 March. It was established on 4 May 2024, on 5 May 2024 and on 6 May 2024. It met on 7 May 2021.`)).toEqual([
      "6 March",
      "2021-03-06",
      "2021-03-06",
      false,
      "guessed=true",
      1,
    ]);
    expect(yearOf(`${HEAD}The panel met on 6 March. It met on 2019-05-07, 2019-05-08 and 2019-05-09, and on 9 May 2021.`)).toEqual([
      "6 March",
      "2019-03-06",
      "2019-03-06",
      false,
      "guessed=true",
      1,
    ]);
  });
  it("a date line in the eleventh paragraph is no date of publication", () =>
    expect(yearOf(`${filler(10)}\n9 May 2031\nThe panel met on 6 March. It met in June 2019, July 2019 and August 2019.`)).toEqual(["6 March", "2019-03-06", "2019-03-06", false, "guessed=true", 11]));
});

const ONLY = "Only the date of publication is given; it may differ from the meeting's.";
const DATELINE_NOTE = "The meeting date is the dateline's (the release reports the meeting of that day).";
const NAMED = "The day is named in a sentence about a meeting; check that it is this meeting's.";
/** A fact from a day named in a sentence, with no date of publication. */
const named = (text: string, written: string, start: string, confidence = 0.7, note: string | null = NAMED) => ({
  start,
  end: start,
  span: { start: text.indexOf(written), end: text.indexOf(written) + written.length },
  confidence,
  ...(note === null ? {} : { note }),
  written,
});

describe("findDates: the date line under the headline", () => {
  it("the third line after the headline is still under it when the headline is the second line", () => {
    const text = "9 January 2031\n\nHarbour chiefs meet\n\nBy the port desk\n\n4 March 2031\n\nThe harbour chiefs agreed on patrols today.";
    expect(found(text)).toEqual(onLine("2031-03-04", "4 March 2031", text.indexOf("4 March"), 0.8, TODAY_NOTE));
  });
  it("a date line under a headline past the eighth line: only up to the tenth line", () =>
    expect(found("2031-01-09\nAV\nMenu\nNews\nPorts\nSea\nTides\nShips\nBoats\nHarbour chiefs meet\n4 March 2031\nThe harbour chiefs agreed on patrols today.")).toEqual(
      onLine("2031-01-09", "2031-01-09", 0, 0.8, TODAY_NOTE),
    ));
  it("a date in a sentence under the headline is no date line", () => {
    const text = "9 January 2031\n\nHarbour chiefs meet\n\nThe chiefs met on 4 March 2031 in a long meeting about patrols.\n\nThe chiefs spoke.";
    expect(found(text)).toEqual({
      ...named(text, "4 March 2031", "2031-03-04", 0.85, "The date of publication gives 2031-01-09; the body gives 2031-03-04, which is taken as the meeting date."),
      dateline: { date: "2031-01-09", span: { start: 0, end: 14 } },
    });
  });
});

describe("findDates: datelines", () => {
  it("the place and the date start within 60 characters of the line's start", () => {
    const at60 = `Harbour chiefs meet\nPORT TOWN,${" ".repeat(50)}4 March 2031: the harbour chiefs agreed on patrols.`;
    expect(found(at60)).toEqual(onLine("2031-03-04", "4 March 2031", at60.indexOf("4 March"), 0.85, DATELINE_NOTE));
    expect(found(`Harbour chiefs meet\nPORT TOWN,${" ".repeat(51)}4 March 2031: the harbour chiefs agreed on patrols.`)).toBeUndefined();
  });
  it("a weekday, spaces around the bracket and the dash; a dash glued to the year", () => {
    const spaced = "Tuesday  12 Feb 2031 (Lisbon)  –  “Patrols”, the chiefs said.";
    expect(found(spaced)).toEqual(onLine("2031-02-12", "12 Feb 2031", 9, 0.85, DATELINE_NOTE));
    expect(found("12 Feb 2031– The harbour chiefs agreed on patrols.")).toEqual(onLine("2031-02-12", "12 Feb 2031", 0, 0.85, DATELINE_NOTE));
  });
  it("no dateline when words come between the date and the dash, or the date is inside a sentence", () => {
    const inside = "The chiefs said that on 4 March 2031 - as planned - they met.";
    expect(found(inside)).toEqual(named(inside, "4 March 2031", "2031-03-04"));
    const later = "12 Feb 2031 was the day the chiefs - all of them - met.";
    expect(found(later)).toEqual(named(later, "12 Feb 2031", "2031-02-12"));
  });
});

describe("findDates: labelled dates", () => {
  const LONG = " The harbour chiefs agreed on patrols at length in the capital city of the country.";
  it("a label, a colon with spaces or none, then the date", () => {
    expect(found(`Posted : 4 March 2031${LONG}`)).toEqual(onLine("2031-03-04", "4 March 2031", 9, 0.5, ONLY));
    expect(found(`Posted:4 March 2031${LONG}`)).toEqual(onLine("2031-03-04", "4 March 2031", 7, 0.5, ONLY));
  });
  it("not a label glued to a word, nor one with other words before the date", () => {
    expect(found(`XPosted 4 March 2031${LONG}`)).toBeUndefined();
    expect(found(`Posted by the port desk 4 March 2031${LONG}`)).toBeUndefined();
  });
});

describe("findDates: the date field of a metadata line", () => {
  const BODY = "\nThe harbour chiefs agreed on patrols.";
  it("first on the line, however many letters the other fields have", () =>
    expect(found(`2031-10-27 · ninety five minutes of the port channel talks${BODY}`)).toEqual(onLine("2031-10-27", "2031-10-27", 0, 0.5, ONLY)));
  it("not after a bar that opens the line, nor after a word", () => {
    expect(found(`Harbour chiefs meet\n· 2031-10-27 · ninety five minutes of the port channel talks${BODY}`)).toBeUndefined();
    expect(found(`X 2031-10-27 · ninety five minutes of the port channel talks${BODY}`)).toBeUndefined();
    expect(found(`Port channel abcdefghijklmnopqrstuvwxyz a 2031-10-27 · 95 minutes${BODY}`)).toBeUndefined();
  });
});

describe("findDates: the length of a meeting", () => {
  const H = "Harbour chiefs agree on patrols\n\n";
  const on = (text: string, written: string, start: string, end: string, confidence = 0.95, note?: string) => ({
    start,
    end,
    span: { start: text.indexOf(written), end: text.indexOf(written) + written.length },
    confidence,
    ...(note ? { note } : {}),
    written,
  });
  it("only the first eight paragraphs give the length", () => {
    const text = `${H}On 6 March 2031, a workshop on patrols began in Lisbon.\n${filler(8)}\nIt was a two-day workshop.`;
    expect(found(text)).toEqual(on(text, "On 6 March 2031", "2031-03-06", "2031-03-06"));
  });
  it("two lengths: the day alone", () => {
    const text = `${H}On 6 March 2031, a two-day workshop on patrols began in Lisbon. A three-day fair followed.`;
    expect(found(text)).toEqual(on(text, "On 6 March 2031", "2031-03-06", "2031-03-06"));
  });
  it("only the sentence of the day says whether it began or ended", () => {
    const text = `${H}On 6 March 2031, a two-day workshop on patrols was held in Lisbon. It ended with a vote.`;
    expect(found(text)).toEqual(on(text, "On 6 March 2031", "2031-03-06", "2031-03-06"));
  });
  const DL = { date: "2009-05-14", span: { start: 20, end: 31 } };
  it("under a dateline, a meeting that commenced that day: from the day on", () =>
    expect(found("Ports meet\n\nLISBON, 14 May 2009 -- A two-day meeting on harbour safety commenced in Lisbon.")).toEqual({
      ...onLine("2009-05-14", "14 May 2009", 20, 0.8, `${DATELINE_NOTE} The text calls the meeting a 2-day one that began on 2009-05-14: 2009-05-14 to 2009-05-15.`),
      end: "2009-05-15",
      dateline: DL,
    }));
  it("under a dateline, the first sentence alone says the meeting ended, in capitals too", () => {
    const ended = `${DATELINE_NOTE} The text calls the meeting a 2-day one that ended on 2009-05-14: 2009-05-13 to 2009-05-14.`;
    expect(found("Ports meet\n\nLISBON, 14 May 2009 -- A TWO-DAY meeting on harbour safety called for closer work.")).toEqual({
      ...onLine("2009-05-14", "14 May 2009", 20, 0.8, ended),
      start: "2009-05-13",
      dateline: DL,
    });
    expect(found("Ports meet\n\nLISBON, 14 May 2009 -- A two-day meeting on harbour safety called for closer work. The chiefs will meet again.")).toEqual({
      ...onLine("2009-05-14", "14 May 2009", 20, 0.8, ended),
      start: "2009-05-13",
      dateline: DL,
    });
  });
  it("a day other than the dateline's is not read as the close of the meeting", () => {
    const text = "LISBON, 14 May 2009 -- The chiefs spoke.\n\nA two-day meeting on harbour safety was held on 12 May 2009 in Lisbon.";
    expect(found(text)).toEqual({
      ...on(text, "12 May 2009", "2009-05-12", "2009-05-12", 0.85, "The dateline gives 2009-05-14; the body gives 2009-05-12, which is taken as the meeting date."),
      dateline: { date: "2009-05-14", span: { start: 8, end: 19 } },
    });
  });
});

describe("findDates: sessions held with the meeting", () => {
  const H = "Harbour chiefs agree on patrols\n\n";
  const P = `${H}On 9 June 2031, the chiefs held a meeting on patrols.\n\n`;
  const base = { start: "2031-06-09", end: "2031-06-09", span: { start: 33, end: 47 }, confidence: 0.95, written: "On 9 June 2031" };
  const widened = (start: string, end: string, days: string) => ({
    ...base,
    start,
    end,
    confidence: 0.8,
    note: `The sessions held with the meeting (${days}) are counted as its days: ${start} to ${end}.`,
  });
  it("a sentence that opens with the sessions' day, or ends with it", () => {
    expect(found(`${P}6 June 2031 and 7 June 2031 saw technical sessions that preceded it.`)).toEqual(widened("2031-06-06", "2031-06-09", "6 June 2031 and 7 June 2031"));
    expect(found(`${P}Technical sessions preceded it on 6 June 2031 and 7 June 2031`)).toEqual(widened("2031-06-06", "2031-06-09", "6 June 2031 and 7 June 2031"));
  });
  it("not in the thirteenth paragraph, nor a sentence with no day, nor days within the meeting's", () => {
    expect(found(`${P}${filler(10)}\nTechnical sessions preceded it on 8 June 2031.`)).toEqual(base);
    expect(found(`${P}Technical sessions preceded it.`)).toEqual(base);
    const range = `${H}From 8 to 10 June 2031, the chiefs held a meeting on patrols.\n\nTechnical sessions accompanied it on 9 June 2031.`;
    expect(found(range)).toEqual({ start: "2031-06-08", end: "2031-06-10", span: { start: 38, end: 55 }, confidence: 0.95, written: "8 to 10 June 2031" });
  });
});

describe("findDates: the steps that choose the day", () => {
  const H = "Harbour chiefs meet\n\n";
  const PUB = "4 March 2031\n\nHarbour chiefs meet\n\n";
  const URL = "https://port.example.org/2031/03/04/item";
  it("a press conference's page with no date: the weekday counted from the address", () => {
    const text = "Press conference by the harbour chiefs\n\nThe harbour chiefs held a meeting on Friday on patrols.";
    expect(found(text, URL)).toEqual({
      start: "2031-02-28",
      end: "2031-02-28",
      span: { start: text.indexOf("on Friday"), end: text.indexOf("on Friday") + 9 },
      confidence: 0.7,
      note: "The text says “on Friday” and states no date; counted back from the date in the source's address (/2031/03/04: 2031-03-04).",
      written: "on Friday",
    });
  });
  it("no dateline in the eleventh paragraph", () => expect(found(`${filler(10)}\nLISBON, 4 March 2031 -- The harbour chiefs agreed on patrols.`)).toBeUndefined());
  it("a day 31 days before the publication is not yet history", () => {
    const text = `${PUB}The chiefs recalled the meeting on 1 February 2031 on the anniversary of the port.`;
    expect(found(text)).toEqual({
      ...named(text, "1 February 2031", "2031-02-01", 0.85, "The date of publication gives 2031-03-04; the body gives 2031-02-01, which is taken as the meeting date."),
      dateline: { date: "2031-03-04", span: { start: 0, end: 12 } },
    });
  });
  it("'today' after the eighth paragraph, or written across a quotation, does not hide a day without its year", () => {
    const late = `${H}The chiefs held a meeting on 2 March on patrols. They met again in March 2031.\n${filler(8)}\nThe chiefs met today.`;
    expect(found(late)).toEqual(named(late, "2 March", "2031-03-02", 0.85, "The year is not written with the day; it is taken from the text's other dates."));
    const quoted = `${H}The chiefs held a meeting on 2 March on patrols. They met again in March 2031. The tide was to“ ”day high.`;
    expect(found(quoted)).toEqual(named(quoted, "2 March", "2031-03-02", 0.85, "The year is not written with the day; it is taken from the text's other dates."));
  });
  it("the words just before the date are the sentence's own, not the line above's", () => {
    const text = "Minutes kept by\n\n2 March 2031: the harbour chiefs held a meeting on patrols.";
    expect(found(text)).toEqual(named(text, "2 March 2031", "2031-03-02"));
    expect(found(`${H}The chiefs held a meeting until 2 March 2031 on patrols.`)).toBeUndefined();
  });
  it("a document after the date, or words of history, only within the date's sentence", () => {
    const report = `${H}The harbour chiefs held a meeting on 2 March 2031\n\nReport by the chair follows.`;
    expect(found(report)).toEqual(named(report, "2 March 2031", "2031-03-02", 0.95, null));
    const adopted = `${H}The chiefs agreed on patrols on 4 March 2031 in a meeting. The plan was adopted.`;
    expect(found(adopted)).toEqual(named(adopted, "4 March 2031", "2031-03-04"));
    const next = `${H}The harbour chiefs spoke at length of the 2 March 2031\n\nMeeting notes follow.`;
    expect(found(next)).toBeUndefined();
  });
  it("a press conference's heading: up to 120 characters, with no stop at its end", () => {
    const tail = "\n\n4 March 2031\n\nThe chiefs told reporters that patrols had begun.";
    const heading = (n: number) => `Press briefing by the harbour chiefs ${"x".repeat(n - 37)}`;
    expect(heading(120)).toHaveLength(120);
    expect(found(`${heading(120)}${tail}`)).toBeUndefined();
    expect(found(`${heading(121)}${tail}`)).toEqual(onLine("2031-03-04", "4 March 2031", 123, 0.5, ONLY));
    expect(found(`Press briefing by Dr. Harbour of the chiefs${tail}`)).toBeUndefined();
    expect(found(`${filler(6)}\nPress briefing by the harbour chiefs\n4 March 2031\nThe chiefs told reporters that patrols had begun.`)).toMatchObject({ start: "2031-03-04", confidence: 0.5, note: ONLY });
  });
  it("a press conference's page: a day in a sentence about a meeting, not the date line's nor the dateline's, nor one near words of history", () => {
    const PRESS = "Press briefing by the harbour chiefs\n\n";
    const text = `${PRESS}The chiefs spoke at a meeting about 2 March 2031 in the hall.`;
    expect(found(text)).toEqual(named(text, "2 March 2031", "2031-03-02", 0.7, "The page reports a press conference; the day is named in a sentence about a meeting."));
    expect(found(`${PRESS}Harbour meeting 4 March 2031\n\nThe chiefs told reporters that patrols had begun.`)).toBeUndefined();
    expect(found(`${PRESS}LISBON, 4 March 2031 -- The chiefs held a meeting on patrols.`)).toBeUndefined();
    expect(found(`${PRESS}The chiefs spoke at a meeting about 2 March 2031, the anniversary of the port.`)).toBeUndefined();
  });
  it("a press conference's page with two datelines: the second is the date of publication, no day a sentence gives", () =>
    expect(
      found("Press briefing by the harbour chiefs\nLISBON, 4 March 2031 -- The chiefs spoke.\nPORTO, 5 March 2031 -- The chiefs held a meeting.\n6 March 2031\nThe chiefs told reporters that patrols had begun."),
    ).toBeUndefined());
  it("the date line and the dateline are not days a sentence gives", () => {
    expect(found(`${H}Meeting held on 4 March 2031\n\nThe chiefs spoke of patrols.`)).toEqual(onLine("2031-03-04", "4 March 2031", 37, 0.7, "The date line names a meeting: its day."));
    expect(found("Meeting held on Friday, 4 March 2031 -- The harbour chiefs agreed on patrols.")).toEqual(onLine("2031-03-04", "4 March 2031", 24, 0.85, DATELINE_NOTE));
  });
  it("a lead of at most two words and 'on' from the start of the sentence, with the spaces a text may have", () => {
    const far = `${H}On the pier near the hall on 2 March 2031, the chiefs spoke at a meeting.`;
    expect(found(far)).toEqual(named(far, "2 March 2031", "2031-03-02"));
    const comma = `${H}In Lisbon,  on 2 March 2031, the chiefs held a meeting on patrols.`;
    expect(found(comma)).toEqual(named(comma, "2 March 2031", "2031-03-02", 0.95, null));
    const two = `${H}On  2 March 2031, the chiefs held a meeting on patrols.`;
    expect(found(two)).toEqual(named(two, "On  2 March 2031", "2031-03-02", 0.95, null));
    const monday = `${H}On Monday 2 March 2031, the chiefs held a meeting on patrols.`;
    expect(found(monday)).toEqual(named(monday, "2 March 2031", "2031-03-02", 0.95, null));
    const spaced = `${H}On Monday,  2 March 2031, the chiefs held a meeting on patrols.`;
    expect(found(spaced)).toEqual(named(spaced, "2 March 2031", "2031-03-02", 0.95, null));
    const long = `${H}${"X".repeat(300)} on 2 March 2031 the chiefs held a meeting.`;
    expect(found(long)).toEqual(named(long, "2 March 2031", "2031-03-02"));
  });
  it("'the <day> meeting': the article right before the date, the meeting word right after it", () => {
    const talks = `${H}The chiefs spoke at the 2 March 2031 talks of the meeting.`;
    expect(found(talks)).toEqual(named(talks, "2 March 2031", "2031-03-02"));
    const its = `${H}The chiefs of its port read 2 March 2031 meeting notes.`;
    expect(found(its)).toEqual(named(its, "2 March 2031", "2031-03-02"));
    for (const after of ["  meeting", " open  meeting", " special  session", " plenary  briefing"]) {
      const text = `${H}The chiefs recalled the 2 March 2031${after} on patrols.`;
      expect(found(text)).toEqual(named(text, "2 March 2031", "2031-03-02", 0.95, null));
    }
    const doubled = `${H}The chiefs recalled the  2 March 2031 meeting on patrols.`;
    expect(found(doubled)).toEqual(named(doubled, "2 March 2031", "2031-03-02", 0.95, null));
  });
  it("a weekday counted back from the dateline, in the lines from the date line's", () => {
    const text = "Harbour chiefs meet\n4 March 2031\nThe chiefs held a meeting on Tuesday.\nLISBON, 5 March 2031 -- The chiefs spoke.";
    expect(found(text)).toEqual({
      start: "2031-03-04",
      end: "2031-03-04",
      span: { start: text.indexOf("on Tuesday"), end: text.indexOf("on Tuesday") + 10 },
      confidence: 0.75,
      note: "The text says “on Tuesday”: counted back from the dateline (2031-03-05).",
      dateline: { date: "2031-03-05", span: { start: text.indexOf("5 March"), end: text.indexOf("5 March") + 12 } },
      written: "on Tuesday",
    });
    expect(found(`${PUB}${filler(8)}\nThe chiefs held a meeting on Friday.`)).toEqual(onLine("2031-03-04", "4 March 2031", 0, 0.5, ONLY));
  });
  it("a later day under a dateline: only in a sentence that says a meeting will be held, in its paragraph or the next, not near words of history", () => {
    const DL = "LISBON, 4 March 2031 -- The harbour chiefs agreed on patrols.";
    const dateline = onLine("2031-03-04", "4 March 2031", 8, 0.85, DATELINE_NOTE);
    expect(found(`${DL}\n\nThey will sail on 9 March 2031 to Porto.`)).toEqual(dateline);
    expect(found(`${DL}\n\nThey thanked the hosts.\n\nThey will gather again on 9 March 2031 in Porto for a meeting.`)).toEqual(dateline);
    expect(found(`${DL}\n\nThey will gather on 9 March 2031, the anniversary, for a meeting.`)).toEqual(dateline);
    const above = "Harbour chiefs\n\nThey will gather again on 9 March 2031 in Porto for a meeting.\n\nLISBON, 4 March 2031 -- The chiefs agreed on patrols.";
    expect(found(above)).toEqual(onLine("2031-03-04", "4 March 2031", above.indexOf("4 March"), 0.85, DATELINE_NOTE));
  });
  it("'today' only in the first thirteen paragraphs, after the markup, and not 'today's'", () => {
    expect(found(`${PUB}${filler(13)}\nThe chiefs met today.`)).toEqual(onLine("2031-03-04", "4 March 2031", 0, 0.5, ONLY));
    expect(found("<b>today</b>\n4 March 2031\nHarbour chiefs agree on patrols\nThe harbour chiefs agreed on patrols.")).toEqual(onLine("2031-03-04", "4 March 2031", 13, 0.5, ONLY));
    expect(found(`${PUB}The chiefs praised today's patrols.`)).toEqual(onLine("2031-03-04", "4 March 2031", 0, 0.5, ONLY));
  });
  it("no date of publication, a day that is history: the weekday from the address", () => {
    const text = "Harbour chiefs meet\n\nThe harbour chiefs held a meeting on Friday on patrols. They have patrolled since 1 March 2029.";
    expect(found(text, URL)).toMatchObject({ start: "2031-02-28", end: "2031-02-28", confidence: 0.7, written: "on Friday" });
  });
  it("a date of publication in the text: the address is not read", () =>
    expect(found("4 March 2031\n\nHarbour chiefs agree on patrols\n\nThe harbour chiefs agreed on patrols.", URL)).toEqual(onLine("2031-03-04", "4 March 2031", 0, 0.5, ONLY)));
  it("the lead's weekday: the first sentence that ends after the date line, about a meeting", () => {
    const text = "4 March 2031\nThe Harbour Council on Tuesday heard its chiefs at a meeting.\nThe chiefs held a meeting on 2 March 2031 in Porto.";
    expect(found(text)).toMatchObject({ start: "2031-03-04", confidence: 0.75, written: "on Tuesday" });
    const later = "Date: 4 March 2031 The Harbour Council heard its chiefs.\nThe chiefs held a meeting on 2 March 2031 in Porto on Tuesday.";
    expect(found(later)).toMatchObject({ start: "2031-03-02", confidence: 0.85, written: "2 March 2031" });
    const spoke = "Date: 4 March 2031 The Harbour Council on Tuesday spoke with its chiefs.\nThe chiefs held a meeting on 2 March 2031 in Porto.";
    expect(found(spoke)).toMatchObject({ start: "2031-03-02", confidence: 0.85, written: "2 March 2031" });
  });
  it("the weekday from the address: in the first eight paragraphs, in a sentence that does not look ahead", () => {
    expect(found(`Harbour chiefs meet\n${filler(8)}\nThe harbour chiefs held a meeting on Friday on patrols.`, URL)).toBeUndefined();
    const text = "Harbour chiefs meet\n\nThe harbour chiefs held a meeting on Friday on patrols. They will sail home.";
    expect(found(text, URL)).toMatchObject({ start: "2031-02-28", confidence: 0.7, written: "on Friday" });
  });
});

describe("findDates: today as an anniversary", () => {
  const H = "Harbour chiefs agree on patrols\n\n";
  const anniversary = (text: string, from: string, day: string, of: string, years: number) => ({
    start: day,
    end: day,
    span: { start: text.indexOf(from), end: text.indexOf(of) + of.length },
    confidence: 0.7,
    note: `The text says today is an anniversary of ${of === "14 March 2026" ? "2026-03-14" : of}, ${years} years on: ${day}.`,
    written: text.slice(text.indexOf(from), text.indexOf(of) + of.length),
  });
  it("the day after the words of the anniversary, in the sentence, to its end", () => {
    const text = `${H}The storm of 2 May 2020 was small, but today marks the 5th anniversary of the storm of 14 March 2026.`;
    expect(found(text)).toEqual(anniversary(text, "today marks", "2031-03-14", "14 March 2026", 5));
    const unstopped = `${H}Today marks the 5th anniversary of the storm of 14 March 2026`;
    expect(found(unstopped)).toEqual(anniversary(unstopped, "Today marks", "2031-03-14", "14 March 2026", 5));
  });
  it("not in the ninth paragraph, not the 0th, not a range, not a day without its year, not a day in the next sentence", () => {
    expect(found(`${H}${filler(8)}\nToday marks the 5th anniversary of the storm of 14 March 2026.`)).toBeUndefined();
    expect(found(`${H}Today marks the 0th anniversary of the storm of 14 March 2026.`)).toBeUndefined();
    expect(found(`${H}Today marks the 5th anniversary of the storms of 14-15 March 2026.`)).toBeUndefined();
    expect(found(`${H}Today marks the 5th anniversary of the storm of 14 March. It came in March 2026.`)).toBeUndefined();
    expect(found(`${H}Today marks the 5th anniversary of the storm. The storm struck at the end of 14 March 2026.`)).toBeUndefined();
  });
});
