import { describe, expect, it } from "vitest";
import { foldWords, ownTextFields, sharedRuns, shingleIndex } from "./shared-runs";

// Synthetic texts, written for these tests (no source's words).
const PAGE = "The Committee met on Tuesday. Its members agreed that the blue widgets should be counted twice every spring, before the gardens open.";

describe("foldWords", () => {
  it("folds case, punctuation and hyphens, and treats injected ideographs as separators", () => {
    expect(foldWords("Counter-Terrorism’s BLUE widgets, (2001).")).toEqual(["counter", "terrorism", "s", "blue", "widgets", "2001"]);
    expect(foldWords("the 缅北禁地Office")).toEqual(["the", "office"]);
    expect(foldWords("  ")).toEqual([]);
  });
});

describe("sharedRuns", () => {
  const index = shingleIndex([{ id: "page-a", text: PAGE }, { id: "page-b", text: "Nothing in common here at all, not one run of eight words." }]);

  it("reports one maximal run per stretch of shared words, with the pages that hold it", () => {
    const field = { path: "statements[x].text", text: "They said: members agreed that the Blue-Widgets should be counted twice every spring; then they left." };
    const runs = sharedRuns(field, index);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toEqual({
      path: "statements[x].text",
      pages: ["page-a"],
      words: ["members", "agreed", "that", "the", "blue", "widgets", "should", "be", "counted", "twice", "every", "spring"],
    });
  });

  it("ignores runs shorter than the threshold and splits runs that a foreign word interrupts", () => {
    expect(sharedRuns({ path: "p", text: "members agreed that the blue widgets should" }, index)).toEqual([]);
    const split = sharedRuns({ path: "p", text: "members agreed that the blue widgets should be, we think, counted twice every spring before the gardens open" }, index);
    expect(split.map((r) => r.words.length)).toEqual([8, 8]);
  });

  it("exempts runs that also occur in an exempt text (the archived seed)", () => {
    const exempt = new Set(shingleIndex([{ id: "seed", text: "its members agreed that the blue widgets should be counted" }]).keys());
    const runs = sharedRuns({ path: "p", text: "its members agreed that the blue widgets should be counted twice every spring" }, index, exempt);
    expect(runs.map((r) => r.words.join(" "))).toEqual(["that the blue widgets should be counted twice every spring"]);
  });

  it("honours another run length", () => {
    const index4 = shingleIndex([{ id: "page-a", text: PAGE }], 4);
    expect(sharedRuns({ path: "p", text: "the gardens open soon" }, index4, new Set(), 4)).toEqual([]);
    expect(sharedRuns({ path: "p", text: "before the gardens open" }, index4, new Set(), 4)).toHaveLength(1);
  });
});

describe("ownTextFields", () => {
  it("checks statements, summaries, notes and title notes, and leaves titles, names, symbols and addresses out", () => {
    const dataset = {
      meetings: [
        {
          id: "m1",
          title: { value: "The Title", note: "a title note", evidence: [{ kind: "citation", source: "s1", locator: "headline" }] },
          alternateTitles: [{ value: "An alternate title", note: "why" }],
          summary: { value: "a summary" },
          documents: [{ symbol: "S/2099/1", relation: "outcome" }],
          sessions: [{ id: "s", title: { value: "Session title" }, summary: { value: "session summary" } }],
          notes: ["first note"],
        },
      ],
      statements: [{ id: "st", text: "what was said" }],
      roles: [{ id: "r", title: "Chair", titleAsStated: "Chair of it", note: "role note" }],
      people: [{ id: "p", name: "A Name", sortName: "Name, A", alternateNames: ["Other"] }],
      sources: [{ id: "s1", title: "Source title", locations: [{ url: "https://example.org/a-b-c", note: "location note" }], archive: { text: "seed text" } }],
      other: [{ id: "o", note: "not a collection of the dataset" }],
    };
    expect(ownTextFields(dataset).map((f) => `${f.path}=${f.text}`)).toEqual([
      "meetings[m1].title.note=a title note",
      "meetings[m1].alternateTitles[0].note=why",
      "meetings[m1].summary.value=a summary",
      "meetings[m1].sessions[0].summary.value=session summary",
      "meetings[m1].notes[0]=first note",
      "statements[st].text=what was said",
      "roles[r].note=role note",
      "sources[s1].locations[0].note=location note",
    ]);
  });
});
