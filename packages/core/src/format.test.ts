import { describe, expect, it } from "vitest";
import { dataset } from "./dataset";
import { codePointsOf, formatConfidence, outsideLatinScript, formatDate, formatDateRange, formatNumber, formatPeriod, organizationName, organizationShortName, personName, plural, roleAsStated } from "./format";
import { getOrganization, getPerson } from "./queries";

describe("dates", () => {
  it("writes ISO dates in words, or as they are", () => {
    expect(formatDate("2019-06-27")).toBe("27 June 2019");
    expect(formatDate("2019-06-27", "iso")).toBe("2019-06-27");
    expect(formatDate("2019-13-01")).toBe("2019-13-01");
    expect(formatDate("June 2019")).toBe("June 2019");
    expect(formatDate("2010-06")).toBe("June 2010");
    expect(formatDate("2010")).toBe("2010");
    expect(formatDate("2010-13")).toBe("2010-13");
    expect(formatDate(undefined)).toBe("");
  });

  it("writes a one-day range as one date, else both ends", () => {
    expect(formatDateRange({ start: "2019-06-27", end: "2019-06-27" })).toBe("27 June 2019");
    expect(formatDateRange({ start: "2019-03-19", end: "2019-03-21" })).toBe("19 March 2019 – 21 March 2019");
    expect(formatDateRange({ start: "2019-03-19", end: "2019-03-21" }, "iso")).toBe("2019-03-19 to 2019-03-21");
    expect(formatDateRange(undefined)).toBe("");
  });

  it("writes when a post is observed", () => {
    expect(formatPeriod("2019-06-27", "2019-06-27")).toBe("seen on 27 June 2019");
    expect(formatPeriod("2017-01-01", "2019-06-27", "iso")).toBe("2017-01-01 to 2019-06-27");
    expect(formatPeriod("2017-01-01", undefined)).toBe("from 1 January 2017");
    expect(formatPeriod(undefined, "2017-01-01")).toBe("until 1 January 2017");
    expect(formatPeriod(undefined, undefined)).toBe("dates unknown");
  });
});

describe("names", () => {
  it("names an organization with its acronym, and shortly", () => {
    const unoct = getOrganization(dataset, "unoct")!;
    expect(organizationName(unoct)).toBe(`${unoct.name} (UNOCT)`);
    expect(organizationShortName(unoct)).toBe("UNOCT");
    expect(organizationName({ name: "Facebook" })).toBe("Facebook");
    expect(organizationShortName({ name: "Facebook", acronym: "" })).toBe("Facebook");
  });

  it("puts the honorific with the name, never with the post", () => {
    const voronkov = getPerson(dataset, "vladimir-voronkov")!;
    const role = dataset.roles.find((r) => r.person === voronkov.id)!;
    expect(personName(voronkov, role)).toBe("Mr. Vladimir Voronkov");
    expect(personName(voronkov)).toBe("Vladimir Voronkov");
    expect(roleAsStated(role)).toBe("Under-Secretary-General of the United Nations Office of Counter-Terrorism");
  });

  it("marks an acting post once", () => {
    expect(roleAsStated({ titleAsStated: "Executive Director of CTED", tenure: "acting" })).toBe("Executive Director of CTED (acting)");
    expect(roleAsStated({ titleAsStated: "Acting Executive Director of CTED", tenure: "acting" })).toBe("Acting Executive Director of CTED");
  });
});

describe("numbers and text", () => {
  it("formats numbers, confidences and counts", () => {
    expect(formatNumber(25000000)).toBe("25,000,000");
    expect(formatConfidence(0.95)).toBe("95\u00a0%");
    expect(formatConfidence(undefined)).toBeUndefined();
    expect(plural(1, "briefing")).toBe("1 briefing");
    expect(plural(1200, "person", "people")).toBe("1,200 people");
  });

  it("spells out code points, astral ones as one", () => {
    expect(codePointsOf("缅北禁地")).toBe("U+7F05 U+5317 U+7981 U+5730");
    expect(codePointsOf("a😀")).toBe("U+0061 U+1F600");
    expect(codePointsOf("")).toBe("");
  });

  it("tells text that may lack glyphs from Latin text", () => {
    expect(outsideLatinScript("缅北禁地\n\n")).toBe(true);
    expect(outsideLatinScript("Привет")).toBe(true);
    expect(outsideLatinScript("Meza-Cuadra’s café, 25 % — “ok”")).toBe(false);
    expect(outsideLatinScript("")).toBe(false);
  });
});
