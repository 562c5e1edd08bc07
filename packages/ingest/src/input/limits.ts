// Limits on what ingest accepts. A CTC press release is 2–20 KB; an RSS item or saved HTML page
// with its markup rarely passes 300 KB. 2 MiB leaves a wide margin and bounds time and memory.

/** Largest input accepted, in bytes (2 MiB). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/** Above this share of control characters (other than tab, line feed, carriage return, form feed), the input is not text. */
export const MAX_CONTROL_RATIO = 0.01;

/** Below this share of letters among the characters that are not white space, a text over 200 characters is not prose. */
export const MIN_LETTER_RATIO = 0.2;

/** Above this share of bytes ≥ 0x80, an input that is not UTF-8 is not taken for Windows-1252 text. */
export const MAX_HIGH_BYTE_RATIO = 0.3;
