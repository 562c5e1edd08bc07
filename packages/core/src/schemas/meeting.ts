import * as z from "zod";
import { DOCUMENT_RELATIONS, MEDIA_KINDS, MEDIA_STATUSES, MEETING_RELATIONS, ORGANIZER_ROLES, SESSION_KINDS, VENUE_MODES } from "../vocabulary";
import { attested } from "./attested";
import { EvidenceList } from "./evidence";
import { DateRange, HttpUrl, Id, IsoDate, Name, PartialDate, Text, Title } from "./primitives";
import { MeetingType, ReviewState, Topic } from "./topic";

/** One place a meeting was held. */
export const Location = z.strictObject({
  /** Name of the venue (e.g. "United Nations Headquarters", "Conference Room 4"), when a source names it (some give only the city). */
  name: Name.optional(),
  /** City. */
  city: Name,
  /** Country, in English. */
  country: Name,
  /** For multi-city meetings: the days spent at this location. */
  dates: DateRange.optional(),
});
export type Location = z.infer<typeof Location>;

/** Where a meeting took place: in person (one or more locations), virtually, or both. */
export const Venue = z
  .strictObject({
    /** `in-person`, `virtual` or `hybrid`. */
    mode: z.enum(VENUE_MODES),
    /** Physical locations, in order (none for a virtual meeting). */
    locations: z.array(Location).default([]),
  })
  .refine((v) => (v.mode === "virtual") === (v.locations.length === 0), {
    message: "a virtual meeting has no locations; an in-person or hybrid one has at least one",
    path: ["locations"],
  });
export type Venue = z.infer<typeof Venue>;

/** An organization's part in convening a meeting. */
export const Organizer = z.strictObject({
  /** Id of the `Organization`. */
  organization: Id,
  /** `convener`: the body whose meeting it is; `host`: organised or hosted it; `co-organizer`; `supporter` (funding, premises). */
  role: z.enum(ORGANIZER_ROLES),
  /** Where this is stated. */
  evidence: EvidenceList,
});
export type Organizer = z.infer<typeof Organizer>;

/** One part of a meeting's programme (an Akoma Ntoso debate section). */
export const Session = z
  .strictObject({
    /** Slug, unique within the meeting (e.g. `opening`, `session-1`, `closing`). */
    id: Id,
    /** `opening`, `thematic` (numbered), `closing`, or `plenary`. */
    kind: z.enum(SESSION_KINDS),
    /** Number of a thematic session (I = 1). */
    number: z.int().positive().optional(),
    /** Official title of the session. */
    title: attested(Text).optional(),
    /** What the session discussed, as reported. */
    summary: attested(Text).optional(),
    /** Day of the session, for multi-day meetings. */
    date: IsoDate.optional(),
  })
  .refine((s) => (s.kind === "thematic") === (s.number !== undefined), {
    message: "thematic sessions, and only they, have a number",
    path: ["number"],
  });
export type Session = z.infer<typeof Session>;

/** A link to material about a meeting (photos, webcast, documents), with the state of its target. */
export const MediaLink = z
  .strictObject({
    /** Slug, unique within the meeting. */
    id: Id,
    /** What the link leads to. */
    kind: z.enum(MEDIA_KINDS),
    /** Link text to show. */
    label: Title,
    /** `ok`: the source's link works; `target-lost`: the copy lost it and it is not recovered; `recovered`: lost in the copy, found elsewhere; `unrecorded`: the source links it but we did not record the target. */
    status: z.enum(MEDIA_STATUSES),
    /** The target, for `ok` and `recovered` links. */
    url: HttpUrl.optional(),
    /** Where the link is (or was) in the source; for a recovered one also where the target was found. */
    evidence: EvidenceList,
    /** How the target was recovered, or what is known of a lost one. */
    note: Text.optional(),
  })
  .refine((m) => (m.status === "target-lost" || m.status === "unrecorded") === (m.url === undefined), {
    message: "a lost or unrecorded link has no url; an ok or recovered link has one",
    path: ["url"],
  });
export type MediaLink = z.infer<typeof MediaLink>;

/** A Security Council or General Assembly document cited (e.g. resolution 2354 (2017), S/2017/375). */
export const DocumentReference = z.strictObject({
  /** Symbol or short name as cited (e.g. "resolution 2354 (2017)", "S/2017/375"). */
  symbol: Title,
  /** Why it is cited: the meeting's mandate, or a reference in the discussion. */
  relation: z.enum(DOCUMENT_RELATIONS),
  /** Date or edition of the document, as precise as the source gives it (e.g. `2009` for an earlier edition). */
  date: PartialDate.optional(),
  /** Where it is cited. */
  evidence: EvidenceList,
});
export type DocumentReference = z.infer<typeof DocumentReference>;

