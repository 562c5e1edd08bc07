// Assembles the draft record from what was extracted: every fact gets evidence spans in the
// ORIGINAL text (code points), a confidence, and links to existing people and organizations.
// Then validates each part with the core schemas, and the whole by merging it into a copy of the
// dataset and running every cross-record rule.
import type { Dataset, DatasetInput, SpanEvidence } from "@briefings/core";
import { applyCorrections, normalizeName } from "@briefings/core";
import * as schemas from "@briefings/core/schemas";
import { formatPath, validateDataset } from "@briefings/core/validate";
import type { Extraction, PersonFact, Speaker } from "./extract";
import { slugify, type Span } from "./extract/text";
import { displaySafe } from "./display";
import { OffsetMap, TextIndex } from "./offsets";
import type { Repair } from "./repair";

type Source = DatasetInput["sources"][number];
type Correction = DatasetInput["corrections"][number];
type Meeting = DatasetInput["meetings"][number];
type Organization = DatasetInput["organizations"][number];
type Person = DatasetInput["people"][number];
type Role = DatasetInput["roles"][number];
type Participation = DatasetInput["participations"][number];
type Statement = DatasetInput["statements"][number];
type Quote = DatasetInput["quotes"][number];
type Figure = DatasetInput["figures"][number];

/** A link from the draft to a record: an existing one in the dataset, or a new one in the draft. */
export interface DraftLink {
  /** Id of the record. */
  id: string;
  /** `true` when the record is already in the dataset (the draft links to it instead of adding it). */
  existing: boolean;
  /** Name, for people and organizations. */
  name?: string;
}

/** The draft record of one press release: a meeting with everything it relates to, ready for curation. */
export interface DraftRecord {
  /** The press release, archived byte-exact. */
  source: Source;
  /** The repairs and flagged defects of its text. */
  corrections: Correction[];
  /** The meeting (possibly incomplete: see `valid` and `problems` of the result). */
  meeting: Partial<Meeting> & { id: string };
  /** Organizations not yet in the dataset. */
  organizations: Organization[];
  /** People not yet in the dataset. */
  people: Person[];
  /** Posts not yet in the dataset. */
  roles: Role[];
  /** Who took part. */
  participations: Participation[];
  /** Reported speech. */
  statements: Statement[];
  /** Direct quotations. */
  quotes: Quote[];
  /** Numbers cited. */
  figures: Figure[];
  /** Which records are linked, existing or new. */
  links: { meeting: DraftLink; people: DraftLink[]; organizations: DraftLink[]; roles: DraftLink[] };
}

/** Something wrong with the draft: which part, where, and what. */
export interface DraftProblem {
  /** The rule (`schema` for a schema error, `extraction` for a missing required fact). */
  rule: string;
  /** Where in the draft (`meeting.dates`, `people[0].name`). */
  path: string;
  /** What is wrong. */
  message: string;
}

/** One extracted fact, for the report: what, its value, and the evidence it rests on. */
export interface FactLine {
  /** Kind of fact ("title", "date", "speaker", "quote", ...). */
  kind: string;
  /** The value, in words. */
  value: string;
  /** Where in the original text. */
  evidence: SpanEvidence[];
  /** 0..1. */
  confidence: number;
  /** How it was derived, when not literal. */
  note?: string;
}

/** Information about the input, for the source record. */
export interface SourceInput {
  /** The original text, exactly as decoded. */
  text: string;
  /** SHA-256 of the original bytes. */
  sha256: string;
  /** Size in bytes. */
  bytes: number;
  /** Media type of the archived text. */
  mediaType: string;
  /** Charset the bytes were decoded as. */
  encoding: "utf-8" | "windows-1252";
  /** SHA-256 and size of the UTF-8 encoding of `text` (differs from the above for a transcoded input). */
  utf8?: { sha256: string; bytes: number };
}

