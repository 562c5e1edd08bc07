// The curated dataset's list rows (newest first, not yet neutralised): what the browser's first frame
// shows. Here they are computed from the dataset; the binary's build (tsup.config.ts) replaces this module
// with the rows computed at build time, so that the CLI's start imports neither the dataset (1.4 MB of
// JSON to read and parse) nor core's index, and computes nothing from them before the first frame. The
// pty test checks that the binary's first frame is the one Ink draws from the dataset itself.
import { dataset } from "@briefings/core";
import { meetingSummaries } from "@briefings/core/trust";
import { summaryRow, type ListRow } from "./lib/list-rows";

/** The curated meetings' list rows, newest first (`summaryRow` of each of `meetingSummaries`), as in the data. */
export function curatedRows(): readonly ListRow[] {
  return meetingSummaries(dataset).map(summaryRow);
}
