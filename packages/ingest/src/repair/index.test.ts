import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyRepairs, repairText } from "./index";
import type { Repair } from "./index";
import { CLEAN_RELEASE, KNOWN_NAMES, readSeed } from "../../test/repair-fixtures";
import { cleanTextArb } from "../../test/repair-arbitraries";
import { cpLength } from "./codepoints";

const seed = readSeed();

function checkInvariant(input: string, repairs: readonly Repair[], text: string): void {
  expect(applyRepairs(input, repairs)).toBe(text);
  const n = cpLength(input);
  let pos = 0;
  let lastInsertion = -1;
  for (const r of repairs) {
    expect(r.start).toBeGreaterThanOrEqual(pos);
    if (r.start === r.end) {
      expect(r.start).not.toBe(lastInsertion);
      lastInsertion = r.start;
    }
    expect(r.end).toBeGreaterThanOrEqual(r.start);
    expect(r.end).toBeLessThanOrEqual(n);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    if (r.action === "flagged") expect(r.after).toBe(r.before);
    expect(r.rationale.length).toBeGreaterThan(10);
    pos = r.end;
  }
}

describe("repairText on the seed", () => {
  const input = seed;
  const result = repairText(input, { knownNames: KNOWN_NAMES });
  it("excises both tokens, restores the name, flags the two lost links, and nothing else", () => {
    const summary = result.repairs.map((r) => [r.kind, r.action, r.before, r.after]);
    expect(summary).toEqual([
      ["injected-text-excised", "repaired", "缅北禁地\n\n", ""],
      ["injected-text-excised", "repaired", "缅北禁地", ""],
      ["words-restored", "repaired", "", "United Nations "],
      ["lost-link-target", "flagged", "CTED’s .", "CTED’s ."],
      ["lost-link-target", "flagged", "meeting .", "meeting ."],
    ]);
    const expected = input.slice("缅北禁地\n\n".length).replace("the 缅北禁地Office", "the United Nations Office");
    expect(result.text).toBe(expected);
    expect(result.text.startsWith("CTC holds open briefing")).toBe(true);
    expect(result.repairs[2]?.confidence).toBeLessThan(1);
    checkInvariant(input, result.repairs, result.text);
  });
  it("restores the name from evidence in the text alone", () => {
    const r = repairText(input);
    expect(r.repairs.find((x) => x.kind === "words-restored")?.after).toBe("United Nations ");
  });
  it("counts spans in code points", () => {
    const glued = result.repairs[1];
    expect(glued && [...input].slice(glued.start, glued.end).join("")).toBe("缅北禁地");
  });
});

describe("repairText on clean text", () => {
  it("returns a realistic clean release unchanged with an empty log", () => {
    const r = repairText(CLEAN_RELEASE, { knownNames: KNOWN_NAMES });
    expect(r.repairs).toEqual([]);
    expect(r.text).toBe(CLEAN_RELEASE);
  });
  it("returns the empty string unchanged", () => {
    expect(repairText("")).toEqual({ text: "", repairs: [] });
  });
});

describe("repairText on combined damage", () => {
  it("repairs several kinds at once", () => {
    const input = [
      "<p>Submitted by admin on Fri, 31/01/2020 - 10:00</p>",
      "<p>31 January 2020</p>",
      "<p>On 28 January 2020, the the Committee held a meeting with CÃ´te dâ€™Ivoire and the 缅北禁地Office of Counter-Terrorism.</p>",
      "<p>Photo: the Committee in session today.</p>",
      "<p>Photo: the Committee in session today.</p>",
    ].join("\n");
    const r = repairText(input, { knownNames: KNOWN_NAMES });
    expect(r.text).toBe(
      "31 January 2020\n\nOn 28 January 2020, the Committee held a meeting with Côte d’Ivoire and the United Nations Office of Counter-Terrorism.\n\nPhoto: the Committee in session today.",
    );
    const kinds = new Set(r.repairs.map((x) => x.kind));
    for (const k of ["markup-removed", "metadata-removed", "date-mismatch", "doubled-word", "mis-encoding", "injected-text-excised", "words-restored", "duplicate-text"]) {
      expect(kinds.has(k as Repair["kind"])).toBe(true);
    }
    checkInvariant(input, r.repairs, r.text);
  });
});

describe("repairText invariants (fast-check)", () => {
  const noisy = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\n\n", "<", ">", "p", "&", ";", "?", ".", "“", "”", "é", "Ã", "©", "缅", "the ", "\u00a0", "<p>", "</p>", "<br>", "&amp;", "&lt;p&gt;", "Tags: x\n", "Office ", "On 2 May 2020, the Committee held ", "2 June 2020\n", " .", "C?te ", "𠀀"), maxLength: 300 }),
    fc.tuple(cleanTextArb, fc.string({ unit: "binary", maxLength: 20 }), fc.nat()).map(([t, junk, at]) => t.slice(0, at % (t.length + 1)) + junk + t.slice(at % (t.length + 1))),
  );
  it("applyRepairs reproduces the text; repairs are sorted and disjoint", () => {
    fc.assert(
      fc.property(noisy, (input) => {
        const r = repairText(input, { knownNames: KNOWN_NAMES });
        checkInvariant(input, r.repairs, r.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("repairText keeps genuine marks next to mojibake", () => {
  it("repairs the apostrophe before an ellipsis instead of excising both as a spam token", () => {
    const out = repairText("Yes, donâ€™… said the representative of the Counter-Terrorism Committee Executive Directorate.");
    expect(out.text).toBe("Yes, don’… said the representative of the Counter-Terrorism Committee Executive Directorate.");
    expect(out.repairs.map((r) => r.kind)).toEqual(["mis-encoding"]);
  });
  it("leaves a middle dot between two words alone", () => {
    expect(repairText("The Counter-Terrorism·Committee met today.").repairs).toEqual([]);
  });
});
