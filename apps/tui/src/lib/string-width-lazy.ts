// string-width without its start-up cost. Loading string-width 8 builds Unicode property regular
// expressions (\p{RGI_Emoji} among them) and an Intl.Segmenter at once: tens of milliseconds, as much as
// Node itself takes to start, spent before the first frame although the text measured then is almost all
// plain. The binary's build (tsup.config.ts) points every `string-width` import (Ink's, its helpers' and
// ours) here: text made only of characters whose width is certainly one column is measured by its length,
// and string-width itself loads on the first text that needs it. `string-width-lazy.test.ts` checks that
// both give the same widths.

import { ONE_COLUMN } from "./one-column";

/** string-width's signature. */
export type StringWidth = (text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

/** Characters one column wide whatever the terminal (ambiguous ones taken as narrow). */
const NARROW = ONE_COLUMN;
/** Colour and style sequences (SGR), which take no columns. */
const SGR = /\x1b\[[0-9;]*m/g;

/** A string-width that measures narrow text itself and calls `load()` (once) for anything else. */
export function lazyStringWidth(load: () => StringWidth): StringWidth {
  let real: StringWidth | undefined;
  return (text, options) => {
    if (typeof text !== "string" || text === "") return 0;
    if (options?.ambiguousIsNarrow !== false && options?.countAnsiEscapeCodes !== true) {
      if (NARROW.test(text)) return text.length;
      if (text.includes("\x1b")) {
        const plain = text.replace(SGR, "");
        if (NARROW.test(plain)) return plain.length;
      }
    }
    real ??= load();
    return real(text, options);
  };
}

// In the bundle, esbuild turns this require into a lazy initialiser of the bundled string-width module:
// nothing of it runs until the first call. (Only the bundle uses this module; tests pass their own loader.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stringWidth: StringWidth = lazyStringWidth(() => (require("string-width") as { default: StringWidth }).default);
export default stringWidth;
