// Keys, named once: what each key does, for the handlers, the help overlay and the footers.
import type { Key } from "ink";

/** What a key press asks for. */
export type Command =
  | "up"
  | "down"
  | "pageUp"
  | "pageDown"
  | "top"
  | "bottom"
  | "open"
  | "back"
  | "nextSection"
  | "previousSection"
  | "filter"
  | "year"
  | "type"
  | "review"
  | "years"
  | "succession"
  | "help"
  | "evidence"
  | "quit";

/** The command of a key press outside the filter input, or `undefined` for a key that does nothing. */
export function commandOf(input: string, key: Key): Command | undefined {
  if (key.ctrl && input === "c") return "quit";
  if (key.upArrow || input === "k") return "up";
  if (key.downArrow || input === "j") return "down";
  if (key.pageUp || (key.ctrl && input === "b")) return "pageUp";
  if (key.pageDown || (key.ctrl && input === "f") || input === " ") return "pageDown";
  if (key.home || input === "g") return "top";
  if (key.end || input === "G") return "bottom";
  if (key.return || input === "\n") return "open";
  if (key.tab) return key.shift ? "previousSection" : "nextSection";
  if (key.escape || key.backspace || key.delete || key.leftArrow) return "back";
  if (key.rightArrow) return "open";
  if (input === "/") return "filter";
  if (input === "y") return "year";
  if (input === "t") return "type";
  if (input === "r") return "review";
  if (input === "Y") return "years";
  if (input === "s") return "succession";
  if (input === "?") return "help";
  if (input === "e") return "evidence";
  if (input === "q") return "quit";
  return undefined;
}

/**
 * Splits one input event into key presses. Plain keys typed faster than a frame arrive as one string
 * ("jj", "\t\t", "/meza\r"): each character is then a key press of its own.
 */
export function splitKeys(input: string, key: Key): { input: string; key: Key }[] {
  if (input.length <= 1 || key.ctrl || key.meta || input.includes("\x1b")) return [{ input, key }];
  return [...input].map((ch) => {
    const control = ch === "\t" || ch === "\r" || ch === "\n" || ch === "\b" || ch === "\x7f";
    return {
      input: control ? "" : ch,
      key: { ...key, shift: ch !== ch.toLowerCase(), tab: ch === "\t", return: ch === "\r" || ch === "\n", backspace: ch === "\b", delete: ch === "\x7f" },
    };
  });
}

/** The commands of one input event (see `splitKeys`). */
export function commandsOf(input: string, key: Key): Command[] {
  return splitKeys(input, key).flatMap((k) => commandOf(k.input, k.key) ?? []);
}

/** Every key, for the help overlay: keys, then what they do. */
export const HELP_KEYS: readonly (readonly [string, string])[] = [
  ["↑ / k", "previous row or item"],
  ["↓ / j", "next row or item"],
  ["PgUp / ctrl-b", "page up"],
  ["PgDn / ctrl-f / space", "page down"],
  ["g / Home", "first row or item"],
  ["G / End", "last row or item"],
  ["enter / →", "open the briefing, person or organization"],
  ["e", "show the sources of the selected item: what each is, where, and the words it says (e or esc closes)"],
  ["esc / backspace / ←", "back along the path taken (on the list: clear the filters)"],
  ["tab / shift-tab", "next / previous section of a detail screen"],
  ["/", "filter the list as you type (titles, people, organizations, quotes)"],
  ["  enter / esc", "  open the highlighted briefing (the filter stays for when you come back) / clear the filter"],
  ["y", "cycle the year shown in the list"],
  ["t", "cycle the meeting type shown in the list"],
  ["r", "cycle the review state shown in the list (curated, draft)"],
  ["Y", "meetings per year, by type (enter lists a year)"],
  ["s", "succession of CTC Chairs and CTED heads"],
  ["?", "show or hide this help"],
  ["q / ctrl-c", "quit"],
];

/** The keys that work on a screen, for its footer. */
export function footerKeys(screen: "list" | "typing" | "detail" | "help" | "evidence"): string {
  switch (screen) {
    case "list":
      return "↑↓ jk move · enter open · / filter · y year · t type · r review · Y years · s chairs · ? help · q quit";
    case "typing":
      return "type to filter · enter open · esc clear · ↑↓ move";
    case "detail":
      return "↑↓ jk move · enter open · e sources · tab section · esc back · Y years · s chairs · ? help · q quit";
    case "evidence":
      return "e or esc close · q quit";
    case "help":
      return "esc or ? close · q quit";
  }
}
