import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "./dataset";
import { formatVersions, LIBRARY_VERSION, versions } from "./version";

describe("versions", () => {
  it("gives the library's version from its package.json and the data's from the dataset, apart", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
    expect(versions(dataset)).toEqual({ library: pkg.version, data: dataset.version });
    expect(versions({ version: "7.0.1" })).toEqual({ library: pkg.version, data: "7.0.1" });
  });

  it("formats both in one line, data first, saying which is which", () => {
    expect(formatVersions({ library: "0.2.0", data: "0.1.3" })).toBe("data 0.1.3 · @briefings/core 0.2.0");
    expect(formatVersions({ library: "0.2.0", data: "" })).toBe("data unknown · @briefings/core 0.2.0");
  });
});
