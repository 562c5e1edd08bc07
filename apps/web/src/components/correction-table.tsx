import { CORRECTION_ACTION_LABELS, CORRECTION_KIND_LABELS, formatConfidence, labelOf } from "@briefings/core";
import type { Correction } from "@briefings/core";
import { ExternalLink } from "./links";
import { CodePoints } from "./code-points";
import { Table } from "./table";

/** Props of `CorrectionTable`. */
export interface CorrectionTableProps {
  /** The corrections to list, in text order. */
  corrections: readonly Correction[];
  /** Caption of the table. */
  caption: string;
  /** Prefix of row ids (rows get `${idPrefix}${n}`, n from 1), to link to a correction. */
  idPrefix?: string | undefined;
}

/** How to name a kind of correction (core's label; the kind itself when data outside the vocabulary has another). */
export function correctionKindLabel(kind: string): string {
  return labelOf(CORRECTION_KIND_LABELS, kind);
}

/** Shows a piece of corrected text, making empty text and bare whitespace visible. */
function Snippet({ text }: { text: string }) {
  if (text === "") return <span className="empty">(nothing)</span>;
  // Line breaks are shown as ↵ so that an excised blank line is visible in a table cell.
  return (
    <>
      <q className="snippet">{text.replace(/\n/g, "↵")}</q>
      <CodePoints text={text} />
    </>
  );
}

/** Every correction of a source: kind, before → after, action, rationale, confidence. */
export function CorrectionTable({ corrections, caption, idPrefix }: CorrectionTableProps) {
  return (
    <Table caption={caption} className="corrections" columns={["Kind", "Before → after", "Action", "Rationale", "Confidence"]}>
      {corrections.map((c, i) => (
        <tr key={c.id} id={idPrefix ? `${idPrefix}${i + 1}` : undefined}>
          <td>
            {idPrefix ? `${i + 1}. ` : null}
            {correctionKindLabel(c.kind)}
          </td>
          <td>
            <Snippet text={c.before} /> → <Snippet text={c.after} />
          </td>
          <td>{labelOf(CORRECTION_ACTION_LABELS, c.action)}</td>
          <td>
            {c.rationale}
            {c.recoveredUrl ? (
              <>
                {" "}
                Recovered target: <ExternalLink href={c.recoveredUrl}>{c.recoveredUrl}</ExternalLink>
              </>
            ) : null}
          </td>
          <td>{formatConfidence(c.confidence) ?? "certain"}</td>
        </tr>
      ))}
    </Table>
  );
}
