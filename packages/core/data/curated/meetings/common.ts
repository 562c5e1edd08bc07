// Small shared values for the meeting files of events E1–E16.
import type { DatasetInput } from "../../../src/schemas";

/** A meeting file's records, as the seed's file exports them. */
export type D = DatasetInput;

/** United Nations Headquarters, New York, as a venue location. */
export const UN_HQ = { name: "United Nations Headquarters", city: "New York", country: "United States" } as const;

/** Ids prefixed by the meeting's id, as the seed file makes them. */
export const prefixer = (meeting: string) => (suffix: string) => `${meeting}-${suffix}`;
