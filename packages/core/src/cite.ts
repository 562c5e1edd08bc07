// How to cite the dataset or one of its records (a briefing, a person, an organization): the dataset's citation
// with the record's address and the data version, as a plain reference, BibTeX and CSL-JSON. The site, the
// exports and the terminal all cite through here, so a record is cited the same way wherever it is read.
import { formatDate, organizationName } from "./format";
import { getMeeting } from "./queries/meetings";
import { getOrganization } from "./queries/organizations";
import { getPerson } from "./queries/people";
import type { Dataset } from "./schemas/dataset";

/** The dataset's title (its `citation` starts with it: a test keeps the two together). */
export const DATASET_TITLE = "Briefings: a provenance-tracked dataset of UN Security Council Counter-Terrorism Committee meetings";

/** Kinds of record that can be cited on their own. */
export const CITED_KINDS = ["briefing", "person", "organization"] as const;

/** A kind of record that can be cited on its own. */
export type CitedKind = (typeof CITED_KINDS)[number];

/** The site path of each cited kind (`/briefings/<id>/`, …). */
export const RECORD_PATHS: Readonly<Record<CitedKind, string>> = { briefing: "briefings", person: "people", organization: "organizations" };

/** What a citation says, before it is written in a style. */
export interface Citation {
  /** The dataset as a whole, or the kind of record cited. */
  kind: "dataset" | CitedKind;
  /** The record's id (`"briefings"` for the dataset). */
  id: string;
  /** The record's title: a briefing's title, a person's or organization's name; the dataset's title. */
  title: string;
  /** What the record is, in words ("Briefing of 27 June 2019", "Person", "Organization"). */
  description: string;
  /** A briefing's first day (ISO). */
  date?: string | undefined;
  /** The record's address (absolute), when the site's origin is known. */
  url?: string | undefined;
  /** The dataset's own citation, as the data gives it. */
  datasetCitation: string;
  /** The data version (semver). */
  version: string;
  /** The data licence (SPDX id). */
  license: string;
}

/** Options of a citation. */
export interface CiteOptions {
  /** The public origin of the site ("https://example.org"), to give the record's address; none gives no address. */
  origin?: string | undefined;
}

/** The CSL-JSON item of a citation (the fields used here; see the CSL 1.0.2 schema). */
export interface CslItem {
  id: string;
  type: "dataset";
  title: string;
  "container-title"?: string;
  genre: string;
  version: string;
  license: string;
  URL?: string;
  "event-date"?: { "date-parts": [[number, number, number]] };
  note: string;
}

/** The address of a record on the site at `origin`, with its id percent-encoded. */
export function recordUrl(origin: string, kind: CitedKind, id: string): string {
  return `${origin.replace(/\/+$/, "")}/${RECORD_PATHS[kind]}/${encodeURIComponent(id)}/`;
}

/** The citation of the dataset as a whole (its address is the site's data page). */
export function datasetCitation(dataset: Dataset, options: CiteOptions = {}): Citation {
  return {
    kind: "dataset",
    id: "briefings",
    title: DATASET_TITLE,
    description: "Dataset",
    url: options.origin === undefined ? undefined : `${options.origin.replace(/\/+$/, "")}/data/`,
    datasetCitation: dataset.citation,
    version: dataset.version,
    license: dataset.license,
  };
}

/** The citation of one record, or `undefined` when the dataset has no such record. */
export function recordCitation(dataset: Dataset, kind: CitedKind, id: string, options: CiteOptions = {}): Citation | undefined {
  const base = {
    kind,
    id,
    url: options.origin === undefined ? undefined : recordUrl(options.origin, kind, id),
    datasetCitation: dataset.citation,
    version: dataset.version,
    license: dataset.license,
  };
  switch (kind) {
    case "briefing": {
      const meeting = getMeeting(dataset, id);
      if (!meeting) return undefined;
      const date = meeting.dates.value.start;
      return { ...base, title: meeting.title.value, description: `Briefing of ${formatDate(date)}`, date };
    }
    case "person": {
      const person = getPerson(dataset, id);
      return person && { ...base, title: person.name, description: "Person" };
    }
    case "organization": {
      const org = getOrganization(dataset, id);
      return org && { ...base, title: organizationName(org), description: "Organization" };
    }
  }
}

