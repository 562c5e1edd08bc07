import { describe, expect, it } from "vitest";
import { extractNames } from "./names";

describe("extractNames", () => {
  it("finds multi-word capitalised names with connectors", () => {
    const names = extractNames("Mr. Voronkov, Under-Secretary-General of the United Nations Office of Counter-Terrorism said that the Strong Cities Network works.");
    expect(names).toContain("United Nations Office of Counter-Terrorism");
    expect(names).toContain("Strong Cities Network");
  });
  it("ignores short capitalised pairs", () => {
    expect(extractNames("The Chair spoke. Ms. Gherman agreed.")).toEqual([]);
  });
});
