// An organization's founding date, as precise as its source, as a row of a facts list.
import { formatPartialDate } from "@briefings/core";
import type { Dataset, Organization } from "@briefings/core";
import { EvidenceLinks } from "./links";

/** Props of `FoundedFact`. */
export interface FoundedFactProps {
  dataset: Dataset;
  organization: Organization;
}

/** "Founded: March 2004" with its evidence and note; nothing when the date is not recorded. */
export function FoundedFact({ dataset, organization }: FoundedFactProps) {
  const founded = organization.founded;
  if (!founded) return null;
  return (
    <div>
      <dt>Founded</dt>
      <dd>
        <time dateTime={founded.value}>{formatPartialDate(founded.value)}</time> <EvidenceLinks dataset={dataset} evidence={founded.evidence} />
        {founded.note ? <span className="note"> {founded.note}</span> : null}
      </dd>
    </div>
  );
}
