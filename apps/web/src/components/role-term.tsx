// A post's term of office, where a source states it, beside the dates the post is observed.
import { formatPartialRange } from "@briefings/core";
import type { Role } from "@briefings/core";
import type { NoteRef } from "../lib/notes";
import { Cites } from "./citations";

/** Props of `RoleTerm`. */
export interface RoleTermProps {
  /** The role whose stated term is shown. */
  role: Role;
  /** The markers of the term's evidence, numbered in the section that shows it (`SectionNotes.cite(role.term.evidence)`). */
  refs: readonly NoteRef[];
}

/** "Term stated: 1 January 2018 – 31 December 2019 (elected for two years)", with its sources; nothing without a term. */
export function RoleTerm({ role, refs }: RoleTermProps) {
  const term = role.term;
  if (!term) return null;
  const span = formatPartialRange(term.start, term.end);
  return (
    <p className="meta role-term">
      Term stated: {span === "" ? "dates not given" : span}
      {term.note ? <span className="note"> ({term.note})</span> : null}
      <Cites refs={refs} />
    </p>
  );
}
