// One synthetic briefing: the press release that reports it (with realistic damage) and every record
// taken from it, each fact pointing at the words of the release that state it.
import { createHash } from "node:crypto";
import type { Correction, Figure, Meeting, MeetingType, Participation, Quote, Statement, Topic } from "@briefings/core";
import { addDays, longDate, yearOf } from "./dates";
import type { PoolOrganization, PoolPerson, Pools } from "./pools";
import { postAt } from "./pools";
import type { Rng } from "./prng";
import type { Records } from "./records";
import { slugify } from "./slug";
import type { Range } from "./text-builder";
import { TextBuilder } from "./text-builder";
import { FIGURES, RESOLUTIONS, SPAM_TOKENS, SPEECH, THEMES, TITLE_QUALIFIERS, CITIES } from "./vocabulary";

/** What a briefing needs from the generator. */
export interface BriefingContext {
  rng: Rng;
  pools: Pools;
  records: Records;
  /** Ids already taken by meetings. */
  meetingIds: Set<string>;
  /** The latest meeting on each topic (first topic of its title). */
  previousByTopic: Map<Topic, { id: string; start: string }>;
}

const TYPES: readonly { type: MeetingType; words: string; article: string; weight: number }[] = [
  { type: "open-briefing", words: "open briefing", article: "an", weight: 35 },
  { type: "closed-briefing", words: "closed briefing", article: "a", weight: 15 },
  { type: "open-meeting", words: "open meeting", article: "an", weight: 10 },
  { type: "special-meeting", words: "special meeting", article: "a", weight: 8 },
  { type: "joint-special-meeting", words: "joint special meeting", article: "a", weight: 4 },
  { type: "security-council-briefing", words: "Security Council briefing", article: "a", weight: 8 },
  { type: "security-council-meeting", words: "Security Council meeting", article: "a", weight: 5 },
  { type: "workshop", words: "workshop", article: "a", weight: 15 },
];
const TYPE_WEIGHT = TYPES.reduce((n, t) => n + t.weight, 0);
const ORDINALS = ["first", "second", "third", "fourth", "fifth"];
const OBJECTIVES = ["raise awareness of", "share good practices on", "identify gaps in", "strengthen cooperation on"];
const VERBS = ["said", "stressed", "noted", "highlighted"];
const UN_HQ = { name: "United Nations Headquarters", city: "New York", country: "United States" };

