// A tiny static file server for the exported site (out/): node:http only, because `next start` does not
// serve static exports. Content types by extension, index.html for directories, the site's 404 page,
// and no path traversal (every path is resolved and must stay inside the root). Text is sent gzip-compressed
// to a client that accepts it, and the content-hashed build assets (/_next/static/) are cacheable for a year,
// as any static host serves them: the browser tests and Lighthouse then measure what a reader would get.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { constants, createGzip } from "node:zlib";

/** Content types by file extension. */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Is a response of this content type worth compressing (text: HTML, CSS, scripts, JSON, SVG, XML)? */
export function compressible(type) {
  return /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/.test(type);
}

/**
 * Does this Accept-Encoding header accept gzip? A `gzip` (or `*`) coding not given q=0.
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The Cache-Control of a path: a year for the content-hashed build assets, revalidation for everything else. */
export function cacheControl(pathname) {
  return pathname.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "no-cache";
}

/**
 * The file under `root` that serves `urlPath`, or `undefined` when there is none (or the path escapes the root).
 * @param {string} root absolute directory
 * @param {string} urlPath the request's pathname, still percent-encoded
 * @returns {Promise<string | undefined>}
 */
export async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  try {
    const info = await stat(target);
    if (info.isFile()) return target;
    if (info.isDirectory()) {
      const index = join(target, "index.html");
      const indexInfo = await stat(index).catch(() => undefined);
      return indexInfo?.isFile() ? index : undefined;
    }
  } catch {
    // Not found: fall through.
  }
  if (extname(target) === "") {
    const html = `${target}.html`;
    const info = await stat(html).catch(() => undefined);
    if (info?.isFile()) return html;
  }
  return undefined;
}

/**
 * An HTTP server for the static site in `root`.
 * @param {string} root directory of the exported site
 * @returns {import("node:http").Server}
 */
export function createStaticServer(root) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { "content-type": type, "x-content-type-options": "nosniff" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      send(405, "text/plain; charset=utf-8", "Method not allowed\n");
      return;
    }
    let pathname;
    try {
      pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    } catch {
      send(400, "text/plain; charset=utf-8", "Bad request\n");
      return;
    }
    // A directory without its trailing slash: redirect, as the site's links all end with one.
    if (!pathname.endsWith("/") && extname(pathname) === "") {
      const dir = await resolveFile(base, `${pathname}/`);
      if (dir) {
        const query = (req.url ?? "").includes("?") ? (req.url ?? "").slice((req.url ?? "").indexOf("?")) : "";
        res.writeHead(308, { location: `${pathname}/${query}` });
        res.end();
        return;
      }
    }
    const file = await resolveFile(base, pathname);
    /** Sends `path` with `status`: gzip-compressed when it is text and the client accepts it. */
    const sendFile = (status, path, type, cache) => {
      const gzip = compressible(type) && acceptsGzip(req.headers["accept-encoding"]);
      res.writeHead(status, {
        "content-type": type,
        "x-content-type-options": "nosniff",
        "cache-control": cache,
        vary: "accept-encoding",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      const stream = createReadStream(path).on("error", () => res.destroy());
      if (gzip) stream.pipe(createGzip({ level: constants.Z_BEST_COMPRESSION })).pipe(res);
      else stream.pipe(res);
    };
    if (!file) {
      const notFound = await resolveFile(base, "/404.html");
      if (notFound) sendFile(404, notFound, CONTENT_TYPES[".html"], "no-cache");
      else send(404, "text/plain; charset=utf-8", "Not found\n");
      return;
    }
    const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file).toLowerCase())] ?? "application/octet-stream";
    sendFile(200, file, type, cacheControl(pathname));
  });
}
