// Participations (who took part: named speakers, unnamed ones, organizations represented) and the
// programme's sessions they are tied to.
import type { PersonFact, Speaker } from "../extract";
import type { DraftContext, Meeting, Participation } from "./types";

/** The sessions of the programme, with their titles and summaries. */
export function buildSessions({ x, recorder }: DraftContext): NonNullable<Meeting["sessions"]> {
  const { fact } = recorder;
  return x.sessions.map((s) => {
    const title = s.title ? (() => { const e = fact("session", `${s.id} title: ${s.title.value}`, [s.title.span], 0.9); return { value: s.title.value, evidence: e.evidence, confidence: e.confidence }; })() : undefined;
    const summary = s.summary ? (() => { const e = fact("session", `${s.id} summary: ${s.summary.value}`, [s.summary.span], 0.9); return { value: s.summary.value, evidence: e.evidence, confidence: e.confidence }; })() : undefined;
    if (!title && !summary) fact("session", s.id, [s.span], 0.8, "The text mentions the session but gives no title or summary.");
    return { id: s.id, kind: s.kind, ...(s.number !== undefined ? { number: s.number } : {}), ...(title ? { title } : {}), ...(summary ? { summary } : {}) };
  });
}

/** The participations, and a lookup of a speaker's participation. */
export function buildParticipations(
  { x, recorder, meetingId }: DraftContext,
  personIds: ReadonlyMap<PersonFact, string>,
  roleIdsOf: ReadonlyMap<PersonFact, string[]>,
): { participations: Participation[]; participationOf: (speaker: Speaker) => Participation | undefined } {
  const { fact } = recorder;
  const sessionIds = new Set(x.sessions.map((s) => s.id));
  const participations: Participation[] = [];
  const participationOf = (speaker: Speaker) => participations.find((p) => (speaker.kind === "person" ? p.person === personIds.get(speaker.person) : p.id === `${meetingId}-${speaker.unnamed.key}`));
  for (const p of x.people) {
    const personId = personIds.get(p)!;
    const session = x.speech.sessionOf.get(p);
    const chair = p.chaired || p.roles.some((r) => /^(?:Chair|Chairman|Chairperson|Chairwoman)$/u.test(r.title) && (r.org.id === "ctc" || /Committee/u.test(r.org.name)));
    const chairRole = p.roles.find((r) => /^Chair/u.test(r.title));
    const org = chair && chairRole ? chairRole.org : (p.roles[0]?.org ?? p.affiliation);
    const stop = x.doc.text.indexOf(". ", p.intro.end);
    const keynote = /\bkeynote\b/iu.test(x.doc.text.slice(Math.max(0, p.intro.start - 60), stop < 0 ? p.intro.end + 200 : Math.min(stop, p.intro.end + 200)));
    const spans = session ? [{ start: Math.min(session.span.start, p.intro.start), end: Math.max(p.intro.end, Math.min(session.span.end, p.intro.end)) }] : [p.intro];
    const { evidence, confidence } = fact("speaker", `${p.honorific ? `${p.honorific} ` : ""}${p.name}${p.roles.length ? `, ${p.roles.map((r) => `${r.title} (${r.org.id})`).join("; ")}` : p.affiliation ? ` (${p.affiliation.id})` : ""}`, spans, p.roles.length > 0 ? 0.9 : 0.7);
    participations.push({
      id: `${meetingId}-${personId}`.slice(0, 120),
      meeting: meetingId,
      ...(session && sessionIds.has(session.session) ? { session: session.session } : {}),
      person: personId,
      roles: roleIdsOf.get(p) ?? [],
      ...(org ? { organization: org.id } : {}),
      capacity: chair ? "chair" : keynote ? "keynote" : "speaker",
      evidence,
      confidence,
      ...(p.roles.length === 0 ? { note: p.affiliation ? "The text names no post for this speaker, only the organization." : "The text names no post or organization for this speaker." } : {}),
    });
  }
  for (const u of x.speech.unnamed) {
    const spans = u.sessionSpan ? [u.sessionSpan] : [u.span];
    const description = `${u.description} (not named in the text)`;
    const { evidence, confidence } = fact("unnamed-speaker", description, spans, 0.85);
    participations.push({
      id: `${meetingId}-${u.key}`.slice(0, 120),
      meeting: meetingId,
      ...(u.session && sessionIds.has(u.session) ? { session: u.session } : {}),
      ...(u.org ? { organization: u.org.id } : {}),
      description,
      capacity: u.chair ? "chair" : "speaker",
      evidence,
      confidence,
    });
  }
  // A body speaking as a whole (the Council in its statement, "members said"): described, never given a person.
  for (const b of x.speech.bodies) {
    const { evidence, confidence } = fact("body-speaker", b.description, [b.span], 0.8);
    participations.push({
      id: `${meetingId}-${b.key}`.slice(0, 120),
      meeting: meetingId,
      ...(b.org ? { organization: b.org.id } : {}),
      description: b.description,
      capacity: "participant",
      evidence,
      confidence,
      note: "The text gives these words to the body as a whole, not to a person.",
    });
  }
  for (const r of x.represented) {
    if (participations.some((p) => p.id === `${meetingId}-represented-${r.org.id}`)) continue;
    const { evidence, confidence } = fact("represented", `${r.org.name} (${r.org.id}${r.org.existing ? "" : ", new"})`, [r.span], 0.9);
    participations.push({ id: `${meetingId}-represented-${r.org.id}`.slice(0, 120), meeting: meetingId, organization: r.org.id, capacity: "participant", evidence, confidence });
  }
  return { participations, participationOf };
}
