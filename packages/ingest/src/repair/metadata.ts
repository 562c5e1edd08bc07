import type { Edit } from "./types";

/** Shapes of whole lines that content-management systems add around an article. */
const SHAPES: readonly RegExp[] = [
  /^(submitted|posted|written|authored)( by .{1,60}?)?( on .{4,60})?$/iu,
  /^(posted|filed|published) (in|under) .{1,80}$/iu,
  /^(published|posted|last (updated|modified)|updated|date)\s*(on|:)\s*.{0,40}\d.{0,40}$/iu,
  /^(tags?|categor(y|ies)|filed under|labels?|keywords?|posted in)\s*:\s*.{1,150}$/iu,
  /^(share( (this|on)( (article|page|story|post))?)?|share on (facebook|twitter|linkedin|x|whatsapp|email)|tweet|print( this( page)?)?|e-?mail( this( page)?)?|printer[- ]friendly( version)?|read more|continue reading|read the (full|rest)( (article|story|post))?|back to top|related( (posts|articles|stories|news|content))?|you (may|might) also like|like this|permalink|add (new )?comment|leave a (comment|reply)|\d+ (comments?|responses?|views?)|no comments( yet)?|view all( news)?|more news|skip to (main )?content)\s*[:.…»›>|]*\s*$/iu,
  /^read more( about .{1,80})?\s*[.…»›>]*$/iu,
  /^log ?in (or|to) .{1,60}$/iu,
  /^(home|news)\s*([»›>/|])\s*.{1,120}$/iu,
  /^(share:?\s*)?((facebook|twitter|linkedin|e-?mail|print|whatsapp|reddit|telegram|x)\s*[|·•,/]?\s*){2,}$/iu,
];

const isBlank = (line: string): boolean => /^[\s\u00a0]*$/u.test(line);

/** True when a single (trimmed) line has the shape of CMS metadata. */
export function isMetadataLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 160) return false;
  if (/[.!?]$/u.test(t) && !/(\.\.\.|…)$/u.test(t) && !/^(read more|continue reading)/iu.test(t)) return false;
  return SHAPES.some((re) => re.test(t));
}

/**
 * Finds lines left by a content-management system ("Submitted by admin on …", "Tags: …",
 * "Share this:", "Read more", "Printer-friendly version") and removes them whole, with the
 * blank lines that would otherwise pile up. Consecutive metadata lines go in one removal.
 */
export function detectMetadata(text: string): Edit[] {
  const lines = text.split("\n");
  const starts: number[] = [];
  let off = 0;
  for (const l of lines) {
    starts.push(off);
    off += l.length + 1;
  }
  const lineStart = (k: number): number => starts[k] ?? text.length;
  const edits: Edit[] = [];
  let k = 0;
  while (k < lines.length) {
    // Stryker disable next-line StringLiteral: the index is always inside `lines` here, so the fallback is never used
    if (!isMetadataLine(lines[k] ?? "")) {
      k++;
      continue;
    }
    // group: metadata lines separated only by blank lines
    const first = k;
    let last = k;
    let m = k + 1;
    while (m < lines.length) {
      // Stryker disable next-line StringLiteral: the index is always inside `lines` here, so the fallback is never used
      if (isBlank(lines[m] ?? "")) m++;
      // Stryker disable next-line StringLiteral: the index is always inside `lines` here, so the fallback is never used
      else if (isMetadataLine(lines[m] ?? "")) last = m++;
      else break;
    }
    let prevContent = first - 1;
    // Stryker disable next-line StringLiteral: the index is always inside `lines` here, so the fallback is never used
    while (prevContent >= 0 && isBlank(lines[prevContent] ?? "")) prevContent--;
    let nextContent = last + 1;
    // Stryker disable next-line StringLiteral: the index is always inside `lines` here, so the fallback is never used
    while (nextContent < lines.length && isBlank(lines[nextContent] ?? "")) nextContent++;
    let s: number;
    let e: number;
    if (nextContent < lines.length) {
      // remove from the group's first line (or the blank lines before it) up to the next content line,
      // keeping the blank-line separator that was before the group
      s = prevContent < 0 ? 0 : lineStart(first);
      e = lineStart(nextContent);
      if (prevContent >= 0 && first - prevContent === 1 && nextContent - last > 1) {
        // "text\nMETA\n\nnext": keep one separator -> remove "META\n" only
        e = lineStart(last + 1);
      }
    } else {
      // Stryker disable next-line StringLiteral: the index is always inside `lines` here, so the fallback is never used
      s = prevContent < 0 ? 0 : lineStart(prevContent) + (lines[prevContent] ?? "").length;
      e = text.length;
      if (text.endsWith("\n") && prevContent >= 0) e = text.length - 1;
    }
    const removed = lines.slice(first, last + 1).filter((l) => !isBlank(l)).map((l) => l.trim());
    edits.push({
      kind: "metadata-removed",
      action: "repaired",
      s,
      e,
      after: "",
      rationale: `Line${removed.length > 1 ? "s" : ""} ${removed.map((l) => `"${l}"`).join(", ")} ${removed.length > 1 ? "are" : "is"} content-management metadata, not part of the article.`,
      confidence: 0.85,
    });
    k = last + 1;
  }
  return edits;
}
