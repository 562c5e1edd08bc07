// The records of 2011-2018: one file per meeting in ./meetings, listed here; the people, roles,
// organizations and sources first needed by these meetings (a person or organization used across
// eras is defined once, where it first appears, and referenced elsewhere by id).
import type { MeetingModule } from "../types";
import { organizations } from "./organizations";
import { people, roles } from "./people";
import { sources } from "./sources";

/** The meetings of this era, in date order. */
const meetings: MeetingModule[] = [];

export const era = { meetings, people, roles, organizations, sources };
