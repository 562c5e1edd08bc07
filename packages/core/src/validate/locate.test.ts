import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { checkDataText } from "./files";
import { findTooDeep, LineIndex, MAX_JSON_DEPTH, positionAt, syntaxErrors } from "./locate";
import { readDataFile } from "./read";

describe("LineIndex", () => {
  it("gives the same line and column as a scan, for every offset", () => {
    const text = 'a\nbc\n\n{"x": 1}\n';
    const lines = new LineIndex(text);
    for (let i = 0; i <= text.length; i++) expect(lines.positionAt(i)).toEqual(positionAt(text, i));
    expect(lines.positionAt(5)).toEqual({ line: 3, column: 1 });
  });
});

describe("bounded parsing", () => {
  it("finds nesting deeper than the limit outside strings only", () => {
    expect(findTooDeep("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findTooDeep("[".repeat(MAX_JSON_DEPTH + 1))).toEqual({ offset: MAX_JSON_DEPTH });
    expect(findTooDeep(`["${"[".repeat(500)}", "\\"[[["]`)).toBeUndefined();
  });

  it("reports nesting 100,000 levels deep as one syntax error, without recursion", () => {
    const r = syntaxErrors(`{"a":\n${"[".repeat(100_000)}`);
    expect(r).toEqual({ errors: [{ message: `nested deeper than ${MAX_JSON_DEPTH} levels`, position: { line: 2, column: MAX_JSON_DEPTH } }], total: 1 });
  });

  it("keeps the first errors with their positions and counts the rest", () => {
    const r = syntaxErrors(`[${"@,\n".repeat(1000)}1]`, 10);
    expect(r.errors).toHaveLength(10);
    expect(r.total).toBe(2000);
    expect(r.errors[2]).toEqual({ message: "InvalidSymbol", position: { line: 2, column: 1 } });
  });

  it("checkDataText caps the problems listed and says how many more", () => {
    const r = checkDataText("f.json", `[${"@,".repeat(500)}1]`, { maxProblems: 5 });
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(5);
    expect(r.more).toBe(995);
  });
});

describe("readDataFile", () => {
  const dir = tempDir("read");
  it("reads a regular UTF-8 file", async () => {
    writeFileSync(join(dir, "ok.json"), "{}");
    expect(await readDataFile(join(dir, "ok.json"))).toMatchObject({ ok: true, text: "{}", bytes: Buffer.from("{}") });
  });
  it.each([
    ["a missing file", () => join(dir, "missing.json"), /no such file/],
    ["a directory", () => dir, /not a regular file \(it is a directory\)/],
    ["/dev/zero", () => "/dev/zero", /not a regular file \(it is a device\)/],
    ["a file over the limit", () => (writeFileSync(join(dir, "big.json"), "x".repeat(101)), join(dir, "big.json")), /is 101 bytes, over the limit of 100 bytes/],
    ["bytes that are not UTF-8", () => (writeFileSync(join(dir, "latin1.json"), Buffer.from([0x22, 0xe9, 0x22])), join(dir, "latin1.json")), /not valid UTF-8/],
  ])("refuses %s", async (_, path, message) => {
    const r = await readDataFile(path(), 100);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(message);
  });
});
