// Scores the ingest's draft of one page against the curated record, field by field. Every count is
// a true positive (right), a false positive (said and wrong) or a false negative (missed); a value
// the page does not state (the record takes it from another source) is not expected, but a wrong
// value for it still counts as a false positive.
// Strings are compared folded by core (`foldPhrase`): no accents, case, quotation marks, dashes or punctuation.
import { foldPhrase, indexById } from "@briefings/core";
import type { IngestResult } from "../src";
import type { Case, Defect } from "./case";
import { cites, type LooseDataset, type LooseMeeting, type LooseOrganization, type LooseParticipation, type LooseRole } from "./dataset";

/** Counts of one field. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
/** The fields scored with precision and recall. */
export const FIELDS = ["date", "type", "title", "venue", "speakers", "quotes", "figures", "repairs", "flags"] as const;
export type Field = (typeof FIELDS)[number];

/** One thing the draft got wrong or missed, in ids and kinds (never the page's text). */
export interface Miss {
  field: Field | "post" | "organization";
  kind: "missed" | "wrong" | "extra" | "wrong-speaker" | "no-speaker";
  /** Ids, kinds and offsets: what it is about (safe to publish: no words of the page). */
  detail: string;
  /** The words involved (the page's or the record's), for the terminal only: never written to the report. */
  text?: string;
}

/** What is counted besides precision and recall: of one case, or summed over a run. */
export interface Tallies {
  /** Posts of found speakers: right of those with a post in the record. */
  posts: { right: number; total: number };
  /** Organizations of found speakers: right of those with one in the record. */
  orgs: { right: number; total: number };
  /** Quotations whose span was found but given to another named speaker. */
  wrongSpeaker: number;
  /** Quotations whose record names a speaker: found and given to that speaker, of those annotated (the rest are a document's or an unnamed speaker's). */
  namedQuotes: { right: number; total: number };
  /**
   * Injected tokens, of those annotated: `cut` when the draft removes exactly the characters the record removes
   * around them (what it inserts aside: the issue's "excised whole"); `whole` when the region also reads as the
   * record's, the words the token replaced restored as the record restores them.
   */
  injected: { whole: number; cut: number; total: number };
  /** Repairs (text changed) on a page annotated clean. */
  repairsOnClean: number;
}

