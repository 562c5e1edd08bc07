// The terminal while the full-screen browser runs: the alternate screen, entered once (by the first
// frame drawn before Ink, or by the browser), and left however the program ends.

/** The output the full screen is on (a terminal's stdout). */
export interface ScreenOutput {
  write(text: string): unknown;
  on(event: "resize", listener: () => void): unknown;
  off(event: "resize", listener: () => void): unknown;
}

/** The full screen, once entered. */
export interface FullScreen {
  /** Leaves the alternate screen and shows the cursor again (once; later calls do nothing). */
  restore(): void;
  /**
   * Gives the terminal to the browser (Ink): drops the signal handlers that restore the terminal and exit
   * (the browser installs its own, which also unmount Ink) and stops clearing the screen on a resize.
   */
  handOver(): void;
}

const SIGNALS = { SIGTERM: 143, SIGHUP: 129, SIGINT: 130 } as const;

let current: FullScreen | undefined;

/**
 * Enters the alternate screen (cleared, cursor home) on `out`, unless it is already entered: the terminal
 * is restored at exit, and on a signal until the browser takes over. A resize before then clears the screen
 * (what was drawn for the old size would show through Ink's first frame at the new one: Ink draws its
 * first frame over the screen as it finds it).
 */
export function enterFullScreen(out: ScreenOutput = process.stdout): FullScreen {
  if (current) return current;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    out.write("\x1b[?1049l\x1b[?25h");
  };
  const handlers = Object.entries(SIGNALS).map(([signal, code]) => {
    const handler = () => {
      restore();
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  const clear = () => {
    out.write("\x1b[H\x1b[2J");
  };
  out.on("resize", clear);
  out.write("\x1b[?1049h\x1b[H\x1b[2J");
  process.once("exit", restore);
  current = {
    restore,
    handOver() {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      out.off("resize", clear);
    },
  };
  return current;
}
