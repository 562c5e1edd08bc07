// Text made only of characters that are each one grapheme one column wide whatever the terminal: its
// width is its length, and it is cut anywhere. Measured without string-width or Intl.Segmenter (each costs
// milliseconds to set up: more than the first frame's own work).

/**
 * Printable ASCII; Latin-1 letters and signs (not the soft hyphen, which is invisible); dashes, curly
 * quotes, bullet and ellipsis; the four arrows; box drawing and block elements (Ink's borders, the cursor
 * bar). The last three groups are East Asian "ambiguous": one column unless ambiguous characters are
 * measured wide (string-width's `ambiguousIsNarrow: false`).
 */
export const ONE_COLUMN = /^[\x20-\x7e\xa1-\xac\xae-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2190-\u2193\u2500-\u259f]*$/;
