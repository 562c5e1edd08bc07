import { describe, expect, it } from "vitest";
import { HANDOFF_PREFIX, handOff, takeBack, waitingTrees } from "./subtree-handoff";

describe("subtree hand-off", () => {
  it("gives back each tree once, under its own key", () => {
    const before = waitingTrees();
    const a = handOff("tree a");
    const b = handOff(["tree", "b"]);
    expect(a).not.toBe(b);
    expect(a.startsWith(HANDOFF_PREFIX)).toBe(true);
    expect(waitingTrees()).toBe(before + 2);
    expect(takeBack(b)).toEqual(["tree", "b"]);
    expect(takeBack(a)).toBe("tree a");
    expect(waitingTrees()).toBe(before);
  });

  it("says so when a key is taken twice or was never given", () => {
    const key = handOff("once");
    takeBack(key);
    expect(() => takeBack(key)).toThrow(`subtree-handoff: no tree under ${JSON.stringify(key)}`);
    expect(() => takeBack("nothing")).toThrow(/never in a browser/);
  });

  it("keeps its trees on globalThis, where the two renders of a build (each with its own copy of this module) meet", () => {
    const key = handOff("shared");
    const store = (globalThis as Record<symbol, { trees: Map<string, unknown> }>)[Symbol.for("briefings.web.subtree-handoff")];
    expect(store?.trees.get(key)).toBe("shared");
    takeBack(key);
  });
});
