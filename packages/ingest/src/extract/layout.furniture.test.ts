// A site's furniture around an article (session 7): date lines that give a time zone after the time,
// share buttons. Lines written for these tests (synthetic, our own words).
import { describe, expect, it } from "vitest";
import { isChrome } from "./layout";
import { readDoc } from "./text";
import { findTitle } from "./title";

describe("furniture lines", () => {
  it.each([
    ["March 4, 2031 09:15 am (CET)", "a site's clock with its zone in brackets"],
    ["4 March 2031 09:15 GMT", "a date line with its zone"],
    ["4 March 2031, 9:15 p.m. (IST)", "a date line with a time and a zone in brackets"],
    ["mastodon-blue sharing button", "a share button's label"],
  ])("%j: %s is chrome", (line) => expect(isChrome(line)).toBe(true));

  it.each([
    ["4 March 2031 harbour talks", "a date, then words"],
    ["Sharing buttons were added to the harbour's site", "a sentence about buttons"],
  ])("%j: %s is text", (line) => expect(isChrome(line)).toBe(false));

  it("reads the headline under a site's clock and its share buttons", () => {
    const text = [
      "March 4, 2031 09:15 am (CET)",
      "Follow us:",
      "mastodon-blue sharing button",
      "rss-blue sharing button",
      "Harbour chiefs agree on shared patrols",
      "The harbour chiefs met on Tuesday and agreed to patrol together.",
    ].join("\n");
    expect(findTitle(readDoc(text))?.value).toBe("Harbour chiefs agree on shared patrols");
  });

  it("stays linear on a long run of symbols after a date", () => {
    const line = `4 March 2031 pm${" (".repeat(25_000)}x`;
    expect(isChrome(line)).toBe(false);
    expect(isChrome(`4 March 2031${" ) ".repeat(25_000)}`)).toBe(true);
    expect(isChrome(`${"ab ".repeat(20_000)}4 March 2031`)).toBe(false);
  });
});

describe("a site's section label above the headline", () => {
  it("reads the headline under a two-word label when the body follows it", () => {
    const text = ["Coastal Affairs", "Harbour chiefs agree on shared patrols along the northern coast", "The harbour chiefs of four countries met on Tuesday and agreed to patrol the coast together from the spring."].join("\n");
    const doc = readDoc(text);
    expect(doc.chrome.has(0)).toBe(true);
    expect(findTitle(doc)?.value).toBe("Harbour chiefs agree on shared patrols along the northern coast");
  });
  it("leaves the label when what follows is a byline or another heading, not the body", () => {
    const text = ["Coastal Affairs", "Office for the Coordination of Harbour Affairs", "Harbour patrols: a summary", "The harbour chiefs of four countries met on Tuesday and agreed to patrol the coast together from the spring."].join("\n");
    const doc = readDoc(text);
    expect(doc.chrome.has(0)).toBe(false);
    expect(doc.headline).toBeUndefined();
  });
});

describe("a dated label above the headline", () => {
  it.each([
    ["HC Open Briefing 4 June 2031", "a meeting's label and its day"],
    ["Harbour news, 4 June 2031", "a section and its day"],
  ])("%j: %s is chrome", (line) => expect(isChrome(line)).toBe(true));
  it.each([
    ["Harbour Committee hears its chair on 4 June 2031", "a headline that ends with a day"],
    ["Ports 4 June 2031 to be reviewed", "words after the day"],
  ])("%j: %s is text", (line) => expect(isChrome(line)).toBe(false));
  it("reads the line under a dated label as the headline, not both as one", () => {
    const text = ["HC Open Briefing 4 June 2031", "Open briefing on Keeping Harbours Open in Winter", "The Harbour Committee heard its experts on the ice that closes harbours every winter."].join("\n");
    expect(findTitle(readDoc(text))?.value).toBe("Open briefing on Keeping Harbours Open in Winter");
  });
});
