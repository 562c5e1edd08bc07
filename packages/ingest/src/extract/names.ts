// Speakers named without the comma-and-post introduction the genre prefers: a post written before
// the name ("Executive Director Ana Ruiz said"), a name with its State in parentheses ("Ana Ruiz
// (Chile) said"), "Ana Ruiz of Chile", "Ms. Ana Ruiz of the X Institute", a name with a lower-case post
// ("Ana Ruiz, head of the X"), a name in a programme line ("Presentation by Ana Ruiz, X") and a bare
// name as the subject of a reporting verb ("Ana Ruiz told the Committee"). A linear scan of word
// tokens: no regular expression here can backtrack over the input.
import type { Span } from "./text";

/** How a name was recognised. */
export type NameCue = "post-before" | "state-in-parentheses" | "of-organization" | "honorific" | "post-after" | "by-line" | "reporting-verb";

/** A person's name found by a cue, with the post or organization the cue gives. */
export interface NameHit {
  /** The name, without honorific or possessive. */
  name: Span;
  /** Honorific written before the name ("Ms.", "H.E. Mr.", "Colonel"). */
  honorific?: Span;
  /** A post written before the name ("Executive Director of CTED"). */
  post?: Span;
  /** The State in parentheses or the organization after "of". */
  org?: Span;
  /** A post written after the name and its cue ("…, chair of the X Committee"). */
  postAfter?: Span;
  /** The committee or body the person chairs ("…, who chairs the X Committee"). */
  chairs?: Span;
  /** What made it a name. */
  cue: NameCue;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words, initials ("S.", "T.S."), and single other characters. */
const TOKEN = /(?:\p{Lu}\.)+|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'ʼ-]*|\S/gu;

/** Honorifics and ranks that come before a name (and are kept apart from it). */
const HONORIFIC_WORDS = new Set("Mr Ms Mrs Dr Prof Amb Sir Dame Honorable Honourable Hon Excellency Colonel Lieutenant Major Captain Brigadier Commodore Admiral Judge Justice Senator Sheikh Shaikh Prince Princess Madam".split(" "));
/** Honorifics written with initials. */
const HONORIFIC_INITIALS = new Set(["H.E."]);

/** Capitalised words that make a phrase a post (case-sensitive, as written before a name). */
const POST_WORD =
  /^(?:Permanent|Special|Senior|Assistant|Acting|Chair|Chairman|Chairperson|Chairwoman|Co-Chair|Vice-Chair|President|Vice-President|Director|Director-General|Representative|Secretary|Secretary-General|Under-Secretary-General|Assistant-Secretary|Head|Manager|Minister|Ambassador|Officer|Officer-in-Charge|Coordinator|Co-ordinator|Adviser|Advisor|Expert|Experts|Chief|Commissioner|Envoy|Rapporteur|Professor|Researcher|Fellow|Founder|Executive|Deputy|Counsellor|Counselor|Inspector|Superintendent|Commander|Spokesperson|Analyst|Specialist|Consultant|Lecturer|Mayor|Judge|Prosecutor|Attorney|Premier|Prime|Chancellor|King|Queen|Emir|Governor|Panellist|Panelist|Moderator|Speaker|Delegate)$/u;

/** Lower-case posts after a name and a comma ("Ana Ruiz, head of the unit"). */
const LOWER_POST =
  /^(?:experts|chair|chairman|chairperson|chairwoman|co-chair|vice-chair|president|director|director-general|head|representative|secretary|secretary-general|under-secretary-general|assistant|deputy|executive|minister|ambassador|officer|coordinator|adviser|advisor|expert|chief|commissioner|envoy|rapporteur|professor|researcher|fellow|founder|analyst|specialist|consultant|lecturer|manager|activist|spokesperson|moderator|panellist|panelist)$/u;

/** Capitalised words that never belong to a person's name (posts, institutions, places, months). */
const NOT_NAME = new Set(
  "The This That These Those On In At For From By With And Of To During After Before Following Also His Her Their Its Our We It He She They As While When Where Under Over Upon Into About Against Between Through Speaking Addressing Briefing Opening Closing Presenting Recalling Noting Welcoming Together Both Several Many Some Other All Each Every New Old Chair Chairman Vice President Director Executive Deputy Under-Secretary-General Secretary-General Secretary Assistant General Permanent Representative Representatives Head Manager Minister Ministers Ambassador Officer Committee Committees Council Security United Nations Nation Counter-Terrorism Counterterrorism Counter Terrorism Terrorist Office Directorate Organization Organisation Network Forum Commission Department Police Member Members States State Session Meeting Briefing Open Special Joint Workshop Global International National Regional European African Arab Asian American January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday York Geneva Vienna Internet Facebook Twitter Google Microsoft Resolution Resolutions Guide Technical Declaration Delhi Strategy Plan Task Force Centre Center Institute University College School Group Alliance Republic Kingdom Federation Civil Society Private Sector Government Governments Photos Photo Webcast Watch More Read Click Share Press Release Statement Statements Remarks Presentation Presentations Report Reports Women Affairs Operations Peace Peacebuilding Crime Drugs Justice Defence Defense Interior Foreign External Development Rights Human Tourism Europe Union Mission Missions Mechanism Team Unit Branch Division Programme Program Agency Bank Fund Intelligence Financial Action Centre Prime Criminal Court Tribunal Assembly Sanctions North South East West Southeast Southwest Northeast Northwest Central Middle Eastern Western Northern Southern Pro Tempore Chef Cabinet Agenda Introduction Haram Al-Qaida Al-Shabaab Taliban Combating Countering Preventing Take Then Later Today Yesterday However Meanwhile Finally Next Here There Now Thus Furthermore Moreover Likewise Similarly Subsequently Federal Bureau Subsidiary Bodies Body Organizations Organisations Dangerous Monitoring Implementation Coordination Compact Conference Summit Dialogue Initiative Project Ministry Embassy Delegation Prize Award Day Week Year Secretariat Headquarters Chamber Room Hall Building Annual Ministerial Counter-Terrorist Sub-Committee Executive-Director CTC CTED UN UNOCT UNODC UNSC INTERPOL OSCE EU AU NATO FATF His Her Excellency".split(" "),
);

const PARTICLE = /^(?:de|da|del|della|van|von|der|den|al|bin|ibn|la|le|di|du|dos|das|el|y|ter|zu)$/u;
const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}’'ʼ]+(?:\p{Lu}[\p{Ll}\p{M}’'ʼ]+)?(?:-\p{Lu}?[\p{Ll}\p{M}’'ʼ]+)*$/u;
/** A lone capital read as an initial before a name ("S Rao"); not the words "A" and "I". */
const BARE_INITIAL = /^[B-HJ-Z]$/u;
/** Last words of an organization's name ("the X Institute", "Y University"). */
const ORG_END = /^(?:University|Institute|Institution|Centre|Center|College|School|Group|Unit|Organization|Organisation|Foundation|Network|Office|Directorate|Agency|Council|Committee|Commission|Police|Ministry|Service|Services|Society|Programme|Program|Forum|Alliance|Initiative|Survey|Association|Academy|Bank|Fund|Court|Tribunal|Secretariat|Mission|Department|Authority|Observatory|Project|Partnership|Coalition|Federation|Union|League|Council)$/u;
/** Words between a comma and the post that follows a name ("Ana Ruiz, the new head of ..."). */
const POST_LEAD = /^(?:the|an?|its|their|his|her|former|outgoing|incoming|new|current|then|acting|UN|\p{Lu}{2,})$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** Plural posts, shared by the names listed after them. */
const PLURAL_POST = /^(?:experts|Experts|officials|Officials|researchers|Researchers)$/u;
/** A rank written as a title before a name ("Assistant Secretary-General Ana Ruiz"). */
const RANK = /^(?:Assistant Secretary-General|Under-Secretary-General|Deputy Secretary-General|Ambassador)$/u;
/** Verbs that may come between a name's comma and a post word ("will be a panellist"). */
const AUXILIARY = /^(?:will|would|shall|should|can|could|may|might|must|is|was|are|were|be|been|being|has|had|have|served|serves|became|becomes|remains|remained)$/u;
const CONNECTIVE = /^(?:of|for|the|and|to|at|in|on|de|du|des|la|el)$/u;
const REPORTING = new Set("said says stated told stressed noted emphasized emphasised underlined underscored highlighted added explained observed recalled reiterated warned urged called briefed presented spoke addressed opened closed welcomed expressed pointed described outlined delivered shared concluded remarked indicated affirmed asserted argued cautioned announced informed thanked commended".split(" "));

/** Strips a possessive ("Ruiz’s" → "Ruiz"). */
const possessive = (w: string): string => w.replace(/[’']s$/u, "");
const isNameWord = (w: string): boolean => {
  const bare = possessive(w);
  return NAME_SHAPE.test(bare) && !NOT_NAME.has(bare) && !POST_WORD.test(bare) && !HONORIFIC_WORDS.has(bare);
};

/** Whether no word of a name is a post, an institution or another word that never names a person ("Monitoring Team", "Canadian Co-Chair"). */
export function hasNoTitleWord(name: string): boolean {
  return name.split(/\s+/u).every((w) => !NOT_NAME.has(possessive(w)) && !POST_WORD.test(possessive(w)));
}

/** Lower-case words of a text, to tell common words written with a capital from names. */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}\p{N}’'-])\p{Ll}[\p{Ll}\p{M}-]*/gu)) if (out.size < 20000) out.add(m[0]);
  return out;
}

/** Options of {@link findNameHits}. */
export interface NameScanOptions {
  /** Whether a phrase is a Member State's name. */
  isState: (phrase: string) => boolean;
  /** Whether a phrase names an organization the dataset or the text knows. */
  isKnownOrg: (phrase: string) => boolean;
  /** Lower-case words of the whole text (see {@link lowerCaseWords}). */
  lower: ReadonlySet<string>;
  /** For headlines and lines above the body, often in title case: no word of a name may be a common word. */
  strict?: boolean;
}

/** Finds names by the cues above in one sentence (`at` is its offset in the text). */
export function findNameHits(sentence: string, at: number, options: NameScanOptions): NameHit[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m && tokens.length < 2000; m = TOKEN.exec(sentence)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const hits: NameHit[] = [];
  const span = (a: number, b: number): Span => ({ start: at + a, end: at + b });
  // The post being read before a possible name: first token, last post token, whether a post word was seen.
  let postFrom = -1;
  let postTo = -1;
  let postSeen = false;
  let commaAfterPost = false;
  let previousPost: { from: number; to: number } | undefined;
  const resetPost = () => {
    postFrom = -1;
    postTo = -1;
    postSeen = false;
    commaAfterPost = false;
    previousPost = undefined;
  };
  // A post before a name: capitalised words, connectives, parenthesised acronyms.
  const feedPost = (n: number) => {
    const w = tokens[n]!.text;
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) {
      if (postFrom < 0 || commaAfterPost) {
        if (commaAfterPost) {
          // "CTED’s Executive Director, Assistant Secretary-General Ana Ruiz": the post before the comma, kept in case a rank follows.
          const kept = { from: postFrom, to: postTo };
          resetPost();
          previousPost = kept;
        }
        postFrom = n;
      }
      postTo = n;
      if (POST_WORD.test(possessive(w))) postSeen = true;
    } else if (LOWER_POST.test(w) && !commaAfterPost) {
      // "head of the X Office", "and head of the X Office"
      if (postFrom < 0) postFrom = n;
      postTo = n;
      postSeen = true;
    } else if (postFrom >= 0 && !commaAfterPost && (CONNECTIVE.test(w) || w === "(" || w === ")" || (w === "/" && /^\p{N}/u.test(tokens[n - 1]!.text)))) {
      if (w === ")") postTo = n;
    } else if (postFrom >= 0 && postSeen && !commaAfterPost && w === "," && postTo === n - 1) {
      commaAfterPost = true;
    } else resetPost();
  };
  // A post within a few words after a comma: "head of", "an interfaith activist", "UN under-secretary-general".
  const postAfterComma = (from: number): boolean => {
    // "…, Mr. A, and Deputy Head of B, Ms. C": after "and", the post is the next person's, written before their name.
    if (tokens[from]?.text === "and") return false;
    // "…, met with the Director of X": a clause opening with another lower-case word (a verb) is what the person did.
    const first = tokens[from]?.text ?? "";
    if (/^\p{Ll}/u.test(first) && !POST_LEAD.test(first) && !LOWER_POST.test(first) && !/^(?:senior|special|permanent|chief|lead|member|programme|program|policy|legal|co-founder|former)$/u.test(first)) return false;
    for (let n = from; n < tokens.length && n < from + 5; n++) {
      const w = tokens[n]!.text;
      // "…, will be a panellist": a verb before the post word makes it what the person does, not their post.
      if (LOWER_POST.test(w) || POST_WORD.test(w)) return n === from || tokens.slice(from, n).every((x) => !AUXILIARY.test(x.text) && (POST_LEAD.test(x.text) || /^[\p{Ll}\p{Lu}][\p{L}-]*$/u.test(x.text)));
      if (!/^[\p{L}\p{M}]/u.test(w)) return false;
    }
    return false;
  };
  // A name of two to four words from `from`, then a comma or a reporting verb: a person, not more words of a post.
  const nextPerson = (from: number): boolean => {
    let n = from;
    while (n < tokens.length && n < from + 4 && isNameWord(tokens[n]!.text)) n++;
    // Stryker disable next-line StringLiteral: past the sentence's end any text but a comma or a reporting verb answers the same.
    const after = tokens[n]?.text ?? "";
    return n - from >= 2 && (after === "," || REPORTING.has(after));
  };
  // Where a post written after a name ends: at punctuation (parentheses aside), "who", a reporting verb.
  const postEnd = (from: number): number => {
    let n = from;
    let depth = 0;
    while (n < tokens.length && n < from + 25) {
      const w = tokens[n]!.text;
      if (w === "(") depth++;
      else if (w === ")") depth--;
      else if (depth <= 0 && (/^[,;.:—–"“”]$/u.test(w) || w === "who" || w === "which" || REPORTING.has(w))) break;
      // "… of the Council of Europe and Li Wei, …", "… and Li Wei said": the next person of a list.
      else if (w === "and" && n + 2 < tokens.length && (HONORIFIC_WORDS.has(tokens[n + 1]!.text) || HONORIFIC_INITIALS.has(tokens[n + 1]!.text) || nextPerson(n + 1))) break;
      n++;
    }
    return depth === 0 ? n : from;
  };
  // The token right after the last name read (its comma, when a post follows it).
  let previousName = -1;
  // A plural post read before a name, and where the "and" after that name is.
  let sharedPost: { post: Span; and: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    // Honorifics: "Mr.", "H.E.", "Colonel".
    const honStart = i;
    let j = i;
    while (j < tokens.length && (HONORIFIC_INITIALS.has(tokens[j]!.text) || HONORIFIC_WORDS.has(tokens[j]!.text) || (tokens[j]!.text === "Ambassador" && j + 1 < tokens.length && isNameWord(tokens[j + 1]!.text)))) {
      j++;
      if (j < tokens.length && tokens[j]!.text === "." && /^(?:Mr|Ms|Mrs|Dr|Prof|Hon|Amb)$/u.test(tokens[j - 1]!.text)) j++;
    }
    const honorific = j > honStart ? { start: tokens[honStart]!.start, end: tokens[j - 1]!.end } : undefined;
    // A name: name words, initials and particles between them.
    let k = j;
    const words: Token[] = [];
    while (k < tokens.length && words.length < 6) {
      const w = tokens[k]!.text;
      // A capitalised first word of the sentence that the text also writes in lower case ("Then", "Later").
      if (words.length === 0 && (k === 0 || /^[“"‘(]$/u.test(tokens[k - 1]!.text)) && options.lower.has(w.toLowerCase())) break;
      // A bare initial before a name word: "S Rao", "Ana S Rao".
      const initial = (INITIALS.test(w) && !HONORIFIC_INITIALS.has(w)) || (BARE_INITIAL.test(w) && k + 1 < tokens.length && isNameWord(tokens[k + 1]!.text));
      if (isNameWord(w) || initial) {
        words.push(tokens[k]!);
        k++;
        if (possessive(w) !== w) break;
      } else if (words.length > 0 && PARTICLE.test(w) && k + 1 < tokens.length && isNameWord(tokens[k + 1]!.text)) {
        words.push(tokens[k]!);
        k++;
      } else break;
    }
    const named = words.filter((w) => !PARTICLE.test(w.text));
    const lastWord = words[words.length - 1];
    const next = tokens[k];
    // The name must end cleanly: not followed by another capitalised word.
    // ... nor cut at a lost letter ("Sim?o").
    const cut = next !== undefined && lastWord !== undefined && next.start === lastWord.end && /^[?�]$/u.test(next.text);
    const cleanEnd = !cut && (!next || !/^\p{Lu}/u.test(next.text) || (honorific !== undefined && POST_WORD.test(next.text)));
    const common = named.filter((w) => options.lower.has(possessive(w.text).toLowerCase())).length;
    if (named.length >= 2 && named.length <= 5 && cleanEnd && (options.strict ? common === 0 && !named.some((w) => /(?:ing|[^s]s)$/u.test(w.text)) : common * 2 <= named.length) && named.some((w) => !INITIALS.test(w.text) && !BARE_INITIAL.test(w.text)) && !INITIALS.test(lastWord!.text) && !BARE_INITIAL.test(lastWord!.text)) {
      const nameSpan = { start: words[0]!.start, end: lastWord!.start + possessive(lastWord!.text).length };
      const after: Partial<NameHit> = {};
      const hit = (cue: NameCue, extra: Partial<NameHit> = {}) =>
        hits.push({ name: span(nameSpan.start, nameSpan.end), ...(honorific ? { honorific: span(honorific.start, honorific.end) } : {}), cue, ...after, ...extra });
      const prev = tokens[honStart - 1];
      const afterComma = next?.text === "," ? tokens[k + 1] : undefined;
      // "(Chile)"
      let state: Span | undefined;
      let cueEnd = k;
      if (next?.text === "(") {
        let c = k + 1;
        while (c < tokens.length && c < k + 8 && tokens[c]!.text !== ")") c++;
        if (tokens[c]?.text === ")" && c > k + 1) {
          const phrase = sentence.slice(tokens[k + 1]!.start, tokens[c - 1]!.end);
          if (options.isState(phrase)) {
            state = { start: tokens[k + 1]!.start, end: tokens[c - 1]!.end };
            cueEnd = c + 1;
          }
        }
      }
      // "of Chile", ", of India,", "of the X Institute"
      let ofOrg: Span | undefined;
      const ofAt = next?.text === "of" ? k + 1 : next?.text === "," && tokens[k + 1]?.text === "of" ? k + 2 : -1;
      if (ofAt > 0) {
        let e = ofAt;
        while (e < tokens.length && e < ofAt + 14 && (/^[\p{Lu}\p{N}]/u.test(tokens[e]!.text) || CONNECTIVE.test(tokens[e]!.text) || /^[()’'&]$/u.test(tokens[e]!.text))) e++;
        // The longest phrase the resolver knows, trying shorter ones from the right.
        for (let f = e; f > ofAt; f--) {
          const phrase = sentence.slice(tokens[ofAt]!.start, tokens[f - 1]!.end);
          if (/^[\p{Lu}\p{N}(]|^the\s/u.test(phrase) && !/(?:\s(?:of|for|the|and|to|at|in|on)|[(&])$/u.test(phrase) && (options.isState(phrase) || options.isKnownOrg(phrase) || ORG_END.test(tokens[f - 1]!.text) || (tokens[f - 1]!.text === ")" && f - 3 > ofAt && ORG_END.test(tokens[f - 4]!.text)))) {
            ofOrg = { start: tokens[ofAt]!.start, end: tokens[f - 1]!.end };
            cueEnd = f;
            break;
          }
        }
      }
      // A post after the cue: ", chair of the X Committee", ", who chairs the X Committee".
      if (tokens[cueEnd]?.text === ",") {
        const from = cueEnd + 1;
        if (tokens[from]?.text === "who" && /^(?:chairs|chaired|heads|headed|leads|led|presides)$/u.test(tokens[from + 1]?.text ?? "")) {
          const end = postEnd(from + 2);
          if (end > from + 2) after.chairs = span(tokens[from + 2]!.start, tokens[end - 1]!.end);
        } else if (postAfterComma(from)) {
          const end = postEnd(from);
          if (end > from) after.postAfter = span(tokens[from]!.start, tokens[end - 1]!.end);
        }
      }
      // "X, Chair of A, Ana Ruiz, Head of B": the post before the comma is the previous person's.
      // "Ana Ruiz, Permanent Representative of Chile, H.E. Li Wei …": a post right after the previous name and its comma is that person's.
      const listed = (commaAfterPost && after.postAfter !== undefined) || (commaAfterPost && previousName >= 0 && tokens[previousName]?.text === "," && postFrom === previousName + 1);
      if (!listed && postSeen && postTo === honStart - 1 - (commaAfterPost ? 1 : 0) && postFrom >= 0) {
        // A rank right before the name after "<post>," (not the previous person's): both posts are the name's.
        const rank = !commaAfterPost && previousPost !== undefined && !(previousName >= 0 && tokens[previousName]?.text === "," && previousPost.from === previousName + 1) && RANK.test(sentence.slice(tokens[postFrom]!.start, tokens[postTo]!.end));
        const from = rank ? previousPost!.from : postFrom;
        // "As chair of the X Committee, Ana Ruiz": the "As" of a capacity is no word of the post
        const lead = /^(?:The|the|A|An|As)$/u.test(tokens[from]!.text) && from < postTo ? from + 1 : from;
        hit("post-before", { post: span(tokens[lead]!.start, tokens[postTo]!.end), ...(state ? { org: span(state.start, state.end) } : ofOrg ? { org: span(ofOrg.start, ofOrg.end) } : {}) });
        // "CTED experts Ana Ruiz and Li Wei": a plural post is shared by the name after "and".
        sharedPost = PLURAL_POST.test(tokens[postTo]!.text) ? { post: span(tokens[lead]!.start, tokens[postTo]!.end), and: k } : undefined;
      } else if (sharedPost && prev?.text === "and" && honStart - 1 === sharedPost.and && !honorific) {
        hit("post-before", { post: sharedPost.post });
        sharedPost = undefined;
      } else if (state) hit("state-in-parentheses", { org: span(state.start, state.end) });
      else if (ofOrg) hit("of-organization", { org: span(ofOrg.start, ofOrg.end) });
      else if (honorific && /^(?:Mr|Ms|Mrs|Dr|Prof|Amb|H\.E\.|Honorable|Honourable|Hon|Colonel|Lieutenant|Major|Captain|Brigadier|Judge|Ambassador|Sir|Dame)$/u.test(tokens[honStart]!.text) && (!next || /^[,.;:)(–—-]$|^\p{Ll}/u.test(next.text) || POST_WORD.test(next.text)))
        hit("honorific");
      else if (afterComma && postAfterComma(k + 1)) hit("post-after");
      else if (prev?.text === "by" && (!next || /^[,.;:]$/u.test(next.text))) hit("by-line");
      else if (next && REPORTING.has(next.text) && (!prev || /^[,;:—–"“”]$/u.test(prev.text) || prev.text === "and")) hit("reporting-verb");
      resetPost();
      previousName = k;
      i = k;
      continue;
    }
    // Not a name: the words (or this token) may be part of a post written before a name.
    if (honorific && words.length === 0) {
      i = j;
      continue;
    }
    const upTo = Math.max(k, i + 1);
    for (let n = honorific ? j : i; n < upTo; n++) feedPost(n);
    i = upTo;
  }
  return hits;
}
