import type { Dataset } from "../schemas/dataset";
import type { Meeting } from "../schemas/meeting";
import type { Organization } from "../schemas/organization";
import type { Role } from "../schemas/role";
import type { Quote } from "../schemas/speech";
import { groupBy } from "./group";
import { lookup, perDataset } from "./lookup";

/** The organization with this id, or `undefined`. */
export function getOrganization(dataset: Dataset, id: string): Organization | undefined {
  return lookup(dataset).organization.get(id);
}

/** Organizations sorted by name. */
export function organizationsByName(dataset: Dataset): Organization[] {
  return [...dataset.organizations].sort((a, b) => a.name.localeCompare(b.name));
}

/** How an organization took part in a meeting. */
export interface OrganizationMeeting {
  meeting: Meeting;
  /** `convener`, `host`, `co-organizer`, `supporter` and/or `participant`. */
  parts: string[];
}

/** Every meeting an organization convened, supported or took part in, oldest first. */
export function organizationMeetings(dataset: Dataset, organizationId: string): OrganizationMeeting[] {
  const l = lookup(dataset);
  const parts = new Map<string, Set<string>>();
  const add = (meeting: string, part: string) => {
    const set = parts.get(meeting) ?? new Set<string>();
    set.add(part);
    parts.set(meeting, set);
  };
  for (const { meeting, role } of organizedBy(dataset).get(organizationId) ?? []) add(meeting.id, role);
  for (const p of l.participationsByOrganization.get(organizationId) ?? []) add(p.meeting, "participant");
  return [...parts]
    .flatMap(([id, set]) => {
      const meeting = l.meeting.get(id);
      return meeting ? [{ meeting, parts: [...set].sort() }] : [];
    })
    .sort((a, b) => a.meeting.dates.value.start.localeCompare(b.meeting.dates.value.start));
}

/** Every organizer entry of every meeting, by organization, in dataset order (built once per dataset). */
const organizedBy = perDataset((dataset) => {
  const groups = new Map<string, { meeting: Meeting; role: string }[]>();
  for (const meeting of dataset.meetings) {
    for (const o of meeting.organizers) {
      const entry = { meeting, role: o.role };
      const list = groups.get(o.organization);
      if (list) list.push(entry);
      else groups.set(o.organization, [entry]);
    }
  }
  return groups;
});

/**
 * The ids of the organizations a meeting involves: its organizers (conveners, hosts, supporters) in
 * their order, then every organization a participant represents, in the order of the participations;
 * each once. Ids are as recorded (an unknown id stays in the list).
 */
export function meetingOrganizationIds(dataset: Dataset, meetingId: string): string[] {
  const l = lookup(dataset);
  const ids = new Set<string>();
  for (const o of l.meeting.get(meetingId)?.organizers ?? []) ids.add(o.organization);
  for (const p of l.participationsByMeeting.get(meetingId) ?? []) if (p.organization !== undefined) ids.add(p.organization);
  return [...ids];
}

/** The organizations a meeting involves (see `meetingOrganizationIds`), those that exist in the dataset. */
export function meetingOrganizations(dataset: Dataset, meetingId: string): Organization[] {
  const l = lookup(dataset);
  return meetingOrganizationIds(dataset, meetingId).flatMap((id) => {
    const o = l.organization.get(id);
    return o ? [o] : [];
  });
}

/** The posts held in an organization, earliest first. */
export function organizationRoles(dataset: Dataset, organizationId: string): Role[] {
  return [...(rolesByOrganization(dataset).get(organizationId) ?? [])];
}

/** Posts by organization, each list earliest first (built once per dataset). */
const rolesByOrganization = perDataset((dataset) => {
  const groups = groupBy(dataset.roles, (r) => r.organization);
  for (const list of groups.values()) list.sort((a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999") || a.id.localeCompare(b.id));
  return groups;
});

/** The organizations whose parent is `organizationId`. */
export function childOrganizations(dataset: Dataset, organizationId: string): Organization[] {
  return [...(organizationsByParent(dataset).get(organizationId) ?? [])];
}

/** Organizations by parent, in dataset order (built once per dataset). */
const organizationsByParent = perDataset((dataset) => groupBy(dataset.organizations, (o) => o.parent));

/** The quotes of the people who represented an organization at a meeting, in dataset order. */
export function organizationQuotes(dataset: Dataset, organizationId: string): Quote[] {
  return [...(quotesByOrganization(dataset).get(organizationId) ?? [])];
}

/** Quotes by the organization of their participation, in dataset order (built once per dataset). */
const quotesByOrganization = perDataset((dataset) => {
  const l = lookup(dataset);
  // A document's quote has no participation: it is no organization's.
  return groupBy(dataset.quotes, (q) => (q.participation === undefined ? undefined : l.participation.get(q.participation)?.organization));
});
