// An organization's founding date, as precise as its source, as a row of a facts list.
import { formatPartialDate } from "@briefings/core";
import type { Organization } from "@briefings/core";
import type { NoteRef } from "../lib/notes";
import { Cites } from "./citations";
import { Fact } from "./facts";

/** Props of `FoundedFact`. */
export interface FoundedFactProps {
  /** The organization whose founding date is shown. */
  organization: Organization;
  /** The markers of the date's evidence, numbered in the part that shows it (`SectionNotes.cite(organization.founded.evidence)`). */
  refs: readonly NoteRef[];
}

/** "Founded: March 2004" with its sources and note; nothing when the date is not recorded. */
export function FoundedFact({ organization, refs }: FoundedFactProps) {
  const founded = organization.founded;
  if (!founded) return null;
  return (
    <Fact term="Founded">
      <time dateTime={founded.value}>{formatPartialDate(founded.value)}</time>
      <Cites refs={refs} />
      {founded.note ? <span className="note"> {founded.note}</span> : null}
    </Fact>
  );
}
