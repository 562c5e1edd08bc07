// A body quoted as a whole becomes a participation that describes it, with no person (synthetic text, our own words).
import { indexById } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { ingestBytes } from "../index";

describe("draft: a quotation given to the Security Council as a body", () => {
  it("ties the quote to a described participation of the Council, with no person and no roles", () => {
    const text = "Council backs port checks\n\nOn 4 March 2031, the Security Council held an open debate on port security in New York.\n\nMeeting on harbour safety, the Security Council today called on States to inspect cargo “without further delay”.\n";
    const out = ingestBytes(new TextEncoder().encode(text));
    if (!out.ok) throw new Error(out.error.message);
    const { draft, problems } = out.result;
    expect(problems.filter((p) => /participation|quote/u.test(p.path))).toEqual([]);
    expect(draft.quotes.map((q) => q.text)).toEqual(["without further delay"]);
    const p = indexById(draft.participations).get(draft.quotes[0]!.participation!);
    expect(p).toMatchObject({ description: "The Security Council, as a body", capacity: "participant" });
    expect(p?.roles ?? []).toEqual([]);
    expect(p?.person).toBeUndefined();
    expect(p?.evidence[0]).toMatchObject({ kind: "span", exact: "Security Council" });
  });
});
