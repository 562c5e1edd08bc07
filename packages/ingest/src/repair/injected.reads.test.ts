import { describe, expect, it } from "vitest";
import { detectInjections } from "./injected";
import { readRuns } from "./mojibake";
import { misdecode } from "./charsets";

// What the injection detector reads of a run: the lenient readings that tell undecodable gibberish from other odd
// characters (which pairs of charsets, which characters count against a reading in another script, the first 256
// units only), the rest of a first line once its tokens are blanked, and the characters a raw token takes along. The
// prose and the tokens are our own; mis-decoded tokens are encoded and decoded inside the tests.

const P = "The Committee met on Monday to discuss the report of the Working Group";
const cuts = (text: string) => detectInjections(text, readRuns(text)).map((x) => [x.s, x.e, text.slice(x.s, x.e), x.after, x.inline]);
const excisions = (text: string) =>
  detectInjections(text, readRuns(text)).map((x) => ({ s: x.s, e: x.e, after: x.after, inline: x.inline, confidence: x.confidence, rationale: x.rationale }));
/** A UTF-8 spam token read as windows-1252 without its first byte: no strict reading, a lenient one in Chinese. */
const gibberish = misdecode("缅北禁地", "utf8", "win1252").slice(1);

describe("detectInjections: runs that are not gibberish although no strict reading exists", () => {
  it("keeps four emoji: their UTF-8 bytes read as GBK would be Chinese, but UTF-8 is never the wrong charset there", () => {
    const text = `${P} 🎉🎉🎉🎉 and more`;
    expect(cuts(text)).toEqual([]);
  });
  it("keeps a euro sign, a C1 control, a quotation mark and an ellipsis: each reading in Chinese has as many symbols as letters", () => {
    const text = `${P} €\u0080“… and more`;
    expect(cuts(text)).toEqual([]);
  });
  it("excises as gibberish a run whose best lenient reading has exactly twice as many Chinese letters as other characters", () => {
    const text = `${P} €“–🎉… and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":78,"after":"","inline":true,"confidence":0.85,"rationale":"\"€“–🎉…\" is undecodable gibberish injected into English text."}]);
  });
});

describe("detectInjections: a run longer than 256 units is judged on its first 256", () => {
  it("keeps gibberish that comes after 128 emoji (256 units)", () => {
    const text = `${P} ${"🎉".repeat(128)}${gibberish} and more`;
    expect(cuts(text)).toEqual([]);
  });
  it("excises the same run when the gibberish comes first", () => {
    const text = `${P} ${gibberish}${"🎉".repeat(128)} and more`;
    expect(cuts(text)).toEqual([[71, 339, `${gibberish}${"🎉".repeat(128)} `, "", true]]);
  });
});

describe("detectInjections: the rest of a first line once its tokens are blanked", () => {
  it("drops a first-line token in parentheses", () => {
    const text = `(缅北禁地)\n\n${P}.`;
    expect(cuts(text)).toEqual([[0, 8, "(缅北禁地)\n\n", "", false]]);
  });
  it("drops a first line of two tokens joined by a hyphen", () => {
    const text = `缅北-禁地\n\n${P}.`;
    expect(cuts(text)).toEqual([[0, 7, "缅北-禁地\n\n", "", false]]);
  });
  it("drops a first line of two tokens joined by a hyphen, in parentheses", () => {
    const text = `(缅北-禁地)\n\n${P}.`;
    expect(cuts(text)).toEqual([[0, 9, "(缅北-禁地)\n\n", "", false]]);
  });
  it("keeps a first line, after two blank lines, where letters follow the token (only the token is excised)", () => {
    const text = `\n\n缅北ab\n\n${P}.`;
    expect(cuts(text)).toEqual([[2, 4, "缅北", "", true]]);
  });
});

describe("detectInjections: what a raw token takes along", () => {
  it("excises a Big5 token read as GBK whole, with the private-use characters GBK gave its unmapped bytes", () => {
    const token = misdecode("大家好", "big5", "gbk");
    expect(token).toBe("\ue610產\ue6d4");
    const text = `${P} ${token} and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":75,"after":"","inline":true,"confidence":0.85,"rationale":"\"\ue610產\ue6d4\" is a token in another script injected into English text."}]);
  });
  it("keeps the quotation marks around such a token", () => {
    const token = misdecode("中文網站", "big5", "gbk");
    const text = `${P} “${token}” page.`;
    expect(cuts(text)).toEqual([[72, 76, token, "", true]]);
  });
});

describe("detectInjections: the confidence of an inline excision", () => {
  const confidence = (text: string) => detectInjections(text, readRuns(text)).map((x) => [text.slice(x.s, x.e), x.confidence]);
  it("is 0.95 for a token glued to a Latin letter on either side, 0.85 for one between spaces, whichever space the excision takes", () => {
    expect(confidence(`${P} the 缅北禁地Office in town.`)).toEqual([["缅北禁地", 0.95]]);
    expect(confidence(`${P} the Office缅北禁地 in town.`)).toEqual([["缅北禁地", 0.95]]);
    // the space after the token goes with it, and a letter follows that space: not glued
    expect(confidence(`${P} the 缅北禁地 Office in town.`)).toEqual([["缅北禁地 ", 0.85]]);
    // at a line's end the space before goes with it, and a letter precedes that space: not glued
    expect(confidence(`${P} in the Office 缅北禁地\nNext line of the report.`)).toEqual([[" 缅北禁地", 0.85]]);
  });
});
