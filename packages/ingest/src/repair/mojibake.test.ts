import { describe, expect, it } from "vitest";
import { detectMojibake } from "./mojibake";
import { misdecode } from "./charsets";
import { applyEdits } from "./merge";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

const fix = (t: string): string => applyEdits(t, detectMojibake(t));

describe("detectMojibake", () => {
  it("repairs UTF-8 read as windows-1252 and latin1", () => {
    expect(fix("donâ€™t")).toBe("don’t");
    expect(fix("CÃ´te d'Ivoire")).toBe("Côte d'Ivoire");
    expect(fix("â€œsoftâ€\u009d targets")).toBe("“soft” targets");
    expect(fix("â€œsoftâ€\uFFFD targets")).toBe("“soft” targets");
    expect(fix(misdecode("Zürich – São Paulo", "utf8", "latin1"))).toBe("Zürich – São Paulo");
  });
  it("repairs GBK read as latin1 and as Big5", () => {
    expect(fix("don¡¯t")).toBe("don’t");
    expect(fix(misdecode("Michèle’s “soft” targets", "gbk", "big5"))).toBe("Michèle’s “soft” targets");
  });
  it("repairs UTF-8 read as windows-1250 and double mis-decoding", () => {
    expect(fix(misdecode("Chargé d’Affaires", "utf8", "win1250"))).toBe("Chargé d’Affaires");
    const twice = misdecode(misdecode("Côte d’Ivoire", "utf8", "win1252"), "utf8", "win1252");
    expect(fix(twice)).toBe("Côte d’Ivoire");
  });
  it("recovers an ASCII byte swallowed by a Big5 decoder", () => {
    expect(fix(misdecode("Chargé d’Affaires – yes", "big5", "win1252"))).toBe("Chargé d’Affaires – yes");
  });
  it("never touches genuine non-ASCII", () => {
    for (const t of ["Michèle Coninsx", "Chargé d'Affaires", "Côte d'Ivoire", "São Paulo", "Zürich", "Kraków, Łódź", "£5 at 30°C", "“quoted” — yes…", CLEAN_RELEASE]) {
      expect(detectMojibake(t)).toEqual([]);
    }
  });
  it("keeps a genuine separator glued to words or punctuation", () => {
    // one middle dot, bullet or arrow is the page's own wherever it stands, not a two-step GBK/Big5 reading
    for (const t of ["Terrorism·Committee", "Home ·News", "The Committee met.·", "Next→page", "a•b"]) expect(detectMojibake(t)).toEqual([]);
  });
  it("repairs an apostrophe's mojibake glued to a genuine ellipsis, keeping the ellipsis", () => {
    // the whole run "â€™…" also reads as two CJK characters; the apostrophe must not be lost with it
    const t = "Yes, donâ€™… said the delegate.";
    expect(detectMojibake(t).map((e) => [e.s, e.e, e.after])).toEqual([[8, 11, "’"]]);
    expect(fix(t)).toBe("Yes, don’… said the delegate.");
  });
  it("leaves foreign-script readings to the injection detector", () => {
    expect(detectMojibake(misdecode("the 缅北禁地Office", "utf8", "win1252"))).toEqual([]);
  });
});
