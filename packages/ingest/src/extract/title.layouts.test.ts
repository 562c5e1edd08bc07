// Titles in the layouts of session 7 (synthetic pages in our own words): a video page whose description
// gives the headline whole, themes set off by dashes, meetings named as the subject of the lead.
import { describe, expect, it } from "vitest";
import { readDoc } from "./text";
import { findTitle } from "./title";

const title = (text: string) => findTitle(readDoc(text));

describe("a headline given whole on a later line", () => {
  const page = (description: string) =>
    [
      "Meetings & Events",
      "Safety of harbours in the Northern Isles and…",
      "Safety of harbours in the Northern Isles and their neighbours",
      "Production Date",
      "Video Length",
      description,
      "Harbour authorities of the isles have much improved their patrols since the last review, the experts found.",
    ].join("\n");

  it("takes the description's fuller form, from the headline's words to the line's end", () => {
    const text = page("Open meeting of the Harbour Committee on safety of harbours in the Northern Isles and their neighbours in line with decision 12 (2030)");
    expect(title(text)).toEqual(
      expect.objectContaining({
        value: "Safety of harbours in the Northern Isles and their neighbours in line with decision 12 (2030)",
        span: { start: text.indexOf("safety of harbours in the Northern Isles and their neighbours in"), end: text.indexOf(" (2030)") + 7 },
      }),
    );
  });

  it("keeps the headline when no line writes it on, or when what follows is another sentence or one word", () => {
    expect(title(page("A video of the open meeting of the Harbour Committee."))?.value).toBe("Safety of harbours in the Northern Isles and their neighbours");
    expect(title(page("On safety of harbours in the Northern Isles and their neighbours. The Committee met at length"))?.value).toBe("Safety of harbours in the Northern Isles and their neighbours");
    expect(title(page("On safety of harbours in the Northern Isles and their neighbours today"))?.value).toBe("Safety of harbours in the Northern Isles and their neighbours");
  });
});

describe("a theme set off by dashes after the meeting", () => {
  it("takes the words between the dashes, without a stop or closing mark before the second dash", () => {
    const text = "Harbour safety in focus\n\nThe meeting – Keeping harbours open, while respecting the rights of crews – was held as trade grew.";
    expect(title(text)).toEqual(expect.objectContaining({ value: "Keeping harbours open, while respecting the rights of crews" }));
    const stopped = "The aim of the joint meeting — Keeping harbours open: lessons learned.” — was to share experience.";
    expect(title(stopped)).toEqual(
      expect.objectContaining({ value: "Keeping harbours open: lessons learned", span: { start: stopped.indexOf("Keeping"), end: stopped.indexOf(" learned") + 8 } }),
    );
  });
  it("takes no aside in lower case, and no theme of a side event", () => {
    expect(title("Harbour safety in focus\n\nThe meeting – as planned – was held at the port.")?.value).toBe("Harbour safety in focus");
    expect(title("Harbour safety in focus\n\nA side event – Keeping harbours open in winter – was held at the port.")?.value).toBe("Harbour safety in focus");
  });
  it("stays linear on a sentence of many dashes that never close", () => {
    const text = `Harbour safety in focus\n\nThe meeting – ${"Keeping harbours open meeting – ".repeat(2_000)}ends.`;
    expect(title(text)?.value).toBeDefined();
  });
});

describe("a meeting named as the subject of an opening sentence", () => {
  it("takes the meeting's name when the page has no headline", () => {
    const text = "The port authorities of the isles met in spring. A third open meeting of the Harbour Committee with the Coastal Research Network was held at the town hall on 3 May.";
    expect(title(text)).toEqual(
      expect.objectContaining({ value: "third open meeting of the Harbour Committee with the Coastal Research Network", span: { start: text.indexOf("third"), end: text.indexOf(" was held") } }),
    );
    expect(title("The launch event for the Harbour Atlas, organized by two ports, was hosted at the museum.")?.value).toBe("launch event for the Harbour Atlas");
  });
  it("takes none that is only a kind of meeting, or a past one", () => {
    expect(title("The meeting was held at the town hall. It was long.")).toBeUndefined();
    expect(title("A previous meeting of the Harbour Committee was held in Oslo.")).toBeUndefined();
  });
  it("prefers it to a headline that names the meeting in passing", () => {
    const text = "Mayor and minister address the Conference on Safe Harbours\n\nThe Northern Conference on Safe Harbours, organised by the ministry, was held on Tuesday.";
    expect(title(text)?.value).toBe("Northern Conference on Safe Harbours");
    const own = "Conference on Safe Harbours ends with a declaration\n\nThe Northern Conference on Safe Harbours, organised by the ministry, was held on Tuesday.";
    expect(title(own)?.value).toBe("Conference on Safe Harbours ends with a declaration");
  });
});

