// The detail screen of one briefing: overview, programme, speakers, statements and quotes, figures,
// organizations, media links, and sources with their corrections.
import { CAPACITY_LABELS, MEETING_TYPE_LABELS, TOPIC_LABELS, formatVenue, meetingRecord, sourceCorrections, getSource } from "@briefings/core";
import type { Figure, Organization, Participant } from "@briefings/core";
import type { SafeDataset } from "../lib/sanitize";
import type { Block, DetailDocument } from "./document";
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

/** A date range as a reader writes it. */
export function formatDates(start: string, end: string): string {
  return start === end ? start : `${start} to ${end}`;
}

/** An organization's name with its acronym. */
export function orgName(o: Organization): string {
  return o.acronym === undefined ? o.name : `${o.name} (${o.acronym})`;
}

/** Shows line breaks of raw text on one line, and an empty string as such. */
export function inline(text: string): string {
  return text === "" ? "(nothing)" : `“${text.replace(/\n/g, "⏎")}”`;
}

/** How a participant is introduced: roles at the time, else the organization. */
export function participantRole(p: Participant): string {
  const roles = p.roles.map((r) => (r.tenure === "acting" ? `${r.titleAsStated} (acting)` : r.titleAsStated));
  const parts = [...roles];
  if (p.organization && !roles.some((r) => r.includes(p.organization!.name))) parts.push(orgName(p.organization));
  return parts.join("; ");
}

function figureText(f: Figure): string {
  const when = f.period ? ` (${formatDates(f.period.start, f.period.end)})` : f.asOf ? ` (as of ${f.asOf})` : "";
  return `${f.asStated}: ${f.measure}${when}; ${f.approximate ? "about " : ""}${f.value.toLocaleString("en")} ${f.unit}`;
}

