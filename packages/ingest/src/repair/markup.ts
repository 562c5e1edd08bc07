import type { Edit } from "./types";

const TAGS = new Set(
  "a abbr article aside audio b big blockquote body br button caption center cite code col dd del details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label li link main mark meta nav noscript ol p picture pre q s script section small source span strike strong style sub summary sup table tbody td tfoot th thead time title tr tt u ul video wbr".split(
    " ",
  ),
);
const BLOCK = new Set(
  "article aside blockquote body center dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section summary table tbody tfoot thead title tr ul".split(" "),
);
const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”",
  ndash: "–", mdash: "—", hellip: "…", bull: "•", middot: "·", laquo: "«", raquo: "»", copy: "©", reg: "®", trade: "™",
  euro: "€", pound: "£", deg: "°", eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", aacute: "á", agrave: "à", acirc: "â",
  atilde: "ã", auml: "ä", aring: "å", ccedil: "ç", iacute: "í", icirc: "î", iuml: "ï", ntilde: "ñ", oacute: "ó", ocirc: "ô",
  otilde: "õ", ouml: "ö", uacute: "ú", ucirc: "û", uuml: "ü", Eacute: "É", Egrave: "È", Aacute: "Á", Ccedil: "Ç", Ouml: "Ö",
  Uuml: "Ü", szlig: "ß", oslash: "ø", Oslash: "Ø", aelig: "æ", shy: "\u00ad", thinsp: "\u2009", ensp: "\u2002", emsp: "\u2003",
};

interface Tag {
  s: number;
  e: number;
  name: string;
}

/** Finds `needle` at or after `from`, remembering the last hit so that a left-to-right scan stays linear. */
function makeFinder(text: string, needle: string): (from: number) => number {
  let last = -2;
  return (from) => {
    if (last === -1 || (last >= from && last !== -2)) return last;
    last = text.indexOf(needle, from);
    return last;
  };
}

const MAX_TAG = 2000;

/** Scans for raw tags (<p ...>), escaped tags (&lt;p&gt;) and comments; linear time. */
function findTags(text: string): Tag[] {
  const tags: Tag[] = [];
  const nextGt = makeFinder(text, ">");
  const nextLt = makeFinder(text, "<");
  const nextEGt = makeFinder(text, "&gt;");
  const nextELt = makeFinder(text, "&lt;");
  const nextCommentEnd = makeFinder(text, "-->");
  const endFinders = new Map<string, (from: number) => number>();
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== "<" && ch !== "&") {
      i++;
      continue;
    }
    const escaped = ch === "&";
    if (escaped && !text.startsWith("&lt;", i)) {
      i++;
      continue;
    }
    const open = escaped ? 4 : 1;
    if (!escaped && text.startsWith("<!--", i)) {
      const end = nextCommentEnd(i + 4);
      if (end >= 0) {
        tags.push({ s: i, e: end + 3, name: "!--" });
        i = end + 3;
        continue;
      }
    }
    let j = i + open;
    if (text[j] === "/") j++;
    const nameStart = j;
    while (j < text.length && j - nameStart < 12 && /[A-Za-z0-9]/u.test(text[j] ?? "")) j++;
    const name = text.slice(nameStart, j).toLowerCase();
    const follow = text[j];
    if (!TAGS.has(name) || !/[a-z]/u.test(name[0] ?? "") || follow === undefined || !/[\s>/&]/u.test(follow)) {
      i++;
      continue;
    }
    const close = escaped ? nextEGt(j) : nextGt(j);
    const reopen = escaped ? nextELt(j) : nextLt(j);
    if (close < 0 || (reopen >= 0 && reopen < close) || close - i > MAX_TAG) {
      i++;
      continue;
    }
    let e = close + (escaped ? 4 : 1);
    if ((name === "script" || name === "style") && text[i + open] !== "/") {
      const key = `${escaped ? "&lt;/" : "</"}${name}`;
      let finder = endFinders.get(key);
      if (!finder) {
        finder = makeFinder(text, key);
        endFinders.set(key, finder);
      }
      const endTag = finder(e);
      if (endTag >= 0 && endTag - e < 100000) {
        const endClose = escaped ? text.indexOf("&gt;", endTag) : text.indexOf(">", endTag);
        if (endClose >= 0) e = endClose + (escaped ? 4 : 1);
      }
    }
    tags.push({ s: i, e, name });
    i = e;
  }
  return tags;
}

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

function decodeEntity(body: string): string | null {
  if (body.startsWith("#")) {
    const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    return String.fromCodePoint(cp);
  }
  return ENTITIES[body] ?? null;
}

const isWs = (ch: string | undefined): boolean => ch !== undefined && /[\s\u00a0]/u.test(ch);

/**
 * Removes HTML markup left in a text: tags (raw or escaped as &lt;p&gt;), comments and script or
 * style content; block tags become paragraph breaks (br a line break); then decodes character
 * entities (&amp; &#8217; &rsquo;). Scans left to right in linear time, whatever the input.
 */
export function detectMarkup(text: string): Edit[] {
  const edits: Edit[] = [];
  const tags = findTags(text);
  let k = 0;
  const covered: Array<[number, number]> = [];
  while (k < tags.length) {
    const first = tags[k];
    if (!first) break;
    let last = first;
    const names = [first.name];
    let inner = false;
    while (k + 1 < tags.length) {
      const nxt = tags[k + 1];
      if (!nxt || !/^[\s\u00a0]*$/u.test(text.slice(last.e, nxt.s))) break;
      if (nxt.s > last.e) inner = true;
      last = nxt;
      names.push(nxt.name);
      k++;
    }
    k++;
    let s = first.s;
    let e = last.e;
    const block = names.some((n) => BLOCK.has(n));
    const brs = names.filter((n) => n === "br").length;
    let after: string;
    if (block || brs > 0) {
      while (s > 0 && isWs(text[s - 1])) s--;
      while (e < text.length && isWs(text[e])) e++;
      after = s === 0 || e === text.length ? "" : block || brs > 1 ? "\n\n" : "\n";
    } else {
      const leftWs = s === 0 || isWs(text[s - 1]);
      const rightWs = e === text.length || isWs(text[e]);
      after = inner && !leftWs && !rightWs ? " " : "";
      if (leftWs && rightWs && s > 0) while (e < text.length && (text[e] === " " || text[e] === "\t")) e++;
    }
    covered.push([s, e]);
    edits.push({
      kind: "markup-removed",
      action: "repaired",
      s,
      e,
      after,
      rationale: `HTML markup (${[...new Set(names)].map((n) => (n === "!--" ? "comment" : `<${n}>`)).join(", ")}) left in the text is removed${after.includes("\n") ? " and kept as a paragraph break" : ""}.`,
      confidence: 0.95,
    });
  }
  // entities outside tags
  let c = 0;
  for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1)) {
    while (c < covered.length && (covered[c]?.[1] ?? 0) <= i) c++;
    const cov = covered[c];
    if (cov && cov[0] <= i) continue;
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(text);
    if (!m) continue;
    const decoded = decodeEntity(m[1] ?? "");
    if (decoded === null) continue;
    edits.push({
      kind: "markup-removed",
      action: "repaired",
      s: i,
      e: i + m[0].length,
      after: decoded,
      rationale: `The HTML entity "${m[0]}" is decoded to the character it stands for.`,
      confidence: 0.95,
    });
  }
  return edits.sort((a, b) => a.s - b.s);
}