/** Options of {@link buildDraft}. */
export interface DraftOptions {
  /** The dataset to link to and validate against. */
  dataset: Dataset;
  /** Address of the press release, when known. */
  url?: string;
  /** Name of the input file, for the source's location note. */
  fileName?: string;
  /** Day the copy was retrieved (ISO); default today. */
  retrieved?: string;
  /** Attribution of the text. */
  attribution?: string;
}

/** The draft with its validation, the extracted facts for the report, and the gaps. */
export interface DraftResult {
  /** The draft record. */
  draft: DraftRecord;
  /** `true` when every part passes the schemas and the merged dataset passes every rule. */
  valid: boolean;
  /** Every problem found. */
  problems: DraftProblem[];
  /** The facts, with their evidence, in reading order. */
  facts: FactLine[];
  /** What could not be extracted (left empty, not guessed). */
  gaps: string[];
}

const CONTEXT = 32;
const round = (n: number) => Math.round(n * 100) / 100;
const DEFAULT_ATTRIBUTION =
  "Text as received by briefings-ingest, archived unchanged for provenance. Press releases of the Counter-Terrorism Committee are © United Nations; authorship and terms to be confirmed by a curator.";

/** Maps spans of the repaired text to evidence in the original text. */
class EvidenceMapper {
  readonly #original: TextIndex;
  readonly #repaired: TextIndex;
  readonly #map: OffsetMap;

  constructor(
    readonly source: string,
    original: string,
    repaired: string,
    repairs: readonly Repair[],
  ) {
    this.#original = new TextIndex(original);
    this.#repaired = new TextIndex(repaired);
    this.#map = new OffsetMap(this.#original.length, repairs);
  }

