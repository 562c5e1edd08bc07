import { describe, expect, it } from "vitest";
import { detectDuplicates } from "./duplicates";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

describe("detectDuplicates", () => {
  it("excises a repeated lead paragraph and caption (whitespace-normalised)", () => {
    const lead = "On 17 August 2020, the Committee held a virtual open briefing on the Technical Guide.";
    const t = `${lead}\n\nOpen briefing about protecting soft targets.\n\nMore text follows here today.\n\n${lead.replace(" the ", "  the\n")}\n\n\u00a0\n\nOpen briefing about protecting soft targets.`;
    const edits = detectDuplicates(t);
    expect(edits).toHaveLength(2);
    let out = "";
    let pos = 0;
    for (const e of edits) {
      out += t.slice(pos, e.s);
      pos = e.e;
    }
    out += t.slice(pos);
    expect(out).toBe(`${lead}\n\nOpen briefing about protecting soft targets.\n\nMore text follows here today.`);
  });
  it("ignores short repeats and clean text", () => {
    expect(detectDuplicates("Background\n\nText one is here.\n\nBackground\n\nText two.")).toEqual([]);
    expect(detectDuplicates(CLEAN_RELEASE)).toEqual([]);
  });
  it("keeps a salutation said twice in a speech and a label repeated before a list", () => {
    const t = "Dear colleagues, friends, ladies and gentlemen,\n\nThe work goes on.\n\nDear colleagues, friends, ladies and gentlemen,\n\nThe points we agreed on today:\n\nOne.\n\nThe points we agreed on today:\n\nTwo.";
    expect(detectDuplicates(t)).toEqual([]);
  });
  it("keeps a verbatim record's agenda item given on its cover and again after the agenda is adopted, but still excises a real repeat there", () => {
    const item = "Reports of the chairs of three Council committees";
    const t = `Council meeting 9001\n\n${item}\n\nThe meeting was called to order.\n\nAdoption of the agenda\n\nThe agenda was adopted.\n\n${item}\n\nThe President spoke first.`;
    expect(detectDuplicates(t)).toEqual([]);
    const repeat = `${item}\n\nThe President spoke first.\n\n${item}`;
    const edits = detectDuplicates(repeat);
    expect(edits.map((e) => ({ s: e.s, e: e.e, after: e.after }))).toEqual([{ s: 77, e: 128, after: "" }]);
    expect(repeat.slice(0, 77) + repeat.slice(128)).toBe(`${item}\n\nThe President spoke first.`);
  });
});
