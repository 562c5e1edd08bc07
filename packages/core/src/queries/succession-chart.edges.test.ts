// tenureBar, successionChart and axisFraction on tenures written for these tests: each bar whole (its ends, which of
// them a source states, the observed span), the axis of a chart, and empty or degenerate axes.
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import type { Dataset } from "../schemas/dataset";
import type { Role } from "../schemas/role";
import type { Tenure } from "./succession";
import { axisFraction, successionChart, tenureBar } from "./succession-chart";
import { yearPosition } from "./timeline";

const person = dataset.people[0]!;
const tenure = (observed: Tenure["observed"], term: Tenure["term"]): Tenure => ({ person, roles: [], titles: ["Chair"], tenure: "substantive", observed, term, start: "", end: "" });
const bar = (observed: Tenure["observed"], term: Tenure["term"]) => {
  const b = tenureBar(tenure(observed, term));
  return b && { from: b.from, to: b.to, startStated: b.startStated, endStated: b.endStated, observed: b.observed };
};
const start = (d: string) => yearPosition(d, "start");
const end = (d: string) => yearPosition(d, "end");

describe("tenureBar, whole", () => {
  it("a stated start alone: a bar of no length at it, its start stated, nothing observed", () => {
    expect(bar({}, { start: "2018" })).toEqual({ from: 2018, to: 2018, startStated: true, endStated: false, observed: undefined });
  });
  it("a last observation alone: the bar and the observed span are that day", () => {
    const day = start("2019-06-27");
    expect(bar({ end: "2019-06-27" }, {})).toEqual({ from: end("2019-06-27"), to: end("2019-06-27"), startStated: false, endStated: false, observed: { from: end("2019-06-27"), to: end("2019-06-27") } });
    expect(bar({ start: "2019-06-27" }, {})).toEqual({ from: day, to: day, startStated: false, endStated: false, observed: { from: day, to: day } });
  });
  it("a stated end alone after a first observation: from the observation to the end, the end stated", () => {
    expect(bar({ start: "2015-03-01" }, { end: "2016" })).toEqual({ from: start("2015-03-01"), to: end("2016"), startStated: false, endStated: true, observed: { from: start("2015-03-01"), to: start("2015-03-01") } });
  });
  it("a term that starts and ends on the days observed states both ends; a term inside what is observed states neither", () => {
    expect(bar({ start: "2015-03-01", end: "2016-05-01" }, { start: "2015-03-01", end: "2016-05-01" })).toMatchObject({ startStated: true, endStated: true });
    expect(bar({ start: "2015-03-01", end: "2016-05-01" }, { start: "2015-04-01", end: "2016-04-01" })).toEqual({
      from: start("2015-03-01"),
      to: end("2016-05-01"),
      startStated: false,
      endStated: false,
      observed: { from: start("2015-03-01"), to: end("2016-05-01") },
    });
  });
  it("a stated end before the first observation: the bar runs from the end to the observation", () => {
    expect(bar({ start: "2015-03-01" }, { end: "2014" })).toMatchObject({ from: start("2015-03-01"), to: start("2015-03-01") });
  });
});

describe("successionChart, its axis", () => {
  function withRoles(roles: Partial<Role>[]): Dataset {
    const d = structuredClone(dataset);
    d.roles = roles.map((r, i) => {
      const role = { ...structuredClone(d.roles[0]!), id: `r${i}`, person: person.id, organization: "ctc", title: "Chair", tenure: "substantive", ...r } as Role;
      if (!("term" in r)) delete role.term;
      return role;
    });
    return d;
  }
  const POST = { organization: "ctc", titles: ["Chair"] };
  it("the whole years from the first bar's start to the last one's end", () => {
    expect(successionChart(withRoles([{ start: "2013-05-10", end: "2013-07-18" }]), POST).axis).toEqual({ first: 2013, last: 2013 });
    expect(successionChart(withRoles([{ start: "2013-05-10", end: "2013-07-18" }, { start: "2016-01-01", end: "2017-12-31" }]), POST).axis).toEqual({ first: 2013, last: 2017 });
  });
  it("no bars: the axis of year 0, whatever holds no post", () => {
    expect(successionChart(withRoles([]), POST)).toEqual({ post: POST, axis: { first: 0, last: 0 }, bars: [] });
  });
});

describe("axisFraction on an axis of no years", () => {
  it("is 0", () => {
    expect(axisFraction({ first: 2001, last: 2000 }, 2005)).toBe(0);
    expect(axisFraction({ first: 2001, last: 1999 }, 1990)).toBe(0);
  });
});