describe("a resolution's subject under its heading (a mirror of resolutions)", () => {
  it("takes the line under 'Resolution N' as the agenda item, not the site's tagline above it", () => {
    const text = ["Finder for the decisions of the Harbour Council", "Resolution 4321", "Safety of harbours threatened by storms", "H/RES/4321 (2031)", "The Harbour Council,", "Recalling its earlier decisions,"].join("\n");
    expect(title(text)).toEqual(expect.objectContaining({ value: "Safety of harbours threatened by storms", span: { start: text.indexOf("Safety"), end: text.indexOf(" storms") + 7 } }));
  });
  it("takes no adoption line or the resolution's own text for its subject", () => {
    const text = ["Harbour Council decisions", "Resolution 4321", "Adopted by the Harbour Council at its 77th meeting, on", "The Harbour Council,", "Recalling its earlier decisions."].join("\n");
    expect(title(text)?.value).toBe("Harbour Council decisions");
  });
});

describe("a day that marked a numbered meeting", () => {
  it("takes the meeting the opening sentence says the day marked", () => {
    const text = "3 May 2031 marked the 40th meeting of the Harbour Committee, which was also the chair's last. The members thanked her.";
    expect(title(text)?.value).toBe("40th meeting of the Harbour Committee");
  });
  it("takes no meeting without its number, and no anniversary", () => {
    expect(title("3 May 2031 marked the last meeting of the Harbour Committee, which was long.")).toBeUndefined();
    expect(title("3 May 2031 marked the 40th anniversary of the Harbour Committee, which was founded in 1991.")).toBeUndefined();
  });
});

describe("themes and subjects further into the body (session 7)", () => {
  it("takes a theme a later sentence names as one ('the meeting, which has the theme “…”')", () => {
    const body = ["The port authorities met today.", "They spoke of storms.", "They spoke of tides.", "They spoke of ships.", "They spoke of cranes."];
    const text = `${body.join("\n")}\nSessions of the meeting, which has the theme "Keeping harbours open in winter," will look at ice.`;
    expect(title(text)?.value).toBe("Keeping harbours open in winter");
    // a quotation no sentence names as a theme is a speaker's words
    expect(title(`${body.join("\n")}\nAt the meeting, the chair said "Keeping harbours open in winter is hard."`)).toBeUndefined();
  });
  it("reads a subject after a dateline, with the acronym and body it is of, and 'took place'", () => {
    const text = "Ports\nLISBON, 3 May 2031 (Port Wire) - The second special meeting of the Harbour Committee (HC) of the Coastal Council took place in Lisbon on Monday.";
    expect(title(text)?.value).toBe("second special meeting of the Harbour Committee");
  });
});

describe("linear on long inputs", () => {
  it("finishes on 50,000 characters of meeting names that are never said to be held", () => {
    const text = `Ports\nThe meeting of ${"the Harbour Committee with the meeting of ".repeat(1_200)}ends.\n${"A meeting – open ports ".repeat(2_000)}`;
    expect(text.length).toBeGreaterThan(50_000);
    expect(title(text)).toBeUndefined();
  });
});

describe("a headline that is the event's name cut short", () => {
  it("takes the name the lead gives whole in capitals when it holds every word of the headline", () => {
    const text = "Seminar : Harbour Pilots of the Northern Isles on Safe Mooring\n\nThe port school organized a Regional Seminar for Harbour Pilots of the Northern Isles on Safe Mooring. It lasted two days.";
    expect(title(text)?.value).toBe("Regional Seminar for Harbour Pilots of the Northern Isles on Safe Mooring");
  });
  it("keeps the headline when the lead's event lacks one of its words", () => {
    const text = "Seminar : Harbour Pilots of the Southern Isles on Safe Mooring\n\nThe port school organized a Regional Seminar for Harbour Pilots of the Northern Isles on Safe Mooring. It lasted two days.";
    expect(title(text)?.value).toBe("Seminar : Harbour Pilots of the Southern Isles on Safe Mooring");
  });
});

describe("a meeting described by what it focused on", () => {
  it("keeps the meeting's kind with its focus when the page has no headline", () => {
    const text = "A harbour master at the rostrum (left).\nOn 3 May 2031, the Harbour Committee held a regional open briefing focused on the Northern Isles.";
    expect(title(text)?.value).toBe("regional open briefing focused on the Northern Isles");
  });
  it("takes no focus that runs on past a comma", () =>
    expect(title("A harbour master at the rostrum (left).\nOn 3 May 2031, the Committee held an open briefing focused on ports, tides and storms.")).toBeUndefined());
});
