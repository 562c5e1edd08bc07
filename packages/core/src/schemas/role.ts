import * as z from "zod";
import { EvidenceList } from "./evidence";
import { Confidence, Id, IsoDate, Name, PartialDate, Text, Title } from "./primitives";

/**
 * A post a person held in an organization (Popolo Membership), as stated and normalised,
 * with the time it is known to apply.
 */
export const Role = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Id of the `Person` holding the post. */
    person: Id,
    /** Id of the `Organization` the post is in (for a Permanent Representative: the Member State). */
    organization: Id,
    /** The post, normalised (e.g. "Chair", "Under-Secretary-General", "Permanent Representative"). */
    title: Title,
    /** The post exactly as a source words it (e.g. "Chair of the Counter-Terrorism Committee"). */
    titleAsStated: Title,
    /** Honorific used with the post, as stated (e.g. "H.E. Mr."). */
    honorific: Name.optional(),
    /** `acting` for an Acting or Officer-in-Charge post. */
    tenure: z.enum(["substantive", "acting"]).default("substantive"),
    /** First day the post is known to have been held (observed, not necessarily the appointment). */
    start: IsoDate.optional(),
    /** Last day the post is known to have been held (observed). */
    end: IsoDate.optional(),
    /** The term of office, where a source states it (a Chair elected for a year, an appointment), beside the observed `start`/`end`. */
    term: z
      .strictObject({
        /** First day (or month, or year) of the term. */
        start: PartialDate.optional(),
        /** Last day (or month, or year) of the term. */
        end: PartialDate.optional(),
        /** Where the term is stated. */
        evidence: EvidenceList,
        /** Context (e.g. "elected for 2018-2019"). */
        note: Text.optional(),
      })
      .optional(),
    /** Where the post is stated. */
    evidence: EvidenceList,
    /** 0..1; omitted means certain. */
    confidence: Confidence.optional(),
    /** Why uncertain, or context. */
    note: Text.optional(),
  })
  .refine((r) => r.start === undefined || r.end === undefined || r.start <= r.end, {
    message: "end is before start",
    path: ["end"],
  })
  .meta({ title: "Role" });
export type Role = z.infer<typeof Role>;
