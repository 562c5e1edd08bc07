// After `next build`: a reader's page costs what its HTML costs. Every page of the static export is complete HTML
// (the components render on the server, links are plain <a>), so Next's client runtime (React, the router, the
// serialised component payload) buys nothing on a page with nothing interactive. This removes it from every page
// that hosts no island, and adds the one small script of the citation cards (Escape closes a card) to the pages
// that cite. A page that renders an element with `data-island` (the search page) keeps the runtime its island needs.
// The files of a stripped page's serialised payload (index.txt and __next.*.txt beside its index.html, read only by
// Next's client router) are removed too: nothing on the site can request them any more, and they were about two
// thirds of the export's bytes.
//
//   node scripts/strip-runtime.mjs [out-dir]
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lowerKeepingOffsets } from "@briefings/core";

/** The attribute that marks an element needing client code: a page with one keeps Next's runtime. */
export const ISLAND_ATTRIBUTE = "data-island";

/**
 * How the key of a static subtree starts in a page's payload (src/lib/subtree-handoff.ts, HANDOFF_PREFIX): such a
 * subtree is drawn at build time only and cannot hydrate, so a page that keeps the runtime must hold none.
 */
export const STATIC_SUBTREE_MARK = "briefings-static-subtree:";

/**
 * The citation cards' script: Escape hides an open card (hover or focus), as WCAG 1.4.13 asks of content shown on
 * hover; it shows again once the pointer or focus has left it. Everything else about the cards is CSS.
 */
export const CITES_SCRIPT =
  '(()=>{const d=document;d.addEventListener("keydown",e=>{if(e.key==="Escape")for(const c of d.querySelectorAll(".cite:hover,.cite:focus-within"))c.classList.add("dismissed")});' +
  'const r=e=>{const c=e.target instanceof Element&&e.target.closest(".cite.dismissed");if(c&&!(e.relatedTarget instanceof Node&&c.contains(e.relatedTarget)))c.classList.remove("dismissed")};' +
  'd.addEventListener("mouseout",r);d.addEventListener("focusout",r)})();';

/** Is this `<script …>` opening tag JSON-LD (data for crawlers, kept)? */
function isJsonLd(openTag) {
  return /\stype\s*=\s*["']?application\/ld\+json/i.test(openTag);
}

/** Is this `<link …>` tag a preload of a script (useless once the scripts are gone)? */
function isScriptPreload(tag) {
  return /\srel\s*=\s*["']?(?:modulepreload|preload)\b/i.test(tag) && (/\sas\s*=\s*["']?script\b/i.test(tag) || /modulepreload/i.test(tag));
}

/**
 * The page without Next's client runtime: every <script> but JSON-LD removed, script preloads removed, and the
 * citation script added before </body> when the page has citation markers. A page with an island is returned as it
 * is, unless it also holds a static subtree, which could not hydrate: that is an error. One pass over the text with
 * indexOf (linear in its length).
 * @param {string} html
 * @returns {{ html: string, stripped: boolean, scripts: number }}
 */
export function stripRuntime(html) {
  if (html.includes(`${ISLAND_ATTRIBUTE}=`)) {
    if (html.includes(STATIC_SUBTREE_MARK)) {
      throw new Error(`the page has an island (${ISLAND_ATTRIBUTE}) and a static subtree, which cannot hydrate: render that page's content without StaticSubtree`);
    }
    return { html, stripped: false, scripts: 0 };
  }
  let out = "";
  let at = 0;
  let scripts = 0;
  // Tags are found in a lower-case copy whose offsets are the page's (`toLowerCase` lengthens "İ", which would shift them).
  const lower = lowerKeepingOffsets(html);
  for (;;) {
    const script = lower.indexOf("<script", at);
    const link = lower.indexOf("<link", at);
    const next = script < 0 ? link : link < 0 ? script : Math.min(script, link);
    if (next < 0) break;
    const tagEnd = html.indexOf(">", next);
    if (tagEnd < 0) break;
    const openTag = html.slice(next, tagEnd + 1);
    if (next === link) {
      out += html.slice(at, next);
      if (!isScriptPreload(openTag)) out += openTag;
      at = tagEnd + 1;
      continue;
    }
    // The HTML parser ends a script at the first "</script", whatever it is in: so does this.
    const close = lower.indexOf("</script", tagEnd + 1);
    const closeEnd = close < 0 ? html.length : html.indexOf(">", close) + 1 || html.length;
    out += html.slice(at, next);
    if (isJsonLd(openTag)) out += html.slice(next, closeEnd);
    else scripts++;
    at = closeEnd;
  }
  out += html.slice(at);
  if (out.includes('class="cite"')) {
    const body = out.lastIndexOf("</body>");
    const tag = `<script>${CITES_SCRIPT}</script>`;
    out = body < 0 ? out + tag : `${out.slice(0, body)}${tag}${out.slice(body)}`;
  }
  return { html: out, stripped: true, scripts };
}

/** Every .html file under `dir`. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

/** Is this file name one of the payload files Next's client router reads for a page (index.txt, __next.*.txt)? */
export function isPayloadFile(name) {
  return name === "index.txt" || (name.startsWith("__next.") && name.endsWith(".txt"));
}

/** Removes the payload files beside a page's index.html; returns how many. */
function removePayload(pageDir) {
  let removed = 0;
  for (const entry of readdirSync(pageDir, { withFileTypes: true })) {
    if (!entry.isFile() || !isPayloadFile(entry.name)) continue;
    rmSync(join(pageDir, entry.name));
    removed++;
  }
  return removed;
}

/**
 * Strips every page of the site in `outDir` (each file replaced by a rename, never half-written), and removes the
 * payload files of each stripped index.html.
 */
export function stripSite(outDir) {
  let pages = 0;
  let kept = 0;
  let payloadFiles = 0;
  for (const file of htmlFiles(outDir)) {
    let result;
    try {
      result = stripRuntime(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: ${error.message}`, { cause: error });
    }
    const { html, stripped } = result;
    if (!stripped) {
      kept++;
      continue;
    }
    writeFileSync(`${file}.tmp`, html);
    renameSync(`${file}.tmp`, file);
    pages++;
    if (basename(file) === "index.html") payloadFiles += removePayload(dirname(file));
  }
  return { pages, kept, payloadFiles };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "out");
  try {
    const { pages, kept, payloadFiles } = stripSite(outDir);
    console.log(`strip-runtime: ${pages} pages as plain HTML (${payloadFiles} payload files removed), ${kept} with an island kept Next's runtime`);
  } catch (error) {
    console.error(`strip-runtime: ${outDir}: ${error.message}`);
    process.exit(1);
  }
}
