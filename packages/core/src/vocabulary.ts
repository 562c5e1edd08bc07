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
