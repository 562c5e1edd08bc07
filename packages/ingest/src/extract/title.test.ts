import { describe, expect, it } from "vitest";
import { readDoc } from "./text";
import { findTitle } from "./title";

const titleOf = (text: string) => findTitle(readDoc(text))?.value;

describe("titles of pages without a headline, from the lead sentence (synthetic)", () => {
  it("takes the theme of 'held a meeting on …' to the sentence's end", () =>
    expect(titleOf("On 3 May 2019, the Council held a meeting on the security of ports and coastal borders. The meeting was long.")).toBe(
      "the security of ports and coastal borders",
    ));
  it("keeps the kind of a named event opening the lead ('At a regional workshop on …,')", () =>
    expect(titleOf("At a regional expert workshop on the safety of river crossings, participants shared their practice.")).toBe(
      "regional expert workshop on the safety of river crossings",
    ));
  it("takes what a body was briefed on", () =>
    expect(titleOf("On 4 June 2020, two officials briefed the Counter-Terrorism Committee (CTC) on the recent work of a regional body in the Andes.")).toBe(
      "the recent work of a regional body in the Andes",
    ));
  it("does not take a day for a theme", () => expect(titleOf("The Committee held a meeting on October 28 to 29 in two cities, and heard experts.")).toBeUndefined());
  it("does not read the lead when the page has a headline of its own", () =>
    expect(titleOf("Experts meet on ports\n\nOn 3 May 2019, the Council held a meeting on the security of ports and coastal borders.")).toBe("Experts meet on ports"));
});

describe("titles from headlines that name the meeting's kind before its theme (synthetic)", () => {
  it("drops 'Committee: Open Briefing on' before a theme in capitals", () =>
    expect(titleOf("Counter-Terrorism Committee: Open Briefing on the Role of Youth in Border Towns\n\nThe Committee will hold an open briefing.")).toBe(
      "the Role of Youth in Border Towns",
    ));
});
