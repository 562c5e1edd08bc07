import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import type { ReviewState } from "../schemas/topic";
import type { Organization } from "../schemas/organization";
import type { Participation } from "../schemas/participation";
import type { Person } from "../schemas/person";
import type { Role } from "../schemas/role";
import type { Figure, Quote, Statement } from "../schemas/speech";
import { lookup } from "./lookup";

/** Meetings by first date, newest first (or oldest first with `"asc"`); ties by id. */
// Stryker disable next-line StringLiteral: any default but "asc" sorts newest first.
export function meetingsByDate(dataset: Dataset, order: "asc" | "desc" = "desc"): Meeting[] {
  const sign = order === "asc" ? 1 : -1;
  return [...dataset.meetings].sort(
    // Stryker disable next-line ArithmeticOperator: dividing by a sign of ±1 is multiplying by it (the comparison is 0 only for one record with itself).
    (a, b) => sign * (a.dates.value.start.localeCompare(b.dates.value.start) || a.id.localeCompare(b.id)),
  );
}

/** The meetings in one review state: `curated` (checked against their sources) or `draft` (awaiting review). */
export function meetingsInReview(dataset: Dataset, state: ReviewState): Meeting[] {
  return dataset.meetings.filter((m) => m.review.state === state);
}

/** The meeting with this id, or `undefined`. */
export function getMeeting(dataset: Dataset, id: string): Meeting | undefined {
  return lookup(dataset).meeting.get(id);
}

/** The year of a meeting's first day. */
export function meetingYear(meeting: Meeting): number {
  return Number(meeting.dates.value.start.slice(0, 4));
}

/** A participant resolved: the participation with its person, roles and organization. */
export interface Participant {
  participation: Participation;
  person?: Person | undefined;
  roles: Role[];
  organization?: Organization | undefined;
  /** How to name the participant: the person's name, or the description of an unnamed one. */
  name: string;
}

/** Resolves a participation to its person, roles and organization. */
export function resolveParticipant(dataset: Dataset, participation: Participation): Participant {
  const l = lookup(dataset);
  const person = participation.person === undefined ? undefined : l.person.get(participation.person);
  const organization = participation.organization === undefined ? undefined : l.organization.get(participation.organization);
  const roles = participation.roles.flatMap((id) => l.role.get(id) ?? []);
  const name = person?.name ?? participation.description ?? organization?.name ?? participation.id;
  return { participation, person, roles, organization, name };
}

/** Everything said at a meeting, resolved: who spoke (in programme order), statements, quotes and figures. */
export interface MeetingRecord {
  meeting: Meeting;
  /** Participants who spoke or chaired (named or not), opening first and closing last. */
  speakers: Participant[];
  /** Organizations represented, by name, each once. */
  organizations: Organization[];
  statements: Statement[];
  quotes: Quote[];
  figures: Figure[];
  convenedBy: Organization[];
}

/** The resolved record of one meeting, or `undefined` for an unknown id. */
export function meetingRecord(dataset: Dataset, id: string): MeetingRecord | undefined {
  const l = lookup(dataset);
  const meeting = l.meeting.get(id);
  if (!meeting) return undefined;
  const participations = l.participationsByMeeting.get(id) ?? [];
  const sessionOrder = new Map<string | undefined, number>(meeting.sessions.map((s, i) => [s.id, i]));
  const rank = (p: Participation) => {
    const session = meeting.sessions.find((s) => s.id === p.session);
    if (session?.kind === "opening") return -1;
    if (session?.kind === "closing") return meeting.sessions.length + 1;
    // No session, or one the meeting does not list: after the sessions, before the closing.
    return sessionOrder.get(p.session) ?? meeting.sessions.length;
  };
  const speakers = participations
    .filter((p) => p.person !== undefined || p.description !== undefined)
    // Array sort is stable: speakers of the same rank keep the dataset's order.
    .sort((a, b) => rank(a) - rank(b))
    .map((p) => resolveParticipant(dataset, p));
  const orgIds = new Set(participations.flatMap((p) => (p.organization === undefined ? [] : [p.organization])));
  const organizations = [...orgIds]
    .flatMap((o) => l.organization.get(o) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    meeting,
    speakers,
    organizations,
    statements: l.statementsByMeeting.get(id) ?? [],
    quotes: l.quotesByMeeting.get(id) ?? [],
    figures: l.figuresByMeeting.get(id) ?? [],
    convenedBy: meeting.organizers.flatMap((o) => l.organization.get(o.organization) ?? []),
  };
}
