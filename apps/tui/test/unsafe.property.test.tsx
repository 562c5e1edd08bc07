// Property (fast-check): whatever text a dataset holds, and whatever a user types, no output of a
// command or frame of the full-screen UI holds an unsafe character (core's definition: C0/C1
// controls, escape sequences, bidi controls, zero-width characters, lone surrogates).
import { dataset } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { firstUnsafe, formatCodePoint } from "@briefings/core/text";
import fc from "fast-check";
import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { App } from "../src/app";
import { listCommand, searchCommand, showCommand } from "../src/commands";
import { initialNavState, navigate } from "../src/lib/navigation";
import { sanitizeDataset } from "../src/lib/sanitize";
import { until } from "./helpers";

const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom("\x1b[2J", "\x1b]0;t\x07", "\x07", "\b", "\r", "\t", "\u009b", "\u0085", "\u061c", "\u200e", "\u202e", "\u2066", "\u2028", "\u200b", "\u2060", "\ufeff", "\ud800", "\udfff", "soft", " "),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    ),
    { minLength: 1, maxLength: 16 },
  )
  .map((parts) => parts.join(""));

// Ids and references stay as they are, so the records still link up.
const REFERENCES = new Set(["id", "meeting", "person", "organization", "participation", "statement", "source", "session", "roles", "sources", "parent", "related", "publisher", "onBehalfOf"]);

/** The curated dataset with `text` added to every string that is not an id or a reference. */
function poisoned(text: string): Dataset {
  const walk = (value: unknown, key: string): unknown => {
    if (REFERENCES.has(key)) return value;
    if (typeof value === "string") return `${value}${text}`;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(structuredClone(dataset), "") as Dataset;
}

const expectSafe = (output: string, what: string) => {
  const unsafe = firstUnsafe(output);
  expect(unsafe && `${what}: ${formatCodePoint(unsafe.codePoint)} at ${unsafe.index}`).toBeUndefined();
};

describe("no output holds an unsafe character, from any data or input", () => {
  it("list, show and search, as text and JSON", () => {
    const meeting = dataset.meetings[0]!.id;
    const person = dataset.people[0]!.id;
    fc.assert(
      fc.property(hostile, hostile, (text, typed) => {
        const safe = sanitizeDataset(poisoned(text));
        const results = [
          listCommand(safe, {}),
          listCommand(safe, { json: true }),
          listCommand(safe, { width: 60 }),
          listCommand(safe, { type: typed }),
          listCommand(safe, { year: typed }),
          showCommand(safe, meeting, {}),
          showCommand(safe, meeting, { json: true }),
          showCommand(safe, person, {}),
          showCommand(safe, typed, {}),
          searchCommand(safe, ["soft"], {}),
          searchCommand(safe, [typed], {}),
          searchCommand(safe, [typed], { json: true }),
        ];
        results.forEach((r, i) => expectSafe(r.stdout + r.stderr, `command ${i}`));
      }),
      { numRuns: 60 },
    );
  });

  it("the full-screen UI: the list and a briefing", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const safe = sanitizeDataset(poisoned(text));
        for (const state of [initialNavState(), navigate(initialNavState(), { type: "open", target: { kind: "meeting", id: dataset.meetings[0]!.id } })]) {
          const app = render(<App dataset={safe} width={100} height={30} color={false} initialState={state} />);
          try {
            await until(() => (app.lastFrame() ?? "").includes("briefings ·"), () => app.lastFrame() ?? "");
            for (const frame of app.frames) expectSafe(frame, "frame");
          } finally {
            app.unmount();
          }
        }
      }),
      { numRuns: 8 },
    );
  });
});
