// The terminal while the full-screen browser runs: the alternate screen, entered once (by the first
// frame drawn before Ink, or by the browser), and left however the program ends.

/** The full screen, once entered. */
export interface FullScreen {
  /** Leaves the alternate screen and shows the cursor again (once; later calls do nothing). */
  restore(): void;
  /**
   * Drops the signal handlers that restore the terminal and exit: for the browser, which installs its
   * own (they also unmount Ink).
   */
  releaseSignals(): void;
}

const SIGNALS = { SIGTERM: 143, SIGHUP: 129, SIGINT: 130 } as const;

let current: FullScreen | undefined;

/**
 * Enters the alternate screen (cleared, cursor home) on `out`, unless it is already entered: the terminal
 * is restored at exit, and on a signal until the browser takes the signals over.
 */
export function enterFullScreen(out: NodeJS.WritableStream = process.stdout): FullScreen {
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
  out.write("\x1b[?1049h\x1b[H\x1b[2J");
  process.once("exit", restore);
  current = {
    restore,
    releaseSignals() {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
  return current;
}
