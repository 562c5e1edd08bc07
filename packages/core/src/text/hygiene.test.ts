import { describe, expect, it } from "vitest";
import { textDefect } from "./hygiene";

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
  ])("flags %j", (text, pattern) => expect(textDefect(text)).toMatch(pattern));
});
