// The full-screen browser: alternate screen, Ink render, and the terminal restored however it ends.
import { render } from "ink";
import { App } from "./app";
import type { Prepared } from "./lib/prepare";

/** Runs the browser until the user quits; resolves to the exit status. */
export async function browse(dataset: Prepared, color: boolean): Promise<number> {
  const out = process.stdout;
  let restored = false;
  // Leave the alternate screen and show the cursor again, whatever way the program ends.
  const restore = () => {
    if (restored) return;
    restored = true;
    out.write("\x1b[?1049l\x1b[?25h");
  };
  out.write("\x1b[?1049h\x1b[H\x1b[2J");
  process.once("exit", restore);
  const instance = render(<App dataset={dataset} color={color} />, { exitOnCtrlC: false, patchConsole: true, maxFps: 60 });
  for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"] as const) {
    process.once(signal, () => {
      instance.unmount();
      restore();
      process.exit(signal === "SIGINT" ? 130 : signal === "SIGHUP" ? 129 : 143);
    });
  }
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    restore();
  }
  return 0;
}

