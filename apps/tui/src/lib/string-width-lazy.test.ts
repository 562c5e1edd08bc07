import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { lazyStringWidth } from "./string-width-lazy";

describe("lazyStringWidth", () => {
  const samples = [
    "",
    "plain ASCII text ~!@#",
    "briefings · Briefings › 2019-06-27",
    "↑↓ jk move · enter open · / filter · y year · t type · ? help · q quit",
    "“Quoted” — dash – en… •",
    "Meza-Cuadra café naïve Ñ ÿ ¡¿",
    "┌─┐│└┘▏█",
    "soft\u00adhyphen",
    "\x1b[7m\x1b[36mselected row\x1b[39m\x1b[27m",
    "\x1b[1mbold · dot\x1b[22m",
    "\x1b]8;;http://x\x07link\x1b]8;;\x07",
    "缅北禁地 wide",
    "emoji 👍🏽 and 👨‍👩‍👧",
    "e\u0301 combining",
    "tab\there",
    "\u200bzero width",
    "한국어",
  ];

  it("gives string-width's width for every kind of text, loading it only when needed", () => {
    let loads = 0;
    const lazy = lazyStringWidth(() => {
      loads++;
      return stringWidth;
    });
    expect(lazy("plain · text ↑↓ …")).toBe(17);
    expect(lazy("\x1b[36mcoloured\x1b[39m")).toBe(8);
    expect(loads).toBe(0);
    for (const text of samples) {
      expect(lazy(text), JSON.stringify(text)).toBe(stringWidth(text));
      expect(lazy(text, { ambiguousIsNarrow: false }), JSON.stringify(text)).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
      expect(lazy(text, { countAnsiEscapeCodes: true }), JSON.stringify(text)).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
    }
    expect(loads).toBe(1);
  });
});
