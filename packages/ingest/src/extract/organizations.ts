// Organizations: resolving a name as written ("the United Nations Office of Counter-Terrorism",
// "UNOCT", "OCT", "Tunisia") to a dataset organization, or to a new one; and the list of
// organizations represented at the meeting.
import { fold } from "@briefings/core";
import type { Organization, OrganizationKind } from "@briefings/core";
import type { AcronymDefinition } from "./acronyms";
import { MEMBER_STATES } from "./countries";
import type { Doc, Span } from "./text";
import { slugify } from "./text";

/** An organization named in the text: an existing dataset record or a new one. */
export interface OrgMatch {
  /** Dataset id (existing), or the id proposed for a new record. */
  id: string;
  /** `true` when the organization is already in the dataset. */
  existing: boolean;
  /** Full name. */
  name: string;
  /** Acronym, if known. */
  acronym?: string;
  /** Other names seen in the text. */
  alternateNames: string[];
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** `true` when `kind` of a new organization is a guess from words in its name. */
  kindInferred: boolean;
  /** How the name was matched. */
  matchedBy: "name" | "acronym" | "alternate-name" | "text-acronym" | "member-state" | "new";
  /** Where the organization is named, in order. */
  spans: Span[];
}

/** Most spans kept per organization (evidence uses the first few). */
const MAX_SPANS = 50;

