// Assembles the draft record from what was extracted: every fact gets evidence spans in the
// ORIGINAL text (code points), a confidence, and links to existing people and organizations.
// Each entity is built by its own module; this one gives the ids, runs them in order, and
// validates the result.
import { getMeeting, getSource } from "@briefings/core";
import type { Extraction } from "../extract";
import { slugify } from "../extract/text";
import type { Repair } from "../repair";
import { EvidenceMapper, FactRecorder } from "./evidence";
import { buildMeeting } from "./meeting";
import { buildOrganizations } from "./organizations";
import { buildParticipations, buildSessions } from "./participations";
import { buildPeople, buildRoles } from "./people";
import { buildCorrections, buildSource } from "./source";
import { buildSpeech } from "./speech";
import type { DraftContext, DraftOptions, DraftProblem, DraftRecord, DraftResult, SourceInput } from "./types";
import { validateDraft } from "./validate";

export type { DraftLink, DraftOptions, DraftProblem, DraftRecord, DraftResult, FactLine, SourceInput } from "./types";
export { mergeDraft, validateDraft } from "./validate";

/** The order of the facts in the report. */
const ORDER = ["title", "headline", "dates", "type", "organizer", "venue", "objective", "topic", "session", "session-title", "session-summary", "document", "media", "represented", "speaker", "unnamed-speaker", "body-speaker", "statement", "quote", "figure"];

/** Builds and validates the draft record from an extraction of the repaired text. */
export function buildDraft(input: SourceInput, repaired: string, repairs: readonly Repair[], x: Extraction, options: DraftOptions): DraftResult {
  const { dataset } = options;
  const problems: DraftProblem[] = [];

  // Ids: the meeting's from its first day and the first words of its title.
  const start = x.dates?.start;
  const titleSlug = slugify(x.title?.value ?? x.doc.text.slice(0, 80), 4).replace(/(?:-(?:and|of|the|on|for|to|in|a|an|with|by))+$/u, "") || "meeting";
  const meetingId = `${start ?? "undated"}-${titleSlug}`;
  const meetingExists = getMeeting(dataset, meetingId) !== undefined;
  let sourceId = `${meetingId}-press-release`.slice(0, 120).replace(/-+$/u, "");
  if (getSource(dataset, sourceId) !== undefined) sourceId = `${sourceId}-ingested`;
  const end = x.dates?.end ?? start;
  const ctx: DraftContext = {
    dataset,
    x,
    meetingId,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    recorder: new FactRecorder(new EvidenceMapper(sourceId, input.text, repaired, repairs)),
    notes: [],
    gaps: [],
  };

  const source = buildSource(sourceId, input, x, options);
  const corrections = buildCorrections(meetingId, sourceId, repairs);
  const organizations = buildOrganizations(ctx);
  const people = buildPeople(ctx);
  const roles = buildRoles(ctx, people.ids);
  const sessions = buildSessions(ctx);
  const { participations, participationOf } = buildParticipations(ctx, people.ids, roles.idsOf);
  const { statements, quotes, figures } = buildSpeech(ctx, participationOf, input.text, corrections);
  const meeting = buildMeeting(ctx, sessions, sourceId, repairs);

  const facts = [...ctx.recorder.facts].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const draft: DraftRecord = {
    source,
    corrections,
    meeting,
    organizations: organizations.records,
    people: people.records,
    roles: roles.records,
    participations,
    statements,
    quotes,
    figures,
    links: { meeting: { id: meetingId, existing: meetingExists }, people: people.links, organizations: organizations.links, roles: roles.links },
  };
  for (const g of ctx.gaps) {
    const field = g.split(":")[0]!;
    if (["title", "dates", "organizers", "topics"].includes(field) || (field === "type" && !draft.meeting.type)) problems.push({ rule: "extraction", path: `meeting.${field}`, message: `required but not found (${g.slice(field.length + 2)})` });
  }
  problems.push(...validateDraft(draft, dataset));
  return { draft, valid: problems.length === 0, problems, facts, gaps: ctx.gaps };
}
