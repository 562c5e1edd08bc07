import { describe, expect, it } from "vitest";
import { decodeStrict, encodeExact, misreadLeniently } from "./charsets";

// The byte-level primitives the mis-decoding repairs stand on, case by case: which byte sequences a text can have
// come from (U+FFFD standing for an undefined byte of windows-1252/1250), and which bytes read back as valid text.
const hex = (buffers: Buffer[]): string[] => buffers.map((b) => b.toString("hex"));

describe("encodeExact", () => {
  it("encodes UTF-8 as it is, a genuine U+FFFD included", () => {
    expect(hex(encodeExact("a\uFFFDb", "utf8"))).toEqual(["61efbfbd62"]);
    expect(hex(encodeExact("é", "utf8"))).toEqual(["c3a9"]);
  });
  it("lets one U+FFFD stand for each byte windows-1252 or windows-1250 leaves undefined, in byte order", () => {
    expect(hex(encodeExact("a\uFFFD", "win1252"))).toEqual(["6181", "618d", "618f", "6190", "619d"]);
    expect(hex(encodeExact("\uFFFD", "win1252"))).toEqual(["81", "8d", "8f", "90", "9d"]);
    expect(hex(encodeExact("Ł\uFFFD", "win1250"))).toEqual(["a381", "a383", "a388", "a390", "a398"]);
  });
  it("gives nothing for two U+FFFD, or for one in a charset without undefined bytes", () => {
    expect(encodeExact("\uFFFD\uFFFD", "win1252")).toEqual([]);
    expect(encodeExact("a\uFFFDb\uFFFD", "win1250")).toEqual([]);
    expect(encodeExact("a\uFFFD", "latin1")).toEqual([]);
    expect(encodeExact("\uFFFD", "gbk")).toEqual([]);
    expect(encodeExact("\uFFFD", "big5")).toEqual([]);
  });
  it("reads a C1 control as the undefined byte of the same value (what a browser shows for it)", () => {
    expect(hex(encodeExact("\u0081", "win1252"))).toEqual(["81"]);
    expect(hex(encodeExact("â€\u009d", "win1252"))).toEqual(["e2809d"]);
  });
  it("gives nothing when one character has no byte in the charset", () => {
    expect(encodeExact("é€", "latin1")).toEqual([]);
    expect(hex(encodeExact("é€", "win1252"))).toEqual(["e980"]);
    expect(hex(encodeExact("缅", "gbk"))).toEqual(["c3e5"]);
    expect(encodeExact("缅", "big5")).toEqual([]);
  });
});

describe("decodeStrict", () => {
  it("keeps a genuine UTF-8 U+FFFD (EF BF BD), each one, and nothing else invalid", () => {
    expect(decodeStrict(Buffer.from([0xef, 0xbf, 0xbd]), "utf8")).toBe("\uFFFD");
    expect(decodeStrict(Buffer.from([0x61, 0xef, 0xbf, 0xbd, 0x62, 0xef, 0xbf, 0xbd]), "utf8")).toBe("a\uFFFDb\uFFFD");
    expect(decodeStrict(Buffer.from([0xef, 0xbf, 0xbd, 0xe9]), "utf8")).toBeNull();
    expect(decodeStrict(Buffer.from([0xe9, 0xef, 0xbf, 0xbd]), "utf8")).toBeNull();
    expect(decodeStrict(Buffer.from([0xef, 0xbf]), "utf8")).toBeNull();
  });
  it("counts as genuine only the three bytes EF BF BD together, at their own place", () => {
    // another invalid byte beside a genuine U+FFFD, or bytes that only look like part of one
    expect(decodeStrict(Buffer.from([0xef, 0x41, 0x42, 0xef, 0xbf, 0xbd]), "utf8")).toBeNull();
    expect(decodeStrict(Buffer.from([0xef, 0xbf, 0x41]), "utf8")).toBeNull();
    expect(decodeStrict(Buffer.from([0xef, 0x80, 0xbd, 0xe9]), "utf8")).toBeNull(); // U+F03D, then an invalid byte
    expect(decodeStrict(Buffer.from([0xef, 0xbf, 0x80, 0xe9]), "utf8")).toBeNull(); // U+FFC0, then an invalid byte
    expect(decodeStrict(Buffer.from([0xc2, 0xbf, 0xef, 0x80, 0xbd, 0xe9]), "utf8")).toBeNull(); // "¿", U+F03D, invalid
    expect(decodeStrict(Buffer.from([0xc2, 0xbd, 0x41, 0xef, 0xbf, 0x80, 0xe9]), "utf8")).toBeNull(); // "½A", U+FFC0, invalid
  });
  it("never calls the same bytes valid in another charset (there they are no replacement character)", () => {
    expect(decodeStrict(Buffer.from([0xef, 0xbf, 0xbd]), "gbk")).toBeNull();
  });
  it("decodes valid bytes", () => {
    expect(decodeStrict(Buffer.from([0xc3, 0xa9]), "utf8")).toBe("é");
    expect(decodeStrict(Buffer.from([0xc3, 0xe5]), "gbk")).toBe("缅");
  });
});

describe("misreadLeniently", () => {
  it("encodes with the wrong charset and decodes with the right one, invalid bytes becoming U+FFFD", () => {
    expect(misreadLeniently("Ã©", "win1252", "utf8")).toBe("é");
    expect(misreadLeniently("é", "latin1", "utf8")).toBe("\uFFFD");
  });
});
