// The meeting: title, dates, type, organizers, venue, objectives, topics, sessions, media,
// documents and notes, each with its evidence; what is not found is listed as a gap.
import type { Repair } from "../repair";
import type { DraftContext, DraftRecord, Meeting } from "./types";

/** The meeting record of the draft. */
export function buildMeeting({ x, recorder, meetingId, notes, gaps }: DraftContext, sessions: NonNullable<Meeting["sessions"]>, sourceId: string, repairs: readonly Repair[]): DraftRecord["meeting"] {
  const { fact } = recorder;
  const meeting: DraftRecord["meeting"] = { id: meetingId };
  if (x.title) {
    const e = fact("title", x.title.value, [x.title.span], x.title.confidence, x.title.note);
    meeting.title = { value: x.title.value, evidence: e.evidence, confidence: e.confidence, ...(x.title.note ? { note: x.title.note } : {}) };
    meeting.alternateTitles = [];
    if (x.title.headline && x.title.headline.value !== x.title.value) {
      const h = fact("headline", x.title.headline.value, [x.title.headline.span], 1);
      meeting.alternateTitles.push({ value: x.title.headline.value, evidence: h.evidence, confidence: h.confidence, note: "Headline of the press release." });
    }
  } else gaps.push("title: the text has no headline or quoted theme");
  if (x.dates) {
    const e = fact("dates", x.dates.start === x.dates.end ? x.dates.start : `${x.dates.start} to ${x.dates.end}`, [x.dates.span], x.dates.confidence, x.dates.note);
    meeting.dates = { value: { start: x.dates.start, end: x.dates.end }, evidence: e.evidence, confidence: e.confidence, ...(x.dates.note ? { note: x.dates.note } : {}) };
    if (x.dates.note) notes.push(x.dates.note);
  } else gaps.push("dates: no meeting date in the body or dateline");
  if (x.type) {
    const e = fact("type", x.type.value, x.type.spans, x.type.confidence, x.type.note);
    meeting.type = { value: x.type.value, evidence: e.evidence, confidence: e.confidence, ...(x.type.note ? { note: x.type.note } : {}) };
  } else {
    // Not stated: "unknown" (never guessed), resting on the opening of the text that names no type.
    const opening = x.doc.headline ?? x.doc.paragraphs[0];
    const note = "The text does not say what kind of meeting it was.";
    if (opening) {
      const e = fact("type", "unknown", [opening], 0.9, note);
      meeting.type = { value: "unknown", evidence: e.evidence, confidence: e.confidence, note };
    }
    gaps.push("type: the text does not say what kind of meeting it was (unknown)");
  }
  meeting.organizers = x.organizers.map((o) => {
    const { evidence } = fact("organizer", `${o.org.name} (${o.org.id}): ${o.role}`, o.spans, 0.9);
    return { organization: o.org.id, role: o.role, evidence };
  });
  if (meeting.organizers.length === 0) gaps.push("organizers: the text does not say who convened or hosted the meeting");
  if (x.venue) {
    const e = fact("venue", `${x.venue.mode}${x.venue.locations.length ? `: ${x.venue.locations.map((l) => `${l.name}, ${l.city}, ${l.country}${l.date ? ` (${l.date})` : ""}`).join("; ")}` : ""}`, x.venue.spans, x.venue.confidence, x.venue.note);
    meeting.venue = {
      value: { mode: x.venue.mode, locations: x.venue.locations.map((l) => ({ name: l.name, city: l.city, country: l.country, ...(l.date ? { dates: { start: l.date, end: l.date } } : {}) })) },
      evidence: e.evidence,
      confidence: e.confidence,
      ...(x.venue.note ? { note: x.venue.note } : {}),
    };
  } else gaps.push("venue: the text does not say where the meeting was held, nor that it was virtual");
  meeting.objectives = x.objectives.map((o) => {
    const e = fact("objective", o.value, o.spans, o.confidence);
    return { value: o.value, evidence: e.evidence, confidence: e.confidence };
  });
  meeting.topics = x.topics.map((t) => t.value);
  for (const t of x.topics) fact("topic", `${t.value} (keywords: ${t.keywords.join(", ")})`, t.spans, t.confidence, "Inferred from keywords.");
  if (x.topics.length > 0) {
    notes.push(`Topics inferred from keywords, not stated by the text: ${x.topics.map((t) => `${t.value} (${t.confidence}: ${t.keywords.slice(0, 3).map((k) => `“${k}”`).join(", ")})`).join("; ")}.`);
  } else gaps.push("topics: no keyword of the topic vocabulary occurs; a curator must classify the meeting");
  meeting.sessions = sessions;
  meeting.media = x.media.map((m) => {
    const { evidence } = fact("media", `${m.kind}${m.url ? `: ${m.url}` : ": target lost"}`, [m.span], 0.9);
    const span = evidence[0]!;
    const lost = repairs.some((r) => r.kind === "lost-link-target" && r.start >= span.start && r.end <= span.end);
    return {
      id: m.kind,
      kind: m.kind,
      label: m.label,
      status: m.url ? ("ok" as const) : ("target-lost" as const),
      ...(m.url ? { url: m.url } : {}),
      evidence,
      ...(m.url ? {} : { note: lost ? "The copy lost the link's text and target." : "The text refers to the material but gives no link target." }),
    };
  });
  meeting.documents = x.documents.map((d) => {
    const { evidence } = fact("document", `${d.symbol} (${d.relation})`, [d.span], 0.9);
    return { symbol: d.symbol, relation: d.relation, evidence };
  });
  meeting.sources = [sourceId];
  if (x.speech.unnamed.length > 0) notes.push(`Not named in the text: ${x.speech.unnamed.map((u) => u.description).join("; ")}.`);
  meeting.notes = [...new Set(notes)];
  meeting.review = { state: "draft", note: "Drafted by briefings-ingest: each fact carries the ingest's confidence; a curator must check every fact against the source before the record is curated." };
  if (x.people.length === 0 && x.speech.unnamed.length === 0) gaps.push("speakers: no speaker introduced with a post");
  if (x.speech.quotes.length === 0) gaps.push("quotes: no attributed direct quotation");
  if (x.figures.length === 0) gaps.push("figures: no number with a unit");
  return meeting;
}
