// Reported speech, direct quotations and figures, each tied to its speaker's participation.
import { applyCorrections } from "@briefings/core";
import type { Speaker } from "../extract";
import { slugify } from "../extract/text";
import type { Correction, DraftContext, Figure, Participation, Quote, Statement } from "./types";

const speakerName = (s: Speaker) => (s.kind === "person" ? s.person.name : s.unnamed.description);

/** Statements, quotes and figures. Quote texts are the original text with the corrections applied. */
export function buildSpeech(
  { x, recorder, meetingId, start }: DraftContext,
  participationOf: (speaker: Speaker) => Participation | undefined,
  original: string,
  corrections: readonly Correction[],
): { statements: Statement[]; quotes: Quote[]; figures: Figure[] } {
  const { fact, ev, facts } = recorder;
  const sessionIds = new Set(x.sessions.map((s) => s.id));
  const statementIds = new Map<object, string>();
  const statements: Statement[] = [];
  x.speech.statements.forEach((s, i) => {
    const participation = participationOf(s.speaker);
    if (!participation) return;
    const who = s.speaker.kind === "person" ? slugify(s.speaker.person.familyName ?? s.speaker.person.name, 3) : slugify(s.speaker.unnamed.key, 3);
    const id = `${meetingId}-statement-${who}-${i + 1}`.slice(0, 120);
    statementIds.set(s, id);
    const { evidence, confidence } = fact("statement", `${speakerName(s.speaker)}: ${s.text}`, [s.span], s.confidence);
    statements.push({ id, meeting: meetingId, ...(s.session && sessionIds.has(s.session) ? { session: s.session } : {}), participation: participation.id, kind: s.kind, text: s.text, evidence, confidence });
  });
  const quotes: Quote[] = [];
  x.speech.quotes.forEach((q, i) => {
    const participation = participationOf(q.speaker);
    if (!participation) return;
    const { evidence, confidence } = ev([q.span], q.confidence);
    const span = evidence[0]!;
    const text = applyCorrections(original, corrections, span.start, span.end).trim();
    facts.push({ kind: "quote", value: `${speakerName(q.speaker)}: “${text}”`, evidence, confidence });
    const statement = q.statement ? statementIds.get(q.statement) : undefined;
    quotes.push({ id: `${meetingId}-quote-${i + 1}`.slice(0, 120), meeting: meetingId, participation: participation.id, ...(statement ? { statement } : {}), text, evidence: [span] });
  });
  // A document's words: the quote names the document as the page does, and no participation (a document is not a participant).
  x.speech.documentQuotes.forEach((q, i) => {
    const { evidence, confidence } = ev([q.span], q.confidence);
    const span = evidence[0]!;
    const text = applyCorrections(original, corrections, span.start, span.end).trim();
    // The document's name as the repaired text writes it (it was found there).
    const title = q.document.title.trim();
    facts.push({ kind: "quote", value: `${title}: “${text}”`, evidence, confidence });
    quotes.push({ id: `${meetingId}-document-quote-${i + 1}`.slice(0, 120), meeting: meetingId, document: { title }, text, evidence: [span] });
  });
  quotes.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  const figures: Figure[] = [];
  x.figures.forEach((f, i) => {
    const participation = f.speaker ? participationOf(f.speaker) : undefined;
    const period = f.year !== undefined ? { start: `${f.year}-01-01`, end: `${f.year}-12-31` } : undefined;
    const asOf = !period && f.current && start ? start : undefined;
    const { evidence, confidence } = fact("figure", `${f.value} ${f.unit} (“${f.asStated}”${f.approximate ? ", approximate" : ""}${period ? `, ${f.year}` : ""}${asOf ? `, as of ${asOf}` : ""})`, [f.span], participation ? 0.85 : 0.75);
    figures.push({
      id: `${meetingId}-figure-${i + 1}`.slice(0, 120),
      meeting: meetingId,
      ...(participation ? { participation: participation.id } : {}),
      value: f.value,
      unit: f.unit,
      measure: f.measure,
      asStated: f.asStated,
      approximate: f.approximate,
      ...(period ? { period } : {}),
      ...(asOf ? { asOf } : {}),
      evidence,
      confidence,
    });
  });
  return { statements, quotes, figures };
}
