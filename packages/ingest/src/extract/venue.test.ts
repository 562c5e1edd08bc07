// Unit tests of findVenue on the ways pages state a place (fixtures in our own words).
import { describe, expect, it } from "vitest";
import { findVenue } from "./meeting";
import { readDoc } from "./text";

const venue = (text: string) => {
  const v = findVenue(readDoc(text), undefined);
  return v ? { mode: v.mode, cities: v.locations.map((l) => l.city), names: v.locations.map((l) => l.name), spans: v.spans.map((s) => text.slice(s.start, s.end)) } : undefined;
};

describe("findVenue", () => {
  it("reads a line that states only the place under the headline", () => {
    const text = "Opening of the Committee's open meeting on border security\n\nWest Chamber, United Nations Headquarters, New York\n\nMonday, 3 May 2021\n\nThe Chair welcomed the delegations to the discussion.";
    expect(venue(text)).toEqual({ mode: "in-person", cities: ["New York"], names: ["United Nations Headquarters"], spans: ["United Nations Headquarters"] });
  });

  it("reads a UN press release's dateline that names Headquarters", () => {
    const text = "Council Hears Chairs of Three Committees\n\nNEW YORK, 9 March (UN Headquarters) -- Cooperation between the committees had improved, the first speaker argued.";
    expect(venue(text)).toEqual({ mode: "in-person", cities: ["New York"], names: ["United Nations Headquarters"], spans: ["UN Headquarters"] });
  });

  it("reads Headquarters named for an event", () => {
    const text = "Committee marks an anniversary\n\nDelegations spoke in turn during the half-day event at UN Headquarters in New York.";
    expect(venue(text)).toEqual({ mode: "in-person", cities: ["New York"], names: ["United Nations Headquarters"], spans: ["UN Headquarters in New York"] });
  });

  it("does not take a place line that says more than the place", () => {
    const text = "A headline about a plan\n\nDelegates praised United Nations Headquarters, New York, for its hospitality.\n\nThe plan was agreed.";
    expect(venue(text)).toBeUndefined();
  });

  it("keeps a city after a date range that opens with “from”", () => {
    const text = "Committee to meet abroad\n\nThe Committee will hold a special meeting from 4 to 6 May 2015 in Vienna, Austria.";
    expect(venue(text)?.cities).toEqual(["Vienna"]);
  });

  it("still skips a city named as where people come from", () => {
    const text = "A workshop on prosecutions\n\nThe workshop was attended by prosecutors from the capital in Nairobi last year and experts.";
    expect(venue(text)).toBeUndefined();
  });

  it.each([
    ["a virtual event with words between", "On 2 June 2021, CTED held a virtual high level panel event on financing.", "virtual high level panel event"],
    ["the Council's video-teleconference", "The members met in the video-teleconference on threats to peace.", "the video-teleconference"],
    ["an open VTC", "Council Open VTC on terrorism\n\nThe members spoke in turn.", "Open VTC"],
  ])("reads %s as virtual", (_, text, span) => {
    expect(venue(text)).toEqual({ mode: "virtual", cities: [], names: [], spans: [span] });
  });
});

describe("findVenue: the press's place (session 7)", () => {
  it("does not take Headquarters where a speaker met the press for the meeting's place", () => {
    const text = "Harbour meeting planned for the isles\n\nThe Committee's meeting will be held in spring, the chair told a news conference at UN Headquarters in New York.";
    expect(venue(text)).toBeUndefined();
    const told = "Harbour meeting planned for the isles\n\nThe Committee's meeting will be held in spring, she told reporters at UN Headquarters.";
    expect(venue(told)).toBeUndefined();
  });
});
