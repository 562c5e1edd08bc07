// A detail screen's content as data: sections of blocks, some of which lead to another screen, many of which cite
// their sources by number (a marker after the text; the evidence itself on a key, not inline).
import { describeEvidence, evidenceKey } from "@briefings/core";
import type { Dataset, Evidence, EvidenceDescription } from "@briefings/core";
import type { Target } from "../lib/navigation";
import { wrapText } from "../lib/wrap";

/** How a block is shown. */
export type BlockStyle = "heading" | "title" | "text" | "muted" | "quote";

/** One selectable unit of a detail screen: a paragraph, a list item, a heading. */
export interface Block {
  /** Name of the section the block is in (tab moves between sections). */
  section: string;
  style: BlockStyle;
  /** The text (wrapped to the width when laid out). */
  text: string;
  /** A short label shown before the text ("Date", "Venue"). */
  label?: string | undefined;
  /** The screen enter opens from this block. */
  target?: Target | undefined;
  /** The numbers of the document's sources this block cites (its marker: "[1,2]"). */
  cites?: readonly number[] | undefined;
}

/** A detail screen's content. */
export interface DetailDocument {
  /** What the screen shows, for the header ("Briefing", "Person", "Organization"). */
  kind: string;
  /** The record's name. */
  title: string;
  /** Blocks in reading order, grouped by section. */
  blocks: Block[];
  /** The document's numbered sources: source `n` is `sources[n - 1]`. */
  sources: readonly EvidenceDescription[];
}

/** A block as it is added to a document: its section comes from the last heading, its markers from its evidence. */
export type BlockInput = Omit<Block, "section" | "cites"> & {
  /** The evidence of the fact the block shows (numbered in the document, shown on a key). */
  evidence?: readonly Evidence[] | undefined;
};

/**
 * Builds a detail document: headings open sections, blocks go into the current one, and each distinct piece of
 * evidence gets the document's next number the first time a block cites it. The one builder of every detail screen.
 */
export class DocumentBuilder {
  private readonly blocks: Block[] = [];
  private readonly sources: EvidenceDescription[] = [];
  private readonly numbers = new Map<string, number>();
  private section = "";

  /** @param dataset the dataset the evidence points into (already sanitised for the terminal) */
  constructor(private readonly dataset: Dataset) {}

  /** Starts a section. */
  heading(name: string): this {
    this.section = name;
    this.blocks.push({ section: name, style: "heading", text: name });
    return this;
  }

  /** Adds a block to the current section. */
  add({ evidence, ...block }: BlockInput): this {
    const cites = (evidence ?? []).map((e) => this.number(e));
    this.blocks.push({ section: this.section, ...block, ...(cites.length > 0 ? { cites: [...new Set(cites)] } : {}) });
    return this;
  }

  /** Adds a muted line when `items` is empty ("No quotes recorded."). */
  none(items: readonly unknown[], text: string): this {
    return items.length === 0 ? this.add({ style: "muted", text }) : this;
  }

  /** The finished document. */
  build(kind: string, title: string): DetailDocument {
    return { kind, title, blocks: this.blocks, sources: this.sources };
  }

  private number(evidence: Evidence): number {
    const key = evidenceKey(evidence);
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.sources.push(describeEvidence(this.dataset, evidence));
      n = this.sources.length;
      this.numbers.set(key, n);
    }
    return n;
  }
}

/** The marker of a block's sources: " [1,2]", or "" for none. */
export function citeMarker(block: Pick<Block, "cites">): string {
  return block.cites && block.cites.length > 0 ? ` [${block.cites.join(",")}]` : "";
}

/** The lines that show one numbered source: what it is, where, and for a passage the words in their context. */
export function sourceLines(n: number, source: EvidenceDescription): string[] {
  const what = [source.kindLabel, source.published, source.locator].filter((s) => s !== "").join(" · ");
  const lines = [`[${n}] ${what}`, `    ${source.sourceTitle}`];
  if (source.passage) {
    const { prefix, exact, suffix } = source.passage;
    lines.push(`    “${prefix ? "…" : ""}${prefix}«${exact}»${suffix}${suffix ? "…" : ""}”`.replace(/\s+/g, " "));
  }
  if (!source.archived && source.url !== undefined) lines.push(`    ${source.url}`);
  return lines;
}

/** One laid-out line of a document. */
export interface DocLine {
  text: string;
  /** Index of the block the line belongs to. */
  block: number;
  style: BlockStyle;
  /** Is this the first line of its block? */
  first: boolean;
}

