#!/usr/bin/env node
// Benchmarks of the built binary (dist/cli.js), every figure against a baseline measured in the same run,
// interleaved (baseline, then each measurement, round after round, so machine noise hits them alike):
//   1. first frame of the full-screen UI with the curated data, through a pseudo-terminal (`script`), as a
//      ratio to a bare `node -e ''` through the same pseudo-terminal, both net of the wrapper's own cost
//      (`script` running `true`);
//   2. first frame with 1,000 and 10,000 synthetic briefings (`--data`), in seconds;
//   3. keypress to next frame at 10,000 briefings: moves, pages, ends, typing in the filter, opening.
// The UI runs as the `briefings` bin runs: dist/cli.js executed through its shebang, which carries node's flags.
// It refuses to report when the machine is loaded (1-minute load average above the number of cores, at the
// start or at any point of the run): a figure taken under load is not a result. `--allow-load` measures
// anyway and marks the report as taken under load. Writes bench/REPORT.md and bench/results.json.
// Usage: node --expose-gc bench/bench.mjs [--quick] [--runs N] [--keys N] [--sizes 1000,10000] [--allow-load]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { median, quantile as quantileSorted } from "@briefings/bench/stats";
import { writeProof } from "@briefings/core/trust";
import { validateDataset } from "@briefings/core/validate";
import { generateDataset } from "@briefings/synthetic";

const { values } = parseArgs({
  options: {
    runs: { type: "string" },
    keys: { type: "string" },
    sizes: { type: "string" },
    quick: { type: "boolean" },
    "allow-load": { type: "boolean" },
  },
});
// --quick: a small version that runs in seconds (CI runs it so the benchmark never rots).
const QUICK = values.quick ?? false;
const RUNS = Number(values.runs ?? (QUICK ? 3 : 10));
const KEYS = Number(values.keys ?? (QUICK ? 8 : 40));
const SIZES = (values.sizes ?? (QUICK ? "300" : "1000,10000")).split(",").map(Number);
const KEY_SIZE = Math.max(...SIZES);
const CORES = cpus().length;
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const REPORT = fileURLToPath(new URL("./REPORT.md", import.meta.url));
const RESULTS = fileURLToPath(new URL("./results.json", import.meta.url));
const FIRST_FRAME = "↑↓ jk move"; // the list's footer: the last line of the first frame
const TARGETS = { ratio: 2.0, frame: { 1000: 1000, 10000: 3000 }, keyP95: 16 };

// ---- load: sampled before and during the run -------------------------------------------------------------
const loads = [];
function sampleLoad() {
  const one = loadavg()[0];
  loads.push(one);
  return one;
}
function refuseIfLoaded(when) {
  const one = sampleLoad();
  if (one > CORES && !values["allow-load"]) {
    const refused = `load average ${one.toFixed(1)} above the ${CORES} cores ${when}`;
    console.error(
      `tui bench: ${refused}: refusing to report ` +
        "(a figure taken under load is not a result). bench/REPORT.md is left as it was. Run it on a quiet machine, " +
        "or pass --allow-load to measure anyway with the report marked as taken under load.",
    );
    // results.json says so (no targets), so the workspace report shows the refusal instead of older figures.
    writeFileSync(RESULTS, `${JSON.stringify({ package: "@briefings/tui", quick: QUICK, date: new Date().toISOString(), refused, loads, cores: CORES, targets: [] }, null, 2)}\n`);
    process.exit(0);
  }
}

/** The q-quantile (0..1) of unsorted samples. */
const quantile = (xs, q) => quantileSorted([...xs].sort((a, b) => a - b), q);
const ms = (x) => `${x.toFixed(1)} ms`;
const fmt = (n) => n.toLocaleString("en-US");

