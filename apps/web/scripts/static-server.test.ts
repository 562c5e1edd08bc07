import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer, resolveFile } from "./static-server.mjs";

const root = mkdtempSync(join(tmpdir(), "briefings-serve-"));
mkdirSync(join(root, "people", "a"), { recursive: true });
writeFileSync(join(root, "index.html"), "<h1>home</h1>");
writeFileSync(join(root, "404.html"), "<h1>missing</h1>");
writeFileSync(join(root, "people", "a", "index.html"), "<h1>a</h1>");
writeFileSync(join(root, "data.json"), "{}");
writeFileSync(join(root, "..", "secret-briefings-test.txt"), "secret");

const server = createStaticServer(root);
let base = "";
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe("static server", () => {
  it("serves index.html for directories with an HTML content type", async () => {
    const res = await fetch(`${base}/people/a/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toBe("<h1>a</h1>");
  });

  it("redirects a directory without its trailing slash, keeping the query", async () => {
    const res = await fetch(`${base}/people/a?x=1`, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/people/a/?x=1");
  });

  it("serves files by extension", async () => {
    const res = await fetch(`${base}/data.json`);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("answers unknown paths with the 404 page", async () => {
    const res = await fetch(`${base}/nope/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("<h1>missing</h1>");
  });

  it("refuses methods other than GET and HEAD", async () => {
    const res = await fetch(`${base}/`, { method: "POST" });
    expect(res.status).toBe(405);
  });

  it("never serves a file outside the root", async () => {
    for (const path of ["/../secret-briefings-test.txt", "/%2e%2e/secret-briefings-test.txt", "/..%2fsecret-briefings-test.txt", "/%00"]) {
      expect(await resolveFile(root, path)).toBeUndefined();
    }
    const res = await fetch(`${base}/%2e%2e/secret-briefings-test.txt`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("secret");
  });
});
