// Prints a summary of the dataset: the main job until the web viewer exists.
import { dataset, meetingsByDate, MEETING_TYPE_LABELS, summarize } from "../index";
import { neutralize } from "../text/unsafe";

const s = summarize(dataset);
const lines = [
  `Briefings dataset v${dataset.version} (${dataset.license})`,
  "",
  `  briefings      ${s.briefings}${s.firstDate ? `  (${s.firstDate} to ${s.lastDate})` : ""}`,
  `  people         ${s.people}`,
  `  organizations  ${s.organizations}`,
  `  roles          ${s.roles}`,
  `  statements     ${s.statements}`,
  `  quotes         ${s.quotes}`,
  `  figures        ${s.figures}`,
  `  sources        ${s.sources} (${s.archivedSources} archived)`,
  `  corrections    ${s.corrections}`,
  "",
  ...meetingsByDate(dataset).map((m) => `  ${m.dates.value.start}  ${MEETING_TYPE_LABELS[m.type.value]}: ${m.title.value}`),
];
// The data is validated, but what reaches a terminal goes through the neutraliser all the same.
console.log(neutralize(lines.join("\n"), "terminal"));
