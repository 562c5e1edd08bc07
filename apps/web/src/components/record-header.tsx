// The head of a record page (a person, an organization, a source): what kind of record it is, its name with the
// markers of the name's sources, and the other names it goes by.
import type { NoteRef } from "../lib/notes";
import { Cites } from "./citations";

/** Props of `RecordHeader`. */
export interface RecordHeaderProps {
  /** The kind of record, shown above the name ("Person", "Intergovernmental organization"). */
  kicker: string;
  /** The record's name, the page's one <h1>. */
  title: string;
  /** The markers of the name's evidence; without them the heading stands alone (a source names itself). */
  refs?: readonly NoteRef[] | undefined;
  /** Other names of the record, listed under the name when there are any. */
  alternateNames?: readonly string[] | undefined;
  /** How the other names are introduced ("Also named", "Also written"). */
  alternateLabel?: string | undefined;
}

/** Kicker, name (with its sources) and other names of a record page. */
export function RecordHeader({ kicker, title, refs, alternateNames, alternateLabel = "Also named" }: RecordHeaderProps) {
  return (
    <header className="page-header">
      <p className="kicker">{kicker}</p>
      {refs === undefined ? (
        <h1>{title}</h1>
      ) : (
        <div className="title-row">
          <h1>{title}</h1>
          <Cites refs={refs} />
        </div>
      )}
      {alternateNames && alternateNames.length > 0 ? (
        <p className="meta">
          {alternateLabel}: {alternateNames.join(", ")}
        </p>
      ) : null}
    </header>
  );
}
