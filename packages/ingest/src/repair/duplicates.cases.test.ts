import { describe, expect, it } from "vitest";
import { detectDuplicates } from "./duplicates";

// Repeated paragraphs case by case: the size limits at their edges, the span each excision takes (the
// blank lines before the copy included), and the rationale (long paragraphs shortened).

const cut = (s: number, e: number, norm: string) => ({
  kind: "duplicate-text",
  action: "repaired",
  s,
  e,
  after: "",
  rationale: `The paragraph "${norm}" repeats one given earlier; the later copy is removed.`,
  confidence: 0.9,
});

describe("detectDuplicates: which paragraphs count", () => {
  it("counts a paragraph of exactly 20 characters and 4 words, not one of 19 characters or 3 words", () => {
    const twenty = "Aaaa bbbb cccc ddddd"; // 20 characters, 4 words
    expect(twenty).toHaveLength(20);
    const t = `${twenty}\n\n${twenty}`;
    expect(detectDuplicates(t)).toStrictEqual([cut(20, 42, twenty)]);
    const nineteen = "Aaaa bbbb cccc dddd";
    expect(detectDuplicates(`${nineteen}\n\n${nineteen}`)).toStrictEqual([]);
    const threeWords = "Aaaaaaaaa bbbbbbbbb cccccccccc";
    expect(detectDuplicates(`${threeWords}\n\n${threeWords}`)).toStrictEqual([]);
  });

  it("removes every later copy, each with the blank lines before it, and keeps the first", () => {
    const p = "The Committee met in New York today.";
    const t = `${p}\n\nOther words in between here.\n\n${p}\n\n\n${p}`;
    const second = t.indexOf(p, 1);
    const third = t.lastIndexOf(p);
    expect(detectDuplicates(t)).toStrictEqual([cut(second - 2, second + p.length, p), cut(third - 3, third + p.length, p)]);
  });

  it("compares paragraphs with their whitespace normalised, and nothing else", () => {
    const p = "The Committee met in New York today.";
    expect(detectDuplicates(`${p}\n\nThe  Committee met\nin New York today.`)).toStrictEqual([cut(p.length, p.length * 2 + 3, p)]);
    expect(detectDuplicates(`${p}\n\nThe committee met in New York today.`)).toStrictEqual([]);
  });
});

describe("detectDuplicates: the rationale", () => {
  it("quotes a paragraph of 60 characters whole, and a longer one by its first 57 and an ellipsis", () => {
    const sixty = `${"word ".repeat(11)}abcde`; // 60 characters
    expect(sixty).toHaveLength(60);
    expect(detectDuplicates(`${sixty}\n\n${sixty}`)[0]!.rationale).toBe(`The paragraph "${sixty}" repeats one given earlier; the later copy is removed.`);
    const long = `${sixty}f`;
    expect(detectDuplicates(`${long}\n\n${long}`)[0]!.rationale).toBe(`The paragraph "${long.slice(0, 57)}..." repeats one given earlier; the later copy is removed.`);
  });
});

describe("detectDuplicates: a verbatim record's agenda heading on the last line of a paragraph", () => {
  const item = "Threats to international peace and security caused by terrorist acts";
  it("keeps the item after a paragraph whose last line is the heading, under a line of its own", () => {
    // "Adoption of the agenda" and "The agenda was adopted." in one paragraph (no blank line between them).
    const t = `${item}\n\nAdoption of the agenda\nThe agenda was adopted.\n\n${item}`;
    expect(detectDuplicates(t)).toStrictEqual([]);
  });
  it("still removes the repeat when the heading is not that paragraph's last line", () => {
    const head = "The agenda was adopted.\nThe President spoke";
    const t = `${item}\n\n${head}\n\n${item}`;
    const second = t.lastIndexOf(item);
    expect(detectDuplicates(t)).toStrictEqual([cut(second - 2, second + item.length, `${item.slice(0, 57)}...`)]);
  });
});
