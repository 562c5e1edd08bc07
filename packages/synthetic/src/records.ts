// The dataset under construction: its collections, and the records created on first mention.
import type { Correction, Dataset, Evidence, Organization, Person, Role } from "@briefings/core";
import type { PoolOrganization, PoolPerson, Post } from "./pools";
import { slugify } from "./slug";

/** Collections being filled, with indexes of the records that are created once and reused. */
export class Records {
  readonly sources: Dataset["sources"] = [];
  readonly corrections: Correction[] = [];
  readonly organizations: Organization[] = [];
  readonly people: Person[] = [];
  readonly roles: Role[] = [];
  readonly meetings: Dataset["meetings"] = [];
  readonly participations: Dataset["participations"] = [];
  readonly statements: Dataset["statements"] = [];
  readonly quotes: Dataset["quotes"] = [];
  readonly figures: Dataset["figures"] = [];
  private readonly organizationIds = new Set<string>();
  private readonly personIds = new Set<string>();
  private readonly roleById = new Map<string, Role>();

  /** Records the organization on its first mention (`evidence` is where it is named). */
  organization(o: PoolOrganization, evidence: () => Evidence): void {
    if (this.organizationIds.has(o.id)) return;
    this.organizationIds.add(o.id);
    this.organizations.push({
      id: o.id,
      name: o.name,
      ...(o.acronym !== undefined ? { acronym: o.acronym } : {}),
      alternateNames: [],
      kind: o.kind,
      ...(o.parent !== undefined ? { parent: o.parent } : {}),
      ...(o.url !== undefined ? { url: o.url } : {}),
      evidence: [evidence()],
    });
  }

  /** Whether the organization has a record yet. */
  hasOrganization(id: string): boolean {
    return this.organizationIds.has(id);
  }

  /** Records the person on their first mention. */
  person(p: PoolPerson, evidence: () => Evidence): void {
    if (this.personIds.has(p.id)) return;
    this.personIds.add(p.id);
    this.people.push({
      id: p.id,
      name: p.name,
      givenName: p.givenName,
      familyName: p.familyName,
      sortName: `${p.familyName}, ${p.givenName}`,
      alternateNames: [],
      evidence: [evidence()],
    });
  }

  /**
   * The role for a person's post, created on its first use; its observed period is widened to
   * the meeting's dates on every use. Returns the role id.
   */
  role(p: PoolPerson, post: Post, dates: { start: string; end: string }, evidence: () => Evidence): string {
    const id = `${p.id}-${slugify(post.title)}-${post.organization.id}`;
    const known = this.roleById.get(id);
    if (known) {
      if (known.end === undefined || known.end < dates.end) known.end = dates.end;
      return id;
    }
    const role: Role = {
      id,
      person: p.id,
      organization: post.organization.id,
      title: post.title,
      titleAsStated: post.titleAsStated,
      honorific: post.honorific,
      tenure: "substantive",
      start: dates.start,
      end: dates.end,
      evidence: [evidence()],
    };
    this.roleById.set(id, role);
    this.roles.push(role);
    return id;
  }
}
