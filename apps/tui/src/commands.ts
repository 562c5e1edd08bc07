// The non-interactive commands (list, show, search): pure functions from arguments and a sanitised
// dataset to the text to print and the exit status, so they are tested without a process.
import { MEETING_TYPE_LABELS, MEETING_TYPES, getMeeting, getOrganization, getPerson, meetingRecord, searchDataset, sourceCorrections } from "@briefings/core";
import { neutralize, safeJson } from "@briefings/core/text";
import { briefingRows, filterRows } from "./lib/filter";
import type { SafeDataset } from "./lib/sanitize";
import { fit, truncate } from "./lib/wrap";
import { layoutDocument, type DetailDocument } from "./model/document";
import { meetingDocument, participantRole } from "./model/meeting-document";
import { organizationDocument } from "./model/organization-document";
import { personDocument } from "./model/person-document";

/** What a command prints and how it exits. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  /** 0 success, 1 not found or bad data, 2 usage error. */
  code: number;
}

/** Options of the commands. */
export interface CommandOptions {
  json?: boolean | undefined;
  year?: string | undefined;
  type?: string | undefined;
  /** Columns to fit human output into; `undefined` (output not to a terminal) cuts nothing, and wraps `show` at 80. */
  width?: number | undefined;
}

const ok = (stdout: string): CommandResult => ({ stdout, stderr: "", code: 0 });
// Messages can echo what the user typed: it is neutralised like data.
const sanitizeText = (text: string) => neutralize(text, "terminal");
const usage = (message: string): CommandResult => ({ stdout: "", stderr: `briefings: ${sanitizeText(message)}\nTry 'briefings --help'.\n`, code: 2 });
const notFound = (message: string): CommandResult => ({ stdout: "", stderr: `briefings: ${sanitizeText(message)}\n`, code: 1 });

/** `briefings list`: every briefing (optionally of one year and type), newest first. */
export function listCommand(dataset: SafeDataset, options: CommandOptions): CommandResult {
  let year: number | undefined;
  if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year)) return usage(`--year must be a four-digit year, not "${options.year}"`);
    year = Number(options.year);
  }
  if (options.type !== undefined && !(MEETING_TYPES as readonly string[]).includes(options.type)) {
    return usage(`--type must be one of ${MEETING_TYPES.join(", ")}; got "${options.type}"`);
  }
  const rows = filterRows(briefingRows(dataset), { query: "", year, type: options.type });
  if (options.json) return ok(`${safeJson(rows.map(({ id, date, type, title }) => ({ id, date, type, title })))}\n`);
  const titleWidth = options.width === undefined ? Infinity : Math.max(20, options.width - 10 - 2 - 26 - 2);
  const lines = rows.map((r) => `${r.date}  ${fit(r.typeLabel, 26)}  ${truncate(r.title, titleWidth)}\n            ${r.id}`);
  return ok(`${lines.join("\n")}${lines.length ? "\n" : ""}${rows.length} briefing${rows.length === 1 ? "" : "s"}\n`);
}

function documentText(doc: DetailDocument, width: number): string {
  return `${layoutDocument(doc, Math.max(20, width)).lines.map((l) => l.text.trimEnd()).join("\n")}\n`;
}

/** `briefings show <id>`: one briefing in full (or a person or organization, by their id). */
export function showCommand(dataset: SafeDataset, id: string | undefined, options: CommandOptions): CommandResult {
  if (id === undefined || id === "") return usage("show needs the id of a briefing (see 'briefings list')");
  if (getMeeting(dataset, id)) {
    if (options.json) {
      const record = meetingRecord(dataset, id)!;
      return ok(
        `${safeJson({
          meeting: record.meeting,
          speakers: record.speakers.map((s) => ({
            name: s.name,
            person: s.person?.id,
            capacity: s.participation.capacity,
            role: participantRole(s),
            organization: s.organization?.id,
          })),
          statements: record.statements,
          quotes: record.quotes,
          figures: record.figures,
          organizations: record.organizations,
          sources: record.meeting.sources.map((sid) => ({
            ...dataset.sources.find((s) => s.id === sid),
            archive: undefined,
            corrections: sourceCorrections(dataset, sid),
          })),
        })}\n`,
      );
    }
    return ok(documentText(meetingDocument(dataset, id)!, options.width ?? 80));
  }
  if (getPerson(dataset, id)) return options.json ? ok(`${safeJson(getPerson(dataset, id))}\n`) : ok(documentText(personDocument(dataset, id)!, options.width ?? 80));
  if (getOrganization(dataset, id)) {
    return options.json ? ok(`${safeJson(getOrganization(dataset, id))}\n`) : ok(documentText(organizationDocument(dataset, id)!, options.width ?? 80));
  }
  return notFound(`no briefing, person or organization with id "${id}" (see 'briefings list' or 'briefings search')`);
}

/** `briefings search <words>`: briefings, people, organizations, quotes, figures and statements found. */
export function searchCommand(dataset: SafeDataset, words: readonly string[], options: CommandOptions): CommandResult {
  const query = words.join(" ").trim();
  if (query === "") return usage("search needs words to look for");
  const hits = searchDataset(dataset, query);
  if (options.json) {
    return ok(`${safeJson(hits.map((h) => ({ kind: h.document.kind, id: h.document.id, meeting: h.document.meeting, title: h.document.title, detail: h.document.detail, score: h.score })))}\n`);
  }
  if (hits.length === 0) return ok(`No matches for "${sanitizeText(query)}".\n`);
  const w = options.width === undefined ? Infinity : Math.max(20, options.width - 14);
  const lines = hits.map((h) => `${fit(h.document.kind, 12)}  ${truncate(h.document.title, w)}\n${" ".repeat(14)}${truncate(`${h.document.detail} [${h.document.meeting ?? h.document.id}]`, w)}`);
  return ok(`${lines.join("\n")}\n${hits.length} match${hits.length === 1 ? "" : "es"}\n`);
}

/** The labels of the meeting types, for the help text. */
export function typeList(): string {
  return MEETING_TYPES.map((t) => `${t} (${MEETING_TYPE_LABELS[t]})`).join(", ");
}
