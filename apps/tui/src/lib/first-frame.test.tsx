// The first frame drawn without Ink (`firstFrame`) is byte for byte the frame Ink draws first, for many
// terminal sizes and inputs, with styles (Ink's colour library on, with and without the browser's colour)
// and without: what the CLI prints before Ink loads is then replaced by the same bytes.
import { EventEmitter } from "node:events";
import chalk from "chalk";
import { dataset } from "@briefings/core";
import { meetingSummaries, type MeetingSummary } from "@briefings/core/trust";
import { render } from "ink";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../app";
import { FORBIDDEN, PAYLOAD, hostileDataset } from "../../test/fixtures";
import { firstFrame } from "./first-frame";
import type { Prepared } from "./prepare";
import { prepareDataset } from "./prepare";
import { sanitizeDataset, type SafeDataset } from "./sanitize";

/** A terminal for Ink: its size, and every write kept. */
class FakeStdout extends EventEmitter {
  readonly writes: string[] = [];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (text: string) => {
    this.writes.push(text);
    return true;
  };
}

/** A keyboard that never types. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => null;
}

/** The first frame Ink writes for the browser over `data` in a `columns`x`rows` terminal (its own size: no width or height given). */
function inkFirstFrame(data: SafeDataset | Prepared, columns: number, rows: number, color: boolean): string {
  const stdout = new FakeStdout(columns, rows);
  const instance = render(<App dataset={data} color={color} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
    stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
    // Every render written as it is (the frame itself, no cursor moves), as ink-testing-library does.
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  instance.unmount();
  expect(stdout.writes.length).toBeGreaterThan(0);
  return stdout.writes[0]!;
}

/** A dataset whose meetings' list lines are `summaries` (as a trusted file's proof gives them); the rest never arrives. */
function fromSummaries(summaries: MeetingSummary[]): Prepared {
  return prepareDataset({
    summaries,
    rest: (function* () {
      for (;;) yield;
    })(),
  });
}

/** A dataset prepared to the end, as the browser prepares one it is given sanitised. */
function prepared(safe: SafeDataset): Prepared {
  const p = prepareDataset(safe);
  p.step(Number.POSITIVE_INFINITY);
  return p;
}

/** Synthetic list lines: wide and combining characters, emoji, drafts, long and empty titles, control characters. */
function syntheticSummaries(count: number): MeetingSummary[] {
  const titles = [
    "synthetic briefing on border security",
    "合成ブリーフィング：国境の安全と協力について（テスト）",
    "Synthetic naïve café résumé with combining: e\u0301 a\u0308 o\u0302",
    "Synthetic emoji 🛂🌍 and flags 🇺🇳 and a family 👨‍👩‍👧",
    `Synthetic hostile ${PAYLOAD} title`,
    "",
    "x".repeat(3000),
    "Synthetic\ttabs\tand   spaces   ",
    "\u00a0Synthetic leading and trailing no-break spaces\u00a0\u00a0",
  ];
  const types = ["open-briefing", "closed-meeting", "synthetic-type-without-label"];
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    start: `20${String(30 - (i % 20)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 10}`,
    type: types[i % types.length]!,
    title: titles[i % titles.length]!,
    review: i % 3 === 0 ? "draft" : "curated",
  }));
}

const SIZES: readonly (readonly [number, number])[] = [
  [20, 4],
  [25, 5],
  [30, 8],
  [40, 20],
  [69, 10],
  [70, 24],
  [80, 24],
  [100, 30],
  [120, 40],
  [200, 60],
];

const level = chalk.level;
afterEach(() => {
  chalk.level = level;
});

describe("firstFrame", () => {
  /** Prepared once per input and drawn at every size (Ink's first frame does not step the preparation). */
  const once = <T,>(make: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const inputs: { name: string; data: () => SafeDataset | Prepared }[] = [
    { name: "the curated dataset, sanitised and fully prepared", data: once(() => prepared(sanitizeDataset(dataset))) },
    { name: "the curated dataset from its summaries", data: once(() => fromSummaries(meetingSummaries(dataset))) },
    { name: "a hostile dataset", data: once(() => prepareDataset(hostileDataset())) },
    { name: "synthetic lines, fewer than a screen", data: once(() => fromSummaries(syntheticSummaries(3))) },
    { name: "synthetic lines, many", data: once(() => fromSummaries(syntheticSummaries(500))) },
  ];

  for (const { name, data } of inputs) {
    it(`is Ink's first frame, byte for byte: ${name}, at ${SIZES.length} sizes, styled or not, with colour or not`, () => {
      // Level 3 (true colour) writes the same codes as level 1 for the basic colours used: checked at one size.
      for (const styledLevel of [0, 1, 3] as const) {
        chalk.level = styledLevel;
        for (const color of [true, false]) {
          for (const [columns, rows] of styledLevel === 3 ? [[100, 30] as const] : SIZES) {
            const input = data();
            const safeRows = "step" in input ? input.rows : prepareDataset(input).rows;
            const ours = firstFrame(safeRows, { columns, rows, color, styled: styledLevel > 0 });
            expect(ours, `${columns}x${rows}`).toBeDefined();
            expect(ours, `${columns}x${rows} level ${styledLevel} color ${color}`).toBe(inkFirstFrame(input, columns, rows, color));
            expect(ours!.split("\n")).toHaveLength(rows);
            if (styledLevel > 0) expect(ours).toContain("\x1b[7m");
            // Nothing of the data reaches the terminal as a control character (the styles are ours).
            expect(ours!.replace(/\x1b\[[0-9]+m/g, "")).not.toMatch(FORBIDDEN);
          }
        }
      }
    });
  }

  it("leaves to Ink what it does not draw the same: an empty list, a terminal under 20x4", () => {
    const rows = fromSummaries(syntheticSummaries(5)).rows;
    const options = { color: true, styled: true };
    expect(firstFrame([], { columns: 100, rows: 30, ...options })).toBeUndefined();
    expect(firstFrame(rows, { columns: 19, rows: 30, ...options })).toBeUndefined();
    expect(firstFrame(rows, { columns: 100, rows: 3, ...options })).toBeUndefined();
    expect(firstFrame(rows, { columns: Number.NaN, rows: 30, ...options })).toBeUndefined();
    expect(firstFrame(rows, { columns: 20, rows: 4, ...options })).toBeDefined();
  });
});
