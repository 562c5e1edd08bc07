// Small shared values for the meeting files of 2011-2018.
import type { MeetingModule } from "../types";

/** United Nations Headquarters, New York, as a venue location. */
export const UN_HQ = { name: "United Nations Headquarters", city: "New York", country: "United States" } as const;

/** New York, when a source gives the city only. */
export const NEW_YORK = { city: "New York", country: "United States" } as const;

/** The review state of a record checked fact by fact against its sources. */
export const CURATED: MeetingModule["meeting"]["review"] = { state: "curated", checked: "2026-12-02" };

/** Ids prefixed by the meeting's id. */
export const prefixer = (meeting: string) => (suffix: string) => `${meeting}-${suffix}`;
