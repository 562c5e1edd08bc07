// The lists a person's and an organization's pages share: posts over time, the briefings attended, and quotes.
import type { ReactNode } from "react";
import { formatDate, formatPeriod, getMeeting } from "@briefings/core";
import type { Dataset, Meeting, Quote, Role } from "@briefings/core";
import type { NoteRef } from "../lib/notes";
import { recordPath } from "../lib/safe-href";
import { Cites } from "./citations";
import { RoleTerm } from "./role-term";

/** Props of `RoleItem`. */
export interface RoleItemProps {
  /** The post. */
  role: Role;
  /** The markers of the post's evidence. */
  refs: readonly NoteRef[];
  /** The markers of its stated term's evidence. */
  termRefs: readonly NoteRef[];
  /** Who holds it or where (", Organization" on a person's page, ": Person" on an organization's). */
  holder: ReactNode;
  /** What follows the period on its line ("· as stated: …"). */
  details?: ReactNode;
  /** What follows the term (a note). */
  children?: ReactNode;
}

/** One post in a timeline of posts: title, acting or not, its holder or organization, period and stated term. */
export function RoleItem({ role, refs, termRefs, holder, details, children }: RoleItemProps) {
  return (
    <li>
      <p>
        <strong>{role.title}</strong>
        {role.tenure === "acting" ? " (acting)" : null}
        {holder}
        <Cites refs={refs} />
      </p>
      <p className="meta">
        {formatPeriod(role.start, role.end)}
        {details}
      </p>
      <RoleTerm role={role} refs={termRefs} />
      {children}
    </li>
  );
}

/** Props of `MeetingItem`. */
export interface MeetingItemProps {
  /** The briefing. */
  meeting: Meeting;
  /** The line under its date and title (the capacity, the parts taken). */
  children: ReactNode;
}

/** A briefing in a list of appearances: its date, its linked title, and a line about the part taken in it. */
export function MeetingItem({ meeting, children }: MeetingItemProps) {
  return (
    <li>
      <p>
        <time dateTime={meeting.dates.value.start}>{formatDate(meeting.dates.value.start)}</time>:{" "}
        <a href={recordPath("briefings", meeting.id)}>{meeting.title.value}</a>
      </p>
      <p className="meta">{children}</p>
    </li>
  );
}

/** Props of `QuoteItem`. */
export interface QuoteItemProps {
  dataset: Dataset;
  /** The quote. */
  quote: Quote;
  /** The markers of its evidence. */
  refs: readonly NoteRef[];
  /** Who said it, before the briefing's link ("— Name, at" or "At"). */
  attribution: ReactNode;
}

/** A quote as a figure: its words, then who said it at which briefing (linked to the quote there) and its sources. */
export function QuoteItem({ dataset, quote, refs, attribution }: QuoteItemProps) {
  return (
    <li>
      <figure>
        <blockquote>
          <p>{quote.text}</p>
        </blockquote>
        <figcaption>
          {attribution} <a href={`${recordPath("briefings", quote.meeting)}#${encodeURIComponent(quote.id)}`}>{getMeeting(dataset, quote.meeting)?.title.value ?? quote.meeting}</a>
          <Cites refs={refs} />
        </figcaption>
      </figure>
    </li>
  );
}

/** Props of `ListOrNone`. */
export interface ListOrNoneProps<T> {
  /** The items; none gives the sentence `none` instead of an empty list. */
  items: readonly T[];
  /** What is said when there are no items ("No quotes recorded."). */
  none: string;
  /** An ordered list (<ol>, for lists in time) rather than <ul>. */
  ordered?: boolean | undefined;
  /** The list's class. */
  className: string;
  /** An item as a keyed <li> (RoleItem, MeetingItem, QuoteItem). */
  children: (item: T) => ReactNode;
}

/** A list of a record's posts, appearances or quotes, or a sentence saying there are none. */
export function ListOrNone<T>({ items, none, ordered = false, className, children }: ListOrNoneProps<T>) {
  if (items.length === 0) return <p>{none}</p>;
  const List = ordered ? "ol" : "ul";
  return <List className={className}>{items.map(children)}</List>;
}
