// The full-screen browser: alternate screen, Ink render, and the terminal restored however it ends.
import { render } from "ink";
import { App } from "./app";
import type { Prepared } from "./lib/prepare";
import { enterFullScreen } from "./screen";

/**
 * Runs the browser until the user quits; resolves to the exit status. When the CLI already drew the first
 * frame (`firstFrame`, the same bytes), Ink's first frame is written over it, on the same screen.
 */
export async function browse(dataset: Prepared, color: boolean): Promise<number> {
  const screen = enterFullScreen(process.stdout);
  const instance = render(<App dataset={dataset} color={color} />, { exitOnCtrlC: false, patchConsole: true, maxFps: 60 });
  screen.handOver();
  for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"] as const) {
    process.once(signal, () => {
      instance.unmount();
      screen.restore();
      process.exit(signal === "SIGINT" ? 130 : signal === "SIGHUP" ? 129 : 143);
    });
  }
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    screen.restore();
  }
  return 0;
}
