// Small shared values for the meeting files of 2019-2025.
import type { DatasetInput } from "../../../../src/schemas";
import type { MeetingModule } from "../types";

type Evidence = DatasetInput["participations"][number]["evidence"];
type Capacity = DatasetInput["participations"][number]["capacity"];
type StatementKind = DatasetInput["statements"][number]["kind"];

/** United Nations Headquarters, New York, as a venue location. */
export const UN_HQ = { name: "United Nations Headquarters", city: "New York", country: "United States" } as const;

/** The Economic and Social Council Chamber at United Nations Headquarters. */
export const ECOSOC_CHAMBER = { name: "Economic and Social Council Chamber, United Nations Headquarters", city: "New York", country: "United States" } as const;

/** The day a curator checked every fact of a record against its pages. */
export const CHECKED = "2026-12-02";

/** Helpers bound to one meeting: ids prefixed by the meeting's id, participations and statements. */
export function forMeeting(meeting: string) {
  const id = (suffix: string) => `${meeting}-${suffix}`;
  /** A named person taking part, with the posts (roles) stated for them at that date. */
  const person = (
    personId: string,
    roles: string[],
    organization: string | undefined,
    capacity: Capacity,
    evidence: Evidence,
    extra: Partial<DatasetInput["participations"][number]> = {},
  ): DatasetInput["participations"][number] => ({
    id: id(personId),
    meeting,
    person: personId,
    roles,
    ...(organization === undefined ? {} : { organization }),
    capacity,
    evidence,
    ...extra,
  });
  /** An organization represented, without a named person. */
  const represented = (organization: string, evidence: Evidence, note?: string): DatasetInput["participations"][number] => ({
    id: id(`represented-${organization}`),
    meeting,
    organization,
    capacity: "participant",
    evidence,
    ...(note === undefined ? {} : { note }),
  });
  /** A participant the source describes without naming (e.g. "Government officials from the region"). */
  const described = (slug: string, description: string, evidence: Evidence, capacity: Capacity = "participant", organization?: string): DatasetInput["participations"][number] => ({
    id: id(slug),
    meeting,
    description,
    capacity,
    evidence,
    ...(organization === undefined ? {} : { organization }),
  });
  /** What a participant said, in the curator's own words. */
  const said = (participantSlug: string, n: number, kind: StatementKind, text: string, evidence: Evidence): DatasetInput["statements"][number] => ({
    id: id(`statement-${participantSlug}-${n}`),
    meeting,
    participation: id(participantSlug),
    kind,
    text,
    evidence,
  });
  return { id, person, represented, described, said };
}

/** No quotations, figures or corrections unless a file says otherwise. */
export const none = {
  quotes: [] as MeetingModule["quotes"],
  figures: [] as MeetingModule["figures"],
  corrections: [] as MeetingModule["corrections"],
};
