import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { publishPackages, tarballName } from "./library-packages.mjs";

/** A fake workspace: one folder per package, with package.json and release/<tarball>. */
function workspace(packages: Record<string, { version: string; tarball?: Buffer }>): (name: string) => string {
  const root = tempDir("packages");
  for (const [name, { version, tarball }] of Object.entries(packages)) {
    const dir = join(root, name);
    mkdirSync(join(dir, "release"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version }));
    if (tarball) writeFileSync(join(dir, "release", tarballName(name, version)), tarball);
    // A tarball of an older version, left behind: never published.
    writeFileSync(join(dir, "release", tarballName(name, "0.0.1")), "old");
  }
  return (name) => join(root, name);
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("publishPackages", () => {
  it("names tarballs as pnpm pack does", () => {
    expect(tarballName("@briefings/core", "0.2.0")).toBe("briefings-core-0.2.0.tgz");
    expect(tarballName("plain", "1.0.0")).toBe("plain-1.0.0.tgz");
  });

  it("copies the current version's tarball of each package with its SHA-256, SHA256SUMS and index.json", () => {
    const core = Buffer.from("core tarball bytes");
    const exp = Buffer.from("export tarball bytes");
    const dirOf = workspace({ "@briefings/core": { version: "0.2.0", tarball: core }, "@briefings/export": { version: "0.3.1", tarball: exp } });
    const target = join(dirOf("@briefings/core"), "..", "public-packages");
    mkdirSync(target);
    writeFileSync(join(target, "stale.tgz"), "from an earlier build");
    const published = publishPackages(["@briefings/core", "@briefings/export"], target, dirOf);
    expect(published).toEqual([
      { name: "@briefings/core", version: "0.2.0", file: "briefings-core-0.2.0.tgz", bytes: core.length, sha256: sha256(core) },
      { name: "@briefings/export", version: "0.3.1", file: "briefings-export-0.3.1.tgz", bytes: exp.length, sha256: sha256(exp) },
    ]);
    expect(readdirSync(target).sort()).toEqual(["SHA256SUMS", "briefings-core-0.2.0.tgz", "briefings-export-0.3.1.tgz", "index.json"]);
    expect(readFileSync(join(target, "briefings-core-0.2.0.tgz"))).toEqual(core);
    expect(readFileSync(join(target, "SHA256SUMS"), "utf8")).toBe(`${sha256(core)}  briefings-core-0.2.0.tgz\n${sha256(exp)}  briefings-export-0.3.1.tgz\n`);
    expect(JSON.parse(readFileSync(join(target, "index.json"), "utf8"))).toEqual(published);
  });

  it("fails, naming the package and the file, when the current tarball was not packed, and leaves the target as it was", () => {
    const dirOf = workspace({ "@briefings/core": { version: "0.2.0" } });
    const target = join(dirOf("@briefings/core"), "..", "public-packages");
    mkdirSync(target);
    writeFileSync(join(target, "kept"), "x");
    expect(() => publishPackages(["@briefings/core"], target, dirOf)).toThrow(/@briefings\/core: no tarball at .*briefings-core-0\.2\.0\.tgz .*turbo run pack/);
    expect(readdirSync(target)).toEqual(["kept"]);
  });
});
