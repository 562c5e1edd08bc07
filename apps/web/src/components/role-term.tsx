// A post's term of office, where a source states it, beside the dates the post is observed.
import { formatPartialRange } from "@briefings/core";
import type { Dataset, Role } from "@briefings/core";
import { EvidenceLinks } from "./links";

/** Props of `RoleTerm`. */
export interface RoleTermProps {
  dataset: Dataset;
  role: Role;
}

/** "Term stated: 1 January 2018 – 31 December 2019 (elected for two years)", with its evidence; nothing without a term. */
export function RoleTerm({ dataset, role }: RoleTermProps) {
  const term = role.term;
  if (!term) return null;
  const span = formatPartialRange(term.start, term.end);
  return (
    <p className="meta role-term">
      Term stated: {span === "" ? "dates not given" : span}
      {term.note ? <span className="note"> ({term.note})</span> : null} <EvidenceLinks dataset={dataset} evidence={term.evidence} />
    </p>
  );
}
