import { describe, expect, it } from "vitest";
import { slugify } from "./fold";

// slugify where the text starts or ends with what is not a word: no empty word may count or leave a hyphen.

describe("slugify at the edges of the text", () => {
  it("drops the empty words that leading and trailing punctuation leave, before counting words", () => {
    expect(slugify("“Soft” targets")).toBe("soft-targets");
    expect(slugify("— Protection of soft targets —", 2)).toBe("protection-of");
    expect(slugify("...a", 1)).toBe("a");
  });
});
