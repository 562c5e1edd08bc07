// The library's tarballs as published by scripts/write-downloads.mjs into public/packages/ (read at build
// time by the data page, which offers them with their SHA-256).
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the tarballs are served. */
export const PACKAGES_PATH = "/packages/";

/** One tarball of the library. */
export interface LibraryPackage {
  /** Package name (`@briefings/core`). */
  name: string;
  /** Package version (semver of its API). */
  version: string;
  /** File name under /packages/. */
  file: string;
  /** Size in bytes. */
  bytes: number;
  /** SHA-256 of the file, lower-case hex. */
  sha256: string;
}

const isPackage = (v: unknown): v is LibraryPackage => {
  if (v === null || typeof v !== "object") return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.name === "string" &&
    typeof p.version === "string" &&
    typeof p.file === "string" &&
    /^[\w.-]+\.tgz$/.test(p.file) &&
    typeof p.bytes === "number" &&
    typeof p.sha256 === "string" &&
    /^[0-9a-f]{64}$/.test(p.sha256)
  );
};

/**
 * The published tarballs, from `index.json` in `dir`; none when the build published none (a build from a
 * test dataset). Throws, naming the file and the entry, when the index is not what the script writes.
 */
export function loadLibraryPackages(dir: string = join(process.cwd(), "public", "packages")): LibraryPackage[] {
  const file = join(dir, "index.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error(`${file}: expected an array of packages`);
  list.forEach((p, i) => {
    if (!isPackage(p)) throw new Error(`${file}: entry ${i} is not a package (name, version, file *.tgz, bytes, sha256 hex)`);
  });
  return list as LibraryPackage[];
}

/** The command that installs the tarballs from the site at `origin` (all at once: @briefings/export needs @briefings/core beside it). */
export function installCommand(packages: readonly LibraryPackage[], origin: string): string {
  return `npm install ${packages.map((p) => `${origin}${PACKAGES_PATH}${p.file}`).join(" ")}`;
}
