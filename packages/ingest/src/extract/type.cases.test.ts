// The meeting type of extract/type.ts case by case, on texts written for these tests (synthetic, our own words):
// the type with the span of the phrase that states it (offsets into the text) and its confidence, which phrase wins
// when several are found, and the limits of where the phrase is looked for.
import { describe, expect, it } from "vitest";
import { readDoc } from "./text";
import { findType } from "./type";

const typeOf = (text: string) => {
  const found = findType(readDoc(text));
  return found && { value: found.value, stated: found.spans.map((s) => text.slice(s.start, s.end)), spans: found.spans, confidence: found.confidence };
};
const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe("findType: the phrase, its span and its confidence", () => {
  it("in the headline", () => {
    const text = "Committee holds a special meeting on ports\n\nOn 3 May 2031, members met.";
    expect(typeOf(text)).toStrictEqual({ value: "special-meeting", stated: ["special meeting"], spans: [at(text, "special meeting")], confidence: 0.95 });
  });
  it("in a body sentence, past the headline and the sentences before it", () => {
    const text = "Ports and harbours\n\nOn 3 May 2031, members met in New York. They heard an open briefing on harbour checks.";
    expect(typeOf(text)).toStrictEqual({ value: "open-briefing", stated: ["open briefing"], spans: [at(text, "open briefing")], confidence: 0.95 });
  });
  it("a debate without “open” is weaker than every other phrase", () => {
    const text = "Ports and harbours\n\nThe Council held a public debate on harbour checks.";
    expect(typeOf(text)).toStrictEqual({ value: "security-council-open-debate", stated: ["public debate"], spans: [at(text, "public debate")], confidence: 0.6 });
  });
  it("a resolution adopted is a weak sign of a Council meeting", () => {
    const text = "Ports and harbours\n\nMembers unanimously adopted resolution 9999 on harbour checks.";
    expect(typeOf(text)).toStrictEqual({ value: "security-council-meeting", stated: ["unanimously adopted resolution"], spans: [at(text, "unanimously adopted resolution")], confidence: 0.7 });
  });
});

describe("findType: which phrase wins", () => {
  it("the earliest phrase of a sentence, whatever the order of the list", () => {
    expect(typeOf("Ports\n\nThe open briefing followed a special meeting of the Committee.")?.value).toBe("open-briefing");
    expect(typeOf("Ports\n\nA special meeting followed the open briefing of the Committee.")?.value).toBe("special-meeting");
  });
  it("of two phrases at one place, the one listed first (the more specific)", () => {
    const text = "Ports\n\nHer briefing to the Committee covered the harbours.";
    expect(typeOf(text)).toStrictEqual({ value: "briefing-to-members", stated: ["briefing to the Committee"], spans: [at(text, "briefing to the Committee")], confidence: 0.8 });
  });
  it("the headline before the body, and an earlier sentence before a later one", () => {
    expect(typeOf("Committee holds an open briefing\n\nA special meeting came later.")?.value).toBe("open-briefing");
    expect(typeOf("Ports\n\nMembers met for a side event. A special meeting came later.")?.value).toBe("side-event");
  });
  it("a stronger phrase anywhere before a weaker one earlier", () => {
    expect(typeOf("Council adopts resolution on ports\n\nLater that day the Committee held a special meeting.")?.value).toBe("special-meeting");
    expect(typeOf("Ports\n\nA public debate opened the day. Later the Committee held a special meeting.")?.value).toBe("special-meeting");
    expect(typeOf("Ports\n\nMembers adopted resolution 9999. A public debate followed.")?.value).toBe("security-council-open-debate");
  });
  it("skips a phrase that names another meeting, by a year before it, even at the start of a sentence", () => {
    expect(typeOf("Ports\n\nThe 2015 special meeting was recalled when the Committee held an open briefing.")?.value).toBe("open-briefing");
    expect(typeOf("Ports\n\nIts 2015 special meeting was recalled in an open briefing.")?.value).toBe("open-briefing");
    expect(typeOf("Ports\n\nThe Committee will hold a special meeting next month, after today's open briefing.")?.value).toBe("open-briefing");
  });
  it("takes the same phrase again once past one that names another meeting", () => {
    const text = "Ports\n\nAfter the 2015 special meeting, members asked for a special meeting on harbours.";
    expect(typeOf(text)?.spans).toStrictEqual([{ start: text.lastIndexOf("special meeting"), end: text.lastIndexOf("special meeting") + "special meeting".length }]);
  });
});

