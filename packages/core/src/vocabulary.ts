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

/** The kinds of damage found in sources, by how it arises (a correction's `kind`). */
export const CORRECTION_KINDS = [
  /** Spam put into a defaced page, removed. */
  "injected-text-excised",
  /** Words the injected text replaced, put back. */
  "words-restored",
  /** A link whose text or target was lost in the copy. */
  "lost-link-target",
  /** Bytes of one charset decoded as another (mojibake). */
  "mis-encoding",
  /** Letters replaced by `?` or dropped. */
  "lost-characters",
  /** Raw HTML tags or entities left in the text. */
  "markup-removed",
  /** CMS metadata lines left in the text. */
  "metadata-removed",
  /** A paragraph or caption repeated. */
  "duplicate-text",
  /** The same word twice in a row. */
  "doubled-word",
  /** A quotation mark without its pair. */
  "unbalanced-quotes",
  /** A slip of the original author (spelling, punctuation). */
  "typo",
  /** The same name spelled two ways in one source. */
  "name-variant",
  /** A dateline that differs from the date in the body. */
  "date-mismatch",
  /** A caption left behind by an image the copy lost. */
  "orphaned-caption",
] as const;

/** Human labels of the correction kinds. */
export const CORRECTION_KIND_LABELS: Readonly<Record<(typeof CORRECTION_KINDS)[number], string>> = {
  "injected-text-excised": "Injected text excised",
  "words-restored": "Words restored",
  "lost-link-target": "Lost link target",
  "mis-encoding": "Mis-encoding",
  "lost-characters": "Lost characters",
  "markup-removed": "Markup removed",
  "metadata-removed": "Metadata removed",
  "duplicate-text": "Duplicate text",
  "doubled-word": "Doubled word",
  "unbalanced-quotes": "Unbalanced quotes",
  typo: "Typo",
  "name-variant": "Name variant",
  "date-mismatch": "Date mismatch",
  "orphaned-caption": "Orphaned caption",
};

/** What a correction did: changed the text, or recorded a defect and left the text as it is. */
export const CORRECTION_ACTIONS = ["repaired", "flagged"] as const;

/** Human labels of the correction actions. */
export const CORRECTION_ACTION_LABELS: Readonly<Record<(typeof CORRECTION_ACTIONS)[number], string>> = {
  repaired: "Repaired",
  flagged: "Flagged, left as is",
};

/** What kind of body an organization is (a closed list: no free-text escape hatch). */
export const ORGANIZATION_KINDS = [
  "un-principal-organ",
  "un-subsidiary-body",
  "un-secretariat-entity",
  "un-agency",
  "intergovernmental-organization",
  "member-state",
  "government-agency",
  "law-enforcement-agency",
  "city-network",
  "civil-society-organization",
  "research-institute",
  "private-company",
] as const;

/** Human labels of the organization kinds. */
export const ORGANIZATION_KIND_LABELS: Readonly<Record<(typeof ORGANIZATION_KINDS)[number], string>> = {
  "un-principal-organ": "UN principal organ",
  "un-subsidiary-body": "UN subsidiary body",
  "un-secretariat-entity": "UN Secretariat entity",
  "un-agency": "UN agency, fund or programme",
  "intergovernmental-organization": "Intergovernmental organization",
  "member-state": "Member State",
  "government-agency": "Government agency",
  "law-enforcement-agency": "Law enforcement agency",
  "city-network": "City network",
  "civil-society-organization": "Civil society organization",
  "research-institute": "Research institute",
  "private-company": "Private company",
};

/** What kind of document a source is. */
export const SOURCE_KINDS = [
  "press-release",
  "news-article",
  "web-tv-page",
  "listing",
  "agenda",
  "announcement",
  "report",
  "third-party-report",
] as const;

/** Human labels of the source kinds. */
export const SOURCE_KIND_LABELS: Readonly<Record<(typeof SOURCE_KINDS)[number], string>> = {
  "press-release": "Press release",
  "news-article": "News article",
  "web-tv-page": "UN Web TV page",
  listing: "Listing",
  agenda: "Agenda",
  announcement: "Announcement",
  report: "Report",
  "third-party-report": "Third-party report",
};

/** Where a copy of a source is: the publisher's own address, a mirror of it, a repost elsewhere, another publisher's page. */
export const LOCATION_ROLES = ["official", "mirror", "repost", "third-party"] as const;

/** Human labels of the location roles. */
export const LOCATION_ROLE_LABELS: Readonly<Record<(typeof LOCATION_ROLES)[number], string>> = {
  official: "Official",
  mirror: "Mirror",
  repost: "Repost",
  "third-party": "Third party",
};

