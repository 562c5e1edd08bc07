import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { HELP_KEYS, commandOf, commandsOf, footerKeys, splitKeys } from "./keys";

const none: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false,
  hyper: false, capsLock: false, numLock: false,
};
const key = (k: Partial<Key>): Key => ({ ...none, ...k });

describe("commandOf", () => {
  it("maps arrows and vi keys, paging, ends, enter, tab, esc, filters, help and quit", () => {
    expect(commandOf("", key({ upArrow: true }))).toBe("up");
    expect(commandOf("k", none)).toBe("up");
    expect(commandOf("j", none)).toBe("down");
    expect(commandOf("", key({ pageDown: true }))).toBe("pageDown");
    expect(commandOf("", key({ pageUp: true }))).toBe("pageUp");
    expect(commandOf("g", none)).toBe("top");
    expect(commandOf("G", key({ shift: true }))).toBe("bottom");
    expect(commandOf("\r", key({ return: true }))).toBe("open");
    expect(commandOf("", key({ tab: true }))).toBe("nextSection");
    expect(commandOf("", key({ tab: true, shift: true }))).toBe("previousSection");
    expect(commandOf("", key({ escape: true }))).toBe("back");
    expect(commandOf("", key({ backspace: true }))).toBe("back");
    expect(commandOf("/", none)).toBe("filter");
    expect(commandOf("y", none)).toBe("year");
    expect(commandOf("t", none)).toBe("type");
    expect(commandOf("r", none)).toBe("review");
    expect(commandOf("Y", key({ shift: true }))).toBe("years");
    expect(commandOf("s", none)).toBe("succession");
    expect(commandOf("?", none)).toBe("help");
    expect(commandOf("q", none)).toBe("quit");
    expect(commandOf("c", key({ ctrl: true }))).toBe("quit");
    expect(commandOf("z", none)).toBeUndefined();
  });

  it("splits keys that arrive together into one command each", () => {
    expect(commandsOf("jjk", none)).toEqual(["down", "down", "up"]);
    expect(commandsOf("\t\t", none)).toEqual(["nextSection", "nextSection"]);
    expect(commandsOf("j", none)).toEqual(["down"]);
  });
});

describe("help and footers", () => {
  it("the help lists every command's key", () => {
    const keys = HELP_KEYS.map(([k]) => k).join(" ");
    for (const k of ["↑", "k", "↓", "j", "PgUp", "PgDn", "g", "G", "enter", "esc", "backspace", "tab", "/", "y", "t", "r", "Y", "s", "?", "q", "ctrl-c"]) expect(keys).toContain(k);
  });

  it("each screen's footer names its keys", () => {
    expect(footerKeys("list")).toContain("/ filter");
    expect(footerKeys("detail")).toContain("esc back");
    expect(footerKeys("list")).toContain("Y years · s chairs");
    expect(footerKeys("detail")).toContain("Y years · s chairs");
    expect(footerKeys("typing")).toContain("esc clear");
    expect(footerKeys("help")).toContain("close");
  });
});

describe("splitKeys", () => {
  it("splits fast typing into presses, with enter and tab as keys", () => {
    const presses = splitKeys("/ab\r", none);
    expect(presses.map((p) => p.input)).toEqual(["/", "a", "b", ""]);
    expect(presses[3]!.key.return).toBe(true);
    expect(splitKeys("\x1b[A", key({ upArrow: true }))).toHaveLength(1);
  });
});
