// The data's own version: it grows when the records change, and only then.
import { describe, expect, it } from "vitest";
import { dataset } from "../src/dataset";
import type { Dataset } from "../src/schemas";
import { bumpVersion, checkDataVersion, DATA_VERSION, DATA_VERSIONS, recordsDigest, renderVersions, withNewVersion } from "./curated/version";

const copy = (): Dataset => structuredClone(dataset);
const semver = (v: string) => v.split(".").map(Number) as [number, number, number];
const newer = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

describe("the data version", () => {
  it("is the newest entry of data/versions.json, and the shipped dataset carries it in its version and citation", () => {
    expect(dataset.version).toBe(DATA_VERSION);
    expect(DATA_VERSIONS.at(-1)!.version).toBe(DATA_VERSION);
    expect(dataset.citation).toContain(`version ${DATA_VERSION}`);
  });

  it("matches the records: the shipped records are those recorded for the current version", () => {
    expect(checkDataVersion(dataset)).toEqual({ ok: true, version: DATA_VERSION });
    expect(DATA_VERSIONS.at(-1)!.meetings).toBe(dataset.meetings.length);
  });

  it("grows strictly from entry to entry, each with its own records", () => {
    for (let i = 1; i < DATA_VERSIONS.length; i++) {
      expect(newer(DATA_VERSIONS[i]!.version, DATA_VERSIONS[i - 1]!.version), DATA_VERSIONS[i]!.version).toBeGreaterThan(0);
      expect(DATA_VERSIONS[i]!.records).not.toBe(DATA_VERSIONS[i - 1]!.records);
    }
    for (const v of DATA_VERSIONS) expect(v.records).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("refuses changed records under the old version, whatever changed, and says how to bump", () => {
    const title = copy();
    title.meetings[0]!.title.value += " (revised)";
    const quote = copy();
    quote.quotes.pop();
    for (const changed of [title, quote]) {
      const check = checkDataVersion(changed);
      expect(check.ok).toBe(false);
      expect(check).toMatchObject({ version: DATA_VERSION, message: expect.stringContaining("--bump patch|minor|major") });
    }
  });

  it("does not change with the version or the citation (they follow from the records)", () => {
    const d = copy();
    d.version = "9.9.9";
    d.citation = "another citation";
    expect(recordsDigest(d)).toBe(recordsDigest(dataset));
  });

  it("records changed records as the next version, and accepts them then", () => {
    const d = copy();
    d.meetings[0]!.summary = undefined;
    expect(recordsDigest(d)).not.toBe(recordsDigest(dataset));
    const history = withNewVersion(d, "minor");
    expect(history.slice(0, -1)).toEqual(DATA_VERSIONS);
    expect(history.at(-1)).toEqual({ version: bumpVersion(DATA_VERSION, "minor"), records: recordsDigest(d), meetings: d.meetings.length });
    expect(checkDataVersion(d, history)).toEqual({ ok: true, version: bumpVersion(DATA_VERSION, "minor") });
    expect(JSON.parse(renderVersions(history))).toEqual(history);
  });

  it("bumps x.y.z at each level", () => {
    expect(bumpVersion("0.3.1", "patch")).toBe("0.3.2");
    expect(bumpVersion("0.3.1", "minor")).toBe("0.4.0");
    expect(bumpVersion("0.3.1", "major")).toBe("1.0.0");
    expect(() => bumpVersion("1.2", "patch")).toThrow(/not a version/);
  });
});
