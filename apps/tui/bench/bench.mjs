#!/usr/bin/env node
// Benchmarks of the built binary (dist/cli.js), as ratios against a bare `node -e ''` in the same run:
//   1. start-up of the non-interactive path (`briefings list`),
//   2. time to the first frame of the full-screen UI (under `script`, a real pseudo-terminal),
//   3. keypress-to-next-frame latency with a 10,000-briefing synthetic dataset (validated first).
// Writes bench/REPORT.md. Usage: node bench/bench.mjs [--runs N] [--keys N] [--size N]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { median } from "@briefings/bench/stats";
import { validateDataset } from "@briefings/core/validate";
import { generateDataset } from "@briefings/synthetic";

const { values } = parseArgs({
  options: { runs: { type: "string" }, keys: { type: "string" }, size: { type: "string" }, quick: { type: "boolean" } },
});
// --quick: a small version that runs in seconds (CI runs it so the benchmark never rots).
const RUNS = Number(values.runs ?? (values.quick ? 3 : 10));
const KEYS = Number(values.keys ?? (values.quick ? 8 : 40));
const SIZE = Number(values.size ?? (values.quick ? 300 : 10000));
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const REPORT = fileURLToPath(new URL("./REPORT.md", import.meta.url));
const FIRST_FRAME = "↑↓ jk move"; // the list's footer: the last line of the first frame

const ms = (x) => `${x.toFixed(1)} ms`;

/** Wall time of a process from spawn to exit. */
function timeProcess(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

/** Runs the UI in a pseudo-terminal (`script`), 100x30; resolves when its first frame is out. */
function startUi(extraArgs = []) {
  const command = `stty cols 100 rows 30; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${extraArgs.map((a) => JSON.stringify(a)).join(" ")}`;
  const start = performance.now();
  const child = spawn("script", ["-qfec", command, "/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  const listeners = new Set();
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    output += chunk;
    for (const l of listeners) l(chunk);
  });
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  const firstFrame = new Promise((resolve, reject) => {
    const check = () => {
      if (output.includes(FIRST_FRAME)) {
        listeners.delete(check);
        resolve(performance.now() - start);
      }
    };
    listeners.add(check);
    exited.then((code) => reject(new Error(`UI exited (${code}) before its first frame:\n${output.slice(-2000)}`)));
  });
  return {
    firstFrame,
    exited,
    /** Sends a key and resolves with the time until the terminal receives the next frame's output. */
    press(key) {
      return new Promise((resolve) => {
        const t = performance.now();
        const onData = () => {
          listeners.delete(onData);
          resolve(performance.now() - t);
        };
        listeners.add(onData);
        child.stdin.write(key);
      });
    },
    quit() {
      child.stdin.write("q");
      return exited;
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), "briefings-bench-"));
try {
  console.log(`generating a ${SIZE}-briefing dataset…`);
  const big = generateDataset({ briefings: SIZE });
  const validation = validateDataset(big);
  if (!validation.ok) throw new Error(`synthetic dataset is invalid:\n${validation.problems.slice(0, 10).map((p) => `${p.path.join(".")}: ${p.message}`).join("\n")}`);
  const bigFile = join(dir, "synthetic.json");
  writeFileSync(bigFile, JSON.stringify(big));

  const baseline = [];
  const list = [];
  const listBig = [];
  const frame = [];
  const frameBig = [];
  console.log(`start-up: ${RUNS} runs each…`);
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so that machine noise hits every measurement alike.
    baseline.push(await timeProcess(["-e", ""]));
    list.push(await timeProcess([CLI, "list"]));
    const ui = startUi();
    frame.push(await ui.firstFrame);
    await ui.quit();
  }
  // Loading a big file is dominated by validating it (zod schemas and every rule): a few runs suffice.
  for (let i = 0; i < Math.max(2, Math.ceil(RUNS / 5)); i++) {
    listBig.push(await timeProcess([CLI, "list", "--data", bigFile]));
    const ui = startUi(["--data", bigFile]);
    frameBig.push(await ui.firstFrame);
    await ui.quit();
  }

  console.log(`keypress latency at ${SIZE}: ${KEYS} keys each…`);
  const ui = startUi(["--data", bigFile]);
  await ui.firstFrame;
  const settle = () => new Promise((r) => setTimeout(r, 40));
  const measure = async (keys) => {
    const out = [];
    for (let i = 0; i < KEYS; i++) {
      out.push(await ui.press(keys[i % keys.length]));
      await settle();
    }
    return out;
  };
  const move = await measure(["j", "j", "k"]);
  const page = await measure(["\x1b[6~", "\x1b[5~"]);
  const ends = await measure(["G", "g"]);
  await ui.press("/");
  await settle();
  const typing = await measure(["s", "o", "\x7f", "\x7f"]);
  await ui.press("\r");
  await settle();
  const open = [];
  for (let i = 0; i < Math.min(KEYS, 15); i++) {
    open.push(await ui.press("\r"));
    await settle();
    await ui.press("\x1b");
    await new Promise((r) => setTimeout(r, 120));
  }
  await ui.quit();

  const base = median(baseline);
  const row = (name, xs, ratio = true) => `| ${name} | ${xs.length} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} | ${ratio ? `${(median(xs) / base).toFixed(2)}×` : "–"} |`;
  const report = `# Benchmarks of \`briefings\` (apps/tui)

Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm --filter @briefings/tui bench\` (\`node bench/bench.mjs\`) on
${process.platform}/${process.arch}, Node ${process.version}, load average at the end ${loadavg().map((x) => x.toFixed(1)).join(" / ")}. The binary is \`dist/cli.js\` (one bundled file).
Medians over the runs; the ratio is to a bare \`node -e ''\` measured in the same run, interleaved. Timings are
noisy on a shared machine: compare ratios, not absolute numbers.

## Start-up

| What | Runs | Median | Min | Max | × bare node |
| --- | --- | --- | --- | --- | --- |
${row("bare `node -e ''` (baseline)", baseline)}
${row("`briefings list` (no terminal), curated data", list)}
${row("first frame of the full-screen UI (pty via `script`), curated data", frame)}
${row(`\`briefings list --data\` with ${SIZE} briefings (read + validate + list)`, listBig)}
${row(`first frame of the UI with ${SIZE} briefings (read + validate + render)`, frameBig)}

## Keypress to next frame, ${SIZE} briefings

Time from writing a key to the pseudo-terminal until the first bytes of the next frame arrive
(Ink renders at most 60 frames a second here, so up to ~16 ms of a result can be frame pacing).

| Keys | Presses | Median | Min | Max | × bare node |
| --- | --- | --- | --- | --- | --- |
${row("j / k (move in the list)", move, false)}
${row("PgDn / PgUp", page, false)}
${row("G / g (to the ends of the list)", ends, false)}
${row("typing in the `/` filter (filters all rows per key)", typing, false)}
${row("enter (open a briefing: build and lay out its document)", open, false)}
`;
  writeFileSync(REPORT, report);
  console.log(report);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
