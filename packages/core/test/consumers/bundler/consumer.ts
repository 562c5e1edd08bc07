// A consumer using moduleResolution "bundler": types come from the built declarations.
import { dataset, meetingsByDate, type Meeting } from "@briefings/core";
import { Dataset } from "@briefings/core/schemas";
import { validateDataset } from "@briefings/core/validate";

const first: Meeting | undefined = meetingsByDate(dataset)[0];
const title: string | undefined = first?.title.value;
const parsed = Dataset.safeParse(dataset);
const ok: boolean = validateDataset(dataset).ok && parsed.success;
export { ok, title };
