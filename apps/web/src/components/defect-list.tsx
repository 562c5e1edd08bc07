// The defects a source is known to have that were not repaired (it is not archived, so there is no text to repair).
import { CORRECTION_KIND_LABELS, formatConfidence, labelOf } from "@briefings/core";
import type { Source } from "@briefings/core";

/** Props of `DefectList`. */
export interface DefectListProps {
  /** The source's recorded defects. */
  defects: NonNullable<Source["defects"]>;
}

/** Each defect: its kind, what it is, and how sure the curator is. */
export function DefectList({ defects }: DefectListProps) {
  return (
    <ul>
      {defects.map((d, i) => (
        <li key={i}>
          {labelOf(CORRECTION_KIND_LABELS, d.kind)}: {d.description}
          {d.confidence !== undefined ? <span className="meta"> (confidence {formatConfidence(d.confidence)})</span> : null}
        </li>
      ))}
    </ul>
  );
}
