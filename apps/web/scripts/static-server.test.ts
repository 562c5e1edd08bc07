import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get } from "node:http";
import { gunzipSync } from "node:zlib";
import { tempDir } from "@briefings/testing";
import { acceptsGzip, createStaticServer, resolveFile } from "./static-server.mjs";

const root = tempDir("serve");
mkdirSync(join(root, "people", "a"), { recursive: true });
writeFileSync(join(root, "index.html"), "<h1>home</h1>");
writeFileSync(join(root, "404.html"), "<h1>missing</h1>");
writeFileSync(join(root, "people", "a", "index.html"), "<h1>a</h1>");
writeFileSync(join(root, "data.json"), "{}");
mkdirSync(join(root, "_next", "static"), { recursive: true });
writeFileSync(join(root, "_next", "static", "a1.css"), "body{}");
writeFileSync(join(root, "archive.tgz"), "not text");
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

  it("compresses text for a client that accepts gzip, and only then", async () => {
    const raw = (path: string, encoding?: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        get(`${base}${path}`, { headers: encoding === undefined ? {} : { "accept-encoding": encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => done({ headers: res.headers, body: Buffer.concat(chunks) })).on("error", fail);
        }).on("error", fail);
      });
    const zipped = await raw("/people/a/", "br, gzip;q=0.8");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("accept-encoding");
    expect(gunzipSync(zipped.body).toString()).toBe("<h1>a</h1>");
    const missing = await raw("/nope/", "gzip");
    expect(gunzipSync(missing.body).toString()).toBe("<h1>missing</h1>");
    for (const encoding of [undefined, "identity", "gzip;q=0", "br"]) {
      const plain = await raw("/people/a/", encoding);
      expect(plain.headers["content-encoding"], encoding).toBeUndefined();
      expect(plain.body.toString()).toBe("<h1>a</h1>");
    }
    // Not text: sent as it is.
    const binary = await raw("/archive.tgz", "gzip");
    expect(binary.headers["content-encoding"]).toBeUndefined();
    expect(binary.body.toString()).toBe("not text");
  });

  it("reads Accept-Encoding as HTTP does (codings, wildcards, q=0)", () => {
    expect(acceptsGzip("gzip, deflate")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("deflate, br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("lets the content-hashed build assets be cached for a year, and revalidates pages", async () => {
    expect((await fetch(`${base}/_next/static/a1.css`)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${base}/people/a/`)).headers.get("cache-control")).toBe("no-cache");
  });
});
