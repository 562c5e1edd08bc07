// Builds the cases file from the retrieved pages' records (`/work/pages/*.json`) and the seed (the
// one source whose text the repo stores, with its corrections and quotations in the dataset).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Case, correctionKind, issueLines, PageRecord, type Defect } from "./case";
import type { LooseDataset } from "./dataset";

/** A page that could not become a case, and why. */
export interface PageProblem {
  /** The file. */
  file: string;
  /** What is wrong (with the field path). */
  message: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const codePoints = (text: string) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/** Reads every `<id>.json` of a folder of retrieved pages into cases, checking each against its `.txt`. */
export function casesFromPages(dir: string): { cases: Case[]; problems: PageProblem[] } {
  const cases: Case[] = [];
  const problems: PageProblem[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  for (const file of files) {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      problems.push({ file: path, message: `not JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = PageRecord.safeParse(raw);
    if (!parsed.success) {
      for (const line of issueLines(parsed.error)) problems.push({ file: path, message: line });
      continue;
    }
    const page = parsed.data;
    if (`${page.id}.json` !== file) {
      problems.push({ file: path, message: `id: "${page.id}" is not the file's name` });
      continue;
    }
    const textPath = join(dir, `${page.id}.txt`);
    if (!existsSync(textPath)) {
      problems.push({ file: path, message: `no text beside it (${page.id}.txt)` });
      continue;
    }
    const bytes = readFileSync(textPath);
    if (sha256(bytes) !== page.sha256 || bytes.length !== page.bytes) {
      problems.push({ file: path, message: `sha256/bytes: the record says ${page.sha256.slice(0, 12)}…/${page.bytes}, the text has ${sha256(bytes).slice(0, 12)}…/${bytes.length}` });
      continue;
    }
    const length = codePoints(bytes.toString("utf8"));
    const outside = [
      ...page.defects.map((d, i) => (d.end > length ? `defects[${i}].end: ${d.end} is past the text's ${length} code points` : "")),
      ...page.quotes.map((q, i) => (q.end > length ? `quotes[${i}].end: ${q.end} is past the text's ${length} code points` : "")),
    ].filter(Boolean);
    if (outside.length > 0) {
      for (const message of outside) problems.push({ file: path, message });
      continue;
    }
    cases.push(
      Case.parse({
        id: page.id,
        url: page.url,
        query: page.query,
        ...(page.retrieved ? { retrieved: page.retrieved } : {}),
        sha256: page.sha256,
        bytes: page.bytes,
        length,
        ...(page.role ? { role: page.role } : {}),
        meetings: page.meetings,
        source: page.source,
        clean: page.clean,
        defects: page.defects,
        quotes: page.quotes,
        ...(page.notes ? { notes: page.notes } : {}),
      }),
    );
  }
  return { cases, problems };
}

/**
 * The seed as a case: its text is in the repo (`packages/core/<archive.file>`), its defects are the
 * dataset's corrections of it and its quotations the dataset's quotes with a span in it.
 */
export function seedCase(dataset: LooseDataset, repoRoot: string, seedFile = "ctc-2019-06-27-soft-targets-press-release.txt"): Case {
  const source = dataset.sources.find((s) => s.archive?.file?.endsWith(seedFile));
  if (!source?.archive?.file) throw new Error(`the dataset has no archived source whose file is ${seedFile}`);
  const file = join("packages/core", source.archive.file);
  const bytes = readFileSync(join(repoRoot, file));
  const meetings = dataset.meetings.filter((m) => m.sources?.includes(source.id)).map((m) => m.id);
  if (meetings.length === 0) throw new Error(`no meeting cites the seed source ${source.id}`);
  const defects: Defect[] = [];
  for (const c of dataset.corrections.filter((c) => c.source === source.id)) {
    const kind = correctionKind(c.kind);
    if (!kind) throw new Error(`correction ${c.id}: unknown kind ${c.kind}`);
    const action = c.action === "flagged" ? "flag" : c.after === "" ? "excise" : "repair";
    defects.push({ kind, start: c.start, end: c.end, action, ...(action === "repair" ? { after: c.after } : {}) });
  }
  defects.sort((a, b) => a.start - b.start || a.end - b.end);
  const participations = new Map(dataset.participations.map((p) => [p.id, p]));
  const quotes = dataset.quotes.flatMap((q) => {
    const span = q.evidence?.find((e) => e.kind === "span" && e.source === source.id);
    const person = participations.get(q.participation)?.person;
    return span && person && span.start !== undefined && span.end !== undefined ? [{ start: span.start, end: span.end, speaker: person }] : [];
  });
  const official = source.locations?.find((l) => l.role === "official" && l.url)?.url ?? source.locations?.find((l) => l.url)?.url;
  return Case.parse({
    id: "seed",
    file,
    url: official ?? `repo:${file}`,
    sha256: sha256(bytes),
    bytes: bytes.length,
    length: codePoints(bytes.toString("utf8")),
    role: "mirror",
    meetings,
    source: source.id,
    clean: defects.length === 0,
    defects,
    quotes: quotes.sort((a, b) => a.start - b.start),
    notes: "The seed press release (a defaced mirror copy), stored in the repo; its defects and quotations are the dataset's curated corrections and quotes.",
  });
}
