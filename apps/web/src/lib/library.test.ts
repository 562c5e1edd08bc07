import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { installCommand, loadLibraryPackages } from "./library";

const folder = (index?: string) => {
  const dir = tempDir("library");
  if (index !== undefined) writeFileSync(join(dir, "index.json"), index);
  return dir;
};
const core = { name: "@briefings/core", version: "0.2.0", file: "briefings-core-0.2.0.tgz", bytes: 1000, sha256: "a".repeat(64) };
const exp = { name: "@briefings/export", version: "0.2.0", file: "briefings-export-0.2.0.tgz", bytes: 2000, sha256: "b".repeat(64) };

describe("loadLibraryPackages", () => {
  it("reads the index the downloads script writes", () => {
    expect(loadLibraryPackages(folder(JSON.stringify([core, exp])))).toEqual([core, exp]);
  });

  it("offers nothing when the build published no tarballs", () => {
    expect(loadLibraryPackages(folder())).toEqual([]);
  });

  it("refuses an index that is not the script's, naming the file and the entry", () => {
    expect(() => loadLibraryPackages(folder("{}"))).toThrow(/index\.json: expected an array/);
    expect(() => loadLibraryPackages(folder(JSON.stringify([core, { ...exp, sha256: "nope" }])))).toThrow(/index\.json: entry 1 is not a package/);
    expect(() => loadLibraryPackages(folder(JSON.stringify([{ ...core, file: "../../etc/passwd" }])))).toThrow(/entry 0/);
  });
});

describe("installCommand", () => {
  it("installs every tarball from the site in one npm command", () => {
    expect(installCommand([core, exp], "https://example.org")).toBe(
      "npm install https://example.org/packages/briefings-core-0.2.0.tgz https://example.org/packages/briefings-export-0.2.0.tgz",
    );
  });
});
