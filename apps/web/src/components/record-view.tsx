// What every record page's view (a briefing, a person, an organization, a source) takes, and what it shows for an
// id the dataset does not have.
import type { Dataset } from "@briefings/core";

/** Props of a record page's view. */
export interface RecordViewProps {
  /** The dataset the record is in. */
  dataset: Dataset;
  /** Id of the record to show. */
  id: string;
}

/** Props of `MissingRecord`. */
export interface MissingRecordProps {
  /** The kind of record, as a reader names it ("briefing", "person"). */
  kind: string;
  /** The id that was asked for. */
  id: string;
}

/** "No person has the id “…”." */
export function MissingRecord({ kind, id }: MissingRecordProps) {
  return (
    <p>
      No {kind} has the id “{id}”.
    </p>
  );
}
