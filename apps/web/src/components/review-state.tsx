// The review state of a record: checked by a curator against its sources (`curated`), or an ingest draft awaiting
// review (`draft`). A tag for lists, a note for the record's page.
import { REVIEW_STATE_LABELS, formatDate, labelOf } from "@briefings/core";
import type { Meeting } from "@briefings/core";
import { facetPath } from "../lib/filters";

/** Props of `ReviewTag`. */
export interface ReviewTagProps {
  /** The meeting's review (its `state` may be anything in data the schemas did not check). */
  review: Meeting["review"] | undefined;
  /** Make the tag a link to the list of briefings in that state (default: plain text, as in long lists). */
  link?: boolean;
}

/** The state in a word or two, styled by state (a missing review counts as a draft). */
export function ReviewTag({ review, link = false }: ReviewTagProps) {
  const state = review?.state ?? "draft";
  const className = `review-tag review-${state === "curated" ? "curated" : "draft"}`;
  const label = labelOf(REVIEW_STATE_LABELS, state);
  return link ? (
    <a className={className} href={facetPath("review", state)}>
      {label}
    </a>
  ) : (
    <span className={className}>{label}</span>
  );
}

/** Props of `ReviewNote`. */
export interface ReviewNoteProps {
  review: Meeting["review"] | undefined;
}

/** What the state means for this record: when it was checked, or what a draft still needs. */
export function ReviewNote({ review }: ReviewNoteProps) {
  const curated = review?.state === "curated";
  return (
    <p className={`review-note review-note-${curated ? "curated" : "draft"}`}>
      <ReviewTag review={review} link />{" "}
      {curated
        ? `A curator checked every fact of this record against its sources${review?.checked ? ` (last checked ${formatDate(review.checked)})` : ""}.`
        : "This record is a draft made by the ingest from its source and not yet checked by a curator: its facts carry the ingest's confidence."}
      {review?.note ? <span className="note"> {review.note}</span> : null}
    </p>
  );
}
