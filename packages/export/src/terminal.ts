// Text for a terminal: control characters and escape sequences from data or paths are made visible,
// never interpreted.

/** Replaces control characters (but line feeds and tabs) with `\u` escapes. */
export function safeText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
