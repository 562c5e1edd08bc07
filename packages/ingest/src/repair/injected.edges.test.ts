import { describe, expect, it } from "vitest";
import { detectInjections } from "./injected";
import { readRuns } from "./mojibake";
import { misdecode } from "./charsets";

// Excisions of injected tokens, each whole (start, end, what is left, inline or first line, confidence, rationale): raw
// tokens in quotation marks, mis-decoded ones, gibberish, the spacing at the text's and the line's edges, the first
// line, and lines of the page in another language. The prose and the tokens are our own; mis-decoded tokens are encoded
// and decoded inside the tests.

const P = "The Committee met on Monday to discuss the report of the Working Group";
const m = misdecode;
const excisions = (text: string) =>
  detectInjections(text, readRuns(text)).map((x) => ({ s: x.s, e: x.e, after: x.after, inline: x.inline, confidence: x.confidence, rationale: x.rationale }));
const cuts = (text: string) => detectInjections(text, readRuns(text)).map((x) => [x.s, x.e, text.slice(x.s, x.e), x.after, x.inline]);

describe("detectInjections: a token inline, whole", () => {
  it("excises only the letters of a raw token in quotation marks, which stay, not glued to a word (0.85)", () => {
    const text = `${P} and the “缅北禁地” page.`;
    expect(excisions(text)).toEqual([{"s":80,"e":84,"after":"","inline":true,"confidence":0.85,"rationale":"\"缅北禁地\" is a token in another script injected into English text."}]);
  });
  it("excises a mis-decoded token with the space after it, naming its reading", () => {
    const text = `${P} ${m("缅北禁地", "utf8", "win1252")} and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":84,"after":"","inline":true,"confidence":0.85,"rationale":"\"ç¼…åŒ—ç¦\ufffdåœ°\" is a mis-decoded spam token (\"缅北禁地\" in another script) injected into English text."}]);
  });
  it("excises as undecodable gibberish a mis-decoded token that lost its first byte (no strict reading, a lenient one in another script)", () => {
    const text = `${P} ${m("缅北禁地", "utf8", "win1252").slice(1)} and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":83,"after":"","inline":true,"confidence":0.85,"rationale":"\"¼…åŒ—ç¦\ufffdåœ°\" is undecodable gibberish injected into English text."}]);
  });
});

describe("detectInjections: spacing and glued affixes at the text's edges", () => {
  it("takes the space before a token at a line's end", () => {
    const text = `${P} 缅北禁地\n${P}.`;
    expect(cuts(text)).toEqual([[70,75," 缅北禁地","",true]]);
  });
  it("takes the space after a token at the text's start, digits glued before it included", () => {
    const text = `51缅北 ${P}.`;
    expect(cuts(text)).toEqual([[0,5,"51缅北 ","",true]]);
  });
  it("takes capitals glued after a token at the text's end", () => {
    const text = `${P} 国产AV`;
    expect(cuts(text)).toEqual([[70,75," 国产AV","",true]]);
  });
  it("excises a token at the start of a one-line text inline (no first line to drop)", () => {
    const text = `缅北禁地 ${P}.`;
    expect(excisions(text)).toEqual([{"s":0,"e":5,"after":"","inline":true,"confidence":0.85,"rationale":"\"缅北禁地\" is a token in another script injected into English text."}]);
  });
});

describe("detectInjections: the first line", () => {
  it("drops a first-line token after leading blank lines, with the blank lines after it", () => {
    const text = `\n\n缅北禁地\n\n${P}.`;
    expect(excisions(text)).toEqual([{"s":0,"e":8,"after":"","inline":false,"confidence":0.95,"rationale":"The first line \"缅北禁地\" is a token in another script (or a mis-decoded one) on an English page, not part of the article."}]);
  });
  it("drops a first-line token with digits glued to it", () => {
    const text = `51缅北\n\n${P}.`;
    expect(cuts(text)).toEqual([[0,6,"51缅北\n\n","",false]]);
  });
  it("drops a first line of exactly 60 characters in another script", () => {
    const text = `${"缅北禁地".repeat(15)}\n\n${P.repeat(8)}.`;
    expect(cuts(text)).toEqual([[0,62,"缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地\n\n","",false]]);
  });
  it("excises inline a first-line token of 61 characters", () => {
    const text = `${"缅北禁地".repeat(15)}缅\n\n${P.repeat(8)}.`;
    expect(cuts(text)).toEqual([[0,61,"缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅北禁地缅","",true]]);
  });
  it("keeps a first line of two words in another script (the page's own)", () => {
    const text = `缅北 禁地\n\n${P}.`;
    expect(cuts(text)).toEqual([]);
  });
  it("excises inline a token after a Latin word on the first line", () => {
    const text = `News 缅北禁地\n\n${P}.`;
    expect(cuts(text)).toEqual([[4,9," 缅北禁地","",true]]);
  });
  it("reads only the first line's runs: a token on the next line is excised inline", () => {
    const text = `News\n缅北禁地 ${P}.`;
    expect(cuts(text)).toEqual([[5,10,"缅北禁地 ","",true]]);
  });
});

