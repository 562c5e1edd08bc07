// Shared by the screenshot script and the end-to-end tests: Debian's Chromium, never a downloaded browser,
// and the built site served on a free loopback port.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { createStaticServer } from "./static-server.mjs";

/** The exported site. */
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "out");

/** Where Chromium is (CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launches headless Chromium.
 * @returns {Promise<import("playwright-core").Browser>}
 */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/**
 * Serves `root` (the built site by default) on a free port of 127.0.0.1.
 * @param {string} [root]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite(root = OUT_DIR) {
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`No built site in ${root}: run \`pnpm --filter @briefings/web build\` (or turbo run build) first.`);
  }
  const server = createStaticServer(root);
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done(undefined));
  });
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
