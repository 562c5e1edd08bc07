// Beside a fact: how sure the record is of it, and what other sources give for it (with their evidence) and why the
// record keeps its own value. Renders nothing for a certain, undisputed fact.
import { formatConfidence } from "@briefings/core";
import type { Dataset, MeetingFact } from "@briefings/core";
import { EvidenceLinks } from "./links";

/** Props of `FactProvenance`. */
export interface FactProvenanceProps {
  dataset: Dataset;
  /** The fact, written out by core (`factOf`, `meetingFacts`, `figureFact`). */
  fact: Omit<MeetingFact, "fact">;
  /** Show the fact's confidence (for a draft: the ingest's); default true. */
  showConfidence?: boolean;
}

/** A fact's confidence when it is not certain, then the values other sources give, each with its evidence, and why the record's is preferred. */
export function FactProvenance({ dataset, fact, showConfidence = true }: FactProvenanceProps) {
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
              {a.note ? <span className="note"> ({a.note})</span> : null} <EvidenceLinks dataset={dataset} evidence={a.evidence} />
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