describe("detectInjections: lines in another language", () => {
  it("keeps a line of several words without a Latin letter, inside the text and at its end", () => {
    const text = `${P}.\nсреда, 15 ноября 2023 г.\n${P}.\nсреда, 15 ноября 2023 г.`;
    expect(cuts(text)).toEqual([]);
  });
  it("keeps such a line with spaces around it", () => {
    const text = `${P}.\n  среда  ноября  \n${P}.`;
    expect(cuts(text)).toEqual([]);
  });
  it("excises a token on a line of numbers, without a Latin letter, only when the line is longer than 200 characters", () => {
    const text = `${P}.\n缅北禁地 ${"2023, ".repeat(32)}\n${P}.\n缅北禁地 ${"2023, ".repeat(33)}\n${P}.`;
    expect(cuts(text)).toEqual([[342,347,"缅北禁地 ","",true]]);
  });
});

describe("detectInjections: which runs are tokens", () => {
  it("leaves CJK read back as Latin inside a word to the mojibake repair", () => {
    const text = `${P} and the Committee${m("’s", "utf8", "gbk")} plan.`;
    expect(cuts(text)).toEqual([]);
  });
  it("keeps a first line that is one word of marks and digits without a token", () => {
    const text = `–2023–\n\n${P}.`;
    expect(cuts(text)).toEqual([]);
  });
  it("keeps the ordinary text a mis-decoded token's reading shows (a middle dot), as its replacement", () => {
    const text = `${P} ${m("缅北·禁地", "utf8", "win1252")} and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":85,"after":"·","inline":true,"confidence":0.85,"rationale":"\"ç¼…åŒ—Â·ç¦\ufffdåœ°\" is a mis-decoded spam token (\"缅北·禁地\" in another script) injected into English text."}]);
  });
  it("excises a mis-decoded token with the ASCII trail byte its GBK reading swallowed", () => {
    const text = `${P} ${m("丂", "gbk", "latin1")} and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":74,"after":"","inline":true,"confidence":0.85,"rationale":"\"\u0081@\" is a mis-decoded spam token (\"丂\" in another script) injected into English text."}]);
  });
});

describe("detectInjections: after the first line", () => {
  it("excises inline a token that starts right where the dropped first line ends", () => {
    const text = `缅北禁地\n\n国产 ${P}.`;
    expect(cuts(text)).toEqual([[0,6,"缅北禁地\n\n","",false],[6,9,"国产 ","",true]]);
  });
  it("does not drop a first line of digits for a token on the next line", () => {
    const text = `2023\n缅北禁地 ${P}.`;
    expect(cuts(text)).toEqual([[5,10,"缅北禁地 ","",true]]);
  });
  it("trims the first line in its rationale", () => {
    const text = `缅北禁地  \n\n${P}.`;
    expect(excisions(text)).toEqual([{"s":0,"e":8,"after":"","inline":false,"confidence":0.95,"rationale":"The first line \"缅北禁地\" is a token in another script (or a mis-decoded one) on an English page, not part of the article."}]);
  });
  it("takes the space after a token at a line's start", () => {
    const text = `${P}.\n缅北禁地 ${P}.`;
    expect(cuts(text)).toEqual([[72,77,"缅北禁地 ","",true]]);
  });
});

describe("detectInjections: a line in another language, at its edges", () => {
  it("keeps such a line that ends in a letter of another script before the line break", () => {
    const text = `${P}.\nсреда, 15 ноября 2023 г\n${P}.`;
    expect(cuts(text)).toEqual([]);
  });
  it("excises the words of a last line that ends in a Latin letter (not a line in another language)", () => {
    const text = `${P}. ${P}.\nсреда, 15 ноября A`;
    expect(cuts(text)).toEqual([[144,149,"среда","",true],[154,161,"ноября ","",true]]);
  });
});

