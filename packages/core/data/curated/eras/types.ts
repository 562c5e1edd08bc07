// The shape of one meeting file: the meeting and the records that belong to it.
import type { DatasetInput } from "../../../src/schemas";

/** What a meeting file exports (as `import * as m from "./meetings/<id>"`). */
export interface MeetingModule {
  meeting: DatasetInput["meetings"][number];
  participations: DatasetInput["participations"];
  statements: DatasetInput["statements"];
  quotes: DatasetInput["quotes"];
  figures: DatasetInput["figures"];
  corrections: DatasetInput["corrections"];
}
