// The screen of one person: posts over time (in the source's words, with any stated term), appearances per year, every appearance, every quote.
import {
  CAPACITY_LABELS,
  datasetYears,
  formatPartialRange,
  formatPeriod,
  getMeeting,
  getOrganization,
  getPerson,
  labelOf,
  organizationName,
  personAppearances,
  personQuotes,
  personRoles,
  personYears,
  roleAsStated,
} from "@briefings/core";
import { sparkline } from "../lib/strips";
import type { SafeDataset } from "../lib/sanitize";
import { DocumentBuilder, type DetailDocument } from "./document";

/** The document of a person, or `undefined` for an unknown id. */
export function personDocument(dataset: SafeDataset, id: string): DetailDocument | undefined {
  const person = getPerson(dataset, id);
  if (!person) return undefined;
  const doc = new DocumentBuilder(dataset);

  doc.heading("Person");
  doc.add({ style: "title", text: person.name, evidence: person.evidence });
  if (person.alternateNames.length > 0) doc.add({ style: "text", label: "Also written", text: person.alternateNames.join(", ") });
  const years = datasetYears(dataset);
  if (years) doc.add({ style: "text", label: `Per year ${years.first}-${years.last}`, text: sparkline(personYears(dataset, id, years)) });

  const roles = personRoles(dataset, id);
  doc.heading("Roles").none(roles, "No roles recorded.");
  for (const r of roles) {
    const org = getOrganization(dataset, r.organization);
    doc.add({
      style: "text",
      label: formatPeriod(r.start, r.end, "iso"),
      text: `${roleAsStated(r)}${org ? `, ${organizationName(org)}` : ""}${r.honorific === undefined ? "" : ` (addressed as ${r.honorific})`}`,
      target: { kind: "organization", id: r.organization },
      evidence: r.evidence,
    });
    if (r.term) {
      doc.add({ style: "muted", label: "Term stated", text: `${formatPartialRange(r.term.start, r.term.end, "iso") || "dates not given"}${r.term.note ? ` (${r.term.note})` : ""}`, evidence: r.term.evidence });
    }
  }

  const appearances = personAppearances(dataset, id);
  doc.heading("Appearances").none(appearances, "No appearances recorded.");
  for (const a of appearances) {
    const as = [labelOf(CAPACITY_LABELS, a.participation.capacity), ...a.roles.map((r) => r.title)].join(", ");
    doc.add({ style: "text", label: a.meeting.dates.value.start, text: `${a.meeting.title.value} (${as})`, target: { kind: "meeting", id: a.meeting.id } });
  }

  const quotes = personQuotes(dataset, id);
  doc.heading("Quotes").none(quotes, "No quotes recorded.");
  for (const q of quotes) {
    const m = getMeeting(dataset, q.meeting);
    doc.add({ style: "quote", text: `“${q.text}”${m ? ` (${m.dates.value.start})` : ""}`, target: { kind: "meeting", id: q.meeting }, evidence: q.evidence });
  }
  return doc.build("Person", person.name);
}
