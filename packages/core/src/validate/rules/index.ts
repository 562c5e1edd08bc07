import type { Rule } from "../problem";
import { archiveIntegrity } from "./archive-integrity";
import { correctionsMatchSource } from "./corrections-match-source";
import { datesConsistent } from "./dates-consistent";
import { displayTextClean } from "./display-text-clean";
import { evidenceMatchesSource } from "./evidence-matches-source";
import { noDuplicatePeople } from "./no-duplicate-people";
import { quotesMatchEvidence } from "./quotes-match-evidence";
import { referencesResolve } from "./references-resolve";
import { roleStatedWording } from "./role-stated-wording";
import { uniqueIds } from "./unique-ids";

/** Every cross-record rule, in the order they are reported. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  referencesResolve,
  archiveIntegrity,
  evidenceMatchesSource,
  correctionsMatchSource,
  quotesMatchEvidence,
  displayTextClean,
  datesConsistent,
  noDuplicatePeople,
  roleStatedWording,
];

export {
  archiveIntegrity,
  correctionsMatchSource,
  datesConsistent,
  displayTextClean,
  evidenceMatchesSource,
  noDuplicatePeople,
  quotesMatchEvidence,
  referencesResolve,
  roleStatedWording,
  uniqueIds,
};
