// Topics from the controlled vocabulary, inferred from keywords. A topic is a curatorial
// classification, so every inferred one says which words it rests on, with a confidence.
import type { TOPICS } from "@briefings/core";
import type { Doc, Span } from "./text";
import { bodyParagraphs } from "./text";

/** A topic from the vocabulary. */
export type Topic = (typeof TOPICS)[number];

/** A topic inferred from keywords. */
export interface TopicFact {
  /** The topic. */
  value: Topic;
  /** Where the keywords are (the first few). */
  spans: Span[];
  /** 0..1: higher when the headline or lead names it, or it recurs. */
  confidence: number;
  /** The keywords found. */
  keywords: string[];
}

// Case-insensitive without the `u` flag: the keywords are plain words, and V8 scans a long text some 50 times faster
// with `gi` than with `giu` (Unicode case folding defeats its literal search); these run over the whole text.
const KEYWORDS: readonly [Topic, RegExp][] = [
  ["soft-targets", /\bsoft[”"’]?\s+targets?\b|\b[“"]soft[”"]\s+targets?\b|\bvulnerable targets\b|\bpublic places\b/gi],
  ["critical-infrastructure", /\bcritical infrastructure\b/gi],
  ["public-private-partnerships", /\bpublic[- ]private partnerships?\b|\bprivate sector\b|\bpublic and private sectors?\b/gi],
  ["terrorist-narratives", /\b(?:counter-?)?narratives?\b|\bcountering terrorist narratives\b|\bpropaganda\b|\bCTNarratives\b/gi],
  ["ict-and-internet", /\bInternet\b|\bICTs?\b|\bsocial media\b|\bonline\b|\bterrorist content\b|\binformation and communications? technolog(?:y|ies)\b/gu],
  ["terrorism-financing", /\b(?:terrorism|terrorist) financing\b|\bfinancing of terrorism\b|\bfunds\b|\bFATF\b|\bGAFILAT\b|\bmoney laundering\b|\basset[- ]freezing\b|\bfundraising\b|\bpayment technologies\b|\bnon-profit (?:sector|organi[sz]ations)\b/gi],
  ["terrorism-crime-nexus", /\borgani[sz]ed crime\b|\btrafficking\b|\bterror(?:ism)?[- ]crime nexus\b|\bTerrorCrimeNexus\b/gi],
  ["gender", /\bgender\b|\bwomen\b|\bUN Women\b/gi],
  ["new-technologies", /\bnew (?:and emerging )?technologies\b|\bemerging technologies\b|\bunmanned aerial\b|\bdrones?\b|\bartificial intelligence\b|\btechnology and innovation\b/gi],
  ["foreign-terrorist-fighters", /\bforeign terrorist fighters?\b|\breturning (?:and relocating )?(?:foreign )?(?:terrorist )?fighters\b|\bFTFs?\b/gi],
  ["research-network", /\bGlobal Research Network\b|\bthink tanks\b|\bresearch network\b|\bGRN\b/gu],
  ["human-rights", /\bhuman rights\b|\binternational law\b|\brule of law\b/gi],
  ["international-cooperation", /\binternational cooperation\b|\bregional cooperation\b|\bcooperation (?:and|among|between)\b|\bcapacity-building\b/gi],
  ["implementation-of-resolutions", /\bimplementation of (?:Security Council )?resolutions?\b|\bTechnical Guide\b|\bresolution 1373\b|\bimplementation efforts\b|\bMember States’ implementation\b/gi],
];

/** Infers topics: a keyword in the headline or lead counts, or one that occurs at least twice. */
export function findTopics(doc: Doc): TopicFact[] {
  const out: TopicFact[] = [];
  const leadEnd = (bodyParagraphs(doc)[0] ?? doc.paragraphs[0])?.end ?? 0;
  for (const [topic, re] of KEYWORDS) {
    re.lastIndex = 0;
    const spans: Span[] = [];
    const keywords = new Set<string>();
    let inLead = false;
    let count = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      count++;
      if (m.index < leadEnd) inLead = true;
      if (spans.length < 3) spans.push({ start: m.index, end: m.index + m[0].length });
      keywords.add(m[0].toLowerCase());
    }
    if (count === 0 || (!inLead && count < 2)) continue;
    const confidence = inLead ? (count >= 2 ? 0.8 : 0.7) : 0.6;
    out.push({ value: topic, spans, confidence, keywords: [...keywords].slice(0, 5) });
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}
