// Writes the dataset in every export format into public/downloads/ before `next build` copies public/
// into out/, so the data page's download links are part of the site build.
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const target = fileURLToPath(new URL("../public/downloads/", import.meta.url));

if (process.env.BRIEFINGS_DATASET) {
  // A dataset given for testing (possibly hostile, possibly invalid) is not published.
  rmSync(target, { recursive: true, force: true });
  console.log("downloads: skipped (BRIEFINGS_DATASET is set)");
} else {
  const { dataset } = await import("@briefings/core");
  const { exportDataset, isExportFolder } = await import("@briefings/export");
  // public/downloads/ is this script's own (git-ignored) output. One written before exports carried their
  // marker file is not recognised by --force: it is removed first, once.
  if (existsSync(target) && !(await isExportFolder(target))) rmSync(target, { recursive: true, force: true });
  const { formats } = await exportDataset(dataset, { out: target, force: true });
  console.log(`downloads: wrote ${formats.join(", ")} to public/downloads/`);
}
