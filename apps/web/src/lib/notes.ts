// The numbered sources of one section of a page: each fact cites its evidence by number (a superscript marker),
// and the section ends with the numbered list. The same evidence cited twice in a section keeps its number.
import type { Dataset, Evidence } from "@briefings/core";
import { evidenceDetail, type EvidenceDetail } from "./evidence";

/** One numbered source of a section. */
export interface Note {
  /** Its number in the section, from 1. */
  n: number;
  /** The DOM id of its entry in the section's list. */
  id: string;
  /** What the evidence is and where it leads. */
  detail: EvidenceDetail;
  /** The DOM ids of the markers that cite it, in page order (for the list's links back). */
  uses: string[];
}

/** One marker: a citation of a numbered source at one place in the text. */
export interface NoteRef {
  /** The source it cites. */
  note: Note;
  /** The DOM id of this marker (unique on the page). */
  id: string;
}

/** A DOM id part from a section name: letters, digits and hyphens only. */
function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, "-");
}

/**
 * The numbered sources of one section. Call `cite` for each fact in the order the facts are shown, then render
 * `notes` as the section's list.
 */
export class SectionNotes {
  readonly notes: Note[] = [];
  private readonly byKey = new Map<string, Note>();
  private readonly prefix: string;

  /**
   * @param dataset the dataset the evidence points into
   * @param section a name unique on the page ("statements"), used in the DOM ids
   */
  constructor(
    private readonly dataset: Dataset,
    readonly section: string,
  ) {
    this.prefix = idPart(section);
  }

  /** The DOM id of the list (the target of "Sources" links). */
  get listId(): string {
    return `notes-${this.prefix}`;
  }

  /** Numbers the evidence of one fact (new sources get the next numbers) and returns its markers. */
  cite(evidence: readonly Evidence[] | undefined): NoteRef[] {
    return (evidence ?? []).map((e) => {
      const detail = evidenceDetail(this.dataset, e);
      let note = this.byKey.get(detail.key);
      if (!note) {
        const n = this.notes.length + 1;
        note = { n, id: `note-${this.prefix}-${n}`, detail, uses: [] };
        this.notes.push(note);
        this.byKey.set(detail.key, note);
      }
      const id = `cite-${this.prefix}-${note.n}-${note.uses.length + 1}`;
      note.uses.push(id);
      return { note, id };
    });
  }
}
