import * as z from "zod";
import { EvidenceList } from "./evidence";
import { Id, Name } from "./primitives";

/** A person (Popolo Person, schema.org Person). Honorifics and posts are not part of the name: see `Role`. */
export const Person = z
  .strictObject({
    /** Stable slug, from the name. */
    id: Id,
    /** Name as normally written, without honorifics (e.g. "Gustavo Meza-Cuadra"). */
    name: Name,
    /** Given name(s), where they can be told apart. */
    givenName: Name.optional(),
    /** Family name(s), where they can be told apart. */
    familyName: Name.optional(),
    /** Name for sorting, usually "Family, Given". */
    sortName: Name,
    /** Other spellings found in sources (e.g. "Sharia" for "Scharia"). */
    alternateNames: z.array(Name).default([]),
    /** Where the person is named. */
    evidence: EvidenceList,
  })
  .meta({ title: "Person" });
export type Person = z.infer<typeof Person>;
