import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { HANDOFF_PREFIX } from "../src/lib/subtree-handoff";
import { CITES_SCRIPT, STATIC_SUBTREE_MARK, isPayloadFile, stripRuntime, stripSite } from "./strip-runtime.mjs";

const head =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><link rel="modulepreload" href="/c.js"/>' +
  '<script src="/_next/static/chunks/d.js" async=""></script><title>T</title><script src="/_next/static/chunks/e.js" noModule=""></script></head>';
const ld = '<script type="application/ld+json">{"name":"x \\u003c/script>"}</script>';
const flight = '<script>self.__next_f.push([1,"<script>alert(1)<\\/script> <link rel=\\"preload\\" as=\\"script\\">"])</script>';

describe("stripRuntime", () => {
  it("removes every script but JSON-LD, and the script preloads, keeping the rest byte for byte", () => {
    const page = `${head}<body><main><h1>Title</h1>${ld}<p>text &lt;script&gt;</p></main>${flight}<script id="_R_">x</script></body></html>`;
    const { html, stripped, scripts } = stripRuntime(page);
    expect(stripped).toBe(true);
    expect(scripts).toBe(4);
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><title>T</title></head>' +
        `<body><main><h1>Title</h1>${ld}<p>text &lt;script&gt;</p></main></body></html>`,
    );
  });

  it("adds the citation cards' script to a page that cites", () => {
    const { html } = stripRuntime(`${head}<body><p>Fact<sup class="cites"><span class="cite"><a href="#n">1</a></span></sup></p>${flight}</body></html>`);
    expect(html.endsWith(`<script>${CITES_SCRIPT}</script></body></html>`)).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("finds the scripts after a character whose lower case is longer (İ), leaving nothing of them", () => {
    const text = "<p>İstanbul, İzmir and Diyarbakır</p>";
    const page = `${head}<body><main>${text}</main>${flight}<SCRIPT id="_R_">x</SCRIPT><script>y</script></body></html>`;
    const { html, scripts } = stripRuntime(page);
    expect(scripts).toBe(5);
    expect(html).toBe('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><title>T</title></head>' + `<body><main>${text}</main></body></html>`);
  });

  it("keeps a page with an island as it is", () => {
    const page = `${head}<body><div data-island="search"></div>${flight}</body></html>`;
    expect(stripRuntime(page)).toEqual({ html: page, stripped: false, scripts: 0 });
  });

  it("refuses a page with an island that also holds a static subtree (it could not hydrate)", () => {
    // The mark as it sits in the page's payload, inside a script's string.
    const subtree = `<script>self.__next_f.push([1,"9:[\\"$\\",\\"$L15\\",null,{\\"handoff\\":\\"${STATIC_SUBTREE_MARK}12:0\\"}]"])</script>`;
    expect(() => stripRuntime(`${head}<body><div data-island="search"></div>${subtree}</body></html>`)).toThrow(/island .* static subtree/);
    // Without an island the payload goes, mark and all.
    expect(stripRuntime(`${head}<body><p>a</p>${subtree}</body></html>`).html).not.toContain(STATIC_SUBTREE_MARK);
  });

  it("looks for the same mark as the one the site's hand-off writes", () => {
    expect(STATIC_SUBTREE_MARK).toBe(HANDOFF_PREFIX);
  });

  it("copes with a script left open at the end", () => {
    expect(stripRuntime("<p>a</p><script>never closed").html).toBe("<p>a</p>");
  });
});

describe("stripSite", () => {
  const dir = tempDir("strip-runtime");

  it("rewrites every page of a site but those with an island, and leaves other files alone", () => {
    mkdirSync(join(dir, "a"), { recursive: true });
    mkdirSync(join(dir, "search"), { recursive: true });
    writeFileSync(join(dir, "index.html"), `${head}<body>${flight}</body></html>`);
    writeFileSync(join(dir, "a", "index.html"), `${head}<body>${flight}</body></html>`);
    writeFileSync(join(dir, "search", "index.html"), `${head}<body><div data-island="search"></div></body></html>`);
    writeFileSync(join(dir, "robots.txt"), "User-agent: *\n");
    expect(stripSite(dir)).toEqual({ pages: 2, kept: 1, payloadFiles: 0 });
    expect(readFileSync(join(dir, "a", "index.html"), "utf8")).not.toContain("<script");
    expect(readFileSync(join(dir, "search", "index.html"), "utf8")).toContain("<script");
    expect(readFileSync(join(dir, "robots.txt"), "utf8")).toBe("User-agent: *\n");
  });

  it("removes the payload files of a stripped page, and keeps those of a page with an island", () => {
    const site = join(dir, "payload");
    const payload = ["index.txt", "__next._full.txt", "__next._tree.txt", "__next.a.$d$id.__PAGE__.txt"];
    for (const page of ["", "a", "search"]) {
      mkdirSync(join(site, page), { recursive: true });
      writeFileSync(join(site, page, "index.html"), `${head}<body>${page === "search" ? '<div data-island="search"></div>' : ""}${flight}</body></html>`);
      for (const name of payload) writeFileSync(join(site, page, name), flight);
    }
    // Not a payload file: another text file, a folder named like one, a page that is not an index.
    writeFileSync(join(site, "notes.txt"), "kept");
    mkdirSync(join(site, "a", "__next.dir.txt"));
    writeFileSync(join(site, "404.html"), `${head}<body>${flight}</body></html>`);
    expect(stripSite(site)).toEqual({ pages: 3, kept: 1, payloadFiles: 8 });
    expect(readdirSync(site).sort()).toEqual(["404.html", "a", "index.html", "notes.txt", "search"]);
    expect(readdirSync(join(site, "a")).sort()).toEqual(["__next.dir.txt", "index.html"]);
    expect(readdirSync(join(site, "search")).sort()).toEqual(["index.html", ...payload].sort());
  });

  it("names the page that cannot be stripped, and fails", () => {
    const site = join(dir, "bad");
    mkdirSync(join(site, "search"), { recursive: true });
    writeFileSync(join(site, "search", "index.html"), `${head}<body><div data-island="search"></div><script>"${STATIC_SUBTREE_MARK}1:2"</script></body></html>`);
    expect(() => stripSite(site)).toThrow(`${join(site, "search", "index.html")}: the page has an island`);
  });
});

describe("isPayloadFile", () => {
  it("names index.txt and Next's __next.*.txt files, and nothing else", () => {
    expect(["index.txt", "__next._full.txt", "__next.x.__PAGE__.txt"].every(isPayloadFile)).toBe(true);
    expect(["robots.txt", "index.html", "__next.json", "x__next.a.txt", "index.txt.bak"].some(isPayloadFile)).toBe(false);
  });
});