  /** Code-point span in the original text of a UTF-16 span of the repaired text, and whether it crosses a repair. */
  locate(span: Span): { start: number; end: number; touched: boolean; repairConfidence: number } {
    const s = this.#repaired.toCodePoint(span.start);
    const e = this.#repaired.toCodePoint(span.end);
    const mapped = this.#map.toOriginal(s, e);
    let { start, end } = mapped;
    if (end <= start) {
      // Only inserted words: point at the place of the insertion and the next code point.
      end = Math.min(this.#original.length, start + 1);
      if (end <= start) start = Math.max(0, end - 1);
      return { start, end, touched: true, repairConfidence: mapped.repairConfidence };
    }
    return mapped;
  }

  /** Evidence for a repaired span, and the factor by which a fact's confidence is lowered when it crosses a repair. */
  evidence(span: Span): { evidence: SpanEvidence; factor: number } {
    const { start, end, touched, repairConfidence } = this.locate(span);
    const prefix = this.#original.slice(Math.max(0, start - CONTEXT), start);
    const suffix = this.#original.slice(end, Math.min(this.#original.length, end + CONTEXT));
    return {
      evidence: { kind: "span", source: this.source, start, end, exact: this.#original.slice(start, end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
      factor: touched ? Math.min(0.9, repairConfidence) : 1,
    };
  }
}

/** Today as an ISO date. */
const today = () => new Date().toISOString().slice(0, 10);

/** Builds and validates the draft record from an extraction of the repaired text. */
export function buildDraft(input: SourceInput, repaired: string, repairs: readonly Repair[], x: Extraction, options: DraftOptions): DraftResult {
  const { dataset } = options;
  const facts: FactLine[] = [];
  const gaps: string[] = [];
  const problems: DraftProblem[] = [];
  const notes: string[] = [];

  // Ids: the meeting's from its first day and the first words of its title.
  const start = x.dates?.start;
  const titleSlug = slugify(x.title?.value ?? x.doc.text.slice(0, 80), 4).replace(/(?:-(?:and|of|the|on|for|to|in|a|an|with|by))+$/u, "") || "meeting";
  const meetingId = `${start ?? "undated"}-${titleSlug}`;
  const meetingExists = dataset.meetings.some((m) => m.id === meetingId);
  let sourceId = `${meetingId}-press-release`.slice(0, 120).replace(/-+$/u, "");
  if (dataset.sources.some((s) => s.id === sourceId)) sourceId = `${sourceId}-ingested`;
  const mapper = new EvidenceMapper(sourceId, input.text, repaired, repairs);
  const ev = (spans: readonly Span[], base: number): { evidence: SpanEvidence[]; confidence: number } => {
    let factor = 1;
    const evidence = spans.map((s) => {
      const e = mapper.evidence(s);
      factor = Math.min(factor, e.factor);
      return e.evidence;
    });
    return { evidence, confidence: round(base * factor) };
  };
  const fact = (kind: string, value: string, spans: readonly Span[], base: number, note?: string) => {
    const { evidence, confidence } = ev(spans, base);
    facts.push({ kind, value, evidence, confidence, ...(note ? { note } : {}) });
    return { evidence, confidence };
  };

  // Source and corrections.
  const transcoded = input.encoding !== "utf-8";
  const location = options.url
    ? { role: "official" as const, url: options.url, status: "unverified" as const, note: "Given to briefings-ingest; not checked." }
    : {
        role: "repost" as const,
        path: `/${slugify(options.fileName ?? "stdin", 12) || "input"}`,
        status: "unverified" as const,
        note: `Ingested from ${options.fileName ? `the local file ${JSON.stringify(options.fileName.slice(0, 200))}` : "standard input"}; the document's address is not known.`,
      };
  const source: Source = {
    id: sourceId,
    title: x.title?.headline?.value ?? x.title?.value ?? "Press release (no headline found)",
    kind: "press-release",
    language: "en",
    locations: [location],
    ...(x.dates?.dateline ? { published: x.dates.dateline.date } : {}),
    retrieved: options.retrieved ?? today(),
    archive: {
      text: input.text,
      sha256: transcoded && input.utf8 ? input.utf8.sha256 : input.sha256,
      bytes: transcoded && input.utf8 ? input.utf8.bytes : input.bytes,
      mediaType: transcoded ? "text/plain; charset=utf-8" : input.mediaType,
      file: "(ingested)",
      attribution: options.attribution ?? DEFAULT_ATTRIBUTION,
    },
    ...(transcoded ? { note: `Transcoded to UTF-8 from ${input.encoding}; the original ${input.bytes} bytes have SHA-256 ${input.sha256}.` } : {}),
  };
  const corrections: Correction[] = repairs.map((r, i) => ({
    id: `${meetingId}-correction-${i + 1}`.slice(0, 120),
    source: sourceId,
    kind: r.kind,
    action: r.action,
    start: r.start,
    end: r.end,
    before: r.before,
    after: r.after,
    rationale: displaySafe(r.rationale),
    confidence: r.confidence,
  }));
  corrections.forEach((c, i) => {
    if (c.kind !== "words-restored") return;
    const excision = corrections.find((o, j) => j !== i && o.kind === "injected-text-excised" && (o.end === c.start || o.start === c.start));
    if (excision) {
      c.related = [excision.id];
      excision.related = [...(excision.related ?? []), c.id];
    }
  });

  // Organizations: new ones become records; existing ones are linked.
  const orgLinks: DraftLink[] = [];
  const newOrgs: Organization[] = [];
  for (const org of x.organizations) {
    orgLinks.push({ id: org.id, existing: org.existing, name: org.name });
    if (org.existing) continue;
    const { evidence } = ev(org.spans.slice(0, 3), 1);
    newOrgs.push({ id: org.id, name: org.name, ...(org.acronym ? { acronym: org.acronym } : {}), alternateNames: [], kind: org.kind, evidence });
    if (org.kindInferred) notes.push(`The kind of the new organization “${org.name}” (${org.kind}) is inferred from the words of its name; check it.`);
  }

  // People: link existing ones by normalised name (or alternate name); new ones become records.
  const peopleIndex = new Map<string, string>();
  for (const p of dataset.people) for (const n of [p.name, ...p.alternateNames]) peopleIndex.set(normalizeName(n), p.id);
  const personIds = new Map<PersonFact, string>();
  const peopleLinks: DraftLink[] = [];
  const newPeople: Person[] = [];
  const takenPersonIds = new Set(dataset.people.map((p) => p.id));
  for (const p of x.people) {
    const existing = peopleIndex.get(normalizeName(p.name));
    let id = existing ?? slugify(p.name, 6);
    if (!existing) {
      for (let n = 2; takenPersonIds.has(id); n++) id = `${slugify(p.name, 6)}-${n}`;
      takenPersonIds.add(id);
      const { evidence } = ev(p.spans.slice(0, 3), 1);
      newPeople.push({
        id,
        name: p.name,
        ...(p.givenName ? { givenName: p.givenName } : {}),
        ...(p.familyName ? { familyName: p.familyName } : {}),
        sortName: p.familyName && p.givenName ? `${p.familyName}, ${p.givenName}` : p.name,
        alternateNames: [],
        evidence,
      });
    }
    personIds.set(p, id);
    peopleLinks.push({ id, existing: existing !== undefined, name: p.name });
  }

  // Roles: reuse an existing post of the person when it was held on the meeting's dates.
  const end = x.dates?.end ?? start;
  const roleLinks: DraftLink[] = [];
  const newRoles: Role[] = [];
  const roleIdsOf = new Map<PersonFact, string[]>();
  const takenRoleIds = new Set(dataset.roles.map((r) => r.id));
  for (const p of x.people) {
    const personId = personIds.get(p)!;
    const ids: string[] = [];
    for (const r of p.roles) {
      const existing = dataset.roles.find(
        (d) =>
          d.person === personId &&
          d.organization === r.org.id &&
          (d.title === r.title || d.titleAsStated === r.titleAsStated) &&
          start !== undefined &&
          (d.start === undefined || d.start <= start) &&
          (d.end === undefined || end === undefined || d.end >= end),
      );
      if (existing) {
        ids.push(existing.id);
        roleLinks.push({ id: existing.id, existing: true });
        continue;
      }
      const base = `${personId}-${slugify(r.title, 4)}-${r.org.id}`.slice(0, 100).replace(/-+$/u, "");
      let id = base;
      for (let n = 2; takenRoleIds.has(id); n++) id = `${base}-${start ?? n}${n > 2 ? `-${n}` : ""}`;
      takenRoleIds.add(id);
      const { evidence, confidence } = ev([r.span], 0.9);
      newRoles.push({
        id,
        person: personId,
        organization: r.org.id,
        title: r.title,
        titleAsStated: r.titleAsStated,
        ...(p.honorific ? { honorific: p.honorific } : {}),
        tenure: r.tenure,
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        evidence,
        confidence,
      });
      ids.push(id);
      roleLinks.push({ id, existing: false });
    }
    roleIdsOf.set(p, ids);
  }

  // Sessions.
  const sessionIds = new Set(x.sessions.map((s) => s.id));
  const sessions = x.sessions.map((s) => {
    const title = s.title ? (() => { const e = fact("session", `${s.id} title: ${s.title.value}`, [s.title.span], 0.9); return { value: s.title.value, evidence: e.evidence, confidence: e.confidence }; })() : undefined;
    const summary = s.summary ? (() => { const e = fact("session", `${s.id} summary: ${s.summary.value}`, [s.summary.span], 0.9); return { value: s.summary.value, evidence: e.evidence, confidence: e.confidence }; })() : undefined;
    if (!title && !summary) fact("session", s.id, [s.span], 0.8, "The text mentions the session but gives no title or summary.");
    return { id: s.id, kind: s.kind, ...(s.number !== undefined ? { number: s.number } : {}), ...(title ? { title } : {}), ...(summary ? { summary } : {}) };
  });

  // Participations.
  const participations: Participation[] = [];
  const participationOf = (speaker: Speaker) => participations.find((p) => (speaker.kind === "person" ? p.person === personIds.get(speaker.person) : p.id === `${meetingId}-${speaker.unnamed.key}`));
  for (const p of x.people) {
    const personId = personIds.get(p)!;
    const session = x.speech.sessionOf.get(p);
    const chair = p.chaired || p.roles.some((r) => /^(?:Chair|Chairman|Chairperson|Chairwoman)$/u.test(r.title) && (r.org.id === "ctc" || /Committee/u.test(r.org.name)));
    const chairRole = p.roles.find((r) => /^Chair/u.test(r.title));
    const org = chair && chairRole ? chairRole.org : p.roles[0]?.org;
    const stop = x.doc.text.indexOf(". ", p.intro.end);
    const keynote = /\bkeynote\b/iu.test(x.doc.text.slice(Math.max(0, p.intro.start - 60), stop < 0 ? p.intro.end + 200 : Math.min(stop, p.intro.end + 200)));
    const spans = session ? [{ start: Math.min(session.span.start, p.intro.start), end: Math.max(p.intro.end, Math.min(session.span.end, p.intro.end)) }] : [p.intro];
    const { evidence, confidence } = fact("speaker", `${p.honorific ? `${p.honorific} ` : ""}${p.name}${p.roles.length ? `, ${p.roles.map((r) => `${r.title} (${r.org.id})`).join("; ")}` : ""}`, spans, p.roles.length > 0 ? 0.9 : 0.7);
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
      ...(p.roles.length === 0 ? { note: "The text names no post or organization for this speaker." } : {}),
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
  for (const r of x.represented) {
    if (participations.some((p) => p.id === `${meetingId}-represented-${r.org.id}`)) continue;
    const { evidence, confidence } = fact("represented", `${r.org.name} (${r.org.id}${r.org.existing ? "" : ", new"})`, [r.span], 0.9);
    participations.push({ id: `${meetingId}-represented-${r.org.id}`.slice(0, 120), meeting: meetingId, organization: r.org.id, capacity: "participant", evidence, confidence });
  }

  // Statements, quotes, figures.
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
    const text = applyCorrections(input.text, corrections, span.start, span.end).trim();
    facts.push({ kind: "quote", value: `${speakerName(q.speaker)}: “${text}”`, evidence, confidence });
    const statement = q.statement ? statementIds.get(q.statement) : undefined;
    quotes.push({ id: `${meetingId}-quote-${i + 1}`.slice(0, 120), meeting: meetingId, participation: participation.id, ...(statement ? { statement } : {}), text, evidence: [span] });
  });
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

  // The meeting.
  // A draft awaits a curator's review; each fact carries the ingest's confidence.
  const meeting: DraftRecord["meeting"] = {
    id: meetingId,
    review: { state: "draft", note: "Drafted by the ingest; every fact carries its confidence and awaits a curator's check against the source." },
  };
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
  } else gaps.push("type: the text does not say what kind of meeting it was");
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
  if (x.people.length === 0 && x.speech.unnamed.length === 0) gaps.push("speakers: no speaker introduced with a post");
  if (x.speech.quotes.length === 0) gaps.push("quotes: no attributed direct quotation");
  if (x.figures.length === 0) gaps.push("figures: no number with a unit");

