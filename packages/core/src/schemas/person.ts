import * as z from "zod";
import { EvidenceList } from "./evidence";
import { Id, Text } from "./primitives";

/** A person (Popolo Person, schema.org Person). Honorifics and posts are not part of the name: see `Role`. */
export const Person = z
  .object({
    /** Stable slug, from the name. */
    id: Id,
    /** Name as normally written, without honorifics (e.g. "Gustavo Meza-Cuadra"). */
    name: Text,
    /** Given name(s), where they can be told apart. */
    givenName: Text.optional(),
    /** Family name(s), where they can be told apart. */
    familyName: Text.optional(),
    /** Name for sorting, usually "Family, Given". */
    sortName: Text,
    /** Other spellings found in sources (e.g. "Sharia" for "Scharia"). */
    alternateNames: z.array(Text).default([]),
    /** Where the person is named. */
    evidence: EvidenceList,
  })
  .meta({ title: "Person" });
export type Person = z.infer<typeof Person>;
