import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { HELP_KEYS } from "../keys";
import { bodyHeight } from "./frame";
import { HelpScreen } from "./help-screen";

describe("HelpScreen", () => {
  it.each([
    [80, 24],
    [100, 30],
    [60, 24],
    [40, 24],
  ])("shows every key at %ix%i", (width, height) => {
    const body = bodyHeight(height);
    const { lastFrame, unmount } = render(<HelpScreen width={width} height={body} />);
    const frame = lastFrame() ?? "";
    unmount();
    const lines = frame.split("\n");
    expect(lines.length).toBeLessThanOrEqual(body);
    for (const [key] of HELP_KEYS) expect(lines.some((l) => l.trimStart().startsWith(key.trim()))).toBe(true);
  });

  it("wraps descriptions when the wrapped keys fit, and keeps each key to one line when they do not", () => {
    const wide = render(<HelpScreen width={100} height={40} />);
    expect(wide.lastFrame()).toContain("filter the list as you type (titles, people, organizations, quotes)");
    wide.unmount();
    const short = render(<HelpScreen width={70} height={HELP_KEYS.length + 1} />);
    const lines = (short.lastFrame() ?? "").split("\n");
    short.unmount();
    expect(lines).toHaveLength(HELP_KEYS.length + 1);
    expect(lines.at(-1)).toContain("q / ctrl-c");
  });
});
