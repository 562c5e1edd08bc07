import { describe, expect, it } from "vitest";
import { detectInjections } from "./injected";
import { readRuns } from "./mojibake";
import { misdecode } from "./charsets";

// The exact span each excision takes (UTF-16), the spacing it leaves, and how sure it is: a token glued to a word
// is surer (0.95) than one standing apart (0.85); a first-line token takes the blank lines after it.

const BODY = "The meeting featured representatives from the Office of Counter-Terrorism and many other partners of the Committee.";
const TOKEN = "缅北禁地";
const spans = (text: string) => detectInjections(text, readRuns(text)).map((x) => ({ s: x.s, e: x.e, after: x.after, inline: x.inline }));
const cut = (text: string): string => {
  let out = "";
  let pos = 0;
  for (const x of detectInjections(text, readRuns(text)).sort((a, b) => a.s - b.s)) {
    out += text.slice(pos, x.s) + x.after;
    pos = x.e;
  }
  return out + text.slice(pos);
};

describe("detectInjections: inline tokens", () => {
  const at = BODY.indexOf("the Office") + 4; // where the token goes, before "Office"
  it("takes one space with a token standing between two words", () => {
    const text = BODY.replace("the Office", `the ${TOKEN} Office`);
    expect(spans(text)).toEqual([{ s: at, e: at + TOKEN.length + 1, after: "", inline: true }]);
    expect(cut(text)).toBe(BODY);
  });
  it("takes no space with a token glued to the next or the previous word, and is surer then", () => {
    const before = BODY.replace("the Office", `the ${TOKEN}Office`);
    expect(spans(before)).toEqual([{ s: at, e: at + TOKEN.length, after: "", inline: true }]);
    expect(detectInjections(before, readRuns(before))[0]?.confidence).toBe(0.95);
    const after = BODY.replace("the Office", `the${TOKEN} Office`);
    expect(spans(after)).toEqual([{ s: at - 1, e: at - 1 + TOKEN.length, after: "", inline: true }]);
    expect(detectInjections(after, readRuns(after))[0]?.confidence).toBe(0.95);
  });
  it("takes the space before a token at the end of the text or of a line, and is less sure of one touching no letter", () => {
    for (const text of [`${BODY} ${TOKEN}`, `${BODY} ${TOKEN}\nThe next line of the text goes on here.`]) {
      expect(spans(text)).toEqual([{ s: BODY.length, e: BODY.length + 1 + TOKEN.length, after: "", inline: true }]);
      expect(detectInjections(text, readRuns(text))[0]?.confidence).toBe(0.85);
    }
  });
  it("excises a mis-decoded token whole, the space after it too", () => {
    const token = misdecode(TOKEN, "utf8", "win1252");
    const text = BODY.replace("the Office", `the ${token} Office`);
    expect(spans(text)).toEqual([{ s: at, e: at + token.length + 1, after: "", inline: true }]);
    expect(cut(text)).toBe(BODY);
  });
});

describe("detectInjections: a first-line token", () => {
  it("excises the line with the blank lines after it, not the line after them", () => {
    expect(spans(`${TOKEN}\n\n\nTitle\n\n${BODY}`)).toEqual([{ s: 0, e: TOKEN.length + 3, after: "", inline: false }]);
    expect(spans(`${TOKEN}\n${BODY}`)).toEqual([{ s: 0, e: TOKEN.length + 1, after: "", inline: false }]);
  });
  it("excises the blank lines before it too (from the start of the text)", () => {
    expect(spans(`\n\n${TOKEN}\n\nTitle\n\n${BODY}`)).toEqual([{ s: 0, e: TOKEN.length + 4, after: "", inline: false }]);
  });
  it("is sure of it (0.95) and says why", () => {
    const [x] = detectInjections(`${TOKEN}\n${BODY}`, readRuns(`${TOKEN}\n${BODY}`));
    expect(x?.confidence).toBe(0.95);
    expect(x?.kind).toBe("injected-text-excised");
    expect(x?.action).toBe("repaired");
    expect(x?.rationale).toContain(`"${TOKEN}"`);
  });
});