describe("detectInjections: the first line, its rest and its runs", () => {
  it("keeps a first line where a run without a nature sits beside the token (every run must be a token)", () => {
    const text = `–2023缅北\n\n${P}.`;
    expect(cuts(text)).toEqual([[5,7,"缅北","",true]]);
  });
  it("keeps a first line where letters are glued to the token", () => {
    const text = `Re缅北禁地\n\n${P}.`;
    expect(cuts(text)).toEqual([[2,6,"缅北禁地","",true]]);
  });
  it("drops a first line of one word whose rest is a symbol, a digit and punctuation", () => {
    const text = `+1.缅北禁地\n\n${P}.`;
    expect(cuts(text)).toEqual([[0,9,"+1.缅北禁地\n\n","",false]]);
  });
  it("keeps a first line of two words in another script apart by two spaces", () => {
    const text = `缅北  禁地\n\n${P}.`;
    expect(cuts(text)).toEqual([]);
  });
});

describe("detectInjections: what is left of a token", () => {
  it("excises the letters of a raw token read back as another token after quotation marks, the marks staying", () => {
    const text = `${P} «“${m("缅北禁地", "gbk", "big5")}”» page.`;
    expect(excisions(text)).toEqual([{"s":73,"e":77,"after":"","inline":true,"confidence":0.85,"rationale":"\"邋控輦華\" is a token in another script injected into English text."}]);
  });
  it("drops a space the reading of a mis-decoded token shows (a no-break space)", () => {
    const text = `${P} ${m("缅北\u00a0禁地", "utf8", "win1252")} and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":86,"after":"","inline":true,"confidence":0.85,"rationale":"\"ç¼…åŒ—Â ç¦\ufffdåœ°\" is a mis-decoded spam token (\"缅北 禁地\" in another script) injected into English text."}]);
  });
});

describe("detectInjections: the kind of edit", () => {
  it("marks every excision, first line or inline, as an injected text repaired", () => {
    const text = `缅北禁地\n\n${P} 国产 and more.`;
    expect(detectInjections(text, readRuns(text)).map((x) => [x.kind, x.action, x.s, x.e])).toEqual([
      ["injected-text-excised", "repaired", 0, 6],
      ["injected-text-excised", "repaired", 77, 80],
    ]);
  });
});
describe("detectInjections: gibberish, at its bounds", () => {
  it("excises a run of exactly four undecodable characters as gibberish", () => {
    const text = `${P} ${m("缅北禁地", "utf8", "win1252").slice(7, 11)} and more`;
    expect(excisions(text)).toEqual([{"s":71,"e":76,"after":"","inline":true,"confidence":0.85,"rationale":"\"¦\ufffdåœ\" is undecodable gibberish injected into English text."}]);
  });
  it("keeps a run of three undecodable characters (too short to call gibberish)", () => {
    const text = `${P} ${m("缅北禁地", "utf8", "win1252").slice(8, 11)} and more`;
    expect(cuts(text)).toEqual([]);
  });
  it("keeps a longer run without a reading whose characters are not implausible enough (2.27 each, below 2.5)", () => {
    const text = `${P} ${m("缅北禁地", "utf8", "win1252").slice(1, 7)} and more`;
    expect(cuts(text)).toEqual([]);
  });
});

describe("detectInjections: a mis-decoded token whose reading keeps characters", () => {
  it("keeps the digits glued before it and its place (nothing taken along when something is left)", () => {
    const text = `${P} 51${m("缅北·禁地", "utf8", "win1252")} and more`;
    expect(excisions(text)).toEqual([{"s":73,"e":87,"after":"·","inline":true,"confidence":0.85,"rationale":"\"ç¼…åŒ—Â·ç¦\ufffdåœ°\" is a mis-decoded spam token (\"缅北·禁地\" in another script) injected into English text."}]);
  });
  it("takes no space before it at a line's end when something is left", () => {
    const text = `${P} ${m("缅北·禁地", "utf8", "win1252")}\n${P}.`;
    expect(cuts(text)).toEqual([[71,85,"ç¼…åŒ—Â·ç¦\ufffdåœ°","·",true]]);
  });
  it("keeps every character its reading shows, in order", () => {
    const text = `${P} ${m("缅北·禁·地", "utf8", "win1252")} and more`;
    expect(cuts(text)).toEqual([[71,87,"ç¼…åŒ—Â·ç¦\ufffdÂ·åœ°","··",true]]);
  });
});

describe("detectInjections: a line in another language of exactly 200 characters", () => {
  it("keeps a line of numbers with a token when it is exactly 200 characters long", () => {
    const text = `${P}.\n缅北禁地 ${"2023, ".repeat(32)}12,\n${P}.`;
    expect(cuts(text)).toEqual([]);
  });
});

