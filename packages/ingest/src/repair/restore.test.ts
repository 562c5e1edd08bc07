import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { restoreWords } from "./restore";
import type { Excision } from "./injected";

function gapAt(text: string, token: string): { text: string; x: Excision } {
  const s = text.indexOf(token);
  return { text, x: { kind: "injected-text-excised", action: "repaired", s, e: s + token.length, after: "", rationale: "", confidence: 1, inline: true } };
}

describe("restoreWords", () => {
  it("restores words from a known name", () => {
    const { text, x } = gapAt("representatives from the XXOffice of Counter-Terrorism, the Alliance", "XX");
    const [r] = restoreWords(text, [x], ["United Nations Office of Counter-Terrorism"]);
    expect(r?.after).toBe("United Nations ");
    expect(r?.s).toBe(x.e);
    expect(r?.confidence).toBeLessThan(1);
  });
  it("restores words from a name written in full elsewhere in the text", () => {
    const { text, x } = gapAt("from the XXOffice of Counter-Terrorism.\n\nMr. Voronkov of the United Nations Office of Counter-Terrorism spoke.", "XX");
    expect(restoreWords(text, [x], [])[0]?.after).toBe("United Nations ");
  });
  it("restores a middle word", () => {
    const { text, x } = gapAt("the United Nations XX of Counter-Terrorism said", "XX ");
    expect(restoreWords(text, [x], ["United Nations Office of Counter-Terrorism"])[0]?.after).toBe("Office ");
  });
  it("does not guess when nothing or several names fit", () => {
    const a = gapAt("the XXOffice of Counter-Terrorism said", "XX");
    expect(restoreWords(a.text, [a.x], [])).toEqual([]);
    const b = gapAt("the XXOffice of Counter-Terrorism said", "XX");
    expect(restoreWords(b.text, [b.x], ["United Nations Office of Counter-Terrorism", "African Union Office of Counter-Terrorism"])).toEqual([]);
  });
  it("does not restore when the name is already complete", () => {
    const { text, x } = gapAt("the XXUnited Nations Office of Counter-Terrorism said", "XX");
    expect(restoreWords(text, [x], ["United Nations Office of Counter-Terrorism"])).toEqual([]);
  });
  it("restores the same words at every place of a token, when the places a name explains agree", () => {
    const text = "Envoys of the 77ZZ Office of Counter-Terrorism met the chair at the 77ZZ in Geneva, as the 77ZZ Office of Counter-Terrorism had asked.";
    const xs: Excision[] = [];
    for (let at = text.indexOf("77ZZ "); at >= 0; at = text.indexOf("77ZZ ", at + 1)) xs.push({ kind: "injected-text-excised", action: "repaired", s: at, e: at + 5, after: "", rationale: "", confidence: 1, inline: true });
    const edits = restoreWords(text, xs, ["United Nations Office of Counter-Terrorism"]);
    // each gap gets "United Nations " right after the token and its space: the second from the first and third
    expect(edits.map((e) => [e.s, e.e, e.after]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [19, 19, "United Nations "],
      [73, 73, "United Nations "],
      [96, 96, "United Nations "],
    ]);
    expect(edits.find((e) => e.s === 73)?.rationale).toMatch(/stands for "United Nations"/u);
  });
  it("restores nothing at a token's other places when its explained places disagree", () => {
    const text = "the QQ Office of Counter-Terrorism, the QQ Alliance of Civilizations and the QQ in Geneva";
    const xs: Excision[] = [];
    for (let at = text.indexOf("QQ "); at >= 0; at = text.indexOf("QQ ", at + 1)) xs.push({ kind: "injected-text-excised", action: "repaired", s: at, e: at + 3, after: "", rationale: "", confidence: 1, inline: true });
    const edits = restoreWords(text, xs, ["United Nations Office of Counter-Terrorism", "Global Alliance of Civilizations"]);
    expect(edits.map((e) => e.after.trim()).sort()).toEqual(["Global", "United Nations"]);
  });
  it("does not take a name's end after a lower-case word for the words a token replaced", () => {
    const { text, x } = gapAt("the director for Political Affairs, XX and Security spoke", "XX ");
    expect(restoreWords(text, [x], ["Regional Agency for Crime and Security"])).toEqual([]);
  });
});

describe("restoreWords on synthetic-restore-gaps.txt (fixed phrases, photo credits, names that start after the gap)", () => {
  const text = readFileSync(new URL("../../test/fixtures/synthetic-restore-gaps.txt", import.meta.url), "utf8");
  const gaps = (): Excision[] => {
    const xs: Excision[] = [];
    for (let at = text.indexOf("乌龙茶"); at >= 0; at = text.indexOf("乌龙茶", at + 1)) {
      const e = text[at + 3] === " " ? at + 4 : at + 3;
      xs.push({ kind: "injected-text-excised", action: "repaired", s: at, e, after: "", rationale: "", confidence: 1, inline: true });
    }
    return xs;
  };
  const known = ["Security Council Counter-Terrorism Committee", "Counter-Terrorism Committee", "Counter-Terrorism Committee Executive Directorate"];
  it("restores a word of a fixed phrase of UN prose (international peace and security)", () => {
    const edits = restoreWords(text, gaps(), known);
    const at = text.indexOf("乌龙茶 and") + 4;
    expect(edits.find((e) => e.s === at)?.after).toBe("Peace ");
  });
  it("restores UN before a photo credit", () => {
    const edits = restoreWords(text, gaps(), known);
    const at = text.indexOf("乌龙茶Photo") + 3;
    expect(edits.find((e) => e.s === at)?.after).toBe("UN ");
  });
  it("does not read a gap before a complete name as the start of a shorter name", () => {
    const edits = restoreWords(text, gaps(), known);
    const at = text.indexOf("乌龙茶Counter") + 3;
    expect(edits.find((e) => e.s === at)).toBeUndefined();
  });
  it("still restores the start of a name when no longer name starts after the gap", () => {
    const { text: t, x } = gapAt("members of the XXCounter-Terrorism Committee met", "XX");
    expect(restoreWords(t, [x], known)[0]?.after).toBe("Security Council ");
  });
});