/** A licence's usual name ("CC-BY-4.0" → "CC BY 4.0"). */
export function licenseName(license: string): string {
  return /^CC-/.test(license) ? license.replace(/-/g, " ") : license;
}

/** One line: no line breaks or runs of spaces (a reference is one paragraph). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The plain reference: the record, then the dataset's citation, the record's address and the version.
 * `“Protection of soft targets” (Briefing of 27 June 2019). In: Briefings: …, version 0.1.0, released under CC BY 4.0. https://…/briefings/…/ (data version 0.1.0).`
 */
export function citationText(c: Citation): string {
  const where = c.url === undefined ? `record “${c.id}”` : c.url;
  if (c.kind === "dataset") return oneLine(`${c.datasetCitation}${c.url === undefined ? "" : ` ${c.url}`}`);
  const dataset = /[.!?]$/.test(c.datasetCitation.trim()) ? c.datasetCitation.trim() : `${c.datasetCitation.trim()}.`;
  return oneLine(`“${c.title}” (${c.description}). In: ${dataset} ${where} (data version ${c.version}).`);
}

/** A BibTeX key for a citation: letters, digits and `-:_` only. */
export function bibtexKey(c: Citation): string {
  const key = `briefings:${c.kind === "dataset" ? "dataset" : `${c.kind}:${c.id}`}`;
  return key.replace(/[^A-Za-z0-9:_-]+/g, "-");
}

/** Text as a BibTeX field value: TeX's special characters escaped, on one line. */
export function bibtexEscape(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (ch) =>
    ch === "\\" ? "\\textbackslash{}" : ch === "~" ? "\\textasciitilde{}" : ch === "^" ? "\\textasciicircum{}" : `\\${ch}`,
  );
}

/** The BibTeX entry (`@misc`, which every BibTeX style knows; `version` and `url` for biblatex and natbib). */
export function citationBibtex(c: Citation): string {
  const fields: [string, string | undefined][] = [
    // Double braces keep the title's capitals as written.
    ["title", `{${bibtexEscape(c.title)}}`],
    ["howpublished", c.kind === "dataset" ? undefined : bibtexEscape(`Record in ${DATASET_TITLE}`)],
    ["note", bibtexEscape(`${c.description}. Data version ${c.version}, ${licenseName(c.license)}`)],
    ["version", bibtexEscape(c.version)],
    ["url", c.url === undefined ? undefined : oneLine(c.url).replace(/[{}\\]/g, encodeURIComponent)],
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([k, v]) => `  ${k.padEnd(12)} = {${v}},`);
  return `@misc{${bibtexKey(c)},\n${body.join("\n")}\n}\n`;
}

/** The CSL-JSON item (type `dataset`; a briefing carries its date as the event date). */
export function citationCsl(c: Citation): CslItem {
  const parts = c.date?.split("-").map(Number);
  return {
    id: bibtexKey(c),
    type: "dataset",
    title: oneLine(c.title),
    ...(c.kind === "dataset" ? {} : { "container-title": DATASET_TITLE }),
    genre: c.description,
    version: c.version,
    license: licenseName(c.license),
    ...(c.url === undefined ? {} : { URL: c.url }),
    ...(parts && parts.length === 3 && parts.every(Number.isInteger) ? { "event-date": { "date-parts": [[parts[0]!, parts[1]!, parts[2]!]] as [[number, number, number]] } } : {}),
    note: oneLine(c.datasetCitation),
  };
}

/** Every style of a citation at once, as the site's "Cite this record" and the exports give them. */
export function citationFormats(c: Citation): { text: string; bibtex: string; csl: CslItem } {
  return { text: citationText(c), bibtex: citationBibtex(c), csl: citationCsl(c) };
}
