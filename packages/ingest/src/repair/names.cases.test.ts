import { describe, expect, it } from "vitest";
import { extractNames } from "./names";

describe("extractNames, exactly", () => {
  it("takes a run of at least three capitalised words, joined by connectors", () => {
    expect(extractNames("the United Nations Office of Counter-Terrorism.")).toEqual(["United Nations Office of Counter-Terrorism"]);
    expect(extractNames("the Strong Cities Network works")).toEqual(["Strong Cities Network"]);
    expect(extractNames("the Strong Cities work")).toEqual([]);
  });
  it("accepts each connector inside a name", () => {
    for (const c of ["of", "for", "and", "on", "against", "in", "de", "du", "des", "la", "le"]) {
      expect([c, extractNames(`see Alpha ${c} Beta now`)]).toEqual([c, [`Alpha ${c} Beta`]]);
    }
    expect(extractNames("see Alpha with Beta Gamma now")).toEqual([]);
  });
  it("drops connectors at either end and does not count them", () => {
    expect(extractNames("United Nations Office of the world")).toEqual(["United Nations Office"]);
    expect(extractNames("Alpha Beta of and the")).toEqual([]);
    expect(extractNames("of United Nations Office")).toEqual(["United Nations Office"]);
    expect(extractNames("Office of Counter-Terrorism")).toEqual(["Office of Counter-Terrorism"]);
  });
  it("stops at punctuation, a double space, a line break and a final period", () => {
    expect(extractNames("United Nations, Office of Drugs")).toEqual(["Office of Drugs"]);
    expect(extractNames("United  Nations Office")).toEqual([]);
    expect(extractNames("United\nNations Office")).toEqual([]);
    expect(extractNames("United Nations Office. Next Item Here")).toEqual(["United Nations Office", "Next Item Here"]);
    expect(extractNames("Mr. Voronkov Said Things")).toEqual(["Voronkov Said Things"]);
  });
  it("keeps hyphens, apostrophes and marks inside words, and gives each name once", () => {
    expect(extractNames("the Women’s Rights Council and the Women’s Rights Council")).toEqual(["Women’s Rights Council"]);
    expect(extractNames("Élysée Café Société")).toEqual(["Élysée Café Société"]);
  });
  it("finds nothing in an empty or lower-case text", () => {
    expect(extractNames("")).toEqual([]);
    expect(extractNames("no names here at all")).toEqual([]);
  });
});
