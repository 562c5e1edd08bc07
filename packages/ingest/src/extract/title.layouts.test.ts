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
