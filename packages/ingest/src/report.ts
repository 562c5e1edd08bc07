// The human-readable report: each repair and each fact with its evidence (exact text and offsets).
// Everything printed passes through core's `neutralize` (terminal style): no control characters or
// escape sequences from the input reach the terminal.
import { neutralize } from "@briefings/core/text";
import type { IngestResult } from "./ingest";

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** Name of the input shown in the header. */
  inputName?: string;
  /** Where the draft was written, if it was. */
  writtenTo?: string;
  /** Longest quoted text, in code points, before it is shortened with "…". */
  width?: number;
  /** The command's name in the header (default `briefings-ingest`; `briefings ingest` when run through `briefings`). */
  command?: string;
}

const terminalSafe = (text: string) => neutralize(text, "terminal");

const clip = (s: string, width: number) => {
  const cps = Array.from(s);
  return cps.length <= width ? s : `${cps.slice(0, width - 1).join("")}…`;
};
const quote = (s: string, width: number) => terminalSafe(JSON.stringify(clip(s, width)));

/** Renders the result of ingesting one press release as plain text. */
export function renderReport(result: IngestResult, options: ReportOptions = {}): string {
  const width = options.width ?? 100;
  const lines: string[] = [];
  const { draft } = result;
  lines.push(
    `${options.command ?? "briefings-ingest"}: ${terminalSafe(options.inputName ?? "(input)")} — ${result.input.bytes} bytes, ${result.input.encoding}, ${result.input.mediaType}, sha256 ${result.input.sha256.slice(0, 16)}…`,
  );
  lines.push(
    `Draft ${result.valid ? "VALID" : `INVALID (${result.problems.length} problem${result.problems.length === 1 ? "" : "s"})`}: meeting ${draft.meeting.id}${draft.links.meeting.existing ? " (already in the dataset: the draft would replace it)" : " (new)"}`,
  );
  if (options.writtenTo) lines.push(`Written to ${terminalSafe(options.writtenTo)}`);
  lines.push("");
  lines.push(`Repairs (${result.repairs.length}):`);
  if (result.repairs.length === 0) lines.push("  none: the text came through clean");
  result.repairs.forEach((r, i) => {
    lines.push(`  ${i + 1}. ${r.kind} [${r.action}, confidence ${r.confidence}] at ${r.start}–${r.end}: ${quote(r.before, width / 2)} → ${r.action === "flagged" ? "(left as is)" : quote(r.after, width / 2)}`);
    lines.push(`     ${terminalSafe(clip(r.rationale, width * 2))}`);
  });
  lines.push("");
  lines.push(`Facts (${result.facts.length}):`);
  for (const f of result.facts) {
    lines.push(`  ${f.kind} [confidence ${f.confidence}]: ${terminalSafe(clip(f.value, width * 2))}`);
    for (const e of f.evidence) lines.push(`     evidence ${e.start}–${e.end}: ${quote(e.exact, width)}`);
    if (f.note) lines.push(`     note: ${terminalSafe(f.note)}`);
  }
  lines.push("");
  const links = draft.links;
  const existingPeople = links.people.filter((l) => l.existing).length;
  const existingOrgs = links.organizations.filter((l) => l.existing).length;
  lines.push(
    `Links: ${links.people.length} people (${existingPeople} existing, ${links.people.length - existingPeople} new), ${links.organizations.length} organizations (${existingOrgs} existing, ${links.organizations.length - existingOrgs} new), ${links.roles.length} posts (${links.roles.filter((l) => l.existing).length} existing)`,
  );
  lines.push(`Records: ${draft.participations.length} participations, ${draft.statements.length} statements, ${draft.quotes.length} quotes, ${draft.figures.length} figures, ${draft.corrections.length} corrections`);
  if (result.gaps.length > 0) {
    lines.push("");
    lines.push(`Not found (left empty, not guessed):`);
    for (const g of result.gaps) lines.push(`  - ${terminalSafe(g)}`);
  }
  if (result.problems.length > 0) {
    lines.push("");
    lines.push("Problems:");
    for (const p of result.problems) lines.push(`  - ${terminalSafe(p.path)} [${p.rule}]: ${terminalSafe(clip(p.message, width * 2))}`);
  }
  return `${lines.join("\n")}\n`;
}
