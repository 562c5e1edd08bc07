import { describe, expect, it } from "vitest";
import { gap, restored } from "../../test/restore-helpers";
import { restoreWords } from "./restore";

// restoreWords where the Stryker run of 2026-12-02 (10:22) found no test: names at the very start or end of
// the text, a space after the token, a name cut at its end before a letter, capitals inside a word, a
// suffix opening with punctuation, excisions out of order, and a tie between a known name and a written one.

const UNOCT = "United Nations Office of Counter-Terrorism";
const CTED = "Counter-Terrorism Committee Executive Directorate";

describe("restoreWords at the edges of the text", () => {
  it("restores where the name's first words open the text", () => {
    const { text, x } = gap("United Nations XXof Counter-Terrorism said");
    expect(restoreWords(text, [x], [UNOCT])).toStrictEqual([restored(x, "Office ", UNOCT, true)]);
  });

  it("restores where the name's last words close the text", () => {
    const { text, x } = gap("the XXOffice of Counter-Terrorism");
    expect(restoreWords(text, [x], [UNOCT])).toStrictEqual([restored(x, "United Nations ", UNOCT, true)]);
  });

  it("restores the end of a name at the very end of the text", () => {
    const { text, x } = gap("the Counter-Terrorism Committee Executive XX");
    expect(restoreWords(text, [x], [CTED])).toStrictEqual([restored(x, "Directorate", CTED, true)]);
  });
});

describe("restoreWords: spaces and letters around the gap", () => {
  it("reads the words after a space that followed the token", () => {
    const { text, x } = gap("the XX Office of Counter-Terrorism said");
    expect(restoreWords(text, [x], [UNOCT])).toStrictEqual([restored(x, "United Nations", UNOCT, true)]);
  });

  it("does not end a name in the gap when a letter follows it", () => {
    const { text, x } = gap("the Counter-Terrorism Committee Executive XXs said");
    expect(restoreWords(text, [x], [CTED])).toStrictEqual([]);
  });

  it("puts a space between the words and a suffix that opens with punctuation", () => {
    const name = "United Nations (UNOCT) Office";
    const { text, x } = gap("the United XX(UNOCT) Office said");
    expect(restoreWords(text, [x], [name])).toStrictEqual([restored(x, "Nations ", name, true)]);
  });

  it("needs the word beside a cut to start with a capital, not just hold one", () => {
    const start = gap("the XXiPhone Delta said");
    expect(restoreWords(start.text, [start.x], ["Alpha Beta iPhone Delta"])).toStrictEqual([]);
    const end = gap("the Delta iPhone XX said");
    expect(restoreWords(end.text, [end.x], ["Delta iPhone Alpha Beta"])).toStrictEqual([]);
  });

  it("needs a capital among the words kept, not among the missing ones", () => {
    const { text, x } = gap("the alpha beta XXdelta epsilon said");
    expect(restoreWords(text, [x], ["alpha beta Gamma delta epsilon"])).toStrictEqual([]);
  });
});

describe("restoreWords: which excisions and names count", () => {
  it("proposes nothing for an excision that left text, beside one that did not", () => {
    const text = "the XXOffice of Counter-Terrorism and the YYOffice of Counter-Terrorism";
    const a = gap(text, "XX");
    const b = gap(text, "YY", { after: "Y" });
    expect(restoreWords(text, [a.x, b.x], [UNOCT])).toStrictEqual([restored(a.x, "United Nations ", UNOCT, true)]);
  });

  it("cuts every excised token out of the text it reads names from, whatever the order of the excisions", () => {
    const text = "Envoys met the zzUnited Nations Office of Counter-Terrorism. Later the YYNations Office of Counter-Terrorism spoke.";
    const a = gap(text, "zz");
    const b = gap(text, "YY");
    const inOrder = restoreWords(text, [a.x, b.x], []);
    expect(restoreWords(text, [b.x, a.x], [])).toStrictEqual(inOrder);
    expect(inOrder).toContainEqual(restored(b.x, "United ", UNOCT, false));
  });

  it("calls a proposal known when a known name and a written one explain as many words and agree", () => {
    const known = "Alpha Beta Gamma Delta Epsilon";
    const { text, x } = gap("the Omega Alpha XXGamma Delta Epsilon said. Later the Omega Alpha Beta Gamma Delta met.");
    expect(restoreWords(text, [x], [known])).toStrictEqual([restored(x, "Beta ", known, true)]);
  });
});
