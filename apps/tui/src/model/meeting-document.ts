// The detail screen of one briefing: overview (with its review state), programme, speakers, statements and
// quotes, figures, disputed facts, organizations, media links, related meetings, and sources with their
// corrections. Each fact cites its sources by number.
import {
  CAPACITY_LABELS,
  CORRECTION_ACTION_LABELS,
  CORRECTION_KIND_LABELS,
  DOCUMENT_RELATION_LABELS,
  LOCATION_ROLE_LABELS,
  LOCATION_STATUS_LABELS,
  MEDIA_STATUS_LABELS,
  MEETING_TYPE_LABELS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZER_ROLE_LABELS,
  SESSION_KIND_LABELS,
  SOURCE_KIND_LABELS,
  STATEMENT_KIND_LABELS,
  TOPIC_LABELS,
  formatDateRange,
  formatNumber,
  formatVenue,
  getOrganization,
  getSource,
  labelOf,
  lookup,
  meetingRecord,
  organizationName,
  quotedFrom,
  roleAsStated,
  sourceCorrections,
} from "@briefings/core";
import type { Figure, Participant } from "@briefings/core";
import type { SafeDataset } from "../lib/sanitize";
import { DocumentBuilder, type DetailDocument } from "./document";
import { claimBlocks, disputeBlocks, mentionBlocks, overviewDisputeBlocks, relatedBlocks, reviewBlock, seriesBlocks } from "./meeting-extras";

/** Section names of the briefing screen, in order. */
export const MEETING_SECTIONS = [
  "Overview",
  "Programme",
  "Speakers",
  "Statements and quotes",
  "Figures",
  "Disputed facts",
  "Organizations",
  "Media",
  "Related meetings",
  "Sources and corrections",
] as const;

/** Shows line breaks of raw text on one line, and an empty string as such. */
export function inline(text: string): string {
  return text === "" ? "(nothing)" : `“${text.replace(/\n/g, "⏎")}”`;
}

/** How a participant is introduced: posts at the time in the source's words, else the organization. */
export function participantRole(p: Participant): string {
  const roles = p.roles.map(roleAsStated);
  const parts = [...roles];
  if (p.organization && !roles.some((r) => r.includes(p.organization!.name))) parts.push(organizationName(p.organization));
  return parts.join("; ");
}

function figureText(f: Figure): string {
  const when = f.period ? ` (${formatDateRange(f.period, "iso")})` : f.asOf ? ` (as of ${f.asOf})` : "";
  return `${f.asStated}: ${f.measure}${when}; ${f.approximate ? "about " : ""}${formatNumber(f.value)} ${f.unit}`;
}

