#!/usr/bin/env node
// Usage: ensure-debian-package.mjs <command-or-path> <debian-package>
// Makes sure a program the tests drive (Debian's chromium, tmux) is installed: on Debian as root it
// installs the package with apt-get (waiting for the dpkg lock, so parallel test tasks can share it);
// anywhere else it stops with a message saying what to install. Never downloads anything else.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const [what, pkg] = process.argv.slice(2);
if (!what || !pkg) {
  console.error("usage: ensure-debian-package.mjs <command-or-path> <debian-package>");
  process.exit(2);
}

/** Whether `name` (an absolute path, or a command looked up on PATH) is executable. */
function found(name) {
  const candidates = name.includes("/") ? [name] : (process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, name));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

if (found(what)) process.exit(0);

const root = typeof process.getuid === "function" && process.getuid() === 0;
if (!root || !found("apt-get")) {
  console.error(`${what} is missing: install the Debian package "${pkg}" (sudo apt-get install ${pkg}) and run the tests again.`);
  process.exit(1);
}
console.error(`${what} is missing: installing the Debian package "${pkg}" with apt-get.`);
const apt = (args) =>
  spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=900", ...args], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  }).status;
if (apt(["update", "-qq"]) !== 0 || apt(["install", "-y", "-qq", pkg]) !== 0 || !found(what)) {
  console.error(`Could not install "${pkg}": install it by hand (apt-get install ${pkg}).`);
  process.exit(1);
}
