// Beside a fact: how sure the record is of it, and what other sources give for it (each value with its numbered
// sources) and why the record keeps its own value. Renders nothing for a certain, undisputed fact.
import { formatConfidence } from "@briefings/core";
import type { MeetingFact } from "@briefings/core";
import type { NoteRef, SectionNotes } from "../lib/notes";
import { Cites } from "./citations";

/** A fact with the markers of its alternatives' evidence, numbered in the section that shows it. */
export interface CitedFact {
  /** The fact, written out by core (`factOf`, `meetingFacts`, `figureFact`). */
  fact: Omit<MeetingFact, "fact">;
  /** The markers of each alternative's evidence, in the order of `fact.alternatives`. */
  alternativeRefs: readonly (readonly NoteRef[])[];
}

/**
 * Numbers the evidence of a fact's alternatives in `notes`. Call it where the section numbers its facts (before
 * rendering), after citing the fact's own evidence, so the numbers follow the reading order.
 */
export function citeFact(notes: SectionNotes, fact: Omit<MeetingFact, "fact">): CitedFact {
  return { fact, alternativeRefs: fact.alternatives.map((a) => notes.cite(a.evidence)) };
}

/** Props of `FactProvenance`. */
export interface FactProvenanceProps {
  /** The fact and the markers of its alternatives (`citeFact`). */
  cited: CitedFact;
  /** Show the fact's confidence (for a draft: the ingest's); default true. */
  showConfidence?: boolean;
}

/** A fact's confidence when it is not certain, then the values other sources give, each with its sources, and why the record's is preferred. */
export function FactProvenance({ cited, showConfidence = true }: FactProvenanceProps) {
  const { fact, alternativeRefs } = cited;
  const confidence = showConfidence && fact.confidence !== undefined && fact.confidence < 1 ? formatConfidence(fact.confidence) : undefined;
  if (confidence === undefined && fact.alternatives.length === 0) return null;
  return (
    <span className="provenance">
      {confidence !== undefined ? <span className="confidence">Confidence {confidence}.</span> : null}
      {fact.alternatives.length > 0 ? (
        <span className="disputed">
          <span className="disputed-label">Other sources give: </span>
          {fact.alternatives.map((a, i) => (
            <span key={i} className="alternative">
              {i > 0 ? "; " : null}
              <q>{a.value}</q>
              {a.note ? <span className="note"> ({a.note})</span> : null}
              <Cites refs={alternativeRefs[i] ?? []} />
            </span>
          ))}
          {fact.preferred ? (
            <span className="preferred">
              {" "}
              — <q>{fact.value}</q> is preferred because: {fact.preferred}
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