function pickType(rng: Rng) {
  let roll = rng.next() * TYPE_WEIGHT;
  for (const t of TYPES) {
    roll -= t.weight;
    if (roll < 0) return t;
  }
  return TYPES[0]!;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A whole number with thousands separators ("1,200"). */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function swapMiddleLetters(word: string): string | undefined {
  for (let i = 1; i + 2 < word.length; i++) {
    const a = word[i]!;
    const b = word[i + 1]!;
    if (a !== b && /[a-z]/.test(a) && /[a-z]/.test(b)) return word.slice(0, i) + b + a + word.slice(i + 2);
  }
  return undefined;
}

/** A speaker of the briefing, with the session they speak in. */
interface Speaker {
  person: PoolPerson;
  session: string;
}

/** Writes briefing number `index` (0-based, in date order), held from `start`, into `ctx.records`. */
export function writeBriefing(ctx: BriefingContext, index: number, start: string): void {
  const { rng, pools, records } = ctx;
  const kind = pickType(rng);
  const days = kind.type === "workshop" ? rng.int(2, 3) : kind.type === "special-meeting" && rng.chance(0.3) ? 2 : 1;
  const end = addDays(start, days - 1);
  const dates = { start, end };
  const themes = rng.sample(THEMES, rng.int(1, 3));
  const theme = themes[0]!;
  const title = `${rng.pick(theme.titles)} ${rng.pick(TITLE_QUALIFIERS)}`;
  let meetingId = `${start}-${slugify(title, 4)}`;
  for (let n = 2; ctx.meetingIds.has(meetingId); n++) meetingId = `${start}-${slugify(title, 4)}-${n}`;
  ctx.meetingIds.add(meetingId);
  const sourceId = `${meetingId}-press-release`;
  const b = new TextBuilder(sourceId);
  const corrections: Omit<Correction, "id" | "source">[] = [];

  // Sessions: opening, 1 to 3 thematic ones (distinct titles from the meeting's themes), closing.
  const agenda = rng.sample(
    themes.flatMap((t) => t.titles.map((title, j) => ({ title, discussion: t.discussions[j % t.discussions.length]! }))),
    rng.int(1, 3),
  );
  const thematic = agenda.length;
  const sessionIds = ["opening", ...Array.from({ length: thematic }, (_, i) => `session-${i + 1}`), "closing"];

  // Who speaks: the chair (or an unnamed acting chair), then 2 to 5 speakers, frequent ones more often.
  const chair = pools.chairs[Math.min(pools.chairs.length - 1, Math.floor(index / pools.chairTerm))]!;
  const actingChair = rng.chance(0.08);
  const speakers: Speaker[] = [];
  const seen = new Set<string>();
  const want = rng.int(2, 5);
  for (let k = 0; k < want * 3 && speakers.length < want; k++) {
    const person = pools.speakers[Math.floor(pools.speakers.length * rng.next() ** 2)]!;
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    speakers.push({ person, session: sessionIds[1 + (speakers.length % thematic)]! });
  }
  const featured: PoolOrganization[] = [];
  for (const s of speakers) {
    const o = postAt(s.person, index).post.organization;
    if (!featured.includes(o)) featured.push(o);
  }
  for (const o of rng.sample(pools.organizations.filter((x) => x.kind !== "member-state" && !["ctc", "security-council"].includes(x.id)), rng.int(0, 3))) {
    if (!featured.includes(o)) featured.push(o);
  }

  // The headline, with spam injected before it in some defaced copies.
  const defaced = rng.chance(0.2);
  if (defaced) {
    const spam = `${rng.pick(SPAM_TOKENS)}\n\n`;
    const token = b.add(spam);
    corrections.push({ kind: "injected-text-excised", action: "repaired", start: token.start, end: token.end, before: spam, after: "", rationale: "Spam injected into the defaced copy before the headline; excised with the blank line after it.", confidence: 1 });
  }
  const headline = b.addAll(`CTC holds ${kind.words} on “`, title, "”");
  b.add("\n\n");

  // First paragraph: date, convener, type, title, venue, who took part.
  const multiDay = start !== end;
  b.add(multiDay ? "From " : "On ");
  const dateRange = b.add(multiDay ? `${longDate(start)} to ${longDate(end)}` : longDate(start));
  b.add(", the ");
  const ctcRange = b.add("Counter-Terrorism Committee (CTC)");
  b.add(` held ${kind.article} `);
  const typeRange = b.add(kind.words);
  b.add(" on “");
  const titleRange = b.add(title);
  b.add("” ");
  const venueMode = kind.type === "workshop" ? "in-person" : rng.pick(["in-person", "in-person", "in-person", "virtual", "hybrid"] as const);
  const city = rng.pick(CITIES);
  const location = kind.type === "workshop" ? { name: `${city.city} International Conference Centre`, city: city.city, country: city.country } : UN_HQ;
  const venueRange =
    venueMode === "virtual"
      ? b.add("by videoconference")
      : b.add(`at ${location.name === UN_HQ.name ? "" : "the "}${location.name} in ${location.city}${location.city === "New York" ? "" : `, ${location.country}`}${venueMode === "hybrid" ? " and by videoconference" : ""}`);
  let host: { org: PoolOrganization; range: Range } | undefined;
  if (kind.type === "workshop") {
    b.add(", hosted by the Government of ");
    const country = pools.countries.find((c) => c.name === location.country) ?? rng.pick(pools.countries);
    host = { org: country, range: b.add(country.name) };
  }
  b.add(". The meeting featured representatives from ");
  const mentions: { org: PoolOrganization; range: Range }[] = [];
  let injectedInList = false;
  featured.forEach((o, i) => {
    if (i > 0) b.add(i === featured.length - 1 ? " and " : ", ");
    const display = o.acronym !== undefined && o.kind !== "research-institute" ? `${o.name} (${o.acronym})` : o.name;
    const the = o.article ? "the " : "";
    b.add(the);
    if (!injectedInList && defaced && display.startsWith("United Nations ")) {
      // The spam token replaced the words "United Nations " in the copy.
      injectedInList = true;
      const spam = rng.pick(SPAM_TOKENS);
      const token = b.add(spam);
      const rest = b.add(display.slice("United Nations ".length));
      corrections.push({ kind: "injected-text-excised", action: "repaired", start: token.start, end: token.end, before: spam, after: "", rationale: "A spam token glued into the list of organizations in place of words; excised.", confidence: 1 });
      corrections.push({ kind: "words-restored", action: "repaired", start: token.start, end: token.start, before: "", after: "United Nations ", rationale: `The token replaced the words “United Nations”: the entity is the ${o.name}.`, confidence: 0.95 });
      mentions.push({ org: o, range: { start: token.start, end: rest.end } });
    } else {
      const range = b.add(display);
      mentions.push({ org: o, range: { start: range.start, end: range.start + [...o.name].length } });
    }
  });
  b.add(".");

  // Sessions.
  const sessions: Meeting["sessions"] = [{ id: "opening", kind: "opening", date: start }];
  for (let k = 0; k < agenda.length; k++) {
    const { title: titleText, discussion: discussionText } = agenda[k]!;
    b.add(` The ${ORDINALS[k]} session, on “`);
    const sessionTitle = b.add(titleText);
    b.add("”, discussed ");
    const discussion = b.add(discussionText);
    b.add(".");
    sessions.push({
      id: `session-${k + 1}`,
      kind: "thematic",
      number: k + 1,
      title: { value: titleText, evidence: [b.span(sessionTitle)] },
      summary: { value: capitalize(discussionText), evidence: [b.span(discussion)] },
      date: multiDay ? addDays(start, Math.min(days - 1, Math.floor(((k + 1) * days) / (thematic + 2)))) : start,
    });
  }
  sessions.push({ id: "closing", kind: "closing", date: end });

  // Purpose and mandate.
  b.add("\n\n");
  const objectives = rng.sample(SPEECH.objects, 2).map((object) => `${rng.pick(OBJECTIVES)} ${object}`);
  const purposeStart = b.position;
  b.add("The purpose of the meeting was to ");
  const objective1 = b.add(objectives[0]!);
  b.add(" and to ");
  const objective2 = b.add(objectives[1]!);
  const purpose = { start: purposeStart, end: b.add(".").end };
  // Some meetings follow up on an earlier one of the same theme.
  const earlier = ctx.previousByTopic.get(theme.topic);
  let followUp: { meeting: string; range: Range } | undefined;
  if (earlier && rng.chance(0.1)) {
    b.add(" It followed up on the meeting of ");
    followUp = { meeting: earlier.id, range: b.add(longDate(earlier.start)) };
    b.add(".");
  }
  const resolution = rng.pick(RESOLUTIONS.filter((r) => r.year <= yearOf(start)).concat(RESOLUTIONS.slice(0, 1)));
  b.add(" It was held pursuant to ");
  const councilRange = b.add("Security Council");
  b.add(" ");
  const resolutionRange = b.add(resolution.symbol);
  b.add(".\n\n");

  // Statements, quotes and figures.
  const participations: Participation[] = [];
  const statements: Statement[] = [];
  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const say = (participation: string, session: string, statementKind: Statement["kind"], words: Range, text: string) => {
    const id = `${meetingId}-statement-${statements.length + 1}`;
    statements.push({ id, meeting: meetingId, session, participation, onBehalfOf: [], kind: statementKind, text, evidence: [b.span(words)] });
    return id;
  };

  const quoteOf = (speaker: { participation: string; statement: string; address: string; family: string }) => {
    const words = `${rng.pick(SPEECH.quoted)} ${rng.pick(SPEECH.objects)} ${rng.pick(SPEECH.endings)}`;
    let raw = words;
    let typo: { at: number; before: string; after: string } | undefined;
    if (rng.chance(0.15)) {
      // A slip of the original author inside the quote, repaired: the quote shows the repaired word.
      const list = words.split(" ");
      const i = list.findIndex((w, j) => j > 0 && w.length >= 5 && swapMiddleLetters(w) !== undefined);
      if (i > 0) {
        const wrong = swapMiddleLetters(list[i]!)!;
        typo = { at: [...list.slice(0, i).join(" ")].length + 1, before: wrong, after: list[i]! };
        list[i] = wrong;
        raw = list.join(" ");
      }
    }
    b.add(" “");
    const range = b.add(raw);
    b.add(`,” said ${speaker.address} ${speaker.family}.`);
    if (typo) {
      const from = range.start + typo.at;
      corrections.push({ kind: "typo", action: "repaired", start: from, end: from + [...typo.before].length, before: typo.before, after: typo.after, rationale: `Letters swapped in the original (“${typo.before}”); repaired to “${typo.after}”.`, confidence: 0.9 });
    }
    quotes.push({ id: `${meetingId}-quote-${quotes.length + 1}`, meeting: meetingId, participation: speaker.participation, statement: speaker.statement, text: words, evidence: [b.span(range)] });
  };

  const figureOf = (participation: string, address: string, family: string) => {
    const f = rng.pick(FIGURES);
    let value: number;
    let asStated: string;
    let approximate = false;
    if (f.scale === "million") {
      const n = rng.int(2, 95);
      value = n * 1_000_000;
      approximate = rng.chance(0.6);
      asStated = `${approximate ? "about " : ""}${n} million`;
    } else if (f.scale === "thousand") {
      value = rng.int(1, 60) * 1000;
      approximate = rng.chance(0.5);
      asStated = `${approximate ? "over " : ""}${withCommas(value)}`;
    } else {
      value = rng.int(10, 1500);
      asStated = withCommas(value);
    }
    const lastYear = yearOf(start) - 1;
    const inYear = rng.chance(0.5);
    b.add(` ${address} ${family} said that `);
    const range = b.add(`${inYear ? `in ${lastYear}, ` : ""}${asStated} ${f.thing}${inYear ? "" : " to date"}`);
    b.add(".");
    figures.push({
      id: `${meetingId}-figure-${figures.length + 1}`,
      meeting: meetingId,
      participation,
      value,
      unit: f.unit,
      measure: f.measure,
      asStated,
      approximate,
      ...(inYear ? { period: { start: `${lastYear}-01-01`, end: `${lastYear}-12-31` } } : { asOf: start }),
      evidence: [b.span(range)],
    });
  };

  const ctc = pools.organization("ctc");
  if (actingChair) {
    const id = `${meetingId}-acting-chair`;
    const who = b.add("The acting Chair of the Counter-Terrorism Committee");
    b.add(" opened the meeting and stated that ");
    const text = `${rng.pick(SPEECH.reported)} ${rng.pick(SPEECH.objects)} ${rng.pick(SPEECH.endings)}`;
    const words = b.add(text);
    b.add(".");
    participations.push({ id, meeting: meetingId, session: "opening", roles: [], organization: ctc.id, description: "the acting Chair of the Counter-Terrorism Committee", capacity: "chair", evidence: [b.span(who)], confidence: 0.9, note: "The release does not name the acting Chair." });
    say(id, "opening", "opening-remarks", words, text);
  } else {
    speakers.unshift({ person: chair, session: "opening" });
  }

  speakers.forEach((s, k) => {
    const { post } = postAt(s.person, index);
    const isChair = s.person === chair && s.session === "opening";
    if (k > 0 || actingChair) b.add("\n\n");
    const opening = isChair ? `In ${s.person.address === "Ms." ? "her" : "his"} opening remarks, ` : "";
    const from = b.position;
    b.add(opening + post.honorific + " ");
    const name = b.add(s.person.name);
    b.add(`, ${post.titleAsStated}`);
    const roleRange = { start: from + [...opening].length, end: b.position };
    const verbRange = b.add(isChair ? " stated" : `, ${rng.pick(VERBS)}`);
    b.add(" that ");
    const text = `${rng.pick(SPEECH.reported)} ${rng.pick(SPEECH.objects)} ${rng.pick(SPEECH.endings)}`;
    const words = b.add(text);
    b.add(".");

    records.person(s.person, () => b.span(name));
    records.organization(post.organization, () => b.span(roleRange));
    const role = records.role(s.person, post, dates, () => b.span(roleRange));
    const id = `${meetingId}-${s.person.id}`;
    participations.push({
      id,
      meeting: meetingId,
      session: s.session,
      person: s.person.id,
      roles: [role],
      organization: post.organization.id,
      capacity: isChair ? "chair" : k === 1 && rng.chance(0.2) ? "keynote" : "speaker",
      evidence: [b.span({ start: from, end: verbRange.end })],
    });
    const statement = say(id, s.session, isChair ? "opening-remarks" : rng.pick(["remarks", "presentation", "briefing"] as const), words, text);
    if (rng.chance(0.6)) quoteOf({ participation: id, statement, address: s.person.address, family: s.person.familyName });
    if (rng.chance(0.3)) figureOf(id, s.person.address, s.person.familyName);
  });

  // Organizations represented without a named speaker.
  const named = new Set(participations.map((p) => p.organization));
  for (const m of mentions) {
    records.organization(m.org, () => b.span(m.range));
    if (named.has(m.org.id)) continue;
    named.add(m.org.id);
    participations.push({ id: `${meetingId}-org-${m.org.id}`, meeting: meetingId, roles: [], organization: m.org.id, capacity: "participant", evidence: [b.span(m.range)] });
  }
  records.organization(pools.organization("security-council"), () => b.span(councilRange));
  records.organization(ctc, () => b.span(ctcRange));
  if (host) records.organization(host.org, () => b.span(host.range));

  // Links at the end of the release: some lost their target in the copy.
  const media: Meeting["media"] = [];
  const webtvId = `${meetingId}-webtv`;
  const webtvUrl = `https://webtv.un.org/en/asset/ctc-${meetingId}`;
  let webtv = false;
  const photos = rng.next();
  if (photos < 0.7) {
    b.add("\n\n");
    if (photos < 0.5) {
      const sentence = b.add("More photos from the meeting can be found on CTED’s .");
      corrections.push({ kind: "lost-link-target", action: "flagged", start: sentence.end - 2, end: sentence.end, before: " .", after: " .", rationale: "The link to CTED’s photo page lost its text and target in the copy; the target is not recovered.", confidence: 1 });
      media.push({ id: "photos", kind: "photos", label: "More photos from the meeting (CTED)", status: "target-lost", evidence: [b.span(sentence)], note: "The copy lost both the link text and its target." });
    } else {
      const sentence = b.add("More photos from the meeting can be found on CTED’s website.");
      media.push({ id: "photos", kind: "photos", label: "More photos from the meeting (CTED)", status: "ok", url: `https://www.un.org/securitycouncil/ctc/photos/${meetingId}`, evidence: [b.span(sentence)] });
    }
  }
  const webcast = rng.next();
  if (webcast < 0.6) {
    webtv = true;
    b.add("\n\n");
    if (webcast < 0.3) {
      const sentence = b.add("Watch the full webcast of the meeting .");
      corrections.push({ kind: "lost-link-target", action: "flagged", start: sentence.end - 2, end: sentence.end, before: " .", after: " .", rationale: "The link to the webcast lost its text and target in the copy; the target is the UN Web TV page of the meeting.", confidence: 1, recoveredUrl: webtvUrl });
      media.push({ id: "webcast", kind: "webcast", label: "Full webcast of the meeting (UN Web TV)", status: "recovered", url: webtvUrl, evidence: [b.span(sentence), { kind: "citation", source: webtvId }], note: "The copy lost the link; the webcast is the UN Web TV page of the meeting." });
    } else {
      const sentence = b.add("Watch the full webcast of the meeting on UN Web TV.");
      media.push({ id: "webcast", kind: "webcast", label: "Full webcast of the meeting (UN Web TV)", status: "ok", url: webtvUrl, evidence: [b.span(sentence), { kind: "citation", source: webtvId }] });
    }
  }
  b.add("\n");

  // The meeting record.
  const venue: Meeting["venue"] = {
    value: venueMode === "virtual" ? { mode: "virtual", locations: [] } : { mode: venueMode, locations: [multiDay ? { ...location, dates: { start, end } } : location] },
    evidence: [b.span(venueRange)],
  };
  const organizers: Meeting["organizers"] = [{ organization: ctc.id, role: "convener", evidence: [b.span(ctcRange)] }];
  if (host) organizers.push({ organization: host.org.id, role: "host", evidence: [b.span(host.range)] });
  const topics: Topic[] = [...new Set(themes.map((t) => t.topic))];
  const meeting: Meeting = {
    id: meetingId,
    title: { value: title, evidence: [b.span(titleRange), b.span({ start: headline.start + [...`CTC holds ${kind.words} on “`].length, end: headline.end - 1 })] },
    alternateTitles: [{ value: `CTC holds ${kind.words} on “${title}”`, evidence: [b.span(headline)] }],
    dates: { value: dates, evidence: [b.span(dateRange)] },
    type: { value: kind.type, evidence: [b.span(typeRange)] },
    organizers,
    venue,
    objectives: [
      { value: objectives[0]!, evidence: [b.span(objective1)] },
      { value: objectives[1]!, evidence: [b.span(objective2)] },
    ],
    summary: { value: `The purpose of the meeting was to ${objectives[0]} and to ${objectives[1]}.`, evidence: [b.span(purpose)] },
    topics,
    sessions,
    media,
    documents: [{ symbol: resolution.symbol, relation: "mandate", evidence: [b.span(resolutionRange)] }],
    // Keys in the schema's order, as an export (zod's output) writes them.
    related: followUp ? [{ meeting: followUp.meeting, relation: "follow-up-to", evidence: [b.span(followUp.range)] }] : [],
    mentions: [],
    claims: [],
    sources: webtv ? [sourceId, webtvId] : [sourceId],
    notes: [],
    review: { state: "curated", checked: dates.start },
  };

  // The archived text, now complete: fill in the spans and hash it.
  const text = b.finish();
  const bytes = Buffer.from(text, "utf8");
  const published = addDays(end, rng.int(0, 2));
  records.sources.push({
    id: sourceId,
    title: `CTC holds ${kind.words} on “${title}”`,
    kind: "press-release",
    publisher: ctc.id,
    published,
    language: "en",
    locations: defaced
      ? [
          { role: "mirror", path: `/securitycouncil/ctc/news/${meetingId}`, status: "verified", note: "Archived from a defaced mirror of the CTC site; the mirror's domain is not published." },
          { role: "official", url: `https://www.un.org/securitycouncil/ctc/news/${meetingId}`, status: "inferred", confidence: 0.7, note: "Inferred from the mirror's path; not checked." },
        ]
      : [{ role: "official", url: `https://www.un.org/securitycouncil/ctc/news/${meetingId}`, status: "verified" }],
    retrieved: addDays(published, 30),
    archive: {
      text,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      mediaType: "text/plain; charset=utf-8",
      file: `data/sources/${sourceId}.txt`,
      attribution: "Synthetic text in the style of a United Nations press release, generated for benchmarks.",
    },
    defects: [],
  });
  if (webtv) {
    records.sources.push({ id: webtvId, title: `${capitalize(kind.words)} of the Counter-Terrorism Committee on “${title}”`, kind: "web-tv-page", language: "en", locations: [{ role: "official", url: webtvUrl, status: "verified" }], defects: [] });
  }
  corrections.forEach((c, k) => records.corrections.push({ id: `${meetingId}-correction-${k + 1}`, source: sourceId, ...c }));
  linkRelated(records.corrections.slice(records.corrections.length - corrections.length));
  records.meetings.push(meeting);
  ctx.previousByTopic.set(theme.topic, { id: meetingId, start });
  records.participations.push(...participations);
  records.statements.push(...statements);
  records.quotes.push(...quotes);
  records.figures.push(...figures);
}

/** An excision and the restoration at the same point go together. */
function linkRelated(corrections: Correction[]): void {
  for (const restored of corrections.filter((c) => c.kind === "words-restored")) {
    const excision = corrections.find((c) => c.kind === "injected-text-excised" && c.start === restored.start);
    if (!excision) continue;
    restored.related = [excision.id];
    excision.related = [restored.id];
  }
}
