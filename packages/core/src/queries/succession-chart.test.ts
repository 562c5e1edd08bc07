import { describe, expect, it } from "vitest";
import { dataset } from "../dataset";
import { CTC_CHAIR, CTED_HEAD, type Tenure } from "./succession";
import { axisFraction, successionChart, tenureBar } from "./succession-chart";

const person = dataset.people[0]!;
const tenure = (observed: Tenure["observed"], term: Tenure["term"]): Tenure => ({
  person,
  roles: [],
  titles: ["Chair"],
  tenure: "substantive",
  observed,
  term,
  start: term.start ?? observed.start ?? "",
  end: term.end ?? observed.end ?? "",
});

describe("tenureBar", () => {
  it("draws from the stated term when it is wider than what is observed, and says which ends are stated", () => {
    const bar = tenureBar(tenure({ start: "2013-05-10", end: "2013-07-18" }, { start: "2013-01", end: "2013-12-31" }))!;
    expect(bar.from).toBe(2013);
    expect(bar.to).toBe(2014);
    expect(bar).toMatchObject({ startStated: true, endStated: true });
    expect(bar.observed!.from).toBeGreaterThan(2013.3);
    expect(bar.observed!.to).toBeLessThan(2013.6);
  });

  it("marks an end that is only observed, and draws an observed span wider than the term to its last observation", () => {
    const open = tenureBar(tenure({ start: "2018-01-25", end: "2019-06-27" }, { start: "2018-01-01" }))!;
    expect(open).toMatchObject({ from: 2018, startStated: true, endStated: false });
    expect(open.to).toBeCloseTo(2019 + 178 / 365, 6);
    const late = tenureBar(tenure({ start: "2010-01-01", end: "2012-03-01" }, { start: "2010", end: "2011" }))!;
    expect(late.to).toBeGreaterThan(2012);
    expect(late.endStated).toBe(false);
  });

  it("draws a tenure seen on one day as that day, and gives nothing for a tenure without a date", () => {
    const day = tenureBar(tenure({ start: "2009-05-26", end: "2009-05-26" }, {}))!;
    expect(day.to - day.from).toBeCloseTo(1 / 365, 6);
    expect(day).toMatchObject({ startStated: false, endStated: false });
    expect(tenureBar(tenure({}, {}))).toBeUndefined();
  });
});

describe("successionChart", () => {
  it("lays the curated chairs and CTED heads on whole years, each bar inside its axis", () => {
    for (const post of [CTC_CHAIR, CTED_HEAD]) {
      const chart = successionChart(dataset, post);
      expect(chart.bars.length).toBeGreaterThan(3);
      for (const bar of chart.bars) {
        expect(bar.from).toBeGreaterThanOrEqual(chart.axis.first);
        expect(bar.to).toBeLessThanOrEqual(chart.axis.last + 1);
        expect(bar.from).toBeLessThanOrEqual(bar.to);
      }
    }
    // Acting spells are bars of their own.
    expect(successionChart(dataset, CTC_CHAIR).bars.some((b) => b.tenure.tenure === "acting")).toBe(true);
  });

  it("uses a shared axis when given one", () => {
    const axis = { first: 2000, last: 2030 };
    expect(successionChart(dataset, CTED_HEAD, axis).axis).toEqual(axis);
  });

  it("maps positions to fractions of the axis, clamped", () => {
    const axis = { first: 2001, last: 2025 };
    expect(axisFraction(axis, 2001)).toBe(0);
    expect(axisFraction(axis, 2026)).toBe(1);
    expect(axisFraction(axis, 2013.5)).toBeCloseTo(0.5, 6);
    expect(axisFraction(axis, 1990)).toBe(0);
    expect(axisFraction(axis, 2100)).toBe(1);
  });
});
