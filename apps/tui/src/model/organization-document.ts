// The screen of one organization: what it is, its meetings, the posts held in it.
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_PART_LABELS,
  childOrganizations,
  datasetYears,
  formatPartialDate,
  formatPeriod,
  getOrganization,
  getPerson,
  labelOf,
  organizationMeetings,
  organizationName,
  organizationRoles,
  organizationYears,
  roleAsStated,
} from "@briefings/core";
import { sparkline } from "../lib/strips";
import type { SafeDataset } from "../lib/sanitize";
import { DocumentBuilder, type DetailDocument } from "./document";

/** The document of an organization, or `undefined` for an unknown id. */
export function organizationDocument(dataset: SafeDataset, id: string): DetailDocument | undefined {
  const org = getOrganization(dataset, id);
  if (!org) return undefined;
  const doc = new DocumentBuilder(dataset);

  doc.heading("Organization");
  doc.add({ style: "title", text: organizationName(org), evidence: org.evidence });
  doc.add({ style: "text", label: "Kind", text: labelOf(ORGANIZATION_KIND_LABELS, org.kind) });
  if (org.alternateNames.length > 0) doc.add({ style: "text", label: "Also named", text: org.alternateNames.join(", ") });
  if (org.parent !== undefined) {
    const parent = getOrganization(dataset, org.parent);
    doc.add({ style: "text", label: "Part of", text: parent ? organizationName(parent) : org.parent, target: { kind: "organization", id: org.parent } });
  }
  for (const child of childOrganizations(dataset, id)) doc.add({ style: "text", label: "Includes", text: organizationName(child), target: { kind: "organization", id: child.id } });
  if (org.url !== undefined) doc.add({ style: "muted", label: "Website", text: org.url });
  if (org.founded) doc.add({ style: "text", label: "Founded", text: formatPartialDate(org.founded.value, "iso"), evidence: org.founded.evidence });
  const years = datasetYears(dataset);
  if (years) doc.add({ style: "text", label: `Per year ${years.first}-${years.last}`, text: sparkline(organizationYears(dataset, id, years)) });

  const meetings = organizationMeetings(dataset, id);
  doc.heading("Meetings").none(meetings, "No meetings recorded.");
  for (const m of meetings) {
    const parts = m.parts.map((p) => labelOf(ORGANIZATION_PART_LABELS, p)).join(", ");
    doc.add({ style: "text", label: m.meeting.dates.value.start, text: `${m.meeting.title.value} (${parts})`, target: { kind: "meeting", id: m.meeting.id } });
  }

  const roles = organizationRoles(dataset, id);
  doc.heading("People").none(roles, "No posts recorded.");
  for (const r of roles) {
    const person = getPerson(dataset, r.person);
    doc.add({ style: "text", label: person?.name ?? r.person, text: `${roleAsStated(r)}, ${formatPeriod(r.start, r.end, "iso")}`, target: { kind: "person", id: r.person }, evidence: r.evidence });
  }
  return doc.build("Organization", organizationName(org));
}