/** The document of a briefing, or `undefined` for an unknown id. */
export function meetingDocument(dataset: SafeDataset, id: string): DetailDocument | undefined {
  const record = meetingRecord(dataset, id);
  if (!record) return undefined;
  const { meeting } = record;
  const blocks: Block[] = [];
  let section = "";
  const heading = (name: string) => {
    section = name;
    blocks.push({ section, style: "heading", text: name });
  };
  const add = (block: Omit<Block, "section">) => blocks.push({ section, ...block });
  const participants = new Map(record.speakers.map((s) => [s.participation.id, s]));
  const speakerName = (participation: string | undefined) =>
    participation === undefined ? undefined : (participants.get(participation)?.name ?? dataset.participations.find((p) => p.id === participation)?.description);

  heading("Overview");
  add({ style: "title", text: meeting.title.value });
  add({ style: "text", label: "Date", text: formatDates(meeting.dates.value.start, meeting.dates.value.end) });
  add({ style: "text", label: "Type", text: MEETING_TYPE_LABELS[meeting.type.value] ?? meeting.type.value });
  add(reviewBlock(meeting));
  for (const b of seriesBlocks(meeting)) add(b);
  for (const b of overviewDisputeBlocks(meeting)) add(b);
  if (meeting.venue) {
    add({ style: "text", label: "Venue", text: formatVenue(meeting.venue.value) });
    if (meeting.venue.note !== undefined) add({ style: "muted", text: meeting.venue.note });
  }
  for (const organizer of meeting.organizers) {
    const org = dataset.organizations.find((o) => o.id === organizer.organization);
    add({
      style: "text",
      label: organizer.role === "convener" ? "Convened by" : organizer.role === "host" ? "Hosted by" : organizer.role === "supporter" ? "Supported by" : "Co-organized by",
      text: org ? orgName(org) : organizer.organization,
      target: { kind: "organization", id: organizer.organization },
    });
  }
  if (meeting.topics.length > 0) add({ style: "text", label: "Topics", text: meeting.topics.map((t) => TOPIC_LABELS[t] ?? t).join(", ") });
  if (meeting.summary) add({ style: "text", label: "Summary", text: meeting.summary.value });
  meeting.objectives.forEach((o, i) => add({ style: "text", label: `Objective ${i + 1}`, text: o.value }));
  for (const d of meeting.documents) add({ style: "text", label: d.relation === "mandate" ? "Mandate" : "Document", text: d.symbol });
  for (const b of claimBlocks(meeting)) add(b);
  for (const n of meeting.notes) add({ style: "muted", label: "Note", text: n });

  heading("Programme");
  if (meeting.sessions.length === 0) add({ style: "muted", text: "No programme recorded." });
  for (const s of meeting.sessions) {
    const name = s.kind === "thematic" ? `Session ${s.number ?? ""}` : s.kind === "opening" ? "Opening" : s.kind === "closing" ? "Closing" : "Plenary";
    add({ style: "text", label: s.date === undefined ? name : `${name}, ${s.date}`, text: s.title?.value ?? "(untitled)" });
    if (s.summary && s.summary.value !== s.title?.value) add({ style: "muted", text: s.summary.value });
  }

  heading("Speakers");
  if (record.speakers.length === 0) add({ style: "muted", text: "No speakers recorded." });
  for (const s of record.speakers) {
    const role = participantRole(s);
    add({
      style: "text",
      label: `${s.name} (${CAPACITY_LABELS[s.participation.capacity] ?? s.participation.capacity})`,
      text: role === "" ? "role not stated" : role,
      target: s.person ? { kind: "person", id: s.person.id } : s.organization ? { kind: "organization", id: s.organization.id } : undefined,
    });
  }

  heading("Statements and quotes");
  if (record.statements.length === 0 && record.quotes.length === 0) add({ style: "muted", text: "No statements recorded." });
  for (const st of record.statements) {
    const participant = participants.get(st.participation);
    add({
      style: "text",
      label: `${speakerName(st.participation) ?? "Unknown speaker"}, ${st.kind.replace(/-/g, " ")}`,
      text: st.text,
      target: participant?.person ? { kind: "person", id: participant.person.id } : undefined,
    });
    for (const q of record.quotes.filter((q) => q.statement === st.id)) add({ style: "quote", text: `“${q.text}”` });
  }
  const statementIds = new Set(record.statements.map((s) => s.id));
  for (const q of record.quotes.filter((q) => q.statement === undefined || !statementIds.has(q.statement))) {
    const participant = participants.get(q.participation);
    add({ style: "quote", text: `“${q.text}” (${speakerName(q.participation) ?? "unknown speaker"})`, target: participant?.person ? { kind: "person", id: participant.person.id } : undefined });
  }

  heading("Figures");
  if (record.figures.length === 0) add({ style: "muted", text: "No figures recorded." });
  for (const f of record.figures) {
    const by = speakerName(f.participation);
    add({ style: "text", text: figureText(f) + (by === undefined ? "" : `. Stated by ${by}.`) });
  }

  heading("Disputed facts");
  for (const b of disputeBlocks(meeting, record.figures)) add(b);

  heading("Organizations");
  if (record.organizations.length === 0) add({ style: "muted", text: "No organizations recorded." });
  for (const o of record.organizations) add({ style: "text", text: `${orgName(o)}, ${o.kind.replace(/-/g, " ")}`, target: { kind: "organization", id: o.id } });
  for (const b of mentionBlocks(dataset, meeting)) add(b);

  heading("Media");
  if (meeting.media.length === 0) add({ style: "muted", text: "No media links recorded." });
  for (const m of meeting.media) {
    const status = m.status === "target-lost" ? "LOST: the link's target is lost" : m.status === "recovered" ? "recovered" : "ok";
    add({ style: "text", label: `${m.label} [${status}]`, text: m.url ?? "no address" });
    if (m.note !== undefined) add({ style: "muted", text: m.note });
  }

  heading("Related meetings");
  for (const b of relatedBlocks(dataset, meeting)) add(b);

  heading("Sources and corrections");
  for (const sourceId of meeting.sources) {
    const source = getSource(dataset, sourceId);
    if (!source) {
      add({ style: "muted", text: `Unknown source ${sourceId}` });
      continue;
    }
    add({ style: "title", text: source.title });
    add({ style: "text", label: "Kind", text: [source.kind.replace(/-/g, " "), source.published ?? "", source.archive ? "archived" : "cited"].filter((s) => s !== "").join(", ") });
    for (const l of source.locations) add({ style: "muted", label: `${l.role} (${l.status})`, text: l.url ?? l.path ?? "" });
    if (source.note !== undefined) add({ style: "muted", text: source.note });
    for (const c of sourceCorrections(dataset, sourceId)) {
      add({ style: "text", label: `Correction, ${c.kind.replace(/-/g, " ")} (${c.action})`, text: `${inline(c.before)} → ${inline(c.after)}` });
      add({ style: "muted", text: `${c.rationale} (confidence ${c.confidence})` });
    }
  }
  return { kind: "Briefing", title: meeting.title.value, blocks };
}
