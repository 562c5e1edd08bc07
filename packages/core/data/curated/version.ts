// The data's own version, kept apart from the library's (package.json): it grows whenever the records
// change, whatever the code does. data/versions.json lists every data version with the SHA-256 of its
// records; `generate` refuses records that differ from the newest entry's, and
// `generate --bump patch|minor|major` records them as a new version.
import { createHash } from "node:crypto";
import type { Dataset } from "../../src/schemas";
import history from "../versions.json" with { type: "json" };

/** One published state of the records. */
export interface DataVersion {
  /** Semver of the data: patch for corrections of existing records, minor for added records, major for a change of meaning. */
  version: string;
  /** `sha256:` and the hex digest of the records (the dataset without `version` and `citation`), as generated. */
  records: string;
  /** How many meetings that version holds (for people reading the history). */
  meetings: number;
}

/** How far a version bump goes. */
export type BumpLevel = "patch" | "minor" | "major";

/** Every data version, oldest first. */
export const DATA_VERSIONS: readonly DataVersion[] = history;

/** The current data version: the newest in data/versions.json. */
export const DATA_VERSION: string = latest(DATA_VERSIONS).version;

function latest(versions: readonly DataVersion[]): DataVersion {
  const last = versions.at(-1);
  if (!last) throw new Error("data/versions.json: the data version history is empty");
  return last;
}

/** How to cite the dataset at `version`. */
export function citationFor(version: string): string {
  return `Briefings: a provenance-tracked dataset of UN Security Council Counter-Terrorism Committee meetings, version ${version}, released under CC BY 4.0.`;
}

/** The digest of the records: everything in the dataset but its version and citation (which follow from it). */
export function recordsDigest(dataset: Dataset): string {
  const { version: _version, citation: _citation, ...records } = dataset;
  return `sha256:${createHash("sha256").update(JSON.stringify(records)).digest("hex")}`;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** `version` bumped at `level` ("0.3.1" minor: "0.4.0"). Throws on a version that is not x.y.z. */
export function bumpVersion(version: string, level: BumpLevel): string {
  const m = SEMVER.exec(version);
  if (!m) throw new Error(`not a version (x.y.z): "${version}"`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Whether the records are those of the newest data version, and if not, what to do. */
export type VersionCheck = { ok: true; version: string } | { ok: false; version: string; message: string };

/** Checks that `dataset`'s records are the ones recorded for the newest version in `versions`. */
export function checkDataVersion(dataset: Dataset, versions: readonly DataVersion[] = DATA_VERSIONS): VersionCheck {
  const current = latest(versions);
  if (recordsDigest(dataset) === current.records) return { ok: true, version: current.version };
  return {
    ok: false,
    version: current.version,
    message:
      `the records changed since data version ${current.version}: record a new data version with ` +
      "`pnpm --filter @briefings/core generate --bump patch|minor|major` " +
      "(patch: corrections of existing records; minor: records added; major: a change of meaning).",
  };
}

/** The history with the records of `dataset` as the next version at `level`. */
export function withNewVersion(dataset: Dataset, level: BumpLevel, versions: readonly DataVersion[] = DATA_VERSIONS): DataVersion[] {
  const next = bumpVersion(latest(versions).version, level);
  return [...versions, { version: next, records: recordsDigest(dataset), meetings: dataset.meetings.length }];
}

/** `data/versions.json` as written: one entry per line, newline at the end. */
export function renderVersions(versions: readonly DataVersion[]): string {
  return `[\n${versions.map((v) => `  ${JSON.stringify(v)}`).join(",\n")}\n]\n`;
}
