import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { enterFullScreen } from "./screen";

/** A terminal's output: writes kept, resizes emitted by the test. */
class FakeOutput extends EventEmitter {
  readonly writes: string[] = [];
  write(text: string) {
    this.writes.push(text);
    return true;
  }
}

describe("enterFullScreen", () => {
  it("enters the alternate screen once, clears it on a resize until the browser takes over, and restores it once", () => {
    const out = new FakeOutput();
    const signals = () => ["SIGTERM", "SIGHUP", "SIGINT"].map((s) => process.listenerCount(s));
    const before = signals();
    const screen = enterFullScreen(out);
    expect(out.writes).toEqual(["\x1b[?1049h\x1b[H\x1b[2J"]);
    expect(signals()).toEqual(before.map((n) => n + 1));
    // Entered already: the same screen, nothing written again.
    expect(enterFullScreen(out)).toBe(screen);
    expect(out.writes).toHaveLength(1);
    // A resize before Ink has taken over: the frame drawn for the old size is cleared.
    out.emit("resize");
    expect(out.writes.at(-1)).toBe("\x1b[H\x1b[2J");
    screen.handOver();
    expect(signals()).toEqual(before);
    out.emit("resize");
    expect(out.writes).toHaveLength(2);
    screen.restore();
    screen.restore();
    expect(out.writes.slice(2)).toEqual(["\x1b[?1049l\x1b[?25h"]);
  });
});
