// A browser application (bundled): no Node types. Type-checked with moduleResolution "bundler".
import { dataset, formatVersions, meetingYears, versions, type MeetingYear, type Person } from "@briefings/core";
import { tokenize, type SearchIndex } from "@briefings/core/search";
import { Person as PersonSchema } from "@briefings/core/schemas";

const years: MeetingYear[] = meetingYears(dataset);
const label: string = formatVersions(versions(dataset));
const words: string[] = tokenize("Counter-Terrorism Committee");
const person: Person | undefined = dataset.people[0];
const valid: boolean = PersonSchema.safeParse(person).success;
let index: SearchIndex | undefined;
export { index, label, valid, words, years };
