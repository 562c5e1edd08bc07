import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeInput, letterRatio } from "./decode";
import { MAX_INPUT_BYTES } from "./limits";
import { readStream } from "./read";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const prose = "On 27 June 2019, the Counter-Terrorism Committee (CTC) hosted an open briefing on soft targets. ";

describe("decodeInput", () => {
  it("decodes UTF-8 and hashes the bytes", () => {
    const r = decodeInput(utf8("Côte d’Ivoire “soft” targets"));
    expect(r.ok && r.input.text).toBe("Côte d’Ivoire “soft” targets");
    expect(r.ok && r.input.encoding).toBe("utf-8");
    expect(r.ok && r.input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a UTF-8 byte order mark, so the archived text re-encodes to the same bytes", () => {
    const bytes = utf8("\uFEFFtext");
    const r = decodeInput(bytes);
    expect(r.ok && Buffer.from(r.input.text, "utf8").equals(Buffer.from(bytes))).toBe(true);
  });

  it.each([
    ["an empty input", new Uint8Array(0), "empty"],
    ["white space only", utf8(" \n\t \n"), "empty"],
    ["a NUL byte", new Uint8Array([0x61, 0x62, 0x00, 0x63]), "binary"],
    ["many control characters", utf8(`abc${"\u0001\u0002".repeat(20)}def`), "binary"],
    ["a UTF-16 byte order mark", new Uint8Array([0xff, 0xfe, 0x61, 0x00]), "utf-16"],
    ["random high bytes", new Uint8Array(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), "not-text"],
    ["1 MB of <", utf8("<".repeat(1_000_000)), "not-text"],
  ])("refuses %s", (_, bytes, code) => {
    const r = decodeInput(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(10);
    }
  });

  it("says where the first NUL byte is", () => {
    const r = decodeInput(new Uint8Array([0x61, 0x62, 0x00]));
    expect(!r.ok && r.error.message).toMatch(/byte 2/);
  });

  it("refuses an input over the size limit, saying the limit", () => {
    const r = decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61));
    expect(!r.ok && r.error.code).toBe("too-large");
    expect(!r.ok && r.error.message).toContain(String(MAX_INPUT_BYTES));
    expect(decodeInput(utf8("a".repeat(10)), { maxBytes: 5 }).ok).toBe(false);
  });

  it("decodes Windows-1252 text that is not UTF-8", () => {
    const bytes = new Uint8Array(iconv.encode(`${prose}The Committee’s Chargé d’Affaires said “yes”.`, "win1252"));
    const r = decodeInput(bytes);
    expect(r.ok && r.input.encoding).toBe("windows-1252");
    expect(r.ok && r.input.text).toContain("Chargé d’Affaires said “yes”");
  });

  it("refuses bytes that Windows-1252 leaves undefined", () => {
    const r = decodeInput(new Uint8Array([...Buffer.from(prose), 0x81, 0x20, 0x61]));
    expect(!r.ok && r.error.code).toBe("not-text");
  });

  it("sniffs HTML and RSS", () => {
    const html = decodeInput(utf8(`<!DOCTYPE html><html><body><p>${prose}</p></body></html>`));
    expect(html.ok && html.input.mediaType).toMatch(/^text\/html/);
    const rss = decodeInput(utf8(`<?xml version="1.0"?><rss><channel><item><description>${prose}</description></item></channel></rss>`));
    expect(rss.ok && rss.input.mediaType).toMatch(/^application\/rss\+xml/);
  });
});

describe("readStream", () => {
  async function* chunks(n: number, size: number) {
    for (let i = 0; i < n; i++) yield Buffer.alloc(size, 0x61);
  }
  it("reads all chunks under the limit", async () => {
    const r = await readStream(chunks(3, 10), 100);
    expect(r.ok && r.bytes.length).toBe(30);
  });
  it("stops reading once over the limit", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1000, 0x61);
      }
    }
    const r = await readStream(endless(), 5000);
    expect(r.ok).toBe(false);
    expect(pulled).toBe(6);
  });
});

describe("letterRatio", () => {
  /** The definition: code points that are not white space, and of those the letters. */
  const reference = (text: string) => {
    let visible = 0;
    let letters = 0;
    for (const ch of text) {
      if (/\s/u.test(ch)) continue;
      visible++;
      if (/\p{L}/u.test(ch)) letters++;
    }
    return { ratio: visible === 0 ? 0 : letters / visible, visible };
  };

  it("counts code points, not UTF-16 units, and every kind of white space", () => {
    expect(letterRatio("ab 12")).toEqual({ ratio: 0.5, visible: 4 });
    expect(letterRatio("\u00a0\u3000\ufeff\u2028\t\n")).toEqual({ ratio: 0, visible: 0 });
    expect(letterRatio("𝒜1")).toEqual({ ratio: 0.5, visible: 2 });
    expect(letterRatio("é\u0301")).toEqual({ ratio: 0.5, visible: 2 });
    expect(letterRatio("")).toEqual({ ratio: 0, visible: 0 });
  });

  it("agrees with its definition on any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
          expect(letterRatio(text)).toEqual(reference(text));
        }));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("a", "Z", " ", "\t", "\u00a0", "é", "𝒜", "\ud800", "1", "-", "\u3000", "ß"), maxLength: 60 }), (text) => {
          expect(letterRatio(text)).toEqual(reference(text));
        }));
  });
});
