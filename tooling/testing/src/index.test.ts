import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles, tempDir } from "./index";

describe("tempDir", () => {
  it("makes a new empty folder each call, named after its user", () => {
    const a = tempDir("testing");
    const b = tempDir("testing");
    expect(a).not.toBe(b);
    expect(basename(a)).toMatch(/^briefings-testing-/);
    expect(existsSync(a) && readdirSync(a)).toEqual([]);
  });
});

describe("listFiles", () => {
  it("lists files in nested folders and dot files, sorted, relative, without the folders themselves", () => {
    const dir = tempDir("testing");
    mkdirSync(join(dir, "b", "c"), { recursive: true });
    mkdirSync(join(dir, "empty"));
    for (const file of ["z.txt", ".marker.json", "b/a.csv", "b/c/d.json"]) writeFileSync(join(dir, file), "x");
    expect(listFiles(dir)).toEqual([".marker.json", join("b", "a.csv"), join("b", "c", "d.json"), "z.txt"]);
  });

  it("is empty for an empty folder", () => {
    expect(listFiles(tempDir("testing"))).toEqual([]);
  });
});
