import { describe, expect, it } from "vitest";
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
});
