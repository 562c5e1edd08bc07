import { describe, expect, it } from "vitest";
import { dataset } from "@briefings/core";
import type { Tenure, TenureBar } from "@briefings/core";
import { sparkline, tenureStrip } from "./strips";

const tenure = (kind: "substantive" | "acting"): Tenure => ({
  person: dataset.people[0]!,
  roles: [],
  titles: ["Chair"],
  tenure: kind,
  observed: {},
  term: {},
  start: "",
  end: "",
});

describe("strips", () => {
  it("draws counts per year as a sparkline, a dot for none", () => {
    expect(sparkline([0, 1, 4, 8].map((count, i) => ({ year: 2000 + i, count })))).toBe("·▁▄█");
    expect(sparkline([{ year: 2000, count: 0 }])).toBe("·");
    expect(sparkline([])).toBe("");
  });

  it("draws a tenure year by year: seen, term only, acting, not in post", () => {
    const bar: TenureBar = { tenure: tenure("substantive"), from: 2002, to: 2004.5, startStated: true, endStated: false, observed: { from: 2003.2, to: 2003.3 } };
    expect(tenureStrip(bar, { first: 2001, last: 2005 })).toBe("·░█░·");
    const acting: TenureBar = { ...bar, tenure: tenure("acting") };
    expect(tenureStrip(acting, { first: 2001, last: 2005 })).toBe("·░▓░·");
    // A span ending exactly on 1 January does not reach into that year.
    expect(tenureStrip({ ...bar, from: 2001, to: 2002, observed: undefined }, { first: 2001, last: 2003 })).toBe("░··");
  });
});
