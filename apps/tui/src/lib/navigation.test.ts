import { describe, expect, it } from "vitest";
import { currentScreen, initialNavState, navigate, type NavState } from "./navigation";

const open = (state: NavState, kind: "meeting" | "person" | "organization", id: string) => navigate(state, { type: "open", target: { kind, id } });

describe("navigate", () => {
  it("starts on the unfiltered list", () => {
    const s = initialNavState();
    expect(s.stack).toEqual([{ kind: "list", filters: { query: "" }, cursor: 0, offset: 0 }]);
    expect(currentScreen(s).kind).toBe("list");
  });

  it("goes back along the path taken, restoring each screen's cursor and scroll", () => {
    let s = initialNavState();
    s = navigate(s, { type: "move", cursor: 4, offset: 2 });
    s = open(s, "meeting", "m1");
    s = navigate(s, { type: "move", cursor: 7, offset: 5 });
    s = open(s, "person", "p1");
    s = open(s, "meeting", "m2");
    expect(s.stack.map((x) => x.kind)).toEqual(["list", "meeting", "person", "meeting"]);
    expect(currentScreen(s)).toMatchObject({ kind: "meeting", id: "m2", cursor: 0, offset: 0 });
    s = navigate(s, { type: "back" });
    expect(currentScreen(s)).toMatchObject({ kind: "person", id: "p1" });
    s = navigate(s, { type: "back" });
    expect(currentScreen(s)).toMatchObject({ kind: "meeting", id: "m1", cursor: 7, offset: 5 });
    s = navigate(s, { type: "back" });
    expect(currentScreen(s)).toMatchObject({ kind: "list", cursor: 4, offset: 2 });
  });

  it("does not go back past the list, and returns the same state for no-ops", () => {
    const s = initialNavState();
    expect(navigate(s, { type: "back" })).toBe(s);
    expect(navigate(s, { type: "move", cursor: 0, offset: 0 })).toBe(s);
    const m = open(s, "meeting", "m1");
    expect(open(m, "meeting", "m1")).toBe(m);
  });

  it("closes the help overlay before going back a screen", () => {
    let s = open(initialNavState(), "organization", "o1");
    s = navigate(s, { type: "help", open: true });
    s = navigate(s, { type: "back" });
    expect(s.help).toBe(false);
    expect(currentScreen(s).kind).toBe("organization");
  });

  it("changes filters on the list only, and starts the filtered list at its top", () => {
    let s = navigate(initialNavState(), { type: "move", cursor: 9, offset: 3 });
    s = navigate(s, { type: "filters", filters: { query: "soft", year: 2019 } });
    expect(currentScreen(s)).toMatchObject({ filters: { query: "soft", year: 2019 }, cursor: 0, offset: 0 });
    const m = open(s, "meeting", "m1");
    expect(navigate(m, { type: "filters", filters: { query: "x" } })).toBe(m);
    expect(navigate(m, { type: "typing", typing: true })).toBe(m);
  });

  it("clamps negative positions to zero", () => {
    const s = navigate(initialNavState(), { type: "move", cursor: -3, offset: -1 });
    expect(currentScreen(s)).toMatchObject({ cursor: 0, offset: 0 });
  });

  it("shows the evidence over a detail screen only, and esc (back) closes it before going back", () => {
    let s = initialNavState();
    expect(navigate(s, { type: "evidence", open: true })).toBe(s);
    s = open(s, "meeting", "m1");
    s = navigate(s, { type: "evidence", open: true });
    expect(s.evidence).toBe(true);
    expect(currentScreen(s).kind).toBe("meeting");
    s = navigate(s, { type: "back" });
    expect(s.evidence).toBe(false);
    expect(currentScreen(s).kind).toBe("meeting");
    s = navigate(navigate(s, { type: "evidence", open: true }), { type: "help", open: true });
    expect([s.help, s.evidence]).toEqual([true, false]);
    s = navigate(navigate(navigate(s, { type: "help", open: false }), { type: "evidence", open: true }), { type: "open", target: { kind: "person", id: "p" } });
    expect(s.evidence).toBe(false);
  });
});

describe("views of the whole dataset", () => {
  it("opens the year view and the succession on top of any screen, once, and goes back from them", () => {
    let s = open(initialNavState(), "meeting", "m1");
    s = navigate(s, { type: "show", view: "years" });
    expect(s.stack.map((x) => x.kind)).toEqual(["list", "meeting", "years"]);
    expect(navigate(s, { type: "show", view: "years" })).toBe(s);
    s = navigate(s, { type: "show", view: "succession" });
    expect(currentScreen(s)).toEqual({ kind: "succession", cursor: 0, offset: 0 });
    s = navigate(s, { type: "back" });
    expect(currentScreen(s).kind).toBe("years");
  });

  it("a year of the year view leads to the list, showing that year only", () => {
    let s = navigate(initialNavState({ query: "soft", type: "workshop" }), { type: "move", cursor: 5, offset: 2 });
    s = navigate(s, { type: "show", view: "years" });
    s = navigate(s, { type: "open", target: { kind: "year", id: "2017" } });
    expect(s.stack).toEqual([{ kind: "list", filters: { query: "", year: 2017 }, cursor: 0, offset: 0 }]);
    expect(navigate(s, { type: "open", target: { kind: "year", id: "not a year" } })).toBe(s);
  });
});