/** A document laid out to a width: its lines and where each block starts and ends. */
export interface DocLayout {
  lines: DocLine[];
  /** First line of each block. */
  blockStart: number[];
  /** Line after the last of each block. */
  blockEnd: number[];
}

/** Is a block selectable (headings are not: the cursor skips them)? */
export function selectable(block: Block): boolean {
  return block.style !== "heading";
}

/** Lays a document out to `width` columns (the two-column gutter for the selection marker excluded). */
export function layoutDocument(doc: DetailDocument, width: number): DocLayout {
  const lines: DocLine[] = [];
  const blockStart: number[] = [];
  const blockEnd: number[] = [];
  doc.blocks.forEach((block, i) => {
    if (block.style === "heading" && i > 0) lines.push({ text: "", block: i, style: "text", first: false });
    blockStart.push(lines.length);
    const text = `${block.label === undefined ? block.text : `${block.label}: ${block.text}`}${citeMarker(block)}`;
    // Continuation lines align under the text after a short label, else indent by two.
    const indent = block.label !== undefined && block.label.length + 2 <= Math.min(22, Math.floor(width / 3)) ? " ".repeat(block.label.length + 2) : "  ";
    wrapText(text, width, block.style === "heading" || block.style === "title" ? "" : indent).forEach((line, j) =>
      lines.push({ text: line, block: i, style: block.style, first: j === 0 }),
    );
    blockEnd.push(lines.length);
  });
  return { lines, blockStart, blockEnd };
}

/** The names of the sections, in order. */
export function sectionsOf(doc: DetailDocument): string[] {
  return [...new Set(doc.blocks.map((b) => b.section))];
}

/** Index of the first selectable block at or after `from` (or before it, when there is none after). */
export function nearestSelectable(doc: DetailDocument, from: number): number {
  for (let i = Math.max(0, from); i < doc.blocks.length; i++) if (selectable(doc.blocks[i]!)) return i;
  for (let i = Math.min(from, doc.blocks.length - 1); i >= 0; i--) if (selectable(doc.blocks[i]!)) return i;
  return 0;
}

/** The selectable block `step` selectable blocks away from `cursor` (clamped to the first and last). */
export function stepSelectable(doc: DetailDocument, cursor: number, step: number): number {
  let i = cursor;
  let left = Math.abs(step);
  const dir = Math.sign(step);
  while (left > 0) {
    let j = i + dir;
    while (j >= 0 && j < doc.blocks.length && !selectable(doc.blocks[j]!)) j += dir;
    if (j < 0 || j >= doc.blocks.length) break;
    i = j;
    left--;
  }
  return i;
}

/**
 * The block a page down (`dir` 1) or up (`dir` -1) selects in a view `height` lines tall: the farthest selectable block
 * that, scrolled into view, shows beside the current one, so that a page never skips a line (a block of several lines
 * past the page's edge would be scrolled to its far end, and the lines before it never shown). A block taller than
 * the page is reached one step at a time. A block's heading, shown with it, counts as its first line.
 */
export function pageBlock(doc: DetailDocument, layout: DocLayout, cursor: number, height: number, dir: 1 | -1): number {
  const h = Math.max(1, height);
  const first = (i: number) => (doc.blocks[i - 1]?.style === "heading" ? layout.blockStart[i - 1]! : layout.blockStart[i]!);
  let best = cursor;
  if (dir === 1) {
    const limit = (layout.blockStart[cursor] ?? 0) + h;
    for (let i = cursor + 1; i < doc.blocks.length && layout.blockEnd[i]! <= limit; i++) if (selectable(doc.blocks[i]!)) best = i;
  } else {
    const limit = (layout.blockEnd[cursor] ?? 0) - h;
    for (let i = cursor - 1; i >= 0 && first(i) >= limit; i--) if (selectable(doc.blocks[i]!)) best = i;
  }
  return best === cursor ? stepSelectable(doc, cursor, dir) : best;
}

/** The first selectable block of the next (`dir` 1) or previous (`dir` -1) section, wrapping around. */
export function jumpSection(doc: DetailDocument, cursor: number, dir: 1 | -1): number {
  const sections = sectionsOf(doc);
  if (sections.length === 0) return 0;
  const current = sections.indexOf(doc.blocks[cursor]?.section ?? sections[0]!);
  const next = sections[(current + dir + sections.length) % sections.length]!;
  const first = doc.blocks.findIndex((b) => b.section === next && selectable(b));
  return first < 0 ? cursor : first;
}
