// The built binary in a real terminal (tmux): it starts full-screen, navigates, quits with q, exits 0
// and leaves the terminal as it found it (alternate screen left, cursor shown).
import { dataset, getMeeting, meetingsByDate } from "@briefings/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, requireBuild } from "./binary";
import { TmuxSession } from "./tmux";

const sessions: TmuxSession[] = [];
beforeAll(() => requireBuild());
afterAll(() => {
  for (const s of sessions) s.kill();
});

// After the program, the shell prints its exit status and waits, so the terminal's state can be read
// (tmux reports a dead pane's cursor as hidden whatever the program left).
// CI=true as on a CI machine: the UI must draw in a terminal even then (Ink drew nothing before the fix).
function session(command: string, width = 100, height = 30): TmuxSession {
  const s = new TmuxSession(`export CI=true; ${command}; echo "briefings-exit=$?"; sleep 600`, width, height);
  sessions.push(s);
  s.start();
  return s;
}

const newest = meetingsByDate(dataset)[0]!;

describe("briefings in a terminal", () => {
  it("starts on the list, opens a briefing with enter, goes back with esc, quits with q: exit 0, terminal restored", async () => {
    const s = session(`node ${CLI}`);
    const list = await s.waitFor("↑↓ jk move");
    expect(list).toContain(`${dataset.meetings.length} of ${dataset.meetings.length} briefings`);
    expect(list).toContain(newest.title.value.slice(0, 40));
    expect(s.format("#{alternate_on}")).toBe("1");

    s.keys("Enter");
    const detail = await s.waitFor("Briefing · Overview");
    expect(detail).toContain(`Date: ${newest.dates.value.start}`);
    expect(detail).toContain("tab section");

    s.keys("Tab");
    await s.waitFor("Briefing · Programme");
    s.keys("Escape");
    await s.waitFor("/ filter");

    s.keys("q");
    const after = await s.waitFor("briefings-exit=");
    expect(after).toContain("briefings-exit=0");
    // The terminal is restored: the main screen is back (the UI's text is gone) and the cursor shows.
    expect(s.format("#{alternate_on}")).toBe("0");
    expect(s.format("#{cursor_flag}")).toBe("1");
    expect(after).not.toContain("↑↓ jk move");
  });

  it("/ finds a briefing and one enter opens it; e shows the evidence of the selected item; back on the list the filter stays", async () => {
    const seed = getMeeting(dataset, "2019-06-27-protection-of-soft-targets")!;
    const span = seed.title.evidence.find((e) => e.kind === "span")!;
    const s = session(`node ${CLI}`);
    await s.waitFor("↑↓ jk move");
    s.keys("/");
    await s.waitFor("type to filter");
    s.keys("-l", "skellett");
    await s.waitFor("/skellett");
    s.keys("Enter");
    const detail = await s.waitFor("Briefing · Overview");
    expect(detail).toContain(seed.title.value.slice(0, 40));
    expect(detail).toContain("press e for its sources");
    s.keys("e");
    const evidence = await s.waitFor("· sources");
    expect(evidence).toContain(`[1] Press release · characters ${span.start}–${span.end}`);
    s.keys("Escape");
    // The evidence screen's header also reads "Briefing · Overview · sources": wait for the document's own hint,
    // or the second Escape may arrive with the first and be read as one key.
    await s.waitFor("press e for its sources");
    s.keys("Escape");
    const list = await s.waitFor("/ filter");
    expect(list).toContain("/skellett");
    s.keys("q");
    expect(await s.waitFor("briefings-exit=")).toContain("briefings-exit=0");
  });

  it("ctrl-c quits too, and the help overlay opens with ?", async () => {
    const s = session(`node ${CLI}`, 80, 24);
    await s.waitFor("↑↓ jk move");
    s.keys("?");
    await s.waitFor("q / ctrl-c");
    s.keys("Escape");
    await s.waitFor("/ filter");
    s.keys("C-c");
    expect(await s.waitFor("briefings-exit=")).toContain("briefings-exit=0");
    expect(s.format("#{alternate_on}")).toBe("0");
    expect(s.format("#{cursor_flag}")).toBe("1");
  });

  it("redraws on resize and stays within 40 columns", async () => {
    const s = session(`node ${CLI}`, 100, 30);
    await s.waitFor("↑↓ jk move");
    execResize(s, 40, 20);
    await s.until(() => s.capture().split("\n").some((l) => l.startsWith("↑↓ jk move") && l.length <= 40), "a 40-column footer");
    for (const line of s.capture().split("\n")) expect([...line].length).toBeLessThanOrEqual(40);
    s.keys("q");
    expect(await s.waitFor("briefings-exit=")).toContain("briefings-exit=0");
  });
});

describe("NO_COLOR", () => {
  // SGR colour parameters: 30-37, 90-97 (foreground), 38;… (extended).
  const COLOUR = /\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:[;m])/;

  it("colours by default, none with NO_COLOR set", async () => {
    // (The test runner sets FORCE_COLOR=0 for its own frames: unset it, as in a user's shell.)
    const coloured = session(`env -u FORCE_COLOR node ${CLI}`);
    await coloured.waitFor("↑↓ jk move");
    expect(coloured.capture(true)).toMatch(COLOUR);
    coloured.keys("q");
    await coloured.waitFor("briefings-exit=");

    const plain = session(`env -u FORCE_COLOR NO_COLOR=1 node ${CLI}`);
    await plain.waitFor("↑↓ jk move");
    plain.keys("Enter");
    await plain.waitFor("Briefing · Overview");
    expect(plain.capture(true)).not.toMatch(COLOUR);
    plain.keys("q");
    expect(await plain.waitFor("briefings-exit=")).toContain("briefings-exit=0");
  });
});

function execResize(s: TmuxSession, width: number, height: number) {
  // resize-window changes the pane's size as a terminal window would (the program gets SIGWINCH).
  s.resize(width, height);
}
