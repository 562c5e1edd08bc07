// Driving the built binary in a real pseudo-terminal: a private tmux server per test file.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/** A tmux server on its own socket, with one session running `command` at `width`x`height`. */
export class TmuxSession {
  readonly socket = `briefings-test-${process.pid}-${randomBytes(4).toString("hex")}`;
  readonly name = "ui";

  constructor(
    readonly command: string,
    readonly width = 100,
    readonly height = 30,
    readonly cwd = process.cwd(),
  ) {}

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8", cwd: this.cwd });
  }

  /** Starts the session; the pane stays after the command exits so its status can be read. */
  start(): void {
    this.tmux("new-session", "-d", "-s", this.name, "-x", String(this.width), "-y", String(this.height), "-c", this.cwd, `sleep 0.3; ${this.command}`);
    this.tmux("set-option", "-t", this.name, "remain-on-exit", "on");
  }

  /** Sends tmux key names (`Enter`, `Escape`, `q`). */
  keys(...keys: string[]): void {
    this.tmux("send-keys", "-t", this.name, ...keys);
  }

  /** Resizes the window, as a user resizing the terminal does. */
  resize(width: number, height: number): void {
    this.tmux("resize-window", "-t", this.name, "-x", String(width), "-y", String(height));
  }

  /** The text on screen (with `escapes`, its colours and attributes as SGR sequences). */
  capture(escapes = false): string {
    return this.tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", this.name);
  }

  /** A tmux format value of the pane (`#{alternate_on}`, `#{pane_dead}`...). */
  format(format: string): string {
    return this.tmux("display-message", "-p", "-t", this.name, format).trim();
  }

  /** Polls until `check` passes, or throws with the screen. */
  // Generous: on a loaded 2-core CI machine a cold start can take many seconds; the test asserts behaviour, not speed.
  async until(check: () => boolean, what: string, timeout = 90_000): Promise<void> {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}; screen:\n${this.capture()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Polls until the screen shows `text`. */
  async waitFor(text: string, timeout?: number): Promise<string> {
    await this.until(() => this.capture().includes(text), JSON.stringify(text), timeout);
    return this.capture();
  }

  /** Kills the tmux server (and whatever runs in it). */
  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // already gone
    }
  }
}
