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

describe("themes the body quotes for the meeting (synthetic)", () => {
  it("takes a theme quoted after 'the overarching theme of' in the body when the headline quotes none", () =>
    expect(
      titleOf(
        "Harbour body plans a follow-up briefing\n\nThe Committee will brief members next month, its chair said on Monday.\n\nShe recalled that the Committee organised a Special Meeting on the overarching theme of “Keeping small ports safe from smuggling” in two cities.",
      ),
    ).toBe("Keeping small ports safe from smuggling"));
  it("takes the theme of 'the open briefing of the Committee on “…”' and of 'a meeting at <place>, on “…”'", () => {
    expect(titleOf("News Items\n\nThe chair addresses the open briefing of the Counter-Terrorism Committee on “River borders and their guards”.")).toBe("River borders and their guards");
    expect(titleOf("Two committees met\n\nOn 3 May 2021, two committees held a joint meeting at the Headquarters, New York, on “Money that crosses lakes”.")).toBe("Money that crosses lakes");
  });
  it("does not take the theme of a presentation, a side event or an earlier meeting the body quotes", () => {
    expect(titleOf("Briefing by the Chair to the members\n\nI thank you all for coming. Welcome to this briefing, after which you will hear a presentation by the Directorate on “ports and their cranes”.")).toBe(
      "Briefing by the Chair to the members",
    );
    expect(titleOf("On 2 May 2016, the Council met on port safety. On its margins, the Directorate co-hosted a side event on “Faster help for harbours: 24/7”.")).toBeUndefined();
    expect(titleOf("Council to hear report\n\nThe Council meets tomorrow. The note raises similar issues to the Arria-formula meeting on “Lakes and their islands in the north”.")).toBe("Council to hear report");
  });
  it("keeps 'the updated' before a quoted document's name", () =>
    expect(titleOf("Committee holds Open Briefing on the updated “Guide to the safety of small harbours”\n\nThe Committee met today.")).toBe(
      "the updated Guide to the safety of small harbours",
    ));
  it("keeps the whole headline when its quoted theme is another meeting's, the one it prepares", () =>
    expect(titleOf("Open briefing for all members in advance of the special meeting of the Committee on “Review of the harbour principles”\n\nThe Committee met today.")).toBe(
      "Open briefing for all members in advance of the special meeting of the Committee on “Review of the harbour principles”",
    ));
});

describe("themes a lead sentence names, without a headline (synthetic)", () => {
  it("keeps an acronym in brackets in the theme and leaves out the audience after it", () =>
    expect(titleOf("The Committee held an informal open briefing on river pirates (RPs) for affected States of the Lake Region and its neighbours.")).toBe(
      "river pirates (RPs)",
    ));
  it("reads 'hold a … meeting on X on <day>' and 'hosted a … meeting to discuss X'", () => {
    expect(titleOf("Two committees hold a special joint meeting on the links between piracy and smuggling on 3 May 2021. Photo credit.")).toBe(
      "the links between piracy and smuggling",
    );
    expect(titleOf("On 3 May 2021, three committees hosted a Joint Special meeting to discuss the links between piracy and smuggling. Many came.")).toBe(
      "the links between piracy and smuggling",
    );
  });
  it("takes an event named in capitals after 'organized the'", () =>
    expect(titleOf("Valletta – 4 May 2025 – The Directorate and the Government organized the Regional Conference on Safer Ports and Coastal Borders on 3-4 May 2025 in Valletta.")).toBe(
      "Regional Conference on Safer Ports and Coastal Borders",
    ));
  it("skips a listing's 'News Articles' label above the items", () =>
    expect(titleOf("News Articles\n\nNews Articles\n\nTwo committees hold a joint meeting on the links between piracy and smuggling on 3 May 2021.")).toBe(
      "the links between piracy and smuggling",
    ));
});

describe("more layouts of titles (synthetic)", () => {
  it("reads a body theme in single curly quotes, an apostrophe inside a word kept", () =>
    expect(titleOf("Special Meeting of the Committee on Ports\n\nExperts arrive today. The special meeting on ‘Keeping the harbour’s cranes safe from misuse’ takes place on 2 May.")).toBe(
      "Keeping the harbour’s cranes safe from misuse",
    ));
  it("skips a 'Note to Correspondents' label above the headline", () =>
    expect(titleOf("Note to Correspondents\n\nCommittee meets on harbour safety\n\nThe Committee meets today.")).toBe("Committee meets on harbour safety"));
});
