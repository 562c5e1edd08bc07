// A document's words become a quote of that document in the draft, with the span of the words (synthetic text, our own words).
import { describe, expect, it } from "vitest";
import { ingestBytes } from "../index";

describe("draft: a quotation of a document", () => {
  it("is a quote with the document's title, no participation, and the evidence span of its words", () => {
    const text =
      "Committee hears report on port checks\n\nOn 4 March 2031, the Counter-Terrorism Committee held an open briefing on port security in New York.\n\n" +
      "The Secretary-General’s report (S/2031/14) warns that crews “are rarely screened at all” in smaller harbours.\n";
    const out = ingestBytes(new TextEncoder().encode(text));
    if (!out.ok) throw new Error(out.error.message);
    const { draft, problems } = out.result;
    expect(problems.filter((p) => /quote/u.test(p.path))).toEqual([]);
    expect(draft.quotes).toHaveLength(1);
    const q = draft.quotes[0]!;
    expect(q.participation).toBeUndefined();
    expect(q.statement).toBeUndefined();
    expect(q.document).toEqual({ title: "The Secretary-General’s report (S/2031/14)" });
    expect(q.text).toBe("are rarely screened at all");
    const at = Array.from(text).join("").indexOf("are rarely");
    expect(q.evidence[0]).toMatchObject({ kind: "span", start: Array.from(text.slice(0, at)).length, exact: "are rarely screened at all" });
    // Nobody speaks in the text: the document's words create no participation.
    expect(draft.participations.filter((p) => p.description !== undefined)).toEqual([]);
  });
});
