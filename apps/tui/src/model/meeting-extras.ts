// Blocks of the briefing screen for the review state, the disputed and uncertain facts, and the record's newer
// fields (series, claims, mentions, related meetings inside or outside the dataset).
import {
  FACT_LABELS,
  MEETING_RELATION_LABELS,
  REVIEW_STATE_LABELS,
  disputedFacts,
  factOf,
  figureFact,
  formatConfidence,
  formatPartialDate,
  labelOf,
  lookup,
  meetingFacts,
  organizationName,
} from "@briefings/core";
import type { Figure, Meeting, MeetingFact } from "@briefings/core";
import type { SafeDataset } from "../lib/sanitize";
import type { BlockInput } from "./document";

/** A block before it is put in a section (its evidence numbered by the document). */
type Item = BlockInput;

/** The review state, in the overview: curated (and when checked) or draft (and what it still needs). */
export function reviewBlock(meeting: Meeting): Item {
  const state = meeting.review?.state ?? "draft";
  const what =
    state === "curated"
      ? `every fact checked against its sources${meeting.review?.checked ? ` (last checked ${meeting.review.checked})` : ""}`
      : "an ingest draft awaiting review; facts carry the ingest's confidence";
  return { style: state === "curated" ? "text" : "title", label: "Review", text: `${labelOf(REVIEW_STATE_LABELS, state)}: ${what}${meeting.review?.note ? `. ${meeting.review.note}` : ""}` };
}

/** The series, in the overview, when a source states one. */
export function seriesBlocks(meeting: Meeting): Item[] {
  return meeting.series ? [{ style: "text", label: "Series", text: factOf("series", meeting.series).value, evidence: meeting.series.evidence }] : [];
}

/** Facts that fit no field, in the overview, each with its confidence when uncertain. */
export function claimBlocks(meeting: Meeting): Item[] {
  return (meeting.claims ?? []).map((c, i) => {
    const confidence = c.confidence !== undefined && c.confidence < 1 ? ` (confidence ${formatConfidence(c.confidence)})` : "";
    return { style: "text", label: `Also stated ${i + 1}`, text: `${c.value}${confidence}`, evidence: c.evidence };
  });
}

function disputeText(f: Omit<MeetingFact, "fact">): string {
  const others = f.alternatives.map((a) => `“${a.value}”${a.note ? ` (${a.note})` : ""}`).join("; ");
  return `${f.value} — other sources give: ${others}.${f.preferred ? ` Preferred because: ${f.preferred}` : ""}`;
}

/**
 * The "Disputed facts" section: every fact (and figure) sources disagree on, with the other values and why the
 * record's is kept; then the facts given with less than certainty (for a draft: the ingest's confidence).
 */
export function disputeBlocks(meeting: Meeting, figures: readonly Figure[]): Item[] {
  const items: Item[] = [];
  for (const f of disputedFacts(meeting)) items.push({ style: "text", label: labelOf(FACT_LABELS, f.fact), text: disputeText(f) });
  for (const figure of figures) {
    const f = figureFact(figure);
    if (f.alternatives.length > 0) items.push({ style: "text", label: `Figure, ${figure.measure}`, text: disputeText(f) });
  }
  const uncertain = meetingFacts(meeting).filter((f) => f.confidence !== undefined && f.confidence < 1 && f.fact !== "claim");
  for (const f of uncertain) items.push({ style: "muted", label: `${labelOf(FACT_LABELS, f.fact)}, confidence ${formatConfidence(f.confidence)}`, text: f.value });
  if (items.length === 0) items.push({ style: "muted", text: "No source disagrees with another on this meeting, and every fact is certain." });
  return items;
}

/** In the overview, beside the facts: which of them other sources give differently (the values and reasons are in "Disputed facts"). */
export function overviewDisputeBlocks(meeting: Meeting): Item[] {
  return disputedFacts(meeting)
    .filter((f) => f.fact === "title" || f.fact === "dates" || f.fact === "type" || f.fact === "venue" || f.fact === "startTime" || f.fact === "series")
    .map((f) => ({ style: "muted", label: `${labelOf(FACT_LABELS, f.fact)}, other sources`, text: `${f.alternatives.map((a) => `“${a.value}”`).join("; ")} (see Disputed facts)` }));
}

/** Organizations named without taking part, for the Organizations section. */
export function mentionBlocks(dataset: SafeDataset, meeting: Meeting): Item[] {
  const l = lookup(dataset);
  return (meeting.mentions ?? []).map((m) => {
    const org = l.organization.get(m.organization);
    return {
      style: "text",
      label: "Mentioned, not taking part",
      text: `${org ? organizationName(org) : m.organization}${m.note ? ` — ${m.note}` : ""}`,
      target: { kind: "organization", id: m.organization },
    };
  });
}

/** The "Related meetings" section: meetings of the dataset (enter opens them) and meetings outside it. */
export function relatedBlocks(dataset: SafeDataset, meeting: Meeting): Item[] {
  const l = lookup(dataset);
  const items: Item[] = (meeting.related ?? []).map((r) => {
    const label = labelOf(MEETING_RELATION_LABELS, r.relation);
    const other = r.meeting === undefined ? undefined : l.meeting.get(r.meeting);
    if (other) return { style: "text", label, text: `${other.title.value} (${other.dates.value.start})`, target: { kind: "meeting", id: other.id }, evidence: r.evidence };
    if (r.external) {
      const when = r.external.date ? ` (${formatPartialDate(r.external.date, "iso")})` : "";
      return { style: "text", label, text: `${r.external.title}${when}, not in this dataset${r.external.url ? `: ${r.external.url}` : ""}`, evidence: r.evidence };
    }
    return { style: "muted", label, text: r.meeting ?? "unknown meeting" };
  });
  if (items.length === 0) items.push({ style: "muted", text: "No related meetings recorded." });
  return items;
}
