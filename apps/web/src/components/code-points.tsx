// The code points of text in a script the reader's fonts may lack (the seed's injected token shows as empty boxes
// without a CJK font): shown beside the text, so a reader can tell what it was.
import { codePointsOf, outsideLatinScript } from "@briefings/core";

/** Props of `CodePoints`. */
export interface CodePointsProps {
  /** The text (shown elsewhere) whose code points to give. */
  text: string;
  /** At most this many code points are listed (default 24); the rest are counted. */
  limit?: number | undefined;
}

/** " (U+7F05 U+5317 …)" beside text outside the Latin script; nothing for Latin text. */
export function CodePoints({ text, limit = 24 }: CodePointsProps) {
  if (!outsideLatinScript(text)) return null;
  const points = codePointsOf(text).split(" ");
  const shown = points.slice(0, limit).join(" ");
  const rest = points.length - Math.min(points.length, limit);
  return (
    <span className="code-points">
      {" "}
      (<span className="visually-hidden">code points </span>
      <code>{shown}</code>
      {rest > 0 ? ` and ${rest} more` : null})
    </span>
  );
}
