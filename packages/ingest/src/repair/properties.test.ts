import { describe, expect, it } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { repairText } from "./index";
import { cleanTextArb, type CHARSET_NAMES } from "../../test/repair-arbitraries";
import { KNOWN_NAMES } from "../../test/repair-fixtures";

type Cs = (typeof CHARSET_NAMES)[number];
const damage = (t: string, from: Cs, to: Cs): string => iconv.decode(iconv.encode(t, from), to);
/** Damage is reversible when the text survives `from` and the wrong reading survives `to`. */
const reversible = (t: string, from: Cs, to: Cs): boolean =>
  iconv.decode(iconv.encode(t, from), from) === t && iconv.decode(iconv.encode(damage(t, from, to), to), from) === t;

/**
 * Pairs (original charset -> wrong reading) the property asserts. The pairs left out are the
 * windows-1252/latin1 <-> windows-1250 swaps (è read as č: both readings are plausible Latin
 * letters, so character statistics cannot tell them apart) and pairs never reversible on these
 * texts (anything read as UTF-8).
 */
export const SUPPORTED: ReadonlyArray<readonly [Cs, Cs]> = [
  ["utf8", "win1252"], ["utf8", "latin1"], ["utf8", "win1250"], ["utf8", "gbk"], ["utf8", "big5"],
  ["gbk", "latin1"], ["gbk", "win1252"], ["gbk", "win1250"], ["gbk", "big5"],
  ["big5", "latin1"], ["big5", "win1252"], ["big5", "win1250"], ["big5", "gbk"],
  ["win1252", "latin1"], ["latin1", "win1252"], ["win1250", "latin1"],
  ["win1252", "gbk"], ["win1252", "big5"], ["latin1", "gbk"], ["latin1", "big5"], ["win1250", "gbk"], ["win1250", "big5"],
];
const RUNS = Number(process.env.MOJIBAKE_RUNS ?? 60);

describe("property (a): reversible mojibake comes back to the clean text", () => {
  for (const [from, to] of SUPPORTED) {
    it(`${from} read as ${to}`, () => {
      fc.assert(
        fc.property(cleanTextArb, fc.boolean(), fc.nat(), (clean, whole, pick) => {
          const paras = clean.split("\n\n");
          const k = pick % paras.length;
          const target = whole ? clean : (paras[k] ?? "");
          fc.pre(reversible(target, from, to));
          const damaged = whole ? damage(clean, from, to) : paras.map((p, i) => (i === k ? damage(p, from, to) : p)).join("\n\n");
          expect(repairText(damaged, { knownNames: KNOWN_NAMES }).text).toBe(clean);
        }),
        { numRuns: RUNS },
      );
    });
  }
  it("UTF-8 read as windows-1252 twice", () => {
    fc.assert(
      fc.property(cleanTextArb, (clean) => {
        const twice = damage(damage(clean, "utf8", "win1252"), "utf8", "win1252");
        fc.pre(reversible(clean, "utf8", "win1252") && reversible(damage(clean, "utf8", "win1252"), "utf8", "win1252"));
        expect(repairText(twice).text).toBe(clean);
      }),
      { numRuns: RUNS },
    );
  });
});

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp)), minLength: 2, maxLength: 6 });
/** Glues a token to a word boundary (before or after a word). */
const glued = (clean: string, token: string, pick: number, atStart: boolean): string => {
  const words = [...clean.matchAll(/[\p{L}\p{M}]+/gu)];
  const w = words[pick % words.length];
  if (!w) return token + clean;
  const at = atStart ? w.index : w.index + w[0].length;
  return clean.slice(0, at) + token + clean.slice(at);
};

/** Renderings of a CJK token as defaced mirrors show them ("ç¼…åŒ—ç¦åœ°" is UTF-8 read as windows-1252). */
const MOJIBAKE_TOKENS: ReadonlyArray<readonly [Cs, Cs]> = [
  ["utf8", "win1252"],
  ["utf8", "latin1"],
  ["utf8", "win1250"],
];

describe("property (b): an injected token glued to a word boundary is excised", () => {
  it("raw CJK token: at least 97% come back to the clean text (measured rate)", () => {
    const samples = fc.sample(fc.tuple(cleanTextArb, cjk, fc.nat(), fc.boolean()), { numRuns: 300, seed: 11 });
    const ok = samples.filter(([clean, token, pick, atStart]) => repairText(glued(clean, token, pick, atStart)).text === clean).length;
    expect(ok / samples.length).toBeGreaterThanOrEqual(0.97);
  });
  for (const [from, to] of MOJIBAKE_TOKENS) {
    it(`CJK token as ${from} read as ${to}: at least 95% come back to the clean text (measured rate)`, () => {
      const samples = fc.sample(fc.tuple(cleanTextArb, cjk, fc.nat(), fc.boolean()), { numRuns: 300, seed: 7 });
      let ok = 0;
      for (const [clean, token, pick, atStart] of samples) {
        if (repairText(glued(clean, damage(token, from, to), pick, atStart)).text === clean) ok++;
      }
      expect(ok / samples.length).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe("property (c): a clean text is never changed", () => {
  it("returns the text unchanged with an empty log", () => {
    fc.assert(
      fc.property(cleanTextArb, (clean) => {
        expect(repairText(clean, { knownNames: KNOWN_NAMES })).toEqual({ text: clean, repairs: [] });
      }),
      { numRuns: 300 },
    );
  });
});