/** The document of a briefing, or `undefined` for an unknown id. */
export function meetingDocument(dataset: SafeDataset, id: string): DetailDocument | undefined {
  const record = meetingRecord(dataset, id);
  if (!record) return undefined;
  const { meeting } = record;
  const doc = new DocumentBuilder(dataset);
  const participants = new Map(record.speakers.map((s) => [s.participation.id, s]));
  const speakerName = (participation: string | undefined) =>
    participation === undefined ? undefined : (participants.get(participation)?.name ?? lookup(dataset).participation.get(participation)?.description);

  doc.heading("Overview");
  doc.add({ style: "title", text: meeting.title.value, evidence: meeting.title.evidence });
  doc.add({ style: "text", label: "Date", text: formatDateRange(meeting.dates.value, "iso"), evidence: meeting.dates.evidence });
  doc.add({ style: "text", label: "Type", text: labelOf(MEETING_TYPE_LABELS, meeting.type.value), evidence: meeting.type.evidence });
  doc.add(reviewBlock(meeting));
  for (const b of seriesBlocks(meeting)) doc.add(b);
  for (const b of overviewDisputeBlocks(meeting)) doc.add(b);
  if (meeting.venue) {
    doc.add({ style: "text", label: "Venue", text: formatVenue(meeting.venue.value), evidence: meeting.venue.evidence });
    if (meeting.venue.note !== undefined) doc.add({ style: "muted", text: meeting.venue.note });
  }
  for (const organizer of meeting.organizers) {
    const org = getOrganization(dataset, organizer.organization);
    doc.add({
      style: "text",
      label: labelOf(ORGANIZER_ROLE_LABELS, organizer.role),
      text: org ? organizationName(org) : organizer.organization,
      target: { kind: "organization", id: organizer.organization },
      evidence: organizer.evidence,
    });
  }
  if (meeting.topics.length > 0) doc.add({ style: "text", label: "Topics", text: meeting.topics.map((t) => labelOf(TOPIC_LABELS, t)).join(", ") });
  if (meeting.summary) doc.add({ style: "text", label: "Summary", text: meeting.summary.value, evidence: meeting.summary.evidence });
  meeting.objectives.forEach((o, i) => doc.add({ style: "text", label: `Objective ${i + 1}`, text: o.value, evidence: o.evidence }));
  for (const d of meeting.documents) doc.add({ style: "text", label: labelOf(DOCUMENT_RELATION_LABELS, d.relation), text: d.symbol, evidence: d.evidence });
  for (const b of claimBlocks(meeting)) doc.add(b);
  for (const n of meeting.notes) doc.add({ style: "muted", label: "Note", text: n });

  doc.heading("Programme").none(meeting.sessions, "No programme recorded.");
  for (const s of meeting.sessions) {
    const name = s.kind === "thematic" ? `${SESSION_KIND_LABELS.thematic} ${s.number ?? ""}` : labelOf(SESSION_KIND_LABELS, s.kind);
    doc.add({ style: "text", label: s.date === undefined ? name : `${name}, ${s.date}`, text: s.title?.value ?? "(untitled)", evidence: s.title?.evidence });
    if (s.summary && s.summary.value !== s.title?.value) doc.add({ style: "muted", text: s.summary.value, evidence: s.summary.evidence });
  }

  doc.heading("Speakers").none(record.speakers, "No speakers recorded.");
  for (const s of record.speakers) {
    const role = participantRole(s);
    doc.add({
      style: "text",
      label: `${s.name} (${labelOf(CAPACITY_LABELS, s.participation.capacity)})`,
      text: role === "" ? "role not stated" : role,
      target: s.person ? { kind: "person", id: s.person.id } : s.organization ? { kind: "organization", id: s.organization.id } : undefined,
      evidence: s.participation.evidence,
    });
  }

  doc.heading("Statements and quotes").none([...record.statements, ...record.quotes], "No statements recorded.");
  for (const st of record.statements) {
    const participant = participants.get(st.participation);
    doc.add({
      style: "text",
      label: `${speakerName(st.participation) ?? "Unknown speaker"}, ${labelOf(STATEMENT_KIND_LABELS, st.kind).toLowerCase()}`,
      text: st.text,
      target: participant?.person ? { kind: "person", id: participant.person.id } : undefined,
      evidence: st.evidence,
    });
    for (const q of record.quotes.filter((q) => q.statement === st.id)) doc.add({ style: "quote", text: `“${q.text}”${q.document ? ` (${quotedFrom(q.document)})` : ""}`, evidence: q.evidence });
  }
  const statementIds = new Set(record.statements.map((s) => s.id));
  for (const q of record.quotes.filter((q) => q.statement === undefined || !statementIds.has(q.statement))) {
    // A document's words name the document (core's wording), a participant's the speaker.
    const participant = q.participation === undefined ? undefined : participants.get(q.participation);
    doc.add({
      style: "quote",
      text: `“${q.text}” (${q.document ? quotedFrom(q.document) : (speakerName(q.participation) ?? "unknown speaker")})`,
      target: participant?.person ? { kind: "person", id: participant.person.id } : undefined,
      evidence: q.evidence,
    });
  }

  doc.heading("Figures").none(record.figures, "No figures recorded.");
  for (const f of record.figures) {
    const by = speakerName(f.participation);
    doc.add({ style: "text", text: figureText(f) + (by === undefined ? "" : `. Stated by ${by}.`), evidence: f.evidence });
  }

  doc.heading("Disputed facts");
  for (const b of disputeBlocks(meeting, record.figures)) doc.add(b);

  doc.heading("Organizations").none(record.organizations, "No organizations recorded.");
  for (const o of record.organizations) {
    doc.add({ style: "text", text: `${organizationName(o)}, ${labelOf(ORGANIZATION_KIND_LABELS, o.kind)}`, target: { kind: "organization", id: o.id } });
  }
  for (const b of mentionBlocks(dataset, meeting)) doc.add(b);

  doc.heading("Media").none(meeting.media, "No media links recorded.");
  for (const m of meeting.media) {
    const status = m.status === "target-lost" ? "LOST: the link's target is lost" : labelOf(MEDIA_STATUS_LABELS, m.status);
    doc.add({ style: "text", label: `${m.label} [${status}]`, text: m.url ?? "no address", evidence: m.evidence });
    if (m.note !== undefined) doc.add({ style: "muted", text: m.note });
  }

  doc.heading("Related meetings");
  for (const b of relatedBlocks(dataset, meeting)) doc.add(b);

  doc.heading("Sources and corrections");
  for (const sourceId of meeting.sources) {
    const source = getSource(dataset, sourceId);
    if (!source) {
      doc.add({ style: "muted", text: `Unknown source ${sourceId}` });
      continue;
    }
    doc.add({ style: "title", text: source.title });
    doc.add({
      style: "text",
      label: "Kind",
      text: [labelOf(SOURCE_KIND_LABELS, source.kind), source.published ?? "", source.archive ? "archived" : "cited"].filter((s) => s !== "").join(", "),
    });
    for (const l of source.locations) {
      doc.add({ style: "muted", label: `${labelOf(LOCATION_ROLE_LABELS, l.role)} (${labelOf(LOCATION_STATUS_LABELS, l.status)})`, text: l.url ?? l.path ?? "" });
    }
    if (source.note !== undefined) doc.add({ style: "muted", text: source.note });
    for (const c of sourceCorrections(dataset, sourceId)) {
      doc.add({
        style: "text",
        label: `Correction, ${labelOf(CORRECTION_KIND_LABELS, c.kind).toLowerCase()} (${labelOf(CORRECTION_ACTION_LABELS, c.action).toLowerCase()})`,
        text: `${inline(c.before)} → ${inline(c.after)}`,
      });
      doc.add({ style: "muted", text: `${c.rationale} (confidence ${c.confidence})` });
    }
  }
  return doc.build("Briefing", meeting.title.value);
}
