// The built binary in a pseudo-terminal (`script`), every byte it writes kept: the first frame it prints
// before Ink has loaded is exactly the frame Ink then writes over it (same screen, same bytes), with
// colour and under NO_COLOR, at two sizes, for the curated data and for a --data file.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataset, meetingsByDate } from "@briefings/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORBIDDEN } from "./fixtures";
import { CLI, requireBuild } from "./binary";

const FOOTER = "↑↓ jk move";
/** What the CLI writes before its first frame: the alternate screen, cleared, cursor home and hidden. */
const ENTER = "\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l";
const HOME = "\x1b[H";

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), "briefings-first-frame-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the binary in a `columns`x`rows` pseudo-terminal until Ink has drawn (the footer written twice), quits it, and returns every byte. */
function run(args: string[], columns: number, rows: number, env: Record<string, string | undefined> = {}): Promise<string> {
  const command = `stty cols ${columns} rows ${rows}; exec ${[process.execPath, CLI, ...args].map((a) => JSON.stringify(a)).join(" ")}`;
  return new Promise((resolve, reject) => {
    // No FORCE_COLOR (the test runner sets it to 0 for its own frames); CI=true as on a CI machine (the CLI
    // unsets it before the colour library reads it, for the early frame as for Ink's).
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      stdio: ["pipe", "pipe", "inherit"],
      env: { ...process.env, FORCE_COLOR: undefined, CI: "true", BRIEFINGS_DATASET: undefined, TERM: "xterm-256color", ...env },
    });
    let output = "";
    let quit = false;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
      if (!quit && output.split(FOOTER).length > 2) {
        quit = true;
        child.stdin.write("q");
      }
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no second frame within 90 s:\n${JSON.stringify(output.slice(-2000))}`));
    }, 90_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0 && quit) resolve(output);
      else reject(new Error(`exited ${code}:\n${JSON.stringify(output.slice(-2000))}`));
    });
  });
}

/** The frame printed before Ink, and what Ink wrote next. */
function frames(output: string): { early: string; ink: string } {
  const start = output.indexOf(ENTER);
  expect(start, JSON.stringify(output.slice(0, 300))).toBeGreaterThanOrEqual(0);
  const end = output.indexOf(HOME, start + ENTER.length);
  const early = output.slice(start + ENTER.length, end);
  // Ink's first write: synchronised output on, the cursor hidden, then the frame.
  const ink = output.slice(end + HOME.length).replace(/^(?:\x1b\[\?2026h|\x1b\[\?25l)+/, "");
  return { early, ink };
}

const newest = meetingsByDate(dataset)[0]!;

describe("the first frame, printed before Ink loads", () => {
  for (const [columns, rows] of [
    [100, 30],
    [80, 24],
  ] as const) {
    for (const noColor of [false, true]) {
      it(`is the frame Ink writes over it, byte for byte (${columns}x${rows}${noColor ? ", NO_COLOR" : ""})`, async () => {
        const output = await run([], columns, rows, noColor ? { NO_COLOR: "1" } : {});
        const { early, ink } = frames(output);
        expect(early).toContain(FOOTER);
        expect(early).toContain(`${dataset.meetings.length} of ${dataset.meetings.length} briefings`);
        expect(early).toContain(newest.title.value.slice(0, 30));
        // Lines end with CR LF in a terminal: as many as the terminal has rows.
        expect(early.split("\r\n")).toHaveLength(rows);
        // Styles always (bold, dim, inverse); the colour (cyan) only without NO_COLOR.
        expect(early).toContain("\x1b[7m");
        if (noColor) expect(early).not.toContain("\x1b[36m");
        else expect(early).toContain("\x1b[36m");
        expect(early.replace(/\x1b\[[0-9]+m/g, "").replaceAll("\r\n", "\n")).not.toMatch(FORBIDDEN);
        // Ink's frame is the same bytes, and nothing more before its next control sequence.
        expect(ink.slice(0, early.length)).toBe(early);
        expect(ink.charAt(early.length)).toBe("\x1b");
      });
    }
  }

  it("is drawn from a --data file's rows too, and Ink's frame is the same", async () => {
    const file = join(dir, "synthetic-data.json");
    writeFileSync(file, JSON.stringify(dataset));
    // The first run validates the file (and writes its proof); the second trusts it.
    for (let i = 0; i < 2; i++) {
      const { early, ink } = frames(await run(["--data", file], 100, 30));
      expect(early).toContain(FOOTER);
      expect(ink.slice(0, early.length)).toBe(early);
      expect(ink.charAt(early.length)).toBe("\x1b");
    }
  });
});
