// Hostile data: escape sequences and control characters in every record field must not reach the
// terminal from any screen or command; JSON output must stay valid JSON.
import { getSource } from "@briefings/core";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/app";
import { listCommand, searchCommand, showCommand } from "../src/commands";
import { initialNavState, navigate, type Target } from "../src/lib/navigation";
import { sanitizeDataset } from "../src/lib/sanitize";
import { FORBIDDEN, PAYLOAD, hostileDataset } from "./fixtures";
import { KEYS, delay, until } from "./helpers";

const raw = hostileDataset();
const safe = sanitizeDataset(raw);
const meeting = raw.meetings.find((m) => m.sources.some((s) => getSource(raw, s)?.archive))!;
const person = raw.participations.find((p) => p.meeting === meeting.id && p.person)!.person!;
const organization = raw.participations.find((p) => p.meeting === meeting.id && p.organization)!.organization!;

const instances: { unmount: () => void }[] = [];
afterEach(() => {
  while (instances.length) instances.pop()!.unmount();
});

/** Every frame a screen renders while the whole of it is paged through. */
async function framesOf(target: Target | undefined, extraKeys: string[] = []): Promise<string> {
  const state = target ? navigate(initialNavState(), { type: "open", target }) : initialNavState();
  const app = render(<App dataset={safe} width={100} height={30} color={false} initialState={state} />);
  instances.push(app);
  await until(() => (app.lastFrame() ?? "").includes("briefings ·"), () => app.lastFrame() ?? "");
  const frame = () => app.lastFrame() ?? "";
  for (const k of extraKeys) {
    const before = frame();
    app.stdin.write(k);
    await until(() => frame() !== before, frame).catch(() => undefined);
  }
  // Page down until the screen stops changing: the whole screen has been shown.
  for (let i = 0; i < 100; i++) {
    const before = frame();
    app.stdin.write(KEYS.pageDown);
    const start = Date.now();
    while (frame() === before && Date.now() - start < 1500) await delay(5);
    if (frame() === before) break;
  }
  return app.frames.join("\n");
}

function expectClean(output: string) {
  const found = FORBIDDEN.exec(output);
  expect(found, found ? `U+${found[0].codePointAt(0)!.toString(16).padStart(4, "0")} at ${found.index}: ${JSON.stringify(output.slice(Math.max(0, found.index - 30), found.index + 30))}` : "").toBeNull();
  expect(output).not.toContain("\x1b");
}

describe("the payload itself", () => {
  it("is hostile: it holds CSI, OSC 8, OSC 52, BEL, backspaces, bidi overrides, C1 controls and a CR", () => {
    for (const s of ["\x1b[31m", "\x1b]8;;", "\x1b]52;", "\x07", "\b", "\u202E", "\u2066", "\u009b", "\u0085", "\r"]) expect(PAYLOAD).toContain(s);
    expect(JSON.stringify(raw)).toContain("\\u001b[31mRED");
  });
});

describe("screens with hostile data", () => {
  it("the list shows the records, neutralised", async () => {
    const out = await framesOf(undefined);
    expectClean(out);
    expect(out).toContain("␛[31mRED");
  });

  it("the list filter with hostile text typed in", async () => {
    const out = await framesOf(undefined, ["/", "\x1b]52;c;x\x07", KEYS.enter]);
    expectClean(out);
  });

  it("the briefing screen, every section", async () => {
    const out = await framesOf({ kind: "meeting", id: meeting.id });
    expectClean(out);
    for (const section of ["Programme", "Speakers", "Statements and quotes", "Figures", "Organizations", "Media", "Sources and corrections"]) expect(out).toContain(section);
    expect(out).toContain("Correction");
    expect(out).toContain("␛]8;;https://evil.example/␇LINK");
  });

  it("the person screen", async () => {
    const out = await framesOf({ kind: "person", id: person });
    expectClean(out);
    expect(out).toContain("Appearances");
  });

  it("the organization screen", async () => {
    const out = await framesOf({ kind: "organization", id: organization });
    expectClean(out);
    expect(out).toContain("Meetings");
  });

  it("the help overlay over a hostile dataset", async () => {
    const out = await framesOf({ kind: "meeting", id: meeting.id }, ["?"]);
    expectClean(out);
    expect(out).toContain("q / ctrl-c");
  });
});

describe("commands with hostile data", () => {
  const options = { width: 100 };
  it("list, show and search print no control sequence", () => {
    for (const result of [
      listCommand(safe, options),
      showCommand(safe, meeting.id, options),
      showCommand(safe, person, options),
      showCommand(safe, organization, options),
      searchCommand(safe, ["RED"], options),
    ]) {
      expect(result.code).toBe(0);
      expectClean(result.stdout + result.stderr);
      expect(result.stdout).toContain("␛[31mRED");
    }
  });

  it("--json stays valid JSON, with no control sequence in it", () => {
    for (const result of [
      listCommand(safe, { ...options, json: true }),
      showCommand(safe, meeting.id, { ...options, json: true }),
      showCommand(safe, person, { ...options, json: true }),
      searchCommand(safe, ["RED"], { ...options, json: true }),
    ]) {
      expect(result.code).toBe(0);
      expectClean(result.stdout);
      const parsed: unknown = JSON.parse(result.stdout);
      expect(JSON.stringify(parsed)).toContain("␛[31mRED");
    }
  });

  it("an unknown id is reported without echoing control characters", () => {
    const result = showCommand(safe, "\x1b[2Jnope", options);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no briefing");
    expectClean(result.stderr);
    const usage = listCommand(safe, { ...options, year: "\x1b]52;c;x\x07" });
    expect(usage.code).toBe(2);
    expectClean(usage.stderr);
  });
});