/** A comparison key for organization names: no case, accents, punctuation or leading article. */
export function orgKey(name: string): string {
  return fold(name)
    .replace(/[’‘]/gu, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/'/gu, "")
    .trim()
    .replace(/^the /u, "");
}

const variants = (key: string): string[] => {
  const out = [key];
  if (key.startsWith("united nations ")) out.push(`un ${key.slice(15)}`);
  if (key.startsWith("un ")) out.push(`united nations ${key.slice(3)}`);
  return out;
};

/** Words that name no organization on their own. */
const GENERIC = new Set(
  ["member states", "states", "committee members", "members", "civil society", "private sector", "participants", "experts", "speakers", "governments", "cities", "businesses", "communities", "local authorities", "international organizations", "regional organizations", "observers", "partners"].map(orgKey),
);

/** Aliases used in CTC texts for bodies in the dataset (applied only when the target id exists). */
const ALIASES: Readonly<Record<string, string>> = {
  committee: "ctc",
  "the committee": "ctc",
  "security council": "un-security-council",
  "council": "un-security-council",
  "executive directorate": "cted",
  "counter terrorism executive directorate": "cted",
  "united nations counter terrorism committee": "ctc",
  "security council counter terrorism committee": "ctc",
  "office of counter terrorism": "unoct",
  un: "united-nations",
  "1373 committee": "ctc",
};

const KIND_RULES: readonly [RegExp, OrganizationKind][] = [
  [/\b(?:Police|Gendarmerie|Law Enforcement|Border|Customs|Homeland Security)\b/u, "law-enforcement-agency"],
  [/^(?:United Nations|UN)\b.*\b(?:Committee|Council)\b/u, "un-subsidiary-body"],
  [/^(?:United Nations|UN)\b|\b(?:UNDP|UNODC|UNICRI|UNESCO|UNHCR|UNICEF|UNOCT|Monitoring Team|Executive Directorate|Secretariat)\b/u, "un-secretariat-entity"],
  [/\b(?:Ministry|Government|Department|Agency|Office of the President|Parliament)\b/u, "government-agency"],
  [/\b(?:Company|Inc|Ltd|LLC|Corporation|Corp|Technologies|Bank|Microsoft|Google|Twitter|Meta|YouTube|Telegram|Facebook|JCDecaux)\b/u, "private-company"],
  [/\b(?:Institute|Institut|Centre|Center|University|College|Academy|School|Research|Observatory|Think Tank)\b/u, "research-institute"],
  [/\b(?:Cities|City|Municipal|Mayors|Urban)\b/u, "city-network"],
  [/\b(?:Organization|Organisation|Union|Commission|Task Force|League|Community|INTERPOL|Interpol|GAFILAT|FATF|OSCE|NATO|ASEAN|Council of Europe|European|Intergovernmental)\b/u, "intergovernmental-organization"],
];

/** Guesses the kind of a new organization from the words of its name. */
export function inferKind(name: string, acronym?: string): OrganizationKind {
  const probe = acronym ? `${name} ${acronym}` : name;
  for (const [re, kind] of KIND_RULES) if (re.test(probe)) return kind;
  return "civil-society-organization";
}

/** Resolves names of organizations against the dataset and the text, remembering every match. */
export class OrgResolver {
  readonly #index = new Map<string, { org: Organization; by: OrgMatch["matchedBy"] }>();
  readonly #states = new Map<string, string>();
  readonly #textAcronyms = new Map<string, AcronymDefinition>();
  readonly #textNames = new Map<string, AcronymDefinition>();
  readonly #matches = new Map<string, OrgMatch>();
  readonly #ids = new Set<string>();
  readonly #starts = new Map<string, Set<number>>();
  readonly #fullNames = new Set<string>();

  /** Indexes the dataset's organizations and the acronyms the text defines. */
  constructor(existing: readonly Organization[], acronyms: readonly AcronymDefinition[]) {
    const add = (name: string, org: Organization, by: OrgMatch["matchedBy"]) => {
      for (const key of variants(orgKey(name))) if (key && !this.#index.has(key)) this.#index.set(key, { org, by });
    };
    for (const org of existing) {
      this.#ids.add(org.id);
      add(org.name, org, "name");
    }
    for (const org of existing) if (org.acronym) add(org.acronym, org, "acronym");
    for (const org of existing) for (const alt of org.alternateNames) add(alt, org, "alternate-name");
    // Full names and alternate names of the dataset (no alias, no acronym): the only keys a phrase written in lower case may match.
    for (const [key, hit] of this.#index) if (hit.by !== "acronym" && key.includes(" ")) this.#fullNames.add(key);
    for (const [alias, id] of Object.entries(ALIASES)) {
      const org = existing.find((o) => o.id === id);
      if (org && !this.#index.has(alias)) this.#index.set(alias, { org, by: "alternate-name" });
    }
    for (const names of MEMBER_STATES) for (const n of names) this.#states.set(orgKey(n), names[0]!);
    for (const a of acronyms) {
      this.#textAcronyms.set(a.acronym, a);
      this.#textNames.set(orgKey(a.name), a);
    }
  }

  /** Every organization matched so far, in order of first mention. */
  get matches(): OrgMatch[] {
    return [...this.#matches.values()];
  }

  /** Whether `name` is a Member State's name. */
  isState(name: string): boolean {
    return this.#states.has(orgKey(name));
  }

  /** The organization a phrase names, recording the span; undefined when it names none. */
  resolve(phrase: string, span: Span): OrgMatch | undefined {
    const found = this.#lookup(phrase);
    if (!found) return undefined;
    const known = this.#matches.get(found.id);
    if (known) {
      const starts = this.#starts.get(known.id)!;
      if (!starts.has(span.start) && known.spans.length < MAX_SPANS) {
        starts.add(span.start);
        known.spans.push(span);
      }
      return known;
    }
    const match: OrgMatch = { ...found, spans: [span] };
    this.#matches.set(match.id, match);
    this.#starts.set(match.id, new Set([span.start]));
    return match;
  }

  /** Finds what a phrase names without recording it. */
  peek(phrase: string): Omit<OrgMatch, "spans"> | undefined {
    return this.#lookup(phrase);
  }

  #lookup(phrase: string): Omit<OrgMatch, "spans"> | undefined {
    // "the “1540” Committee": quotation marks around a word of a name are not part of it.
    let base = phrase.trim().replace(/[\s,.;:]+$/u, "").replace(/^(?:and|or)\s+/u, "").replace(/[“”"](\p{N}+)[“”"]/gu, "$1");
    let acronym: string | undefined;
    const paren = /^(.*?)\s*\(([^()]{1,20})\)$/u.exec(base);
    if (paren) {
      base = paren[1]!;
      acronym = paren[2]!;
    }
    if (base === "" && acronym) base = acronym;
    const stripped = base.replace(/^the\s+/iu, "");
    if (!/^[\p{Lu}\p{N}]/u.test(stripped)) {
      // "chair of the counter-terrorism committee": a dataset organization's whole name of two words or more, written in lower case.
      const key = orgKey(stripped);
      const hit = this.#fullNames.has(key) ? this.#index.get(key) : undefined;
      return hit ? this.#existing(hit.org, hit.by) : undefined;
    }
    const keys = [base, stripped, acronym].filter((k): k is string => k !== undefined).flatMap((k) => variants(orgKey(k)));
    for (const key of keys) {
      const hit = this.#index.get(key);
      if (hit) return this.#existing(hit.org, hit.by);
    }
    // An acronym the text defines, or a full name it gives an acronym for.
    const defined = this.#textAcronyms.get(stripped) ?? (acronym ? this.#textAcronyms.get(acronym) : undefined) ?? this.#textNames.get(orgKey(stripped));
    if (defined) {
      for (const key of [...variants(orgKey(defined.name)), orgKey(defined.acronym)]) {
        const hit = this.#index.get(key);
        if (hit) return this.#existing(hit.org, hit.by);
      }
      return this.#new(defined.name, defined.acronym, "text-acronym");
    }
    for (const key of keys) {
      const state = this.#states.get(key);
      if (!state) continue;
      // "UK" for the dataset's "United Kingdom": the State's record, by its name.
      const hit = this.#index.get(orgKey(state));
      if (hit && hit.org.kind === "member-state") return this.#existing(hit.org, "member-state");
      return { ...this.#fresh(slugify(state), state, undefined), kind: "member-state", kindInferred: false, matchedBy: "member-state" };
    }
    // "the 1373 Counter-Terrorism Committee", "the 1267/1989 X Committee": the committee of the first resolution.
    const numbered = /^(\d{3,4})(?:\/\d{3,4})*\s+(\S.*)$/u.exec(stripped);
    if (numbered) {
      // A bare "Committee" after the number names that resolution's committee, not the one the alias "Committee" stands for.
      // Stryker disable next-line ArrayDeclaration: any key in place of none finds nothing unless it is an organization's key.
      const rest = orgKey(numbered[2]!) === "committee" ? [] : variants(orgKey(numbered[2]!));
      for (const key of [...rest, ...variants(orgKey(`${numbered[1]!} Committee`))]) {
        const hit = this.#index.get(key);
        if (hit) return this.#existing(hit.org, hit.by);
      }
    }
    // "the Security Council Committee (established) pursuant to resolutions 1267 (1999), …": the committee of the first resolution.
    const pursuant = /^(?:(?:United Nations\s+|UN\s+)?Security Council\s+)?Committee\b[^()]{0,40}?\b(?:pursuant to|under|by)\s+(?:Security Council\s+)?resolutions?\s+(\d{3,4})\b/u.exec(stripped);
    if (pursuant) {
      const hit = this.#index.get(`${pursuant[1]!} committee`);
      if (hit) return this.#existing(hit.org, hit.by);
    }
    // "the Council’s Counter-Terrorism Committee", "the UN’s Office of …": the body, not its parent.
    const owner = /^(?:(?:Security\s+)?Council|(?:the\s+)?(?:UN|United Nations|Committee))[’']s?\s+([\p{Lu}\p{N}].*)$/u.exec(stripped);
    if (owner) {
      const inner = this.#lookup(owner[1]!);
      if (inner && inner.matchedBy !== "new") return inner;
    }
    // "the United Nations Security Council Counter-Terrorism Committee": the Council's body, named with the Council's full name.
    const council = /^(?:United Nations|UN)\s+(Security Council\s+\p{Lu}.*)$/u.exec(stripped);
    if (council) {
      const inner = this.#lookup(council[1]!);
      if (inner && inner.matchedBy !== "new") return inner;
    }
    // "the UN Counter-Terrorism Committee Executive Directorate": a body of the United Nations the dataset names without "UN".
    const un = /^(?:United Nations|UN)\s+(\p{Lu}.*)$/u.exec(stripped);
    if (un) {
      const inner = this.#lookup(un[1]!);
      if (inner && inner.existing && inner.kind !== "member-state" && inner.matchedBy !== "acronym") return inner;
    }
    // "the Republic of Peru": the State.
    const formal = /^(?:(?:Federal |Islamic |Kingdom |Plurinational |Democratic |Arab )?(?:Republic|Kingdom|State|Sultanate|Principality|Grand Duchy)|Government) of (?:the )?(\p{Lu}.*)$/u.exec(stripped);
    if (formal) {
      const inner = this.#lookup(formal[1]!);
      if (inner && (inner.matchedBy === "member-state" || inner.kind === "member-state")) return inner;
    }
    const words = stripped.split(/\s+/u);
    if (words.length > 12 || GENERIC.has(orgKey(stripped))) return undefined;
    if (!words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|for|and|on|the|in|against|to|de|des|du|la|y|et)$/u.test(w))) return undefined;
    return this.#new(/^The\s/u.test(base) ? base : stripped, acronym, "new");
  }

  #existing(org: Organization, by: OrgMatch["matchedBy"]): Omit<OrgMatch, "spans"> {
    return {
      id: org.id,
      existing: true,
      name: org.name,
      ...(org.acronym ? { acronym: org.acronym } : {}),
      alternateNames: [...org.alternateNames],
      kind: org.kind,
      kindInferred: false,
      matchedBy: by,
    };
  }

  #new(name: string, acronym: string | undefined, by: OrgMatch["matchedBy"]): Omit<OrgMatch, "spans"> {
    const id = slugify(acronym && acronym.length >= 2 ? acronym : name, 6);
    return { ...this.#fresh(id, name, acronym), kind: inferKind(name, acronym), kindInferred: true, matchedBy: by };
  }

  #fresh(id: string, name: string, acronym: string | undefined): Pick<OrgMatch, "id" | "existing" | "name" | "acronym" | "alternateNames"> {
    // A proposed id must not collide with another organization's id.
    const pending = [...this.#matches.values()].find((m) => orgKey(m.name) === orgKey(name));
    if (pending) return { id: pending.id, existing: false, name, ...(acronym ? { acronym } : {}), alternateNames: [] };
    // A name with no Latin letter or digit has no slug: "organization", then "organization-2", not "-2".
    const base = id || "organization";
    let unique = base;
    for (let n = 2; this.#ids.has(unique) || this.#matches.has(unique); n++) unique = `${base}-${n}`;
    return { id: unique, existing: false, name, ...(acronym ? { acronym } : {}), alternateNames: [] };
  }
}

/** One organization listed as represented at the meeting. */
export interface Represented {
  /** The organization. */
  org: OrgMatch;
  /** The list item, as written. */
  span: Span;
}

const LIST_INTRO = /\b(?:representatives|experts|participants|speakers|briefers|officials|delegations|presentations|practitioners)\s+(?:from|of)\s+/giu;

/** Splits a list ("the A, the B (B1), C and D") at its top-level commas and final "and". */
export function splitList(text: string, from: number, to: number, resolver: OrgResolver): Span[] {
  // Stryker disable next-line ArrayDeclaration: a string item has no start or end: its spans are NaN and filtered out.
  const items: Span[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (i === to || (ch === "," && depth === 0)) {
      items.push({ start, end: i });
      start = i + 1;
    }
  }
  // The last item (and any "x and y" item) may hold the final conjunction.
  // Stryker disable next-line ArrayDeclaration: a string has no end or start: the filter below drops it.
  const out: Span[] = [];
  items.forEach((item, k) => {
    const raw = text.slice(item.start, item.end);
    const lead = raw.length - raw.trimStart().length;
    const s = item.start + lead;
    const body = raw.trim().replace(/^(?:and\s+)?(?:the\s+)?/u, "");
    const bodyStart = s + (raw.trim().length - body.length);
    const last = k === items.length - 1;
    if (!(last ? /\sand\s/u : /\sand the\s/u).test(body) || resolver.peek(body)?.existing) {
      out.push({ start: bodyStart, end: bodyStart + body.length });
      return;
    }
    const at = body.search(/\sand the\s/u) >= 0 ? body.search(/\sand the\s/u) : body.lastIndexOf(" and ");
    out.push({ start: bodyStart, end: bodyStart + at });
    const right = body.slice(at + 5);
    const skip = /^the\s/u.exec(right)?.[0].length ?? 0;
    out.push({ start: bodyStart + at + 5 + skip, end: bodyStart + body.length });
  });
  return out.filter((s) => s.end > s.start);
}

/** The organizations listed as represented ("The meeting featured representatives from the A, the B and C."). */
export function findRepresented(doc: Doc, resolver: OrgResolver, sentences: readonly Span[]): Represented[] {
  const out: Represented[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    LIST_INTRO.lastIndex = 0;
    const m = LIST_INTRO.exec(text);
    if (!m) continue;
    let to = sentence.end;
    while (to > sentence.start && /[.;:”"]/u.test(doc.text[to - 1]!)) to--;
    const from = sentence.start + m.index + m[0].length;
    const stop = doc.text.slice(from, to).search(/[;:]|\s(?:to|on|who|which|that|in order)\s+(?=\p{Ll})/u);
    if (stop >= 0) to = from + stop;
    for (const item of splitList(doc.text, from, to, resolver)) {
      const phrase = doc.text.slice(item.start, item.end).trim();
      const org = resolver.resolve(phrase, item);
      if (!org || seen.has(org.id)) continue;
      seen.add(org.id);
      out.push({ org, span: item });
    }
  }
  return out;
}
