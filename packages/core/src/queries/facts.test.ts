import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Meeting } from "../schemas/meeting";
import { disputedFacts, figureFact, formatFactValue, meetingFacts, uncertainFacts } from "./facts";

const cite = [{ kind: "citation" as const, source: dataset.sources[0]!.id }];

function disputed(): Meeting {
  const m = structuredClone(dataset.meetings[0]!);
  m.dates = { ...m.dates, alternatives: [{ value: { start: "2019-06-28", end: "2019-06-28" }, evidence: cite, note: "A listing's date." }], preferred: "The release is dated the day of the meeting." };
  m.type = { ...m.type, alternatives: [{ value: "open-meeting", evidence: cite }], preferred: "As the headline says." };
  m.claims = [{ value: "The first open briefing on soft targets.", evidence: cite, confidence: 0.6 }];
  return m;
}

describe("meeting facts", () => {
  it("writes each value out: dates in words, a type by its label, a venue, a series", () => {
    expect(formatFactValue("dates", { start: "2019-06-27", end: "2019-06-28" })).toBe("27 June 2019 – 28 June 2019");
    expect(formatFactValue("type", "security-council-open-debate")).toBe("Security Council open debate");
    expect(formatFactValue("type", "not-a-type")).toBe("not-a-type");
    expect(formatFactValue("venue", { mode: "in-person", locations: [{ city: "Nairobi", country: "Kenya" }] })).toBe("Nairobi, Kenya");
    expect(formatFactValue("series", { name: "special meetings", number: 5 })).toBe("special meetings (no. 5)");
    expect(formatFactValue("title", "Protection of soft targets")).toBe("Protection of soft targets");
  });

  it("lists every attested fact, and the disputed ones with the alternatives written out and why the record's value is kept", () => {
    const m = disputed();
    const all = meetingFacts(m);
    expect(all[0]).toMatchObject({ fact: "title", value: m.title.value, alternatives: [] });
    expect(all.filter((f) => f.fact === "claim")).toHaveLength(1);
    const d = disputedFacts(m);
    expect(d.map((f) => f.fact)).toEqual(["dates", "type"]);
    expect(d[0]).toMatchObject({
      value: "27 June 2019",
      alternatives: [{ value: "28 June 2019", note: "A listing's date.", evidence: cite }],
      preferred: "The release is dated the day of the meeting.",
    });
    expect(d[1]!.alternatives[0]!.value).toBe("Open meeting");
    expect(uncertainFacts(m).map((f) => [f.fact, f.number, f.confidence])).toEqual([["claim", 1, 0.6]]);
  });

  it("finds the disputes the curated record holds", () => {
    const withDisputes = dataset.meetings.filter((m) => disputedFacts(m).length > 0);
    expect(withDisputes.length).toBeGreaterThan(0);
    for (const m of withDisputes) for (const f of disputedFacts(m)) expect(f.preferred).toBeTruthy();
  });

  it("writes a figure's number as stated, with the number where the words do not give it", () => {
    const f = structuredClone(dataset.figures[0]!);
    f.asStated = "over ninety";
    f.value = 93;
    f.alternatives = [{ value: 96, asStated: "96", evidence: cite }];
    f.preferred = "The page of the body that counted.";
    expect(figureFact(f)).toMatchObject({ value: "over ninety (93)", alternatives: [{ value: "96" }], preferred: "The page of the body that counted." });
  });
});