  const ORDER = ["title", "headline", "dates", "type", "organizer", "venue", "objective", "topic", "session", "session-title", "session-summary", "document", "media", "represented", "speaker", "unnamed-speaker", "statement", "quote", "figure"];
  facts.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const draft: DraftRecord = {
    source,
    corrections,
    meeting,
    organizations: newOrgs,
    people: newPeople,
    roles: newRoles,
    participations,
    statements,
    quotes,
    figures,
    links: { meeting: { id: meetingId, existing: meetingExists }, people: peopleLinks, organizations: orgLinks, roles: roleLinks },
  };
  for (const g of gaps) {
    const field = g.split(":")[0]!;
    if (["title", "dates", "type", "organizers", "topics"].includes(field)) problems.push({ rule: "extraction", path: `meeting.${field}`, message: `required but not found (${g.slice(field.length + 2)})` });
  }
  problems.push(...validateDraft(draft, dataset));
  return { draft, valid: problems.length === 0, problems, facts, gaps };
}

const speakerName = (s: Speaker) => (s.kind === "person" ? s.person.name : s.unnamed.description);

/** Validates each part of a draft with the schemas, then the dataset with the draft merged in with every rule. */
export function validateDraft(draft: DraftRecord, dataset: Dataset): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const check = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, path: string) => {
    const r = schema.safeParse(value);
    if (!r.success) for (const issue of r.error?.issues ?? []) problems.push({ rule: "schema", path: [path, ...issue.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))].join("").replace(/\.\[/gu, "["), message: issue.message });
  };
  check(schemas.Source, draft.source, "source");
  draft.corrections.forEach((c, i) => check(schemas.Correction, c, `corrections[${i}]`));
  check(schemas.Meeting, draft.meeting, "meeting");
  draft.organizations.forEach((o, i) => check(schemas.Organization, o, `organizations[${i}]`));
  draft.people.forEach((o, i) => check(schemas.Person, o, `people[${i}]`));
  draft.roles.forEach((o, i) => check(schemas.Role, o, `roles[${i}]`));
  draft.participations.forEach((o, i) => check(schemas.Participation, o, `participations[${i}]`));
  draft.statements.forEach((o, i) => check(schemas.Statement, o, `statements[${i}]`));
  draft.quotes.forEach((o, i) => check(schemas.Quote, o, `quotes[${i}]`));
  draft.figures.forEach((o, i) => check(schemas.Figure, o, `figures[${i}]`));
  if (problems.length > 0) return problems;

  const merged = mergeDraft(dataset, draft);
  const result = validateDataset(merged);
  if (result.ok) return problems;
  for (const p of result.problems) problems.push({ rule: p.rule, path: draftPath(p.path, draft, merged), message: p.message });
  return problems;
}

