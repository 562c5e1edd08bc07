// Organizations: new ones become records; existing ones are linked.
import type { DraftContext, DraftLink, Organization } from "./types";

/** The organizations named in the text: links to existing records, and new records for the others. */
export function buildOrganizations({ x, recorder, notes }: DraftContext): { links: DraftLink[]; records: Organization[] } {
  const orgLinks: DraftLink[] = [];
  const newOrgs: Organization[] = [];
  for (const org of x.organizations) {
    orgLinks.push({ id: org.id, existing: org.existing, name: org.name });
    if (org.existing) continue;
    const { evidence } = recorder.ev(org.spans.slice(0, 3), 1);
    newOrgs.push({ id: org.id, name: org.name, ...(org.acronym ? { acronym: org.acronym } : {}), alternateNames: [], kind: org.kind, evidence });
    if (org.kindInferred) notes.push(`The kind of the new organization “${org.name}” (${org.kind}) is inferred from the words of its name; check it.`);
  }
  return { links: orgLinks, records: newOrgs };
}
