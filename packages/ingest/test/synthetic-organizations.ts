// A small synthetic list of organizations, and a resolver over it, shared by the unit tests of
// extract/organizations.ts (names made up for the tests, not the dataset's records).
import type { Organization } from "@briefings/core";
import { OrgResolver } from "../src/extract/organizations";

/** An organization record with empty alternate names and evidence unless given. */
export const org = (o: Partial<Organization> & Pick<Organization, "id" | "name" | "kind">): Organization => ({ alternateNames: [], evidence: [], ...o }) as Organization;

/** The bodies the tests resolve against. */
export const ORGS: Organization[] = [
  org({ id: "ctc", name: "Counter-Terrorism Committee", acronym: "CTC", kind: "un-subsidiary-body", alternateNames: ["1373 Committee"] }),
  org({ id: "cted", name: "Counter-Terrorism Committee Executive Directorate", acronym: "CTED", kind: "un-secretariat-entity" }),
  org({ id: "un-security-council", name: "Security Council", kind: "un-principal-organ" as Organization["kind"] }),
  org({ id: "port-watch", name: "Port Watch Network", acronym: "PWN", kind: "civil-society-organization" }),
  org({ id: "un-harbour-office", name: "United Nations Harbour Office", kind: "un-secretariat-entity" }),
  org({ id: "atlantis", name: "Atlantis", kind: "member-state" }),
  org({ id: "1540-committee", name: "1540 Committee", kind: "un-subsidiary-body" }),
];

/** A resolver over `orgs` with the text's acronym definitions (their spans do not matter here). */
export const resolver = (acronyms: { acronym: string; name: string }[] = [], orgs: Organization[] = ORGS) =>
  new OrgResolver(
    orgs,
    acronyms.map((a) => ({ ...a, span: { start: 0, end: 0 } })),
  );

/** What `peek` finds for `phrase`: [id, matchedBy, existing], or undefined. */
export const peek = (phrase: string, r = resolver()) => {
  const hit = r.peek(phrase);
  return hit && [hit.id, hit.matchedBy, hit.existing];
};
