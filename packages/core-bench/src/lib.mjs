// Helpers of core's benchmarks: child processes, formatting, markdown tables (statistics: @briefings/bench/stats).
// No timing is asserted anywhere.
import { spawnSync } from "node:child_process";

/** A child process that was stopped after `limitMs`. */
export class TimedOut extends Error {
  constructor(limitMs) {
    super(`timed out after ${limitMs} ms`);
    this.limitMs = limitMs;
  }
}

/**
 * Runs `node ...args` and returns its wall time in ms and its stdout; throws with stderr if it fails,
 * or a `TimedOut` if it runs longer than `options.timeout` ms.
 */
export function runNode(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, killSignal: "SIGKILL", ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (options.timeout !== undefined && (result.error?.code === "ETIMEDOUT" || result.signal === "SIGKILL")) throw new TimedOut(options.timeout);
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ").slice(0, 200)} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  return { ms, stdout: result.stdout };
}

/** The last line of a child's stdout, parsed as JSON (children print their measurements last). */
export function lastJson(stdout) {
  const lines = stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]);
}

/** Runs `a` and `b` alternately `runs` times (so that drift in machine load hits both alike). */
export function interleave(runs, a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(a(i));
    bs.push(b(i));
  }
  return [as, bs];
}

/** Milliseconds with a sensible number of digits. */
export function ms(value) {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${(value * 1000).toFixed(0)} µs`;
}

/** A median with its spread: "12.3 ms (11.9–13.0)". */
export function spread(s) {
  return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
}

/** A ratio "1.23×". */
export function ratio(value) {
  return `${value.toFixed(2)}×`;
}

/** Bytes as MB or kB. */
export function size(bytes) {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** A whole number with thousands separators. */
export function count(n) {
  return Math.round(n).toLocaleString("en-US");
}

/** A markdown table. */
export function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
