// The two versions a user of the briefings meets: the library's (this package: it grows when the API
// changes; changesets keep its CHANGELOG) and the data's (`dataset.version`: it grows when the records
// change; data/versions.json keeps their history). They are independent.
import { version } from "../package.json";

/** The version of `@briefings/core` (the code and its API), from its package.json. */
export const LIBRARY_VERSION: string = version;

/** The versions of the code and of the data, apart. */
export interface Versions {
  /** The version of `@briefings/core` (semver of the API). */
  library: string;
  /** The version of the dataset (semver of the records). */
  data: string;
}

/** The versions of this library and of `dataset` (the curated one, or any dataset file read with it). */
export function versions(dataset: { version: string }): Versions {
  return { library: LIBRARY_VERSION, data: dataset.version };
}

/** The versions in one line, as the site's footer and `briefings --version` show them: "data 0.1.0 · @briefings/core 0.2.0". */
export function formatVersions(v: Versions): string {
  return `data ${v.data || "unknown"} · @briefings/core ${v.library}`;
}
