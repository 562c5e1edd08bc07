// Controlled vocabularies, kept free of zod so that readers of the data do not load the schemas.

/** Topics a meeting can be about (a closed list, so filters and counts are reliable). */
export const TOPICS = [
  "soft-targets",
  "critical-infrastructure",
  "public-private-partnerships",
  "terrorist-narratives",
  "ict-and-internet",
  "terrorism-financing",
  "terrorism-crime-nexus",
  "gender",
  "new-technologies",
  "foreign-terrorist-fighters",
  "research-network",
  "human-rights",
  "international-cooperation",
  "implementation-of-resolutions",
  "border-security",
  "weapons-of-mass-destruction",
  "sanctions",
  "reporting-by-states",
  "technical-assistance",
  "criminal-justice",
  "counter-terrorism-strategies",
] as const;

/** Human labels of the topics. */
export const TOPIC_LABELS: Readonly<Record<(typeof TOPICS)[number], string>> = {
  "soft-targets": "Soft targets",
  "critical-infrastructure": "Critical infrastructure",
  "public-private-partnerships": "Public-private partnerships",
  "terrorist-narratives": "Terrorist narratives",
  "ict-and-internet": "ICT and the Internet",
  "terrorism-financing": "Terrorism financing",
  "terrorism-crime-nexus": "Terrorism-crime nexus",
  gender: "Gender",
  "new-technologies": "New technologies",
  "foreign-terrorist-fighters": "Foreign terrorist fighters",
  "research-network": "Research network",
  "human-rights": "Human rights",
  "international-cooperation": "International cooperation",
  "implementation-of-resolutions": "Implementation of resolutions",
  "border-security": "Border security",
  "weapons-of-mass-destruction": "Weapons of mass destruction",
  sanctions: "Sanctions",
  "reporting-by-states": "Reporting by States",
  "technical-assistance": "Technical assistance",
  "criminal-justice": "Criminal justice",
  "counter-terrorism-strategies": "Counter-terrorism strategies",
};

/**
 * Formats of meeting, after the names the sources use. A record's type is the one its source states;
 * `unknown` when no source states one (never guessed).
 */
export const MEETING_TYPES = [
  "open-briefing",
  "open-meeting",
  "informal-briefing",
  "closed-briefing",
  "briefing-to-members",
  "briefing-to-member-states",
  "thematic-discussion",
  "committee-meeting",
  "informal-meeting",
  "special-meeting",
  "joint-special-meeting",
  "joint-briefing",
  "security-council-briefing",
  "security-council-meeting",
  "security-council-open-debate",
  "arria-formula-meeting",
  "workshop",
  "conference",
  "expert-meeting",
  "special-event",
  "launch-event",
  "side-event",
  "unknown",
] as const;

/** Human labels of the meeting types. */
export const MEETING_TYPE_LABELS: Readonly<Record<(typeof MEETING_TYPES)[number], string>> = {
  "open-briefing": "Open briefing",
  "open-meeting": "Open meeting",
  "informal-briefing": "Informal briefing",
  "closed-briefing": "Closed briefing",
  "briefing-to-members": "Briefing to Committee members",
  "briefing-to-member-states": "Briefing to the wider membership",
  "thematic-discussion": "Thematic discussion",
  "committee-meeting": "Meeting of the Committee",
  "informal-meeting": "Informal meeting",
  "special-meeting": "Special meeting",
  "joint-special-meeting": "Joint special meeting",
  "joint-briefing": "Joint briefing",
  "security-council-briefing": "Security Council briefing",
  "security-council-meeting": "Security Council meeting",
  "security-council-open-debate": "Security Council open debate",
  "arria-formula-meeting": "Arria-formula meeting",
  workshop: "Workshop",
  conference: "Conference",
  "expert-meeting": "Expert meeting",
  "special-event": "Special event",
  "launch-event": "Launch event",
  "side-event": "Side event",
  unknown: "Type not stated",
};

/** Review states of a record: checked by a curator against its sources, or an ingest draft awaiting review. */
export const REVIEW_STATES = ["curated", "draft"] as const;

