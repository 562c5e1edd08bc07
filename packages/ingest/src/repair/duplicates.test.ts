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
});