/** A meeting outside the dataset that a source relates this one to (an earlier event in a series, a preparatory meeting). */
export const ExternalMeeting = z.strictObject({
  /** How the source names or describes it. */
  title: Title,
  /** When it took place, as precise as the source gives it. */
  date: PartialDate.optional(),
  /** Where it is described, when a page is known. */
  url: HttpUrl.optional(),
});
export type ExternalMeeting = z.infer<typeof ExternalMeeting>;

/** How a meeting relates to another meeting: one of the dataset (`meeting`) or one outside it (`external`). */
export const MeetingRelation = z
  .strictObject({
    /** Id of the other `Meeting`, when it is in the dataset. */
    meeting: Id.optional(),
    /** The other meeting, when it is not in the dataset. */
    external: ExternalMeeting.optional(),
    /** `follow-up-to`: this meeting follows up on the other; `continues`: the same series (e.g. the annual open meeting required by a resolution); `preceded-by`: the other took place just before as part of the same event (e.g. a day of discussion before an open meeting); `prepares`: this meeting prepared the other (technical sessions before a special meeting). */
    relation: z.enum(MEETING_RELATIONS),
    /** Where the relation is stated. */
    evidence: EvidenceList,
  })
  .refine((r) => (r.meeting === undefined) !== (r.external === undefined), {
    message: "a relation names either a meeting of the dataset (`meeting`) or one outside it (`external`)",
    path: ["meeting"],
  });
export type MeetingRelation = z.infer<typeof MeetingRelation>;

/** Whether a curator has checked a record against its sources. */
export const Review = z.strictObject({
  /** `curated`: a curator checked every fact against its sources; `draft`: an ingest draft (or unfinished record) awaiting review, whose facts carry the ingest's confidence. */
  state: ReviewState,
  /** Day of the last complete check against the sources (for `curated`). */
  checked: IsoDate.optional(),
  /** What was checked, or what a draft still needs. */
  note: Text.optional(),
});
export type Review = z.infer<typeof Review>;

/** A numbered series a meeting belongs to, as a source states it ("the third open meeting with the Global Research Network"). */
export const Series = z.strictObject({
  /** The series, in a phrase (e.g. "open meetings with CTED's Global Research Network"). */
  name: Title,
  /** The meeting's number in the series, when stated. */
  number: z.int().positive().optional(),
});
export type Series = z.infer<typeof Series>;

/** An organization a source names in a meeting's account without it taking part (a mention, not a participation). */
export const Mention = z.strictObject({
  /** Id of the `Organization`. */
  organization: Id,
  /** Where it is named. */
  evidence: EvidenceList,
  /** In what connection it is named. */
  note: Text.optional(),
});
export type Mention = z.infer<typeof Mention>;

/** A meeting of (or briefing to) the Counter-Terrorism Committee: schema.org Event, Popolo Event. */
export const Meeting = z
  .strictObject({
    /** Stable slug: the first date and a few words of the title (`2019-06-27-protection-of-soft-targets`). */
    id: Id,
    /** Official title (the theme), without the "CTC holds ... on" of a headline. */
    title: attested(Title),
    /** Other titles found: headlines, Web TV titles. */
    alternateTitles: z.array(attested(Title)).default([]),
    /** First and last day. */
    dates: attested(DateRange),
    /** Local start time (`HH:MM`, 24-hour clock) at the first location, when stated. */
    startTime: attested(z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM")).optional(),
    /** Format of the meeting. */
    type: attested(MeetingType),
    /** Who convened, hosted or supported it. */
    organizers: z.array(Organizer).min(1),
    /** Where it took place. */
    venue: attested(Venue).optional(),
    /** Purpose and objectives, one per item. */
    objectives: z.array(attested(Text)).default([]),
    /** A short account of the meeting, as reported. */
    summary: attested(Text).optional(),
    /** Topics from the controlled vocabulary (a curatorial classification). */
    topics: z.array(Topic).min(1),
    /** The programme, in order. */
    sessions: z.array(Session).default([]),
    /** Photos, webcasts and documents. */
    media: z.array(MediaLink).default([]),
    /** Resolutions and documents cited. */
    documents: z.array(DocumentReference).default([]),
    /** Other meetings (of the dataset or outside it) this one follows up, continues or follows. */
    related: z.array(MeetingRelation).default([]),
    /** The numbered series the meeting belongs to, when a source states it. */
    series: attested(Series).optional(),
    /** Organizations named in the meeting's account that did not take part. */
    mentions: z.array(Mention).default([]),
    /** Facts that fit no field (an outcome adopted, an audience, a first of its kind), each attested, with a confidence where uncertain. */
    claims: z.array(attested(Text)).default([]),
    /** Ids of the sources this record is built from, main source first. */
    sources: z.array(Id).min(1),
    /** Curators' remarks: what is uncertain and why. */
    notes: z.array(Text).default([]),
    /** Whether the record was checked against its sources (`curated`) or awaits review (`draft`). */
    review: Review,
  })
  .meta({ title: "Meeting", description: "A meeting of, or briefing to, the Counter-Terrorism Committee." });
export type Meeting = z.infer<typeof Meeting>;
