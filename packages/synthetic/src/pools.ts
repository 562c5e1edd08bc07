// The people and organizations that briefings draw from: pools shared across briefings, growing
// sublinearly with the number of briefings, and the posts each person holds over time.
import type { OrganizationKind } from "@briefings/core";
import type { Rng } from "./prng";
import { slugify } from "./slug";
import { CORE_ORGANIZATIONS, COUNTRIES, FAMILY_NAMES, GIVEN_NAMES, ORGANIZATION_PARTS } from "./vocabulary";

/** An organization that may be named in a briefing. */
export interface PoolOrganization {
  id: string;
  name: string;
  acronym?: string | undefined;
  kind: OrganizationKind;
  parent?: string | undefined;
  url?: string | undefined;
  /** Whether a source puts "the" before the name. */
  article: boolean;
}

/** A post a person holds from the meeting index `from` on. */
export interface Post {
  organization: PoolOrganization;
  title: string;
  titleAsStated: string;
  honorific: string;
}

/** A person who may speak, with their career: posts in order, and the meeting indices where they change. */
export interface PoolPerson {
  id: string;
  name: string;
  givenName: string;
  familyName: string;
  /** "Mr." or "Ms.", for "said Ms. Chen". */
  address: string;
  posts: Post[];
  /** Sorted meeting indices at which the person moves to the next post (one fewer than posts). */
  changes: number[];
}

/** Pools for a dataset of `briefings` meetings. */
export interface Pools {
  organizations: PoolOrganization[];
  organization: (id: string) => PoolOrganization;
  countries: PoolOrganization[];
  /** Successive CTC chairs; chair `i` presides over meetings `[i * chairTerm, (i + 1) * chairTerm)`. */
  chairs: PoolPerson[];
  chairTerm: number;
  /** Everyone else, most frequent speakers first. */
  speakers: PoolPerson[];
}

/** The post a person holds at meeting index `meeting`, and its index in their career. */
export function postAt(person: PoolPerson, meeting: number): { post: Post; index: number } {
  let index = 0;
  while (index < person.changes.length && person.changes[index]! <= meeting) index++;
  return { post: person.posts[index]!, index };
}

/** Number of people in the pool for `briefings` meetings (about N/4 + 20). */
export function peoplePoolSize(briefings: number): number {
  return Math.min(Math.floor(briefings / 4) + 20, GIVEN_NAMES.length * FAMILY_NAMES.length);
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

function generatedOrganizations(rng: Rng, count: number): PoolOrganization[] {
  const places = [...ORGANIZATION_PARTS.places, ...COUNTRIES];
  const combos: PoolOrganization[] = [];
  for (const place of places) {
    for (const part of ORGANIZATION_PARTS.institutes) {
      const name = `${place} ${part}`;
      combos.push({ id: slugify(name, 12), name, acronym: initials(name), kind: "research-institute", article: true });
    }
    for (const part of ORGANIZATION_PARTS.networks) {
      const name = `${place} ${part}`;
      const kind = part === "Cities Network" || part === "Mayors Forum" ? "city-network" : "civil-society-organization";
      combos.push({ id: slugify(name, 12), name, kind, article: true });
    }
    for (const part of ORGANIZATION_PARTS.companies) {
      const name = `${place} ${part}`;
      combos.push({ id: slugify(name, 12), name, kind: "private-company", article: false });
    }
  }
  return rng.sample(combos, count);
}

function postsFor(rng: Rng, address: string, orgs: { un: PoolOrganization[]; countries: PoolOrganization[]; others: PoolOrganization[] }): Post {
  const excellency = `H.E. ${address}`;
  const roll = rng.next();
  if (roll < 0.4) {
    const c = rng.pick(orgs.countries);
    return rng.pick([
      { organization: c, title: "Permanent Representative", titleAsStated: `Permanent Representative of ${c.name} to the United Nations`, honorific: excellency },
      { organization: c, title: "Minister of the Interior", titleAsStated: `Minister of the Interior of ${c.name}`, honorific: excellency },
      { organization: c, title: "National Counter-Terrorism Coordinator", titleAsStated: `National Counter-Terrorism Coordinator of ${c.name}`, honorific: address },
    ]);
  }
  if (roll < 0.7) {
    const o = rng.pick(orgs.un);
    const the = o.article ? "the " : "";
    if (o.id === "unoct" && rng.chance(0.3)) {
      return { organization: o, title: "Under-Secretary-General", titleAsStated: `Under-Secretary-General of the ${o.name}`, honorific: address };
    }
    const title = rng.pick(["Executive Director", "Deputy Executive Director", "Senior Legal Officer", "Programme Officer", "Head of Unit"]);
    return { organization: o, title, titleAsStated: `${title} of ${the}${o.name}`, honorific: address };
  }
  const o = rng.pick(orgs.others);
  const the = o.article ? "the " : "";
  const title =
    o.kind === "research-institute"
      ? rng.pick(["Director", "Senior Fellow", "Research Fellow"])
      : o.kind === "private-company"
        ? rng.pick(["Head of Counter-Terrorism Policy", "Chief Security Officer"])
        : rng.pick(["Coordinator", "Founder"]);
  return { organization: o, title, titleAsStated: `${title} of ${the}${o.name}`, honorific: address };
}

/** Builds the pools for `briefings` meetings. */
export function createPools(rng: Rng, briefings: number): Pools {
  const core: PoolOrganization[] = CORE_ORGANIZATIONS.map((o) => ({ ...o, article: true }));
  const countries: PoolOrganization[] = COUNTRIES.map((name) => ({ id: slugify(name), name, kind: "member-state", article: false }));
  const others = generatedOrganizations(rng, Math.floor(4 * Math.sqrt(briefings)) + 12);
  const organizations = [...core, ...countries, ...others];
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const organization = (id: string) => {
    const o = byId.get(id);
    if (!o) throw new Error(`no organization "${id}" in the pool`);
    return o;
  };
  const un = core.filter((o) => !["security-council", "ctc"].includes(o.id));

  // Distinct name combinations, in a seeded order.
  const size = peoplePoolSize(briefings);
  const combos = rng.sample(
    GIVEN_NAMES.flatMap((g) => FAMILY_NAMES.map((f) => ({ given: g, family: f }))),
    size,
  );
  const chairCount = Math.max(1, Math.min(Math.ceil(briefings / 250), Math.floor(size / 4)));
  const chairTerm = Math.ceil(briefings / chairCount);
  const ctc = organization("ctc");
  const people: PoolPerson[] = combos.map(({ given, family }, i) => {
    const name = `${given.name} ${family}`;
    const base = { id: slugify(name, 12), name, givenName: given.name, familyName: family, address: given.honorific };
    if (i < chairCount) {
      const post: Post = { organization: ctc, title: "Chair", titleAsStated: "Chair of the Counter-Terrorism Committee", honorific: `H.E. ${given.honorific}` };
      return { ...base, posts: [post], changes: [] };
    }
    const posts: Post[] = [];
    const want = rng.int(1, 3);
    for (let k = 0; k < want * 2 && posts.length < want; k++) {
      const post = postsFor(rng, given.honorific, { un, countries, others });
      if (!posts.some((p) => p.organization.id === post.organization.id && p.title === post.title)) posts.push(post);
    }
    const changes = Array.from({ length: posts.length - 1 }, () => rng.int(0, Math.max(0, briefings - 1))).sort((a, b) => a - b);
    return { ...base, posts, changes };
  });
  return { organizations, organization, countries, chairs: people.slice(0, chairCount), chairTerm, speakers: people.slice(chairCount) };
}
