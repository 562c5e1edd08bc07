import type { Edit } from "./types";

/**
 * Flags the marks of a lost link target: a space before a sentence's final period where the
 * linked words were ("can be found on CTED’s .", "Watch the full webcast of the meeting ."),
 * and a double space between words where a linked name was. Nothing is changed.
 */
export function detectLostLinks(text: string): Edit[] {
  const edits: Edit[] = [];
  // The word is matched from its start only and bounded, so a long run without spaces stays linear.
  for (const m of text.matchAll(/(?<!\S)(\S{1,80}) \.(?=[\s\u00a0]|$)/gu)) {
    // Stryker disable next-line StringLiteral: group 1 is not optional, so every match has it
    const word = m[1] ?? "";
    if (/^[.…]+$/u.test(word)) continue; // an ellipsis
    const s = m.index;
    const e = s + m[0].length;
    edits.push({
      kind: "lost-link-target",
      action: "flagged",
      s,
      e,
      after: m[0],
      rationale: `A space stands before the final period after "${word}": the words of a link were probably lost here.`,
      confidence: 0.7,
    });
  }
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},])( {2,})(?=[\p{L}\p{N}])/gu)) {
    edits.push({
      kind: "lost-link-target",
      action: "flagged",
      s: m.index,
      e: m.index + m[0].length,
      after: m[0],
      rationale: "A double space between words may mark a linked name that was lost.",
      confidence: 0.5,
    });
  }
  return edits.sort((a, b) => a.s - b.s);
}