describe("findType: a Council briefing that was an open debate", () => {
  const lead = "Delegates in an open debate of the Security Council today urged closer work on harbour checks, after hearing the chairs of three committees.";
  it("takes the open debate of the lead paragraph over the briefing its headline reports", () => {
    const text = `Council hears briefings by chairs of committees on ports\n\n9 March 2031\n\nDepartment of Harbours\n\n${lead}`;
    expect(typeOf(text)).toStrictEqual({ value: "security-council-open-debate", stated: ["open debate"], spans: [at(text, "open debate")], confidence: 0.9 });
  });
  it("finds the lead paragraph past datelines and decks, beyond the first eight paragraphs", () => {
    const decks = Array.from({ length: 9 }, (_, i) => `Deck line ${i + 1}`).join("\n\n");
    expect(typeOf(`Council hears briefings by chairs of committees on ports\n\n${decks}\n\n${lead}`)?.value).toBe("security-council-open-debate");
  });
  it("keeps the briefing when the open debate is not in the lead paragraph", () => {
    const text = "Council hears briefings by chairs of committees on ports\n\nThe chairs of three committees told members that harbour checks had improved this year.\n\nAn open debate followed later.";
    expect(typeOf(text)?.value).toBe("security-council-briefing");
  });
  it("keeps a format the page names over an open debate (only a Council briefing gives way)", () => {
    const text = "Committee holds a special meeting on ports\n\nMembers in an open debate of the Security Council had asked for it, the chair told the members present.";
    expect(typeOf(text)?.value).toBe("special-meeting");
  });
});

describe("findType: where it looks", () => {
  it("reads the first eight body paragraphs only", () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} says nothing of the kind of meeting it was.`).join("\n\n");
    expect(typeOf(`Ports\n\n${filler}\n\nThe Committee held a special meeting.`)).toBeUndefined();
    const seven = Array.from({ length: 7 }, (_, i) => `Paragraph ${i + 1} says nothing of the kind of meeting it was.`).join("\n\n");
    expect(typeOf(`Ports\n\n${seven}\n\nThe Committee held a special meeting.`)?.value).toBe("special-meeting");
  });
  it("names no type for a text that states none", () => {
    expect(typeOf("Ports\n\nMembers talked about harbours.")).toBeUndefined();
    expect(typeOf("")).toBeUndefined();
  });
});

describe("findType: Council meetings as reports and records phrase them", () => {
  it("someone who told an open, public or formal Council meeting briefed the Council", () => {
    const text = "Ports and harbours\n\nEarlier, the panel's chair told an open Council meeting that harbours were exposed.";
    expect(typeOf(text)).toStrictEqual({ value: "security-council-briefing", stated: ["told an open Council meeting"], spans: [at(text, "told an open Council meeting")], confidence: 0.85 });
    expect(typeOf("Ports\n\nThe chair told a public Security Council meeting about harbours.")?.value).toBe("security-council-briefing");
    expect(typeOf("Ports\n\nThe chair told a formal Council meeting about harbours.")?.value).toBe("security-council-briefing");
    // Not any meeting told of: a Committee meeting is not the Council's.
    expect(typeOf("Ports\n\nThe chair told a Committee meeting about harbours.")?.value).not.toBe("security-council-briefing");
  });
  it("a briefing given during a public meeting is a briefing of the Council, within one sentence", () => {
    const text = "Ports and harbours\n\nGiving a briefing on the panel's work during a public meeting this morning, the chair spoke of harbours.";
    expect(typeOf(text)).toStrictEqual({
      value: "security-council-briefing",
      stated: ["briefing on the panel's work during a public meeting"],
      spans: [at(text, "briefing on the panel's work during a public meeting")],
      confidence: 0.85,
    });
    expect(typeOf("Ports\n\nThe briefing ended. Members later met in a public meeting on harbours.")?.value).not.toBe("security-council-briefing");
  });
  it("a verbatim record's symbol above the body is a weak sign of a Council meeting, after every stronger phrase of the body", () => {
    const record = "S/PV.9999\n\nSecurity Council\n\n9999th meeting\n\nMonday, 3 May 2031, 10 a.m.\nNew York\n\nPresident: Ms. Example\n\nThe meeting was called to order at 10.05 a.m.";
    expect(typeOf(record)).toStrictEqual({ value: "security-council-meeting", stated: ["S/PV.9999"], spans: [at(record, "S/PV.9999")], confidence: 0.7 });
    expect(typeOf(`${record} The Council then held an open debate on harbours.`)?.value).toBe("security-council-open-debate");
  });
});
