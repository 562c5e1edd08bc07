import { describe, expect, it } from "vitest";
import { displaySafe, textDefect } from "./hygiene";

describe("textDefect", () => {
  it.each(["Michèle Coninsx", "Chargé d’Affaires", "Côte d’Ivoire", "“soft” targets", "US$500,000", "line one\nline two"])(
    "accepts clean text: %s",
    (text) => expect(textDefect(text)).toBeUndefined(),
  );
  it.each([
    ["\u0007bell", /U\+0007/],
    ["tab\there", /U\+0009/],
    ["\u009b31m", /U\+009B/],
    ["<script>alert(1)</script>", /markup/],
    ["&#8217;", /markup/],
    ["¡¯soft¡¯", /mojibake/],
    ["Ã©", /mojibake/],
    ["\uFFFD", /mojibake/],
    ["缅北禁地", /foreign/],
    ["Coun\u200Bter", /zero-width character U\+200B/],
    ["Coun\u200Dter", /zero-width character U\+200D/],
    ["Coun\u2060ter", /zero-width character U\+2060/],
    ["\uFEFFCounter", /zero-width character U\+FEFF/],
    ["a\u061Cb", /bidirectional control U\+061C/],
    ["a\u2028b", /line separator U\+2028/],
    ["a\uD800b", /lone surrogate U\+D800/],
  ])("flags %j", (text, pattern) => expect(textDefect(text)).toMatch(pattern));
});

describe("displaySafe", () => {
  it.each(["clean text stays", "Chargé d’Affaires"])("keeps clean text: %s", (text) => expect(displaySafe(text)).toBe(text));
  it.each([
    ["removed the token \u001b[2J and <script>", "removed the token U+001B[2J and ‹script›"],
    ["injected 缅北禁地 spam", "injected [U+7F05 U+5317 U+7981 U+5730] spam"],
    ["a zero\u200Bwidth", "a zeroU+200Bwidth"],
  ])("rewrites %j so that it passes the check", (text, expected) => {
    expect(displaySafe(text)).toBe(expected);
    expect(textDefect(displaySafe(text))).toBeUndefined();
  });
});
