// Writes the dataset in every export format into public/downloads/, and the library's tarballs into
// public/packages/, before `next build` copies public/ into out/, so the data page's links are part of
// the site build.
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LIBRARY_PACKAGES, publishPackages } from "./library-packages.mjs";

const target = fileURLToPath(new URL("../public/downloads/", import.meta.url));
const packagesTarget = fileURLToPath(new URL("../public/packages/", import.meta.url));

if (process.env.BRIEFINGS_DATASET) {
  // A dataset given for testing (possibly hostile, possibly invalid) is not published.
  rmSync(target, { recursive: true, force: true });
  rmSync(packagesTarget, { recursive: true, force: true });
  console.log("downloads: skipped (BRIEFINGS_DATASET is set)");
} else {
  const { dataset } = await import("@briefings/core");
  const { exportDataset, isExportFolder } = await import("@briefings/export");
  // public/downloads/ is this script's own (git-ignored) output. One written before exports carried their
  // marker file is not recognised by --force: it is removed first, once.
  if (existsSync(target) && !(await isExportFolder(target))) rmSync(target, { recursive: true, force: true });
  // With SITE_URL (the site's public origin, as for the JSON-LD ids), the records' citations give their addresses.
  const siteUrl = /^https?:\/\/[^\s/]+/.test(process.env.SITE_URL ?? "") ? process.env.SITE_URL.replace(/\/+$/, "") : undefined;
  const { formats } = await exportDataset(dataset, { out: target, force: true, ...(siteUrl === undefined ? {} : { siteUrl }) });
  console.log(`downloads: wrote ${formats.join(", ")} to public/downloads/`);
  const packages = publishPackages(LIBRARY_PACKAGES, packagesTarget);
  console.log(`downloads: wrote ${packages.map((p) => p.file).join(", ")} to public/packages/`);
}
