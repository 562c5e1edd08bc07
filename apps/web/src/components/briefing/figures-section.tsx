// The figures cited at a briefing: the number as stated, what it counts, who stated it, and what other sources give.
import { figureFact, formatDate, formatDateRange, formatNumber } from "@briefings/core";
import type { Dataset, Figure, MeetingRecord, Participant } from "@briefings/core";
import { SectionNotes } from "../../lib/notes";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";
import { FactProvenance, citeFact } from "../fact-provenance";
import { ParticipantName } from "./participant";

/** Props of `FiguresSection`. */
export interface FiguresSectionProps {
  dataset: Dataset;
  /** The meeting's resolved record. */
  record: MeetingRecord;
  /** The speaker of a participation id. */
  speakerOf: (participation: string | undefined) => Participant | undefined;
}

/** When a figure applies, in words (", 1 January 2018 – 31 December 2018", ", as of 1 June 2019"). */
function figureWhen(f: Figure): string {
  if (f.period) return `, ${formatDateRange(f.period)}`;
  return f.asOf ? `, as of ${formatDate(f.asOf)}` : "";
}

/** Every figure of a briefing. */
export function FiguresSection({ dataset, record, speakerOf }: FiguresSectionProps) {
  if (record.figures.length === 0) return null;
  const notes = new SectionNotes(dataset, "figures");
  const items = record.figures.map((f) => {
    const refs = notes.cite(f.evidence);
    return { f, refs, cited: citeFact(notes, figureFact(f)) };
  });
  return (
    <CitedSection id="figures" title="Figures" notes={notes}>
      <ul className="figures">
        {items.map(({ f, refs, cited }) => {
          const who = speakerOf(f.participation);
          return (
            <li key={f.id} id={f.id}>
              <p>
                <strong className="figure-value">{f.asStated}</strong>: {f.measure}: {f.approximate ? "about " : ""}
                {formatNumber(f.value)} {f.unit}
                {figureWhen(f)}
                {who ? (
                  <>
                    {" "}
                    (stated by <ParticipantName participant={who} />)
                  </>
                ) : null}
                <Cites refs={refs} />
                <FactProvenance cited={cited} />
              </p>
            </li>
          );
        })}
      </ul>
    </CitedSection>
  );
}
