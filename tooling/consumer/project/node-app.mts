// A Node.js application in TypeScript (ES module), type-checked with module and moduleResolution "nodenext".
import { dataset, evidenceOf, findPeople, meetingsInYear, personAppearances, sourceCorrections, type Meeting, type ResolvedEvidence } from "@briefings/core";
import { Dataset, Meeting as MeetingSchema } from "@briefings/core/schemas";
import { validateDataset } from "@briefings/core/validate";
import { exportDataset, type ExportResult, type Format } from "@briefings/export";

const meetings: Meeting[] = meetingsInYear(dataset, 2019);
const first: Meeting | undefined = meetings[0];
const evidence: ResolvedEvidence[] = first ? evidenceOf(dataset, first.title) : [];
const urls: (string | undefined)[] = evidence.map((e) => e.url);
const posts: string[] = findPeople(dataset, "Voronkov").flatMap((p) => personAppearances(dataset, p.id).flatMap((a) => a.posts.map((r) => r.titleAsStated)));
const repairs: number = dataset.sources.reduce((n, s) => n + sourceCorrections(dataset, s.id).length, 0);
const parsed = MeetingSchema.safeParse(first);
const ok: boolean = validateDataset(dataset).ok && Dataset.safeParse(dataset).success && parsed.success;
const formats: Format[] = ["json", "csv"];
const result: Promise<ExportResult> = exportDataset(dataset, { out: "./out", formats });
// @ts-expect-error: a year is a number
meetingsInYear(dataset, "2019");
export { ok, posts, repairs, result, urls };