/** The score of one case. */
export interface CaseScore extends Tallies {
  id: string;
  counts: Record<Field, Counts>;
  /** What went wrong. */
  misses: Miss[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

const collapse = (s: string) => s.replace(/\s+/gu, " ").trim();

/** The code points of a text, for slicing by code-point offsets. */
class Cps {
  readonly cps: string[];
  constructor(text: string) {
    this.cps = Array.from(text);
  }
  slice(a: number, b: number) {
    return this.cps.slice(a, b).join("");
  }
}

/** A text edit in code points (a draft repair or an expected defect). */
interface Edit {
  start: number;
  end: number;
  after: string;
}

/** Applies sorted, disjoint edits inside [from, to). */
function applyIn(text: Cps, edits: readonly Edit[], from: number, to: number): string {
  let out = "";
  let at = from;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.after;
    at = e.end;
  }
  return out + text.slice(at, to);
}

/**
 * An injected token is excised whole when the draft removes every character of it (white space aside) and the
 * draft's removal around it stops where the record's removals stop: the words it restores, and repairs of other
 * words nearby, are judged elsewhere.
 */
type Span = { start: number; end: number };
function cutWhole(text: Cps, token: Span, expected: readonly Span[], drafted: readonly Span[], from: number, to: number): boolean {
  const removes = (edits: readonly Span[], i: number) => edits.some((e) => e.start <= i && i < e.end);
  const space = (i: number) => /^\s$/u.test(text.slice(i, i + 1));
  for (let i = token.start; i < token.end; i++) if (!removes(drafted, i) && !space(i)) return false;
  let a = token.start;
  while (a > from && removes(drafted, a - 1)) a--;
  let b = token.end;
  while (b < to && removes(drafted, b)) b++;
  for (let i = a; i < b; i++) if (!removes(expected, i) && !space(i)) return false;
  return true;
}

const touches = (a: { start: number; end: number }, b: { start: number; end: number }, slack = 1) => a.start <= b.end + slack && b.start <= a.end + slack;

/**
 * Defects: each expected excision or repair is right when the draft's repairs around it give the
 * same text (white space aside) as the curated correction; each flag is right when the draft
 * flagged or repaired something at that place. Draft repairs away from every defect are false.
 */
export function scoreDefects(text: string, defects: readonly Defect[], repairs: IngestResult["repairs"], clean: boolean) {
  const cps = new Cps(text);
  const repairsC = zero();
  const flagsC = zero();
  const misses: Miss[] = [];
  const changed = repairs.filter((r) => r.action === "repaired");
  const expectedEdits = defects.filter((d) => d.action !== "flag");
  // Regions: overlapping expected edits and draft changes, merged.
  type Item = { start: number; end: number; expected?: Defect; draft?: (typeof changed)[number] };
  const items: Item[] = [...expectedEdits.map((d) => ({ start: d.start, end: d.end, expected: d })), ...changed.map((r) => ({ start: r.start, end: r.end, draft: r }))].sort((a, b) => a.start - b.start);
  const regions: Item[][] = [];
  let current: Item[] = [];
  let end = -Infinity;
  for (const it of items) {
    if (current.length > 0 && it.start > end + 1) {
      regions.push(current);
      current = [];
      end = -Infinity;
    }
    current.push(it);
    end = Math.max(end, it.end);
  }
  if (current.length > 0) regions.push(current);
  let injectedWhole = 0;
  let injectedCut = 0;
  for (const region of regions) {
    const from = Math.min(...region.map((i) => i.start));
    const to = Math.max(...region.map((i) => i.end));
    const expected = region.flatMap((i) => (i.expected ? [i.expected] : []));
    const drafted = region.flatMap((i) => (i.draft ? [i.draft] : []));
    if (expected.length === 0) {
      // Changes where nothing needed changing (or where the curator only flagged).
      for (const r of drafted) {
        repairsC.fp++;
        misses.push({ field: "repairs", kind: "extra", detail: `${r.kind} at ${r.start}-${r.end}${defects.some((d) => d.action === "flag" && touches(d, r)) ? " (the record only flags it)" : ""}` });
      }
      continue;
    }
    const want = collapse(applyIn(cps, expected.map((d) => ({ start: d.start, end: d.end, after: d.action === "excise" ? "" : (d.after ?? "") })), from, to));
    const got = collapse(applyIn(cps, drafted, from, to));
    const injectedHere = expected.filter((d) => d.kind === "injected-text-excised").length;
    for (const d of expected) {
      if (d.kind !== "injected-text-excised") continue;
      if (cutWhole(cps, d, expected, drafted, from, to)) injectedCut++;
      else misses.push({ field: "repairs", kind: drafted.length ? "wrong" : "missed", detail: `injected token at ${d.start}-${d.end} not excised whole` });
    }
    if (want === got) {
      repairsC.tp += expected.length;
      injectedWhole += injectedHere;
    } else {
      repairsC.fn += expected.length;
      for (const d of expected) misses.push({ field: "repairs", kind: drafted.length ? "wrong" : "missed", detail: `${d.kind} (${d.action}) at ${d.start}-${d.end}${drafted.length ? `; draft: ${drafted.map((r) => `${r.kind} ${r.start}-${r.end}`).join(", ")}` : ""}` });
      // A draft change in a region it got wrong is also a false repair when it touches no expected defect.
      for (const r of drafted) if (!expected.some((d) => touches(d, r, 0))) repairsC.fp++;
    }
  }
  for (const d of defects.filter((d) => d.action === "flag")) {
    if (repairs.some((r) => touches(r, d))) flagsC.tp++;
    else {
      flagsC.fn++;
      misses.push({ field: "flags", kind: "missed", detail: `${d.kind} at ${d.start}-${d.end}` });
    }
  }
  for (const r of repairs.filter((r) => r.action === "flagged")) {
    if (defects.some((d) => touches(d, r))) continue;
    flagsC.fp++;
    misses.push({ field: "flags", kind: "extra", detail: `${r.kind} at ${r.start}-${r.end}` });
  }
  return {
    repairs: repairsC,
    flags: flagsC,
    misses,
    injected: { whole: injectedWhole, cut: injectedCut, total: defects.filter((d) => d.kind === "injected-text-excised").length },
    repairsOnClean: clean ? changed.length : 0,
  };
}

/** The names an organization goes by, folded. */
const orgNames = (o: LooseOrganization | undefined) => (o ? [o.name, o.acronym ?? "", ...(o.alternateNames ?? [])].filter(Boolean).map(foldPhrase) : []);

/** Whether two posts are the same (title or title as stated, either way round). */
function samePost(a: { title: string; titleAsStated?: string }, b: { title: string; titleAsStated?: string }) {
  const as = [a.title, a.titleAsStated ?? ""].filter(Boolean).map(foldPhrase);
  const bs = [b.title, b.titleAsStated ?? ""].filter(Boolean).map(foldPhrase);
  return as.some((x) => bs.includes(x));
}

/** Month names a page may write a date with (English, with their short forms; French; Arabic), by month number. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ["january", "jan", "janvier", "يناير", "كانون الثاني"],
  ["february", "feb", "fevrier", "février", "فبراير", "شباط"],
  ["march", "mar", "mars", "مارس", "آذار"],
  ["april", "apr", "avril", "أبريل", "ابريل", "نيسان"],
  ["may", "mai", "مايو", "أيار"],
  ["june", "jun", "juin", "يونيو", "حزيران"],
  ["july", "jul", "juillet", "يوليو", "تموز"],
  ["august", "aug", "aout", "août", "أغسطس", "آب"],
  ["september", "sep", "sept", "septembre", "سبتمبر", "أيلول"],
  ["october", "oct", "octobre", "أكتوبر", "تشرين الأول"],
  ["november", "nov", "novembre", "نوفمبر", "تشرين الثاني"],
  ["december", "dec", "decembre", "décembre", "ديسمبر", "كانون الأول"],
];

/**
 * Whether a page's text states the day `iso` (`YYYY-MM-DD`): its day number near its month's name ("27 July",
 * "July 27", "the 27th of July", "27 and 28 July"), or the date in figures. The year may be missing (a page that
 * writes "on 27 July" states the day; the ingest must then not guess the year). A page that says only "today" or
 * "on Friday" does not: the day is in the page's publication data, not in its text.
 */
export function statesDay(text: string, iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const lower = text.toLowerCase();
  const dd = String(d).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  if (lower.includes(iso) || new RegExp(String.raw`(?<!\d)(?:0?${d}[/.]0?${m}|0?${m}/0?${d})[/.](?:${y}|${y % 100})(?!\d)`, "u").test(lower) || lower.includes(`${y}${mm}${dd}`)) return true;
  const day = new RegExp(String.raw`(?<![\d])${d}(?:st|nd|rd|th|er)?(?![\d])`, "u");
  for (const word of MONTH_WORDS[m - 1] ?? []) {
    const re = new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, "gu");
    for (let hit = re.exec(lower); hit; hit = re.exec(lower)) {
      const near = lower.slice(Math.max(0, hit.index - 24), hit.index + word.length + 12);
      if (day.test(near)) return true;
    }
  }
  return false;
}

