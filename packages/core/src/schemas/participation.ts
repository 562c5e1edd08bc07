import * as z from "zod";
import { CAPACITIES } from "../vocabulary";
import { EvidenceList } from "./evidence";
import { Confidence, Id, Text } from "./primitives";

/** A capacity in which someone takes part in a meeting. */
export const Capacity = z.enum(CAPACITIES);
export type Capacity = z.infer<typeof Capacity>;

/**
 * Who took part in a meeting (or one session of it), in which capacity.
 * The participant is a person, an organization represented, or, for an unnamed one, a description.
 */
export const Participation = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Id of the `Meeting`. */
    meeting: Id,
    /** Id of the session within the meeting, when the participation is tied to one. */
    session: Id.optional(),
    /** Id of the `Person`, when named. */
    person: Id.optional(),
    /** Ids of the `Role`s in which the person took part, as stated at the time. */
    roles: z.array(Id).default([]),
    /** Id of the `Organization` represented. */
    organization: Id.optional(),
    /** For an unnamed participant: how the source describes them (e.g. "the acting CTC Chair"). */
    description: Text.optional(),
    /** In which capacity. */
    capacity: Capacity,
    /** Where the participation is stated. */
    evidence: EvidenceList,
    /** 0..1; omitted means certain (e.g. an affiliation cut off in the source). */
    confidence: Confidence.optional(),
    /** Why uncertain, or context. */
    note: Text.optional(),
  })
  .refine((p) => p.person !== undefined || p.organization !== undefined || p.description !== undefined, {
    message: "a participation needs a person, an organization or a description",
    path: ["person"],
  })
  .refine((p) => p.roles.length === 0 || p.person !== undefined, {
    message: "roles belong to a person: set person",
    path: ["roles"],
  })
  .meta({ title: "Participation" });
export type Participation = z.infer<typeof Participation>;
