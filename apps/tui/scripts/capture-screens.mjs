#!/usr/bin/env node
// Captures the list and a briefing screen of the built binary, as text, at 100x30 (tmux capture-pane),
// into docs/screen-list.txt and docs/screen-detail.txt. Usage: node scripts/capture-screens.mjs [filter words]
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const docs = (name) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
const words = process.argv.slice(2).join(" ") || "Meza-Cuadra";
const socket = `briefings-capture-${process.pid}`;
const tmux = (...args) => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
const capture = () => tmux("capture-pane", "-p", "-t", "ui");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(text) {
  for (let i = 0; i < 400; i++) {
    const screen = capture();
    if (screen.includes(text)) return screen;
    await sleep(25);
  }
  throw new Error(`no ${JSON.stringify(text)} on screen:\n${capture()}`);
}

try {
  tmux("new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", `NO_COLOR=1 node ${cli}`);
  writeFileSync(docs("screen-list.txt"), await waitFor("↑↓ jk move"));
  tmux("send-keys", "-t", "ui", "/", ...[...words], "Enter");
  await waitFor(`/${words}`);
  tmux("send-keys", "-t", "ui", "Enter");
  writeFileSync(docs("screen-detail.txt"), await waitFor("Briefing · Overview"));
  tmux("send-keys", "-t", "ui", "q");
  console.log(`wrote ${docs("screen-list.txt")} and ${docs("screen-detail.txt")}`);
} finally {
  try {
    tmux("kill-server");
  } catch {
    // the server ended with the program
  }
}
