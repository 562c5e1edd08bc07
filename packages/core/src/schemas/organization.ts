import * as z from "zod";
import { attested } from "./attested";
import { EvidenceList } from "./evidence";
import { HttpUrl, Id, Name, PartialDate } from "./primitives";

/** What kind of body an organization is (a closed list: no free-text escape hatch). */
export const OrganizationKind = z.enum([
  "un-principal-organ",
  "un-subsidiary-body",
  "un-secretariat-entity",
  "un-agency",
  "intergovernmental-organization",
  "member-state",
  "government-agency",
  "law-enforcement-agency",
  "city-network",
  "civil-society-organization",
  "research-institute",
  "private-company",
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** An organization (Popolo Organization, schema.org Organization), including Member States. */
export const Organization = z
  .strictObject({
    /** Stable slug. */
    id: Id,
    /** Full name, normalised (e.g. "United Nations Office of Counter-Terrorism"). */
    name: Name,
    /** Usual acronym, if any (e.g. "UNOCT"). */
    acronym: Name.optional(),
    /** Other names and acronyms found in sources (e.g. "OCT"). */
    alternateNames: z.array(Name).default([]),
    /** What kind of body it is. */
    kind: OrganizationKind,
    /** Id of the parent organization (CTED's parent is the CTC). */
    parent: Id.optional(),
    /** Official website, if known. */
    url: HttpUrl.optional(),
    /** When it was founded or launched, as precise as the source gives it. */
    founded: attested(PartialDate).optional(),
    /** Where the organization is named. */
    evidence: EvidenceList,
  })
  .meta({ title: "Organization" });
export type Organization = z.infer<typeof Organization>;
