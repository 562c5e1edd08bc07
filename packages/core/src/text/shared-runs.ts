// Finds runs of words that a dataset's own text shares with other texts (retrieved source pages):
// the copy check behind `scripts/copy-check.ts`. The dataset may store no text of a source but the
// archived seed, so statements, summaries, notes and the like must be the curators' own words.
// Words are compared case- and punctuation-folded; every regular expression here is linear.

/** A text field of a dataset record: where it is and what it says. */
export interface TextField {
  /** Record path, e.g. `statements[2011-04-19-…-puri-opening].text`. */
  path: string;
  /** The field's text. */
  text: string;
}

/** A run of words a field shares with one or more pages. */
export interface SharedRun {
  /** The field's record path. */
  path: string;
  /** Ids of the pages holding the run (sorted). */
  pages: string[];
  /** The shared words, folded. */
  words: string[];
}

/** Default run length: 8 or more consecutive words in common count as copied. */
export const MIN_SHARED_WORDS = 8;

const NOT_WORD = /[^\p{L}\p{N}]+/u;
// Ideographic scripts never occur in the dataset's languages; on the mirrors they are injected spam
// tokens glued to real words ("the 缅北禁地Office"), so they separate words instead of joining them.
const IDEOGRAPHS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** The words of a text, case- and punctuation-folded ("Counter-Terrorism’s" → counter, terrorism, s). */
export function foldWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(IDEOGRAPHS, " ")
    .toLowerCase()
    .split(NOT_WORD)
    .filter((w) => w !== "");
}

/** Every run of `n` consecutive words of each text, mapped to the ids of the texts holding it. */
export function shingleIndex(texts: readonly { id: string; text: string }[], n = MIN_SHARED_WORDS): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const { id, text } of texts) {
    const words = foldWords(text);
    for (let i = 0; i + n <= words.length; i++) {
      const key = words.slice(i, i + n).join(" ");
      const ids = index.get(key);
      if (ids) ids.add(id);
      else index.set(key, new Set([id]));
    }
  }
  return index;
}

/**
 * The maximal runs of at least `n` words that `field` shares with the indexed pages, skipping runs of
 * `n` words that also occur in an exempt text (the archived seed, which the dataset may quote).
 */
export function sharedRuns(field: TextField, pages: Map<string, Set<string>>, exempt: ReadonlySet<string> = new Set(), n = MIN_SHARED_WORDS): SharedRun[] {
  const words = foldWords(field.text);
  const runs: SharedRun[] = [];
  let run: { start: number; end: number; pages: Set<string> } | undefined;
  const flush = () => {
    if (run) runs.push({ path: field.path, pages: [...run.pages].sort(), words: words.slice(run.start, run.end) });
    run = undefined;
  };
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(" ");
    const hit = exempt.has(key) ? undefined : pages.get(key);
    if (!hit) {
      // Stryker disable next-line all: an early flush; a miss ends the run, so the next hit (which starts a new one) or the end flushes it anyway
      if (run && i >= run.end - n + 1) flush();
      continue;
    }
    if (run && i <= run.end - n + 1) {
      run.end = i + n;
      for (const id of hit) run.pages.add(id);
    } else {
      flush();
      run = { start: i, end: i + n, pages: new Set(hit) };
    }
  }
  flush();
  return runs;
}

/**
 * Keys whose values are the sources' own words or not prose at all: names, document symbols, the
 * source text a correction replaces or a span quotes, identifiers, dates, addresses, vocabulary values.
 */
const NOT_OWN_WORDS = new Set([
  // names and numbers as the sources write them
  "titleAsStated",
  "name",
  "givenName",
  "familyName",
  "sortName",
  "alternateNames",
  "acronym",
  "honorific",
  "symbol",
  "asStated",
  "city",
  "country",
  // the archived seed, and source text quoted by a span or replaced by a correction
  "archive",
  "before",
  "after",
  "exact",
  "prefix",
  "suffix",
  // identifiers, references, dates, addresses, vocabulary values
  "id",
  "kind",
  "source",
  "sources",
  "locator",
  "meeting",
  "participation",
  "person",
  "organization",
  "parent",
  "roles",
  "session",
  "statement",
  "url",
  "recoveredUrl",
  "path",
  "sha256",
  "retrieved",
  "start",
  "end",
  "date",
  "asOf",
  "published",
  "checked",
  "language",
  "role",
  "status",
  "state",
  "mode",
  "capacity",
  "relation",
  "topics",
  "tenure",
  "publisher",
  "mediaType",
  "file",
  "action",
  "version",
  "license",
  "citation",
  "onBehalfOf",
]);

/** Keys holding a title: their text (`value`, or the string itself) is the source's; their notes are not. */
const TITLE_KEYS = new Set(["title", "alternateTitles"]);

/** The collections whose records carry text. */
const COLLECTIONS = ["meetings", "statements", "quotes", "figures", "participations", "roles", "people", "organizations", "sources", "corrections"];

/**
 * Every text field of a dataset written in the curators' words (statements, summaries, objectives,
 * claims, notes, figure measures, descriptions, …), with its record path. Titles, names, document
 * symbols and the keys of `NOT_OWN_WORDS` are left out: they are the sources' words by design (a
 * title's notes and reasons are checked).
 */
export function ownTextFields(dataset: Readonly<Record<string, unknown>>): TextField[] {
  const fields: TextField[] = [];
  const walk = (value: unknown, path: string, key: string, inTitle: boolean) => {
    if (NOT_OWN_WORDS.has(key)) return;
    const titled = inTitle || TITLE_KEYS.has(key);
    if (typeof value === "string") {
      if (!(titled && (key === "value" || TITLE_KEYS.has(key)))) fields.push({ path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`, key, titled));
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, k, titled);
    }
  };
  for (const collection of COLLECTIONS) {
    const records = dataset[collection];
    if (!Array.isArray(records)) continue;
    for (const record of records as Record<string, unknown>[]) {
      const id = typeof record.id === "string" ? record.id : "?";
      for (const [k, v] of Object.entries(record)) walk(v, `${collection}[${id}].${k}`, k, false);
    }
  }
  return fields;
}