/** Everything needed to score one case. */
export interface ScoreInput {
  /** The case. */
  c: Case;
  /** The page's text. */
  text: string;
  /** The ingest's result. */
  result: IngestResult;
  /** The curated dataset (the expected answer). */
  dataset: LooseDataset;
  /** The dataset the ingest ran against (its existing records are what the draft links to). */
  linked: LooseDataset;
}

/** Scores one case. */
export function scoreCase({ c, text, result, dataset, linked }: ScoreInput): CaseScore {
  const counts = Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Counts>;
  const misses: Miss[] = [];
  const meetingById = indexById(dataset.meetings);
  const meetings = c.meetings.map((id) => meetingById.get(id)).filter((m): m is LooseMeeting => m !== undefined);
  const draft = result.draft;
  const folded = foldPhrase(text);
  const stated = (a: { evidence?: { source?: string }[] } | undefined) => a !== undefined && cites(a.evidence, c.source);

  // Single-valued facts: right when equal to the record's value for one of the page's meetings.
  const single = (field: Field, got: string | undefined, want: (m: LooseMeeting) => { value: string | undefined; stated: boolean }[], words = false) => {
    const options = meetings.flatMap(want).filter((o) => o.value !== undefined);
    const expected = options.filter((o) => o.stated);
    const said = (detail: string, text: string) => (words ? { detail, text } : { detail: `${detail}: ${text}` });
    if (got !== undefined && options.some((o) => o.value === got)) counts[field].tp++;
    else if (got !== undefined) {
      counts[field].fp++;
      misses.push({ field, kind: "wrong", ...said(expected.length > 0 ? "differs from the record" : "the record does not take it from this page", `got ${got}; record ${options.map((o) => o.value!).join(" | ") || "(none)"}`) });
      if (expected.length > 0) counts[field].fn++;
    } else if (expected.length > 0) {
      counts[field].fn++;
      misses.push({ field, kind: "missed", ...said("not found", `record ${expected[0]!.value!}`) });
    }
  };
  const dates = draft.meeting.dates?.value;
  // A date is expected where the record takes it from this page and the page's text states its first day.
  single("date", dates ? `${dates.start}/${dates.end}` : undefined, (m) => [
    { value: `${m.dates.value.start}/${m.dates.value.end}`, stated: stated(m.dates) && statesDay(text, m.dates.value.start) },
    ...(m.dates.alternatives ?? []).map((a) => ({ value: `${a.value.start}/${a.value.end}`, stated: cites(a.evidence, c.source) && statesDay(text, a.value.start) })),
  ]);
  const type = draft.meeting.type?.value;
  single("type", type === "unknown" ? undefined : type, (m) =>
    m.type.value === "unknown"
      ? []
      : [{ value: m.type.value, stated: stated(m.type) }, ...(m.type.alternatives ?? []).map((a) => ({ value: a.value, stated: cites(a.evidence, c.source) }))],
  );
  const titleOf = (t: string) => collapse(foldPhrase(t));
  single("title", draft.meeting.title ? titleOf(draft.meeting.title.value) : undefined, (m) =>
    [m.title, ...(m.alternateTitles ?? []), ...(m.title.alternatives ?? [])].map((t) => ({ value: titleOf(t.value), stated: cites(t.evidence, c.source) })),
  true);
  const venueKey = (v: { mode: string; locations?: { city?: string }[] } | undefined) =>
    v ? `${v.mode}${(v.locations ?? []).map((l) => (l.city ? `:${foldPhrase(l.city)}` : "")).sort().join("")}` : undefined;
  single("venue", venueKey(draft.meeting.venue?.value), (m) => (m.venue ? [{ value: venueKey(m.venue.value), stated: stated(m.venue) }] : []));

  // Speakers: the record's named participants on this page (citing it and named in its text).
  const persons = indexById(dataset.people);
  const roles = indexById(dataset.roles);
  const orgs = indexById(dataset.organizations);
  const namesOf = (personId: string) => {
    const p = persons.get(personId);
    return p ? [p.name, ...(p.alternateNames ?? [])].map(foldPhrase) : [foldPhrase(personId.replace(/-/gu, " "))];
  };
  const all = dataset.participations.filter((p) => p.person && c.meetings.includes(p.meeting));
  const onPage = (p: LooseParticipation) => namesOf(p.person!).some((n) => n.length > 0 && folded.includes(n.split(" ").at(-1)!));
  const citing = all.filter((p) => cites(p.evidence, c.source));
  const expected = (citing.length > 0 ? citing : all).filter(onPage);
  const draftPeople = new Map<string, string>([...draft.links.people.map((l) => [l.id, l.name ?? ""] as const), ...draft.people.map((p) => [p.id, p.name] as const)]);
  const draftRoles = new Map<string, LooseRole>([...linked.roles.map((r) => [r.id, r] as const), ...draft.roles.map((r) => [r.id, r as LooseRole] as const)]);
  const draftOrgs = new Map<string, LooseOrganization>([...linked.organizations.map((o) => [o.id, o] as const), ...draft.organizations.map((o) => [o.id, o as LooseOrganization] as const)]);
  // A draft speaker linked to an existing record is that record's person, whatever words the page uses for the name.
  const linkedTo = new Set(draft.links.people.filter((l) => l.existing).map((l) => l.id));
  const isPerson = (draftPerson: string, name: string, personId: string) => namesOf(personId).includes(name) || (linkedTo.has(draftPerson) && draftPerson === personId);
  const matched = new Set<LooseParticipation>();
  const posts = { right: 0, total: 0 };
  const orgScore = { right: 0, total: 0 };
  const speakerOf = new Map<string, LooseParticipation | "other">();
  for (const dp of draft.participations) {
    if (!dp.person) continue;
    const name = foldPhrase(draftPeople.get(dp.person) ?? dp.person);
    const hit = expected.find((p) => !matched.has(p) && isPerson(dp.person!, name, p.person!));
    const known = all.find((p) => isPerson(dp.person!, name, p.person!));
    speakerOf.set(dp.id, hit ?? known ?? "other");
    if (!hit) {
      if (!known) {
        counts.speakers.fp++;
        misses.push({ field: "speakers", kind: "extra", detail: "a name that is no participant of the record", text: draftPeople.get(dp.person) ?? dp.person });
      }
      continue;
    }
    matched.add(hit);
    counts.speakers.tp++;
    const wantRoles = (hit.roles ?? []).map((id) => roles.get(id)).filter((r): r is LooseRole => r !== undefined);
    const gotRoles = (dp.roles ?? []).map((id) => draftRoles.get(id)).filter((r): r is LooseRole => r !== undefined);
    if (wantRoles.length > 0) {
      posts.total++;
      if (gotRoles.some((g) => wantRoles.some((w) => samePost(g, w)))) posts.right++;
      else misses.push({ field: "post", kind: gotRoles.length ? "wrong" : "missed", detail: `${hit.person}: ${gotRoles.length ? "another post" : "no post"}`, text: `got ${gotRoles.map((r) => `“${r.title}”`).join(", ") || "none"}; record ${wantRoles.map((r) => `“${r.title}”`).join(", ")}` });
    }
    const wantOrgIds = [hit.organization, ...wantRoles.map((r) => r.organization)].filter((o): o is string => o !== undefined);
    const gotOrgIds = [dp.organization, ...gotRoles.map((r) => r.organization)].filter((o): o is string => o !== undefined);
    if (wantOrgIds.length > 0) {
      orgScore.total++;
      const wantNames = new Set(wantOrgIds.flatMap((id) => [foldPhrase(id), ...orgNames(orgs.get(id))]));
      if (gotOrgIds.some((id) => wantNames.has(foldPhrase(id)) || orgNames(draftOrgs.get(id)).some((n) => wantNames.has(n)))) orgScore.right++;
      else misses.push({ field: "organization", kind: gotOrgIds.length ? "wrong" : "missed", detail: `${hit.person}: got ${gotOrgIds.join(", ") || "none"}; record ${wantOrgIds.join(", ")}` });
    }
  }
  for (const p of expected) {
    if (matched.has(p)) continue;
    counts.speakers.fn++;
    misses.push({ field: "speakers", kind: "missed", detail: p.person! });
  }

  // Quotations: the annotated spans, each with its speaker.
  const usedQuotes = new Set<number>();
  let namedRight = 0;
  const draftParticipations = indexById(draft.participations);
  for (const q of draft.quotes) {
    const span = q.evidence.find((e) => e.kind === "span");
    if (!span || span.kind !== "span") continue;
    const k = c.quotes.findIndex((w, i) => !usedQuotes.has(i) && Math.min(w.end, span.end) - Math.max(w.start, span.start) >= 0.5 * Math.min(w.end - w.start, span.end - span.start));
    if (k < 0) {
      counts.quotes.fp++;
      misses.push({ field: "quotes", kind: "extra", detail: `at ${span.start}-${span.end}` });
      continue;
    }
    usedQuotes.add(k);
    const want = c.quotes[k]!;
    // A document's words (issue 12): right when the record names no speaker; a person's words given to a document are given to the wrong author.
    if (q.document !== undefined) {
      if (want.speaker === null) counts.quotes.tp++;
      else {
        counts.quotes.fn++;
        counts.quotes.fp++;
        misses.push({ field: "quotes", kind: "wrong-speaker", detail: `at ${want.start}-${want.end}: record ${want.speaker}, draft a document` });
      }
      continue;
    }
    const dp = q.participation === undefined ? undefined : draftParticipations.get(q.participation);
    const name = dp?.person ? foldPhrase(draftPeople.get(dp.person) ?? dp.person) : undefined;
    if (want.speaker === null || (name !== undefined && isPerson(dp!.person!, name, want.speaker))) {
      counts.quotes.tp++;
      if (want.speaker !== null) namedRight++;
    }
    else {
      counts.quotes.fn++;
      counts.quotes.fp++;
      misses.push({ field: "quotes", kind: name === undefined ? "no-speaker" : "wrong-speaker", detail: `at ${want.start}-${want.end}: record ${want.speaker}, draft ${name === undefined ? (dp?.description ?? "unnamed") : (draftPeople.get(dp!.person!) ?? "?")}` });
    }
  }
  c.quotes.forEach((w, i) => {
    if (usedQuotes.has(i)) return;
    counts.quotes.fn++;
    misses.push({ field: "quotes", kind: "missed", detail: `at ${w.start}-${w.end} (${w.speaker})` });
  });
  const wrongSpeaker = misses.filter((m) => m.kind === "wrong-speaker").length;
  const namedQuotes = { right: namedRight, total: c.quotes.filter((w) => w.speaker !== null).length };

  // Figures: the record's figures citing this page, by value.
  const allFigures = dataset.figures.filter((f) => c.meetings.includes(f.meeting));
  const wantFigures = allFigures.filter((f) => cites(f.evidence, c.source));
  const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const usedFigures = new Set<string>();
  for (const f of draft.figures) {
    const hit = wantFigures.find((w) => !usedFigures.has(w.id) && sameValue(w.value, f.value));
    if (hit) {
      usedFigures.add(hit.id);
      counts.figures.tp++;
    } else if (!allFigures.some((w) => sameValue(w.value, f.value))) {
      counts.figures.fp++;
      misses.push({ field: "figures", kind: "extra", detail: `${f.value} ${f.unit}` });
    }
  }
  for (const w of wantFigures) {
    if (usedFigures.has(w.id)) continue;
    counts.figures.fn++;
    misses.push({ field: "figures", kind: "missed", detail: `${w.id} (${w.value}${w.unit ? ` ${w.unit}` : ""})` });
  }

  const d = scoreDefects(text, c.defects, result.repairs, c.clean);
  counts.repairs = d.repairs;
  counts.flags = d.flags;
  misses.push(...d.misses);
  return { id: c.id, counts, posts, orgs: orgScore, wrongSpeaker, namedQuotes, injected: d.injected, repairsOnClean: d.repairsOnClean, misses };
}

/** Precision, recall and F1 of counts (1 when there is nothing to find and nothing was said). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Sums counts. */
export function sum(list: readonly Counts[]): Counts {
  return list.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), zero());
}

/** A case's overall F1: micro-averaged over its fields. */
export const caseF1 = (s: CaseScore): number => prf(sum(FIELDS.map((f) => s.counts[f]))).f1;