// ---- processes ------------------------------------------------------------------------------------------
/** Wall time of a process from spawn to exit. */
function timeProcess(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

/** Runs a command in a pseudo-terminal (`script`, 100x30); `firstOutput` resolves when `marker` (or, without one, exit) is seen. */
function inPty(command, marker) {
  const start = performance.now();
  const child = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${command}`, "/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  const listeners = new Set();
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    output += chunk;
    for (const l of listeners) l(chunk);
  });
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  const seen = new Promise((resolve, reject) => {
    if (marker === undefined) {
      exited.then(() => resolve(performance.now() - start));
      return;
    }
    const check = () => {
      if (output.includes(marker)) {
        listeners.delete(check);
        resolve(performance.now() - start);
      }
    };
    listeners.add(check);
    exited.then((code) => reject(new Error(`exited (${code}) before "${marker}":\n${output.slice(-2000)}`)));
  });
  return {
    seen,
    exited,
    /** Everything the terminal received so far. */
    get output() {
      return output;
    },
    /** Sends a key and resolves with the time until the terminal receives the next frame's first bytes. */
    press(key) {
      return new Promise((resolve, reject) => {
        const t = performance.now();
        // Every key the bench sends changes the screen: no frame within 10 s means the UI is stuck.
        const timer = setTimeout(() => {
          listeners.delete(onData);
          reject(new Error(`no frame within 10 s after key ${JSON.stringify(key)}:\n${output.slice(-2000)}`));
        }, 10_000);
        const onData = () => {
          clearTimeout(timer);
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

const quote = (args) => args.map((a) => JSON.stringify(a)).join(" ");
/** The pty wrapper alone: `script` and its shell running `true`. */
const wrapper = () => inPty("true").seen;
/** Bare node through the same wrapper. */
const bare = () => inPty(quote([process.execPath, "-e", ""])).seen;
/** Time to the UI's first frame through the same wrapper; quits the UI after it. */
async function firstFrame(args = []) {
  const ui = inPty(quote([CLI, ...args]), FIRST_FRAME);
  const t = await ui.seen;
  await ui.quit();
  return t;
}

/**
 * Time to the first frame, then enter pressed at once: the time until the next frame (a briefing opened
 * while the rest of the file is still being read). Quits the UI after it.
 */
async function firstFrameThenOpen(args) {
  const ui = inPty(quote([CLI, ...args]), FIRST_FRAME);
  const frame = await ui.seen;
  const open = await ui.press("\r");
  await ui.quit();
  return { frame, open };
}

/** A full garbage collection of this process, between measurements. */
function collectGarbage() {
  if (typeof globalThis.gc !== "function") {
    console.warn("tui bench: run with node --expose-gc (as `pnpm bench` does): without it this process may collect garbage during a measurement");
    return;
  }
  globalThis.gc();
}

// ---- the run --------------------------------------------------------------------------------------------
refuseIfLoaded("before the run");
const dir = mkdtempSync(join(tmpdir(), "briefings-tui-bench-"));
try {
  const files = {};
  for (const size of SIZES) {
    console.log(`generating a ${fmt(size)}-briefing dataset…`);
    const big = generateDataset({ briefings: size });
    // Checked once here, so the figures below are of valid data.
    const validation = validateDataset(big);
    if (!validation.ok) throw new Error(`synthetic dataset is invalid:\n${validation.problems.slice(0, 10).map((p) => `${p.path.join(".")}: ${p.message}`).join("\n")}`);
    files[size] = join(dir, `synthetic-${size}.json`);
    const bytes = Buffer.from(JSON.stringify(big));
    writeFileSync(files[size], bytes);
    // The proof that this file was validated, as \`briefings-validate\` or the build writes it: the UI then skips
    // re-validation, and (the proof records the file's layout and the list's summaries) parses nothing of it before its first frame.
    await writeProof(files[size], bytes, big);
  }
  refuseIfLoaded("after generating the data");
  // The datasets generated and validated above are garbage now (hundreds of MB in this process): collected here,
  // not in the middle of a measurement. Without this, the first PgUp read 378 and 434 ms in two runs (the UI's own
  // CPU profile shows no such pause) and 6.5 ms at most with it. `pnpm bench` runs node with --expose-gc.
  collectGarbage();

  const m = { wrapper: [], bare: [], list: [], frame: [] };
  for (const size of SIZES) {
    m[`frame${size}`] = [];
    m[`early${size}`] = [];
  }
  console.log(`start-up: ${RUNS} rounds…`);
  for (let i = 0; i < RUNS; i++) {
    // One round: the wrapper, bare node and every measurement in turn.
    m.wrapper.push(await wrapper());
    m.bare.push(await bare());
    m.frame.push(await firstFrame());
    m.list.push(await timeProcess([CLI, "list"]));
    // Big files: fewer rounds (each is seconds), still interleaved with the baseline above.
    if (i < Math.max(2, Math.ceil(RUNS / 3))) {
      for (const size of SIZES) {
        const { frame, open } = await firstFrameThenOpen(["--data", files[size]]);
        m[`frame${size}`].push(frame);
        m[`early${size}`].push(open);
      }
    }
    refuseIfLoaded(`during the run (round ${i + 1})`);
  }

  console.log(`keypress latency at ${fmt(KEY_SIZE)}: ${KEYS} presses per kind…`);
  collectGarbage();
  const started = performance.now();
  const ui = inPty(quote([CLI, "--data", files[KEY_SIZE]]), FIRST_FRAME);
  await ui.seen;
  const settle = (t = 40) => new Promise((r) => setTimeout(r, t));
  await settle(200);
  // After the first frame the UI parses the rest of the file, neutralises it and builds the filter's
  // index in steps; a query typed meanwhile says "indexing…". The time until it is all done is reported,
  // and the keys below are measured once it is (the steady state a reader types in).
  await ui.press("/");
  await settle();
  await ui.press("a");
  // Ready when a whole status line with the query is followed by no "indexing…". (The press resolves on the
  // frame's first bytes: before the query is on screen, nothing is known yet.)
  const readyBy = performance.now() + 300_000;
  const indexed = () => {
    const at = ui.output.lastIndexOf("/a▏");
    const after = at < 0 ? "" : ui.output.slice(at + 3, at + 3 + 40);
    return after.length >= 20 && !after.includes("indexing");
  };
  while (!indexed() && performance.now() < readyBy) await settle(20);
  if (!indexed()) throw new Error("the UI at 10,000 briefings was not ready within 300 s");
  const ready = performance.now() - started;
  await ui.press("\x1b");
  await settle(200);
  const keys = { move: [], page: [], ends: [], typing: [], open: [] };
  const press = async (kind, key) => {
    keys[kind].push(await ui.press(key));
    await settle();
  };
  // Kinds interleaved too. Every press changes the screen (j then k, PgDn then PgUp, G then g), so each
  // one is followed by a frame; the filter is typed and cleared within each round.
  for (let i = 0; i < Math.ceil(KEYS / 2); i++) {
    await press("move", "j");
    await press("move", "k");
    await press("page", "\x1b[6~");
    await press("page", "\x1b[5~");
    await press("ends", "G");
    await press("ends", "g");
    await ui.press("/");
    await settle();
    await press("typing", "s");
    await press("typing", "o");
    await press("typing", "\x7f");
    await press("typing", "\x7f");
    await ui.press("\x1b");
    await settle();
    if (i < 15) {
      await press("open", "\r");
      await ui.press("\x1b");
      await settle(120);
    }
  }
  await ui.quit();
  refuseIfLoaded("at the end of the run");

  // ---- report -----------------------------------------------------------------------------------------
  const W = median(m.wrapper);
  const B = median(m.bare);
  const net = (x) => x - W;
  const ratio = net(median(m.frame)) / net(B);
  const underLoad = Math.max(...loads) > CORES;
  const loadNote = `Load average (1 min) sampled ${loads.length} times: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${CORES} cores.`;
  const targets = [
    {
      id: "tui-first-frame",
      label: "Terminal UI first frame, curated data, vs bare node through the same pty (net of the wrapper)",
      target: `≤ ${TARGETS.ratio.toFixed(1)}×`,
      measured: `${ratio.toFixed(2)}× (${ms(net(median(m.frame)))} vs ${ms(net(B))})`,
      value: ratio,
      met: !underLoad && ratio <= TARGETS.ratio,
      baseline: `bare \`node -e ''\` through the same pty: ${ms(net(B))} (net of the wrapper)`,
    },
    ...SIZES.filter((s) => TARGETS.frame[s] !== undefined).map((size) => {
      const t = median(m[`frame${size}`]);
      return {
        id: `tui-first-frame-${size}`,
        label: `Terminal UI first frame with ${fmt(size)} briefings (--data)`,
        target: `≤ ${TARGETS.frame[size] / 1000} s`,
        measured: `${(t / 1000).toFixed(2)} s (${(net(t) / net(B)).toFixed(1)}× bare node)`,
        value: t,
        met: !underLoad && t <= TARGETS.frame[size],
        baseline: `bare \`node -e ''\` through the same pty: ${ms(net(B))}`,
      };
    }),
    ...(KEY_SIZE >= 10000
      ? [
          {
            id: "tui-keys",
            label: `Terminal UI keypress to frame at ${fmt(KEY_SIZE)} briefings, p95 of each kind (typing in the filter included)`,
            target: `≤ ${TARGETS.keyP95} ms`,
            measured: `${ms(Math.max(...["move", "page", "ends", "typing"].map((k) => quantile(keys[k], 0.95))))} (worst kind)`,
            value: Math.max(...["move", "page", "ends", "typing"].map((k) => quantile(keys[k], 0.95))),
            met: !underLoad && Math.max(...["move", "page", "ends", "typing"].map((k) => quantile(keys[k], 0.95))) <= TARGETS.keyP95,
            baseline: "(a time per key, 16 ms is one frame at 60 Hz)",
          },
        ]
      : []),
  ];
  const row = (name, xs, baseline) =>
    `| ${name} | ${xs.length} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} | ${baseline === undefined ? "–" : `${(net(median(xs)) / net(baseline)).toFixed(2)}×`} |`;
  const keyRow = (name, xs) => `| ${name} | ${xs.length} | ${ms(median(xs))} | ${ms(quantile(xs, 0.95))} | ${ms(Math.max(...xs))} |`;
  const report = `# Benchmarks of \`briefings\` (apps/tui)

Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm --filter @briefings/tui bench\` (\`node bench/bench.mjs${QUICK ? " --quick" : ""}\`) on
${process.platform}/${process.arch}, Node ${process.version}. The binary is \`dist/cli.js\`.
${underLoad ? "\n**Taken under load (`--allow-load`): these figures are not results; the targets are marked not met. Re-run on a quiet machine.**\n" : ""}
${loadNote} The bench refuses to report when the load average is above the number of cores.
Every figure comes from one run in which the baseline was measured interleaved with it (round after round).
Terminal figures go through a pseudo-terminal (\`script\`, 100×30); the wrapper's own cost (\`script\` running
\`true\`, median ${ms(W)}) is subtracted from both sides of the ratios.

## Targets

| Target | Goal | Measured | Met |
| --- | --- | --- | --- |
${targets.map((t) => `| ${t.label} | ${t.target} | ${t.measured} | ${t.met ? "met" : "not met"} |`).join("\n")}

## Start-up

| What | Runs | Median | Min | Max | × bare node (net of the wrapper) |
| --- | --- | --- | --- | --- | --- |
| pty wrapper alone: \`script\` running \`true\` | ${m.wrapper.length} | ${ms(W)} | ${ms(Math.min(...m.wrapper))} | ${ms(Math.max(...m.wrapper))} | – |
${row("bare `node -e ''` in the pty (baseline)", m.bare, B)}
${row("first frame of the full-screen UI, curated data", m.frame, B)}
${SIZES.map((size) => row(`first frame with ${fmt(size)} briefings (\`--data\`)`, m[`frame${size}`], B)).join("\n")}
${SIZES.map((size) => row(`enter at once after that first frame (${fmt(size)}): time to the next frame, the rest of the file still being read`, m[`early${size}`])).join("\n")}
| time until the UI at ${fmt(KEY_SIZE)} briefings has parsed, neutralised and indexed everything (the filter's "indexing…" gone), from spawn | 1 | ${ms(ready)} | – | – | – |
| \`briefings list\` (no terminal), curated data | ${m.list.length} | ${ms(median(m.list))} | ${ms(Math.min(...m.list))} | ${ms(Math.max(...m.list))} | – |

## Keypress to next frame, ${fmt(KEY_SIZE)} briefings

Time from writing a key to the pseudo-terminal until the first bytes of the next frame arrive, once the UI has
prepared everything (see the start-up table). Ink draws at most 60 frames a second; keys are 40 ms apart, so
each frame is drawn at once.

| Keys | Presses | Median | p95 | Max |
| --- | --- | --- | --- | --- |
${keyRow("j / k (move in the list)", keys.move)}
${keyRow("PgDn / PgUp", keys.page)}
${keyRow("G / g (to the ends of the list)", keys.ends)}
${keyRow("typing in the `/` filter (s, o, backspace ×2)", keys.typing)}
${keyRow("enter (open a briefing: build and lay out its document)", keys.open)}
`;
  writeFileSync(REPORT, report);
  writeFileSync(
    RESULTS,
    `${JSON.stringify({ package: "@briefings/tui", quick: QUICK, date: new Date().toISOString(), underLoad, loads, cores: CORES, targets, measurements: { ...m, keys, ready } }, null, 2)}\n`,
  );
  console.log(report);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
