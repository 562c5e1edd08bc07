import { describe, expect, it } from "vitest";
import { CodePointText } from "../text/code-points";
import { RULES } from "./rules";
import { copyOfDataset } from "../../test/rule-helpers";
import { validateDataset } from "./validate-dataset";

describe("rules sharing one context", () => {
  it("report in validateDataset exactly what each rule reports alone", () => {
    const d = copyOfDataset();
    d.people.push({ ...d.people[0]! });
    d.quotes[0]!.participation = "nobody";
    d.quotes[0]!.evidence[0].start += 1;
    d.meetings[0]!.sessions.push({ ...d.meetings[0]!.sessions[0]! });
    d.meetings[0]!.sources.push("no-such-source");
    d.meetings[0]!.title.value = "A <b>title</b>";
    const alone = RULES.flatMap((rule) => rule.check(structuredClone(d)));
    const result = validateDataset(d);
    expect(alone.length).toBeGreaterThan(5);
    expect(result.problems).toEqual(alone);
  });
});

describe("CodePointText", () => {
  it("slices by code points, with and without characters beyond the BMP", () => {
    const plain = new CodePointText("abcdef");
    expect([plain.length, plain.slice(1, 3)]).toEqual([6, "bc"]);
    const astral = new CodePointText("a😀bc");
    expect([astral.length, astral.slice(1, 2), astral.slice(2, 4)]).toEqual([4, "😀", "bc"]);
    expect(() => astral.slice(2, 5)).toThrow(RangeError);
    expect([...astral.offsets]).toEqual([0, 1, 3, 4, 5]);
  });
});
