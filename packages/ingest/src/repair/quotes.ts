import type { Edit } from "./types";
import { paragraphs } from "./paragraphs";

/**
 * Checks curly double quotation marks paragraph by paragraph. A doubled identical mark ("““")
 * is repaired by dropping the second; an opening mark never closed (unless the next paragraph
 * opens with a mark, the convention for a quotation running over paragraphs), a closing mark
 * never opened, and an odd number of straight double quotes are flagged.
 */
export function detectQuoteProblems(text: string): Edit[] {
  const edits: Edit[] = [];
  const paras = paragraphs(text);
  paras.forEach((p, idx) => {
    const nextOpens = (paras[idx + 1]?.text ?? "").startsWith("“") || (paras[idx + 1]?.text ?? "").startsWith('"');
    let open = -1;
    let straight: number[] = [];
    for (let i = 0; i < p.text.length; i++) {
      const ch = p.text[i];
      const at = p.s + i;
      if ((ch === "“" || ch === "”") && p.text[i + 1] === ch) {
        edits.push({
          kind: "unbalanced-quotes",
          action: "repaired",
          s: at + 1,
          e: at + 2,
          after: "",
          rationale: `The quotation mark ${ch} is doubled; one is removed.`,
          confidence: 0.85,
        });
        continue; // the next (identical) mark is then read as the only one
      }
      if (ch === "“") {
        if (open >= 0) edits.push(flag(text, open, "An opening quotation mark is followed by another opening mark before any closing one."));
        open = at;
      } else if (ch === "”") {
        if (open >= 0) open = -1;
        else edits.push(flag(text, at, "A closing quotation mark has no opening mark in its paragraph."));
      } else if (ch === '"') {
        straight.push(at);
      }
    }
    if (open >= 0 && !nextOpens) edits.push(flag(text, open, "An opening quotation mark is never closed in its paragraph."));
    if (straight.length % 2 === 1 && !nextOpens) edits.push(flag(text, straight[straight.length - 1] ?? p.s, "A straight double quotation mark has no partner in its paragraph."));
    // Stryker disable next-line ArrayDeclaration: `straight` is declared again for each paragraph, so this reset at the end of the callback is dead
    straight = [];
  });
  return edits.sort((a, b) => a.s - b.s);
}

function flag(text: string, at: number, rationale: string): Edit {
  return { kind: "unbalanced-quotes", action: "flagged", s: at, e: at + 1, after: text.slice(at, at + 1), rationale, confidence: 0.6 };
}