/** The dataset with the draft merged in (a re-ingested meeting replaces the one with its id). */
export function mergeDraft(dataset: Dataset, draft: DraftRecord): DatasetInput {
  const id = draft.meeting.id;
  const keep = <T extends { meeting: string }>(items: readonly T[]) => items.filter((i) => i.meeting !== id);
  return {
    ...dataset,
    sources: [...dataset.sources, draft.source],
    corrections: [...dataset.corrections, ...draft.corrections],
    organizations: [...dataset.organizations, ...draft.organizations],
    people: [...dataset.people, ...draft.people],
    roles: [...dataset.roles, ...draft.roles],
    meetings: [...dataset.meetings.filter((m) => m.id !== id), draft.meeting as Meeting],
    participations: [...keep(dataset.participations), ...draft.participations],
    statements: [...keep(dataset.statements), ...draft.statements],
    quotes: [...keep(dataset.quotes), ...draft.quotes],
    figures: [...keep(dataset.figures), ...draft.figures],
  };
}

/** Rewrites a path into the merged dataset as a path into the draft, when it points at a draft record. */
function draftPath(path: (string | number)[], draft: DraftRecord, merged: DatasetInput): string {
  const [collection, index, ...rest] = path;
  const parts: Record<string, readonly unknown[]> = {
    sources: [draft.source],
    meetings: [draft.meeting],
    corrections: draft.corrections,
    organizations: draft.organizations,
    people: draft.people,
    roles: draft.roles,
    participations: draft.participations,
    statements: draft.statements,
    quotes: draft.quotes,
    figures: draft.figures,
  };
  const items = typeof collection === "string" ? parts[collection] : undefined;
  const all = typeof collection === "string" ? (merged as unknown as Record<string, unknown[]>)[collection] : undefined;
  if (!items || !all || typeof index !== "number" || index < all.length - items.length) return `dataset.${formatPath(path)}`;
  const local = index - (all.length - items.length);
  const name = collection === "sources" ? "source" : collection === "meetings" ? "meeting" : `${String(collection)}[${local}]`;
  if (rest.length === 0) return name;
  return typeof rest[0] === "number" ? `${name}${formatPath(rest)}` : `${name}.${formatPath(rest)}`;
}
