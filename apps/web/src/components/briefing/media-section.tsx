// A briefing's photos, webcasts and documents: every link by the state of its target, never a dead link.
import { MEDIA_STATUS_LABELS } from "@briefings/core";
import type { Dataset, MediaLink, Meeting } from "@briefings/core";
import { SectionNotes, type NoteRef } from "../../lib/notes";
import { Cites } from "../citations";
import { CitedSection } from "../cited-section";
import { ExternalLink } from "../links";

/** Props of `MediaItem`. */
export interface MediaItemProps {
  /** The media link. */
  media: MediaLink;
  /** Its numbered sources. */
  refs: readonly NoteRef[];
}

/**
 * A media link by its status: a working link, a recovered one (with its recovered URL), "link lost" or "link not
 * recorded" (never a dead link).
 */
export function MediaItem({ media, refs }: MediaItemProps) {
  const status = (kind: string) => <span className={`status status-${kind}`}>{MEDIA_STATUS_LABELS[media.status]}</span>;
  return (
    <li className={`media media-${media.status}`}>
      {media.status === "target-lost" ? (
        <>
          <span>{media.label}</span> {status("lost")}
        </>
      ) : media.status === "unrecorded" ? (
        <>
          <span>{media.label}</span> {status("unrecorded")}
        </>
      ) : media.status === "recovered" ? (
        <>
          <ExternalLink href={media.url}>{media.label}</ExternalLink> {status("recovered")}
        </>
      ) : (
        <ExternalLink href={media.url}>{media.label}</ExternalLink>
      )}
      <Cites refs={refs} />
      {media.note ? <span className="note"> {media.note}</span> : null}
    </li>
  );
}

/** Props of `MediaSection`. */
export interface MediaSectionProps {
  dataset: Dataset;
  /** The meeting shown. */
  meeting: Meeting;
}

/** Every media link of a briefing. */
export function MediaSection({ dataset, meeting }: MediaSectionProps) {
  if (!meeting.media || meeting.media.length === 0) return null;
  const notes = new SectionNotes(dataset, "media");
  const items = meeting.media.map((m) => ({ m, refs: notes.cite(m.evidence) }));
  return (
    <CitedSection id="media" title="Photos, webcasts and documents" notes={notes}>
      <ul className="media-list">
        {items.map(({ m, refs }) => (
          <MediaItem key={m.id} media={m} refs={refs} />
        ))}
      </ul>
    </CitedSection>
  );
}
