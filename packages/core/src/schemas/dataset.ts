import * as z from "zod";
import { Correction } from "./correction";
import { Meeting } from "./meeting";
import { Organization } from "./organization";
import { Participation } from "./participation";
import { Person } from "./person";
import { Text } from "./primitives";
import { Role } from "./role";
import { Source } from "./source";
import { Figure, Quote, Statement } from "./speech";

/** The whole dataset: one array per entity, related by ids (so it maps onto tables, Popolo and JSON-LD). */
export const Dataset = z
  .strictObject({
    /** Version of the data (semver; a change of meaning bumps the major). */
    version: z.string().max(50).regex(/^\d+\.\d+\.\d+$/),
    /** Licence of the data (SPDX id). */
    license: z.literal("CC-BY-4.0"),
    /** How to cite the dataset. */
    citation: Text,
    /** Archived and cited documents. */
    sources: z.array(Source),
    /** Repairs and flagged defects of archived source texts. */
    corrections: z.array(Correction),
    /** Organizations, including Member States. */
    organizations: z.array(Organization),
    /** People. */
    people: z.array(Person),
    /** Posts people held, with time. */
    roles: z.array(Role),
    /** Meetings and briefings. */
    meetings: z.array(Meeting),
    /** Who took part in which meeting, in which capacity. */
    participations: z.array(Participation),
    /** Reported speech. */
    statements: z.array(Statement),
    /** Direct quotations. */
    quotes: z.array(Quote),
    /** Numbers cited. */
    figures: z.array(Figure),
  })
  .meta({ title: "Dataset", description: "The briefings dataset: CTC meetings with their provenance." });
export type Dataset = z.infer<typeof Dataset>;
/** The dataset as written by hand, before defaults are filled in. */
export type DatasetInput = z.input<typeof Dataset>;

export { COLLECTIONS, type CollectionName } from "../collections";