/** How an address of a source is known: seen there, reported but not checked, or reconstructed. */
export const LOCATION_STATUSES = ["verified", "unverified", "inferred"] as const;

/** Human labels of the location statuses. */
export const LOCATION_STATUS_LABELS: Readonly<Record<(typeof LOCATION_STATUSES)[number], string>> = {
  verified: "verified",
  unverified: "unverified",
  inferred: "inferred",
};

/** How much of a source's page a copy holds: `excerpt` when only its beginning was read, `full` otherwise. */
export const COPY_EXTENTS = ["excerpt", "full"] as const;

/** Human labels of the copy extents. */
export const COPY_EXTENT_LABELS: Readonly<Record<(typeof COPY_EXTENTS)[number], string>> = {
  excerpt: "beginning of the page",
  full: "whole page",
};

/** An organization's part in convening a meeting. */
export const ORGANIZER_ROLES = ["convener", "host", "co-organizer", "supporter"] as const;

/** Human labels of the organizer roles, as they introduce the organizations ("Convened by …"). */
export const ORGANIZER_ROLE_LABELS: Readonly<Record<(typeof ORGANIZER_ROLES)[number], string>> = {
  convener: "Convened by",
  host: "Hosted by",
  "co-organizer": "Co-organized by",
  supporter: "Supported by",
};

/** How an organization took part in a meeting: one of the organizer roles, or as a participant. */
export const ORGANIZATION_PARTS = [...ORGANIZER_ROLES, "participant"] as const;

/** Human labels of the organization parts, as verbs ("convened", "took part"). */
export const ORGANIZATION_PART_LABELS: Readonly<Record<(typeof ORGANIZATION_PARTS)[number], string>> = {
  convener: "convened",
  host: "hosted",
  "co-organizer": "co-organized",
  supporter: "supported",
  participant: "took part",
};

/** Where a meeting took place: in person, virtually, or both. */
export const VENUE_MODES = ["in-person", "virtual", "hybrid"] as const;

/** Human labels of the venue modes. */
export const VENUE_MODE_LABELS: Readonly<Record<(typeof VENUE_MODES)[number], string>> = {
  "in-person": "In person",
  virtual: "Virtual",
  hybrid: "Hybrid",
};

/** Parts of a meeting's programme. */
export const SESSION_KINDS = ["opening", "thematic", "closing", "plenary"] as const;

/** Human labels of the session kinds (a thematic session is named by its number). */
export const SESSION_KIND_LABELS: Readonly<Record<(typeof SESSION_KINDS)[number], string>> = {
  opening: "Opening",
  thematic: "Session",
  closing: "Closing",
  plenary: "Plenary",
};

/** What a media link leads to. */
export const MEDIA_KINDS = ["photos", "webcast", "concept-note", "agenda", "summary", "outcome-document", "document"] as const;

/** Human labels of the media kinds. */
export const MEDIA_KIND_LABELS: Readonly<Record<(typeof MEDIA_KINDS)[number], string>> = {
  photos: "Photos",
  webcast: "Webcast",
  "concept-note": "Concept note",
  agenda: "Agenda",
  summary: "Summary",
  "outcome-document": "Outcome document",
  document: "Document",
};

/** The state of a media link's target. */
export const MEDIA_STATUSES = ["ok", "target-lost", "recovered", "unrecorded"] as const;

/** Human labels of the media link statuses. */
export const MEDIA_STATUS_LABELS: Readonly<Record<(typeof MEDIA_STATUSES)[number], string>> = {
  ok: "ok",
  "target-lost": "link lost",
  recovered: "recovered link",
  unrecorded: "link not recorded",
};

/** Why a document is cited by a meeting. */
export const DOCUMENT_RELATIONS = ["mandate", "framework", "reference", "outcome"] as const;

/** Human labels of the document relations. */
export const DOCUMENT_RELATION_LABELS: Readonly<Record<(typeof DOCUMENT_RELATIONS)[number], string>> = {
  mandate: "Mandate",
  framework: "Framework",
  reference: "Reference",
  outcome: "Outcome",
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

/** What kind of speech a statement reports. */
export const STATEMENT_KINDS = ["opening-remarks", "closing-remarks", "remarks", "presentation", "briefing", "joint-statement"] as const;

/** Human labels of the statement kinds. */
export const STATEMENT_KIND_LABELS: Readonly<Record<(typeof STATEMENT_KINDS)[number], string>> = {
  "opening-remarks": "Opening remarks",
  "closing-remarks": "Closing remarks",
  remarks: "Remarks",
  presentation: "Presentation",
  briefing: "Briefing",
  "joint-statement": "Joint statement",
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
