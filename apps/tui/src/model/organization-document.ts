// The screen of one organization: what it is, its meetings, the posts held in it.
import { childOrganizations, datasetYears, formatPartialDate, getOrganization, lookup, organizationMeetings, organizationRoles, organizationYears } from "@briefings/core";
import { sparkline } from "../lib/strips";
import type { SafeDataset } from "../lib/sanitize";
import type { Block, DetailDocument } from "./document";
import { formatDates, orgName } from "./meeting-document";

/** The document of an organization, or `undefined` for an unknown id. */
export function organizationDocument(dataset: SafeDataset, id: string): DetailDocument | undefined {
  const org = getOrganization(dataset, id);
  if (!org) return undefined;
  const l = lookup(dataset);
  const blocks: Block[] = [];
  let section = "";
  const heading = (name: string) => {
    section = name;
    blocks.push({ section, style: "heading", text: name });
  };
  const add = (block: Omit<Block, "section">) => blocks.push({ section, ...block });

  heading("Organization");
  add({ style: "title", text: orgName(org) });
  add({ style: "text", label: "Kind", text: org.kind.replace(/-/g, " ") });
  if (org.alternateNames.length > 0) add({ style: "text", label: "Also named", text: org.alternateNames.join(", ") });
  if (org.parent !== undefined) {
    const parent = l.organization.get(org.parent);
    add({ style: "text", label: "Part of", text: parent ? orgName(parent) : org.parent, target: { kind: "organization", id: org.parent } });
  }
  for (const child of childOrganizations(dataset, id)) add({ style: "text", label: "Includes", text: orgName(child), target: { kind: "organization", id: child.id } });
  if (org.url !== undefined) add({ style: "muted", label: "Website", text: org.url });
  if (org.founded) add({ style: "text", label: "Founded", text: formatPartialDate(org.founded.value, "iso") });
  const years = datasetYears(dataset);
  if (years) add({ style: "text", label: `Per year ${years.first}-${years.last}`, text: sparkline(organizationYears(dataset, id, years)) });

  heading("Meetings");
  const meetings = organizationMeetings(dataset, id);
  if (meetings.length === 0) add({ style: "muted", text: "No meetings recorded." });
  for (const m of meetings) {
    add({ style: "text", label: m.meeting.dates.value.start, text: `${m.meeting.title.value} (${m.parts.join(", ")})`, target: { kind: "meeting", id: m.meeting.id } });
  }

  heading("People");
  const roles = organizationRoles(dataset, id);
  if (roles.length === 0) add({ style: "muted", text: "No posts recorded." });
  for (const r of roles) {
    const person = l.person.get(r.person);
    const when = r.start === undefined && r.end === undefined ? "dates unknown" : formatDates(r.start ?? "?", r.end ?? "?");
    add({ style: "text", label: person?.name ?? r.person, text: `${r.titleAsStated}${r.tenure === "acting" ? " (acting)" : ""}, ${when}`, target: { kind: "person", id: r.person } });
  }
  return { kind: "Organization", title: orgName(org), blocks };
}
