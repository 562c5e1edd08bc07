/** Names of the dataset's entity collections, in the order the dataset file lists them. */
export const COLLECTIONS = [
  "sources",
  "corrections",
  "organizations",
  "people",
  "roles",
  "meetings",
  "participations",
  "statements",
  "quotes",
  "figures",
] as const;

/** The name of one entity collection of the dataset. */
export type CollectionName = (typeof COLLECTIONS)[number];
