// The screen of one person: roles over time, every appearance, every quote.
import { CAPACITY_LABELS, datasetYears, formatPartialRange, getPerson, lookup, personAppearances, personQuotes, personRoles, personYears } from "@briefings/core";
import { sparkline } from "../lib/strips";
import type { SafeDataset } from "../lib/sanitize";
import type { Block, DetailDocument } from "./document";
import { formatDates, orgName } from "./meeting-document";

/** The document of a person, or `undefined` for an unknown id. */
export function personDocument(dataset: SafeDataset, id: string): DetailDocument | undefined {
  const person = getPerson(dataset, id);
  if (!person) return undefined;
  const l = lookup(dataset);
  const blocks: Block[] = [];
  let section = "";
  const heading = (name: string) => {
    section = name;
    blocks.push({ section, style: "heading", text: name });
  };
  const add = (block: Omit<Block, "section">) => blocks.push({ section, ...block });

  heading("Person");
  add({ style: "title", text: person.name });
  if (person.alternateNames.length > 0) add({ style: "text", label: "Also written", text: person.alternateNames.join(", ") });
  const years = datasetYears(dataset);
  if (years) add({ style: "text", label: `Per year ${years.first}-${years.last}`, text: sparkline(personYears(dataset, id, years)) });

  heading("Roles");
  const roles = personRoles(dataset, id);
  if (roles.length === 0) add({ style: "muted", text: "No roles recorded." });
  for (const r of roles) {
    const org = l.organization.get(r.organization);
    const when = r.start === undefined && r.end === undefined ? "dates unknown" : formatDates(r.start ?? "?", r.end ?? "?");
    add({
      style: "text",
      label: when,
      text: `${r.honorific === undefined ? "" : `${r.honorific} `}${r.titleAsStated}${r.tenure === "acting" ? " (acting)" : ""}${org ? `, ${orgName(org)}` : ""}`,
      target: { kind: "organization", id: r.organization },
    });
    if (r.term) add({ style: "muted", label: "Term stated", text: `${formatPartialRange(r.term.start, r.term.end, "iso") || "dates not given"}${r.term.note ? ` (${r.term.note})` : ""}` });
  }

  heading("Appearances");
  const appearances = personAppearances(dataset, id);
  if (appearances.length === 0) add({ style: "muted", text: "No appearances recorded." });
  for (const a of appearances) {
    const as = [CAPACITY_LABELS[a.participation.capacity] ?? a.participation.capacity, ...a.roles.map((r) => r.title)].join(", ");
    add({ style: "text", label: a.meeting.dates.value.start, text: `${a.meeting.title.value} (${as})`, target: { kind: "meeting", id: a.meeting.id } });
  }

  heading("Quotes");
  const quotes = personQuotes(dataset, id);
  if (quotes.length === 0) add({ style: "muted", text: "No quotes recorded." });
  for (const q of quotes) {
    const m = l.meeting.get(q.meeting);
    add({ style: "quote", text: `“${q.text}”${m ? ` (${m.dates.value.start})` : ""}`, target: { kind: "meeting", id: q.meeting } });
  }
  return { kind: "Person", title: person.name, blocks };
}
