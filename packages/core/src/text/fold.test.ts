import { describe, expect, it } from "vitest";
import { tokenize } from "../search-engine/tokenize";
import { fold, foldPhrase, lowerKeepingOffsets, slugify, stripMarks } from "./fold";

describe("fold", () => {
  it("drops accents and case, keeping letters of every script", () => {
    expect(fold("Méza-Cuadra ÉTÉ")).toBe("meza-cuadra ete");
    expect(fold("ﬁ Ǆ")).toBe("fi dz");
    expect(fold("缅北")).toBe("缅北");
  });

  it("drops invisible characters, so a zero-width space pasted inside a word does not split it (issue 15: search broke on them)", () => {
    for (const invisible of ["\u200B", "\u200C", "\u200D", "\u2060", "\u2064", "\uFEFF", "\u180E"]) {
      expect(fold(`Terr${invisible}orism`)).toBe("terrorism");
    }
    // Visible separators still separate.
    expect(fold("terr orism")).toBe("terr orism");
    // The search's words: a pasted query finds what the typed one finds.
    expect(tokenize("counter-terr\u200Borism\uFEFF")).toEqual(["counter", "terrorism"]);
  });
});

describe("foldPhrase", () => {
  // Folded as fold does (an invisible character inside a word joins it), then every run of punctuation, quotation
  // marks, dashes and spaces is one space, trimmed.
  it.each([
    ["“Soft” targets — Méza-Cuadra", "soft targets meza cuadra"],
    ["  H.E.  Mr. O’Neil, 2nd\n", "h e mr o neil 2nd"],
    ["Χρήστος Παπαδόπουλος", "χρηστος παπαδοπουλος"],
    ["counter-terr\u200Borism", "counter terrorism"],
    [" -- ", ""],
  ])("%j → %j", (text, key) => expect(foldPhrase(text)).toBe(key));
});

describe("slugify", () => {
  it("makes ids of lower-case ASCII words", () => {
    expect(slugify("Protection of “soft” targets through local engagement")).toBe("protection-of-soft-targets-through-local-engagement");
    expect(slugify("Réseau des Villes Fortes", 2)).toBe("reseau-des");
    expect(slugify("  --  ")).toBe("");
  });

  it("is at most 100 characters and never ends with a hyphen", () => {
    const slug = slugify(`${"abcdefghi ".repeat(30)}`, 30);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("stripMarks", () => {
  it("drops the marks of a name's letters and keeps its case and punctuation", () => {
    expect(stripMarks("Murmokaitė")).toBe("Murmokaite");
    expect(stripMarks("Méza-Cuadra")).toBe("Meza-Cuadra");
    expect(stripMarks("Ertuğrul")).toBe("Ertugrul");
  });

  it("maps the letters decomposition keeps whole to their base letters", () => {
    expect(stripMarks("Łukasz Øye Đorđe Straße ılık")).toBe("Lukasz Oye Dorde Strasse ilik");
  });

  it("returns ASCII text as it is, and leaves compatibility characters alone (unlike fold)", () => {
    const ascii = "O'Brien-Smith";
    expect(stripMarks(ascii)).toBe(ascii);
    expect(stripMarks("ﬁnal")).toBe("ﬁnal");
    expect(fold("ﬁnal")).toBe("final");
  });
});

describe("lowerKeepingOffsets", () => {
  it("is toLowerCase where no character grows", () => {
    for (const text of ["Counter-Terrorism COMMITTEE", "ÉCOLE Ωμέγα", "", "ΣΊΣΥΦΟΣ"]) expect(lowerKeepingOffsets(text)).toBe(text.toLowerCase());
  });

  it("keeps a character whose lower case is longer, so offsets stay put", () => {
    const text = "İstanbul MEETING on İzmir: <SCRIPT>";
    const lower = lowerKeepingOffsets(text);
    expect(lower).toBe("İstanbul meeting on İzmir: <script>");
    expect(lower).toHaveLength(text.length);
    expect(text.slice(lower.indexOf("<script"), lower.indexOf("<script") + 7)).toBe("<SCRIPT");
    // toLowerCase moves every offset after each "İ" by one.
    expect(text.toLowerCase().indexOf("<script")).toBe(text.indexOf("<SCRIPT") + 2);
  });

  it("keeps astral characters whole", () => {
    expect(lowerKeepingOffsets("İ 𐐀 A")).toBe("İ 𐐨 a");
  });
});
