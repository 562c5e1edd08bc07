import { describe, expect, it } from "vitest";
import { ENGINES } from "./engines.mjs";

// The comparison is fair only if every engine answers the same question: every word required, each
// as a word prefix, over title, text and detail.
const documents = [
  { title: "Protection of soft targets", text: "Rebecca Skellett", detail: "" },
  { title: "Critical infrastructure", text: "protection of energy", detail: "" },
  { title: "Terrorism financing", text: "", detail: "Skellett · Critical infrastructure" },
  { title: "Narratives", text: "", detail: "" },
];

describe.each(Object.keys(ENGINES))("engine %s", (name) => {
  const query = ENGINES[name].build(documents);
  it("requires every word, each as a word prefix, in any field", () => {
    expect(new Set(query("protect"))).toEqual(new Set([documents[0], documents[1]]));
    expect(new Set(query("skel critical"))).toEqual(new Set([documents[2]]));
    expect(query("narratives zzzz")).toEqual([]);
  });
});
