// The library's release tarballs (each packed by its package's `pack` task into its release/ folder with
// `pnpm pack`), published under public/packages/ with their SHA-256, so the data page can offer them
// beside the data downloads. Also writes SHA256SUMS (for `sha256sum -c`) and index.json (for the page).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The packages a user installs: the typed dataset and queries, and the writers of the export formats. */
export const LIBRARY_PACKAGES = ["@briefings/core", "@briefings/export"];

/**
 * One published tarball.
 * @typedef {{ name: string, version: string, file: string, bytes: number, sha256: string }} LibraryPackage
 */

/**
 * The folder of a workspace package, resolved as a dependency of the site.
 * @param {string} name
 * @returns {string}
 */
export function packageDir(name) {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/**
 * The file name `pnpm pack` gives a package's tarball ("@briefings/core" 0.2.0: "briefings-core-0.2.0.tgz").
 * @param {string} name
 * @param {string} version
 * @returns {string}
 */
export function tarballName(name, version) {
  return `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`;
}

/**
 * Copies the current tarball of each package into `target` (emptied first) and writes SHA256SUMS and
 * index.json there. Throws, naming the package and the file, when a tarball is missing.
 * @param {readonly string[]} names
 * @param {string} target
 * @param {(name: string) => string} [dirOf]
 * @returns {LibraryPackage[]}
 */
export function publishPackages(names, target, dirOf = packageDir) {
  const packages = names.map((name) => {
    const dir = dirOf(name);
    const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = tarballName(name, version);
    const from = join(dir, "release", file);
    let bytes;
    try {
      bytes = readFileSync(from);
    } catch (error) {
      throw new Error(`${name}: no tarball at ${from} (${/** @type {NodeJS.ErrnoException} */ (error).code}): run \`pnpm turbo run pack --filter=${name}\``, { cause: error });
    }
    return { name, version, file, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const p of packages) writeFileSync(join(target, p.file), p.bytes);
  const published = packages.map(({ bytes, ...p }) => ({ ...p, bytes: bytes.length }));
  writeFileSync(join(target, "SHA256SUMS"), published.map((p) => `${p.sha256}  ${p.file}\n`).join(""));
  writeFileSync(join(target, "index.json"), `${JSON.stringify(published, null, 2)}\n`);
  return published;
}