/** Human labels of the review states. */
export const REVIEW_STATE_LABELS: Readonly<Record<(typeof REVIEW_STATES)[number], string>> = {
  curated: "Curated",
  draft: "Draft (awaiting review)",
};

/** Capacities in which someone takes part in a meeting. */
export const CAPACITIES = ["chair", "speaker", "keynote", "presenter", "moderator", "participant"] as const;

/** Human labels of the capacities. */
export const CAPACITY_LABELS: Readonly<Record<(typeof CAPACITIES)[number], string>> = {
  chair: "Chair",
  speaker: "Speaker",
  keynote: "Keynote speaker",
  presenter: "Presenter",
  moderator: "Moderator",
  participant: "Participant",
};

/** How one meeting relates to another (a `MeetingRelation`'s `relation`). */
export const MEETING_RELATIONS = ["follow-up-to", "continues", "preceded-by", "prepares"] as const;

/** Human labels of the meeting relations, as they introduce the other meeting ("Follows up on …"). */
export const MEETING_RELATION_LABELS: Readonly<Record<(typeof MEETING_RELATIONS)[number], string>> = {
  "follow-up-to": "Follows up on",
  continues: "Continues",
  "preceded-by": "Preceded by",
  prepares: "Prepares",
};

/** Whether a post is held substantively or as acting (or Officer-in-Charge). */
export const TENURES = ["substantive", "acting"] as const;

/** Human labels of the tenures. */
export const TENURE_LABELS: Readonly<Record<(typeof TENURES)[number], string>> = {
  substantive: "substantive",
  acting: "acting",
};

/** The facts of a meeting that carry their own provenance (an attested value), as `disputedFacts` names them. */
export const FACTS = ["title", "alternateTitle", "dates", "startTime", "type", "venue", "summary", "objective", "series", "claim", "sessionTitle", "sessionSummary"] as const;

/** Human labels of the facts. */
export const FACT_LABELS: Readonly<Record<(typeof FACTS)[number], string>> = {
  title: "Title",
  alternateTitle: "Other title",
  dates: "Date",
  startTime: "Start time",
  type: "Type",
  venue: "Venue",
  summary: "Summary",
  objective: "Objective",
  series: "Series",
  claim: "Other fact",
  sessionTitle: "Session title",
  sessionSummary: "Session summary",
};

/** Families of meeting types, for charts that cannot give each of the types its own colour. */
export const MEETING_TYPE_GROUPS = ["committee", "special", "council", "workshop", "event", "unknown"] as const;

/** Human labels of the families of meeting types. */
export const MEETING_TYPE_GROUP_LABELS: Readonly<Record<(typeof MEETING_TYPE_GROUPS)[number], string>> = {
  committee: "Committee briefings and meetings",
  special: "Special and joint meetings",
  council: "Security Council meetings",
  workshop: "Workshops, conferences, expert meetings",
  event: "Special, launch and side events",
  unknown: "Type not stated",
};

/** The family of each meeting type. */
export const MEETING_TYPE_GROUP: Readonly<Record<(typeof MEETING_TYPES)[number], (typeof MEETING_TYPE_GROUPS)[number]>> = {
  "open-briefing": "committee",
  "open-meeting": "committee",
  "informal-briefing": "committee",
  "closed-briefing": "committee",
  "briefing-to-members": "committee",
  "briefing-to-member-states": "committee",
  "thematic-discussion": "committee",
  "committee-meeting": "committee",
  "informal-meeting": "committee",
  "special-meeting": "special",
  "joint-special-meeting": "special",
  "joint-briefing": "special",
  "security-council-briefing": "council",
  "security-council-meeting": "council",
  "security-council-open-debate": "council",
  "arria-formula-meeting": "council",
  workshop: "workshop",
  conference: "workshop",
  "expert-meeting": "workshop",
  "special-event": "event",
  "launch-event": "event",
  "side-event": "event",
  unknown: "unknown",
};

/**
 * The label of `value` in `labels`, or `value` itself when it is not in the vocabulary (data read from a file the
 * schemas did not check). Typed so that a known value always has its label.
 */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: K | (string & {})): string {
  return Object.hasOwn(labels, value) ? labels[value as K] : value;
}
