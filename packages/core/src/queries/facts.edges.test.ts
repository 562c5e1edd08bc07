// meetingFacts, uncertainFacts, formatFactValue and figureFact on records written for these tests: every fact in
// reading order with its position or session, the edges of the formats, and the boundary of certainty.
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Meeting } from "../schemas/meeting";
import type { Figure } from "../schemas/speech";
import { factOf, figureFact, formatFactValue, meetingFacts, uncertainFacts } from "./facts";

const evidence = [{ kind: "citation" as const, source: dataset.sources[0]!.id }];
const at = <T>(value: T, more: object = {}) => ({ value, evidence, ...more });

/** A meeting with every optional fact, each a short value of our own. */
function full(): Meeting {
  const m = structuredClone(dataset.meetings[0]!);
  return {
    ...m,
    title: at("Harbour talks"),
    alternateTitles: [at("Talks on harbours"), at("Harbour briefing")],
    dates: at({ start: "2031-03-04", end: "2031-03-04" }),
    startTime: at("10:00"),
    type: at("open-briefing"),
    venue: at({ mode: "in-person", locations: [{ city: "Nairobi", country: "Kenya" }] }),
    series: at({ name: "harbour meetings", number: 2 }),
    summary: at("Ports were discussed."),
    objectives: [at("Check ports."), at("Share lists.")],
    sessions: [
      { id: "s-a", kind: "thematic", title: at("Cargo"), summary: at("Cargo was weighed.") },
      { id: "s-b", kind: "thematic" },
      { id: "s-c", kind: "thematic", summary: at("Lists were shared.") },
    ],
    claims: [at("The first such talks.", { confidence: 0.99 }), at("Well attended.", { confidence: 1 })],
  } as Meeting;
}

const rows = (m: Meeting) => meetingFacts(m).map((f) => [f.fact, f.number ?? f.session ?? null, f.value]);

describe("meetingFacts, in reading order", () => {
  it("every fact of a full record, with the position of repeated facts (from 1) and the session of a session's facts", () => {
    expect(rows(full())).toEqual([
      ["title", null, "Harbour talks"],
      ["alternateTitle", 1, "Talks on harbours"],
      ["alternateTitle", 2, "Harbour briefing"],
      ["dates", null, "4 March 2031"],
      ["startTime", null, "10:00"],
      ["type", null, "Open briefing"],
      ["venue", null, "Nairobi, Kenya"],
      ["series", null, "harbour meetings (no. 2)"],
      ["summary", null, "Ports were discussed."],
      ["objective", 1, "Check ports."],
      ["objective", 2, "Share lists."],
      ["sessionTitle", "s-a", "Cargo"],
      ["sessionSummary", "s-a", "Cargo was weighed."],
      ["sessionSummary", "s-c", "Lists were shared."],
      ["claim", 1, "The first such talks."],
      ["claim", 2, "Well attended."],
    ]);
  });
  it("only title, dates and type when nothing else is attested", () => {
    const m = full();
    for (const k of ["startTime", "venue", "series", "summary"] as const) delete m[k];
    Object.assign(m, { alternateTitles: [], objectives: [], sessions: [], claims: [] });
    expect(rows(m)).toEqual([
      ["title", null, "Harbour talks"],
      ["dates", null, "4 March 2031"],
      ["type", null, "Open briefing"],
    ]);
  });
  it("a fact carries its evidence, confidence, note, alternatives and preference; none given is empty", () => {
    expect(factOf("title", { value: "A", evidence, confidence: 0.5, note: "n", alternatives: [{ value: "B", evidence, note: "m" }], preferred: "p" }, { number: 3 })).toEqual({
      fact: "title",
      number: 3,
      value: "A",
      evidence,
      confidence: 0.5,
      note: "n",
      alternatives: [{ value: "B", evidence, note: "m" }],
      preferred: "p",
    });
    expect(factOf("title", { value: "A" } as never)).toEqual({ fact: "title", value: "A", evidence: [], confidence: undefined, note: undefined, alternatives: [], preferred: undefined });
    expect(factOf("title", { value: "A", evidence, alternatives: [{ value: "B" }] } as never).alternatives).toEqual([{ value: "B", evidence: [], note: undefined }]);
  });
});

describe("uncertainFacts", () => {
  it("a confidence below 1 is uncertain; 1 and none are certain", () => {
    expect(uncertainFacts(full()).map((f) => [f.fact, f.number, f.confidence])).toEqual([["claim", 1, 0.99]]);
  });
});

describe("formatFactValue, values not of the expected shape", () => {
  it("nothing for no value; the value as text when its shape is not the fact's", () => {
    expect(formatFactValue("title", null)).toBe("");
    expect(formatFactValue("dates", undefined)).toBe("");
    expect(formatFactValue("dates", { start: "2031-03-04" })).toBe("[object Object]");
    expect(formatFactValue("dates", { end: "2031-03-04" })).toBe("[object Object]");
    expect(formatFactValue("dates", "2031-03-04")).toBe("2031-03-04");
    expect(formatFactValue("venue", "Nairobi")).toBe("Nairobi");
    expect(formatFactValue("venue", { mode: "in-person" })).toBe("[object Object]");
    expect(formatFactValue("series", "harbour meetings")).toBe("harbour meetings");
    expect(formatFactValue("series", { number: 2 })).toBe("[object Object]");
    expect(formatFactValue("title", 0)).toBe("0");
    expect(formatFactValue("title", false)).toBe("false");
    expect(formatFactValue("claim", { a: 1 })).toBe('{"a":1}');
  });
});

describe("figureFact", () => {
  const figure = (asStated: string, value: number) => ({ ...structuredClone(dataset.figures[0]!), asStated, value, alternatives: [] }) as Figure;
  it("the number as stated, with the number added when the wording does not hold it", () => {
    expect(figureFact(figure("25,000 people", 25000)).value).toBe("25,000 people");
    expect(figureFact(figure("25000 people", 25000)).value).toBe("25000 people");
    expect(figureFact(figure("about twenty-five thousand people", 25000)).value).toBe("about twenty-five thousand people (25,000)");
  });
});
