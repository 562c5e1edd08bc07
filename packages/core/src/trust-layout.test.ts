import { describe, expect, it } from "vitest";
import { dataset } from "./dataset";
import { layoutOf, parseMember } from "./trust-layout";

/** Parses every member through its layout (chunk by chunk), counting the steps. */
function parseAll(bytes: Buffer, chunkBytes: number): { value: Record<string, unknown>; steps: number } {
  const layout = layoutOf(bytes, chunkBytes);
  if (!layout) throw new Error("no layout");
  let steps = 0;
  const value: Record<string, unknown> = {};
  for (const m of layout.members) {
    const gen = parseMember(bytes, m);
    for (;;) {
      const next = gen.next();
      if (next.done) {
        value[m.key] = next.value;
        break;
      }
      steps++;
    }
  }
  return { value, steps };
}

// Structure characters inside strings, escapes, nesting, empty arrays, every kind of value.
const tricky = {
  a: "},{ \"x\":[1,2], ",
  "k\"ey": [{ s: "]}," }, { s: "\\", t: [[1, { u: "}]" }], {}] }, { s: "é ✓ 𝄞" }],
  empty: [],
  n: 1.5e3,
  t: true,
  z: null,
  strings: ["a,b", "c", "\\\"", ","],
  o: { p: [{ q: 1 }, { q: 2 }] },
};

describe("dataset file layout", () => {
  it.each([0, 1, 7, 64, 1e9])("parses a file member by member, chunk by chunk (chunks of %d bytes), to what JSON.parse gives", (chunkBytes) => {
    for (const text of [JSON.stringify(tricky), JSON.stringify(tricky, null, 2), ` \n${JSON.stringify(tricky, null, "\t")}\n`]) {
      const { value } = parseAll(Buffer.from(text), chunkBytes);
      expect(value).toEqual(JSON.parse(text));
      expect(Object.keys(value)).toEqual(Object.keys(tricky));
    }
  });

  it("cuts a large array into chunks of about the size asked for", () => {
    const bytes = Buffer.from(JSON.stringify(dataset));
    const layout = layoutOf(bytes, 16 * 1024)!;
    const meetings = layout.members.find((m) => m.key === "meetings")!;
    expect(bytes.toString("utf8", meetings.start, meetings.start + 2)).toBe("[{");
    expect(meetings.cuts!.length).toBeGreaterThan(2);
    for (const cut of meetings.cuts!) expect(bytes.toString("utf8", cut, cut + 2)).toBe(",{");
    const { value, steps } = parseAll(bytes, 16 * 1024);
    expect(steps).toBeGreaterThan(meetings.cuts!.length);
    expect(value).toEqual(dataset);
  });

  it("has no layout for a file whose top level is not an object", () => {
    expect(layoutOf(Buffer.from("[1, 2]"))).toBeUndefined();
    expect(layoutOf(Buffer.from("  \"x\""))).toBeUndefined();
  });
});
