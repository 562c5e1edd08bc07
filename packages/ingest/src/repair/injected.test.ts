import { describe, expect, it } from "vitest";
import { detectInjections, gluedAffixes } from "./injected";
import { readRuns } from "./mojibake";
import { misdecode } from "./charsets";
import { CLEAN_RELEASE } from "../../test/repair-fixtures";

const BODY = "The meeting featured representatives from the Office of Counter-Terrorism and many other partners of the Committee.";
const find = (t: string) => detectInjections(t, readRuns(t));
const cut = (t: string): string => {
  let out = "";
  let pos = 0;
  for (const x of find(t).sort((a, b) => a.s - b.s)) {
    out += t.slice(pos, x.s) + x.after;
    pos = x.e;
  }
  return out + t.slice(pos);
};

describe("detectInjections", () => {
  it("excises a first-line token with the blank lines after it", () => {
    const t = `缅北禁地\n\n\u00a0\nTitle of the release\n\n${BODY}`;
    const [x] = find(t);
    expect(x?.s).toBe(0);
    expect(cut(t)).toBe(`Title of the release\n\n${BODY}`);
  });
  it("excises a glued token (raw, Cyrillic, Thai, or mis-decoded)", () => {
    const clean = BODY;
    for (const token of ["缅北禁地", "Привет", "สล็อต", misdecode("缅北禁地", "utf8", "win1252"), misdecode("缅北禁地", "gbk", "latin1"), misdecode("博彩网站", "utf8", "win1250")]) {
      expect(cut(clean.replace("the Office", `the ${token}Office`))).toBe(clean);
      expect(cut(clean.replace("the Office", `the${token} Office`))).toBe(clean);
      expect(cut(clean.replace("the Office", `the ${token} Office`))).toBe(clean);
    }
  });
  it("marks inline excisions for word restoration", () => {
    const x = find(BODY.replace("the Office", "the 缅北禁地Office"));
    expect(x).toHaveLength(1);
    expect(x[0]?.inline).toBe(true);
    expect(x[0]?.kind).toBe("injected-text-excised");
  });
  it("leaves clean English text and non-English texts alone", () => {
    expect(find(CLEAN_RELEASE)).toEqual([]);
    expect(find("反恐怖主义委员会举行了公开通报会，讨论保护软目标的问题。\n\n委员会主席致开幕词。")).toEqual([]);
  });
  it("takes a token's glued digits and capitals with it, not a word glued to it", () => {
    const t = "Envoys of the 51勛圖 Office of Counter-Terrorism met delegates of the 51勛圖 Office again.";
    const xs = find(t);
    expect(xs.map((x) => [x.s, x.e])).toEqual([
      [14, 19],
      [68, 73],
    ]);
    expect(cut(t)).toBe("Envoys of the Office of Counter-Terrorism met delegates of the Office again.");
    expect(cut("Threats to International 国产AV and Security were discussed at length by the members.")).toBe("Threats to International and Security were discussed at length by the members.");
    expect(cut(`国产AV\n\nTitle of the release\n\n${BODY}`)).toBe(`Title of the release\n\n${BODY}`);
    // a word glued to the token stays; digits that belong to a longer number stay
    expect(cut(BODY.replace("the Office", "the 勛圖Office"))).toBe(BODY);
    expect(gluedAffixes("in 2024勛圖 x", 7, 9)).toEqual({ s: 7, e: 9 });
    expect(gluedAffixes("a 12勛圖AB c", 4, 6)).toEqual({ s: 2, e: 8 });
  });
  it("leaves a line of words in another script alone (a blog's date above a repost), first or inline", () => {
    const first = `вторник, 3 мая 2022 г.\n\nTitle of the release\n\n${BODY}`;
    expect(find(first)).toEqual([]);
    const inline = `Title of the release\n\nвторник, 3 мая 2022 г.\n\n${BODY}`;
    expect(find(inline)).toEqual([]);
    // one word alone on its line is still a token
    expect(cut(`Title of the release\n\n缅北禁地\n\n${BODY}`)).not.toContain("缅北禁地");
  });
});
