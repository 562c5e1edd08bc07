import { describe, expect, it } from "vitest";
import type { SpanEvidence } from "../../schemas/evidence";
import { displayTextClean } from "./display-text-clean";
import { copyOfDataset, copyOfSeed, described, problem } from "../../../test/rule-helpers";

const RULE = "display-text-clean";
const INJECTED = "the 缅北禁地Office of Counter-Terrorism";

describe("display-text-clean", () => {
  it("accepts the curated dataset (raw source fields may hold the damage)", () => {
    const d = copyOfDataset();
    expect(displayTextClean.id).toBe(RULE);
    expect(d.sources.some((s) => s.archive?.text.includes("缅北禁地"))).toBe(true);
    expect(displayTextClean.check(d)).toStrictEqual([]);
  });

  it.each([
    ["an injected CJK token", INJECTED, /script foreign/],
    ["mojibake", "CTEDâ€™s role", /mojibake/],
    ["a control character", "Chair\u001b[31m", /control character U\+001B/],
    ["a bidi override", "Chair\u202Eriahc", /U\+202E/],
    ["leftover markup", "<p>Chair</p>", /markup/],
    ["an HTML entity", "Chair &amp; Vice-Chair", /markup/],
  ])("reports %s in a display field, with its rule and path", (_, text, pattern) => {
    const d = copyOfDataset();
    d.meetings[0]!.title.value = text;
    const problems = displayTextClean.check(d);
    expect(problems.map((p) => [p.rule, p.path])).toStrictEqual([[RULE, ["meetings", 0, "title", "value"]]]);
    expect(problems[0]!.message).toMatch(pattern);
  });

  it("reports damage at any depth and array index, each at its own path, in document order", () => {
    const d = copyOfSeed();
    d.people[1]!.alternateNames = ["Clean Name", INJECTED];
    d.meetings[0]!.sessions[2]!.title = { ...d.meetings[0]!.title, value: "<b>Session</b>" };
    const lines = described(displayTextClean.check(d));
    expect(lines.map((l) => l.slice(0, l.indexOf(":")))).toStrictEqual(["people.1.alternateNames.1", "meetings.0.sessions.2.title.value"]);
    expect(displayTextClean.check(d).every((p) => p.rule === RULE)).toBe(true);
  });

  it("leaves raw source text alone: an archive, a span's exact text, prefix and suffix, a correction's before", () => {
    const d = copyOfSeed();
    const span = d.quotes[0]!.evidence[0] as SpanEvidence;
    span.exact = INJECTED;
    span.prefix = INJECTED;
    span.suffix = INJECTED;
    d.corrections[0]!.before = INJECTED;
    d.sources.find((s) => s.archive)!.archive!.text = INJECTED;
    expect(displayTextClean.check(d)).toStrictEqual([]);
  });

  it("leaves a flagged correction's after alone (it is the source text), but checks a repaired one's and a flagged one's other fields", () => {
    const d = copyOfSeed();
    const flagged = d.corrections.findIndex((c) => c.action === "flagged");
    const repaired = d.corrections.findIndex((c) => c.action === "repaired");
    d.corrections[flagged]!.after = INJECTED;
    expect(displayTextClean.check(d)).toStrictEqual([]);
    d.corrections[flagged]!.rationale = INJECTED;
    d.corrections[repaired]!.after = INJECTED;
    const problems = displayTextClean.check(d);
    expect(problems.map((p) => p.path)).toStrictEqual([
      ["corrections", repaired, "after"],
      ["corrections", flagged, "rationale"],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
    expect(problems[0]).toStrictEqual(problem(RULE, problems[0]!.path, problems[0]!.message));
  });
});

describe("display-text-clean: values that are not text", () => {
  it("walks past null, numbers and booleans without a problem or a crash, and still finds text after them", () => {
    const d = copyOfSeed();
    const m = d.meetings[0]! as unknown as Record<string, unknown>;
    m.extraNull = null;
    m.extraNumber = 7;
    m.extraFlag = true;
    m.extraList = [null, 3, false, "<i>x</i>"];
    expect(displayTextClean.check(d)).toStrictEqual([{ rule: RULE, path: ["meetings", 0, "extraList", 3], message: 'contains markup "<i>"' }]);
  });
});
